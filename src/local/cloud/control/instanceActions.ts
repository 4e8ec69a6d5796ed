import { ControlRefusal } from "../../control/ControlRefusal.js";
import { isoTime, toCloudFleetCapacity, toCloudFleetUtilization, toCloudInstance, toCloudInstanceExtend } from "../../views/controlViews.js";
import { usageBuckets, type UsageRow } from "../../control/domain/usage.js";
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
   * Usage statistics from what happened: instance time, each instance's
   * life within the window, from the history the control plane keeps
   * (plane.history: instances that have ended count too, bounded). Traffic
   * is not measured locally: 0 MB.
   */
  DescribeFleetStatisticSummary(request, context) {
    const rows = usageRows(request, context);
    return { TotalUsedTimeSeconds: String(rows.reduce((n, r) => n + r.seconds, 0)), TotalUsedFlowMegaBytes: 0 };
  },

  DescribeFleetStatisticDetails(request, context) {
    const rows = usageRows(request, context);
    const { timeType } = usageBuckets(rows, ...window(request, context));
    return {
      DetailList: offsetPage(rows, request.Offset, request.Limit).map((r) => ({
        FleetId: r.fleetId,
        InstanceId: r.instanceId,
        InstanceIP: r.ipAddress,
        BeginTime: isoTime(r.from),
        EndTime: isoTime(r.to),
        TotalUsedTimeSeconds: String(r.seconds),
        TotalUsedFlowMegaBytes: 0,
      })),
      TotalCount: rows.length,
      TimeType: timeType,
    };
  },

  DescribeFleetStatisticFlows(request, context) {
    const rows = usageRows(request, context);
    const { timeType, buckets } = usageBuckets(rows, ...window(request, context));
    const page = offsetPage(buckets, request.Offset, request.Limit);
    return {
      UsedFlowList: page.map((b) => ({ TotalUsedFlowMegaBytes: 0, BeginTime: isoTime(b.begin) })),
      UsedTimeList: page.map((b) => ({ BeginTime: isoTime(b.begin), TotalUsedTimeSeconds: String(b.seconds) })),
      TotalCount: buckets.length,
      TimeType: timeType,
    };
  },

  /**
   * An instance's logs are its processes' own files (the LogPaths each gave
   * at ProcessReady): one pre-signed, expiring /logs URL per process that
   * ran on the instance, ended ones too (the history keeps the last 100 per
   * instance, and an instance's life after it is gone), in the order they
   * joined; every instance of the fleet without InstanceId, ServerIp
   * narrowing by address; paged by Offset/Size. The /logs route serves each
   * file only under docs/reliability.md's rules.
   */
  GetGameServerInstanceLogUrl(request, context) {
    const { plane } = context;
    const fleet = fleetRef(context, request.FleetId);
    let lives = plane.history.lives(fleet.fleetId);
    if (request.InstanceId !== undefined) {
      const life = plane.history.life(request.InstanceId);
      if (!life || life.fleetId !== fleet.fleetId) plane.instances.require(fleet.fleetId, request.InstanceId);
      lives = life ? [life] : [];
    }
    const urls = lives
      .filter((life) => request.ServerIp === undefined || life.ipAddress === request.ServerIp)
      .flatMap((life) => life.processes ?? [])
      .flatMap(({ pid, registeredAt }) => {
        const url = context.processLogUrl(pid, registeredAt);
        return url === undefined ? [] : [url];
      });
    const from = request.Offset ?? 0;
    const page = offsetPage(urls, from, request.Size, 100);
    return { PresignedUrls: page, Total: urls.length, HasNext: from + page.length < urls.length };
  },
};

type StatisticRequest = { FleetId?: string; BeginTime?: string; EndTime?: string };

/** [BeginTime, EndTime) in ms: from the first use kept, to now, when not given. */
function window(request: StatisticRequest, context: Parameters<typeof fleetRef>[0]): [number, number] {
  const now = context.plane.now();
  const from = request.BeginTime ? parseTime(request.BeginTime, "BeginTime") : 0;
  const to = request.EndTime ? parseTime(request.EndTime, "EndTime") : now;
  if (to < from) throw new ControlRefusal("InvalidParameterValue", `EndTime ${request.EndTime} is before BeginTime ${request.BeginTime}`, "EndTime");
  return [from, Math.min(to, now)];
}

function usageRows(request: StatisticRequest, context: Parameters<typeof fleetRef>[0]): UsageRow[] {
  const fleetId = request.FleetId !== undefined ? fleetRef(context, request.FleetId).fleetId : undefined;
  return context.plane.history.rows(...window(request, context), fleetId);
}
