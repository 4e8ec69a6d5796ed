import { ControlRefusal } from "../../control/ControlRefusal.js";
import { isoTime, toCloudFleetCapacity, toCloudFleetUtilization, toCloudInstance, toCloudInstanceExtend } from "../../views/controlViews.js";
import { fleetRef, offsetPage, type ControlActionTable } from "./ControlActionContext.js";
import { parseTime } from "./fleetActions.js";

export const instanceActions: ControlActionTable<
  | "DescribeInstances"
  | "DescribeInstancesExtend"
  | "SetServerWeight"
  | "SetServerReserved"
  | "UpdateFleetCapacity"
  | "DescribeFleetCapacity"
  | "DescribeFleetUtilization"
  | "DescribeFleetStatisticSummary"
  | "DescribeFleetStatisticDetails"
  | "DescribeFleetStatisticFlows"
  | "GetGameServerInstanceLogUrl"
> = {
  DescribeInstances(request, context) {
    const { plane } = context;
    const fleets = request.FleetId !== undefined ? [fleetRef(context, request.FleetId)] : plane.fleets.list();
    const all = fleets
      .flatMap((f) => plane.instances.ofFleet(f.fleetId).map((i) => ({ i, f })))
      .filter(({ i }) => (request.InstanceId === undefined || i.instanceId === request.InstanceId) && (request.IpAddress === undefined || i.ipAddress === request.IpAddress));
    return { Instances: offsetPage(all, request.Offset, request.Limit).map(({ i, f }) => toCloudInstance(i, f)), TotalCount: all.length };
  },

  DescribeInstancesExtend(request, context) {
    const { plane } = context;
    const fleet = fleetRef(context, request.FleetId);
    const all = plane.instances.ofFleet(fleet.fleetId).filter((i) => request.IpAddress === undefined || i.ipAddress === request.IpAddress);
    return { Instances: offsetPage(all, request.Offset, request.Limit).map((i) => toCloudInstanceExtend(i, fleet, plane)), TotalCount: all.length };
  },

  SetServerWeight(request, context) {
    const fleet = fleetRef(context, request.FleetId);
    context.plane.instances.setWeight(context.plane.instances.require(fleet.fleetId, request.InstanceId), request.Weight);
    return {};
  },

  SetServerReserved(request, context) {
    const fleet = fleetRef(context, request.FleetId);
    const value = request.ReserveValue ?? 0;
    if (value !== 0 && value !== 1) {
      throw new ControlRefusal("InvalidParameterValue", `ReserveValue must be 1 (reserved) or 0 (not reserved), got ${value}`, "ReserveValue");
    }
    context.plane.instances.setReserved(context.plane.instances.require(fleet.fleetId, request.InstanceId), value === 1);
    return {};
  },

  UpdateFleetCapacity(request, context) {
    const { plane } = context;
    const fleet = fleetRef(context, request.FleetId);
    if (fleet.isDefault && !fleet.launchCommand) {
      throw new ControlRefusal("OperationDenied", `FleetId ${fleet.fleetId} is gse-local's default fleet: its processes are started by hand, not by capacity (start gse-local with --launch to give it a command)`, "FleetId");
    }
    if (fleet.status === "DELETING" || fleet.status === "ERROR") {
      throw new ControlRefusal("FailedOperation", `FleetId ${fleet.fleetId} is ${fleet.status}: its capacity cannot change`, "FleetId");
    }
    plane.fleets.setCapacity(
      fleet,
      {
        ...(request.DesiredInstances !== undefined && { DesiredInstances: request.DesiredInstances }),
        ...(request.MinSize !== undefined && { MinSize: request.MinSize }),
        ...(request.MaxSize !== undefined && { MaxSize: request.MaxSize }),
      },
      plane.limits.instances,
      "UpdateFleetCapacity",
    );
    if (request.ScalingInterval !== undefined) plane.fleets.update(fleet, { scalingIntervalMinutes: request.ScalingInterval });
    context.effects.capacityChanged(fleet);
    return { FleetId: fleet.fleetId };
  },

  DescribeFleetCapacity(request, context) {
    const fleets = request.FleetIds.map((id, i) => fleetRef(context, id, `FleetIds.${i}`));
    return { FleetCapacity: offsetPage(fleets, request.Offset, request.Limit, 100).map((f) => toCloudFleetCapacity(f, context.plane)), TotalCount: fleets.length };
  },

  DescribeFleetUtilization(request, context) {
    const fleets = request.FleetIds.map((id, i) => fleetRef(context, id, `FleetIds.${i}`));
    return { FleetUtilization: fleets.map((f) => toCloudFleetUtilization(f, context.plane)), TotalCount: fleets.length };
  },

  /**
   * Usage statistics from what happened: instance time is each instance's
   * life within the window. Traffic is not measured locally: 0 MB.
   */
  DescribeFleetStatisticSummary(request, context) {
    const rows = usageRows(request, context);
    return { TotalUsedTimeSeconds: String(rows.reduce((n, r) => n + r.seconds, 0)), TotalUsedFlowMegaBytes: 0 };
  },

  DescribeFleetStatisticDetails(request, context) {
    const rows = usageRows(request, context);
    return {
      DetailList: offsetPage(rows, request.Offset, request.Limit).map((r) => ({
        FleetId: r.fleetId,
        InstanceId: r.instanceId,
        InstanceIP: r.ip,
        BeginTime: isoTime(r.from),
        EndTime: isoTime(r.to),
        TotalUsedTimeSeconds: String(r.seconds),
        TotalUsedFlowMegaBytes: 0,
      })),
      TotalCount: rows.length,
      TimeType: "DAY",
    };
  },

  DescribeFleetStatisticFlows(request, context) {
    const rows = usageRows(request, context);
    const begin = rows.length ? Math.min(...rows.map((r) => r.from)) : context.plane.now();
    return {
      UsedFlowList: [{ TotalUsedFlowMegaBytes: 0, BeginTime: isoTime(begin) }],
      UsedTimeList: [{ BeginTime: isoTime(begin), TotalUsedTimeSeconds: String(rows.reduce((n, r) => n + r.seconds, 0)) }],
      TotalCount: 1,
      TimeType: "DAY",
    };
  },

  /** Instance logs are the processes' own files: served per session by GetGameServerSessionLogUrl. */
  GetGameServerInstanceLogUrl(request, context) {
    fleetRef(context, request.FleetId);
    return { PresignedUrls: [], Total: 0, HasNext: false };
  },
};

function usageRows(
  request: { FleetId?: string; BeginTime?: string; EndTime?: string },
  context: Parameters<typeof fleetRef>[0],
) {
  const { plane } = context;
  const now = plane.now();
  const from = request.BeginTime ? parseTime(request.BeginTime, "BeginTime") : 0;
  const to = request.EndTime ? parseTime(request.EndTime, "EndTime") : now;
  const fleets = request.FleetId !== undefined ? [fleetRef(context, request.FleetId)] : plane.fleets.list();
  return fleets.flatMap((f) =>
    plane.instances.ofFleet(f.fleetId).flatMap((i) => {
      const start = Math.max(from, i.createTime);
      const end = Math.min(to, now);
      return end > start ? [{ fleetId: f.fleetId, instanceId: i.instanceId, ip: i.ipAddress, from: start, to: end, seconds: Math.floor((end - start) / 1000) }] : [];
    }),
  );
}
