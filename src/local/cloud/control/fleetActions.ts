import { ControlRefusal } from "../../control/ControlRefusal.js";
import type { InboundPermissionRecord } from "../../control/records.js";
import {
  toCloudFleetAttributes,
  toCloudFleetEvent,
  toCloudRuntimeConfiguration,
} from "../../views/controlViews.js";
import { fleetRef, matchesFilters, offsetPage, type ControlActionContext, type ControlActionTable } from "./ControlActionContext.js";
import type { CreateFleetRequest, InboundPermission } from "./controlModels.js";

function permissions(list: readonly InboundPermission[] | undefined, field: string): InboundPermissionRecord[] {
  return (list ?? []).map((p, i) => {
    const at = `${field}.${i}`;
    if (p.FromPort === undefined || p.ToPort === undefined) {
      throw new ControlRefusal("MissingParameter", `${at} needs FromPort and ToPort`, `${at}.FromPort`);
    }
    if (p.FromPort > p.ToPort) {
      throw new ControlRefusal("InvalidParameterValue", `${at}.FromPort ${p.FromPort} is above ToPort ${p.ToPort}`, `${at}.FromPort`);
    }
    const range = p.IpRange ?? "0.0.0.0/0";
    if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(range)) {
      throw new ControlRefusal("InvalidParameterValue", `${at}.IpRange "${range}" is not an IPv4 CIDR such as 0.0.0.0/0`, `${at}.IpRange`);
    }
    return { FromPort: p.FromPort, ToPort: p.ToPort, IpRange: range, Protocol: p.Protocol ?? "TCP" };
  });
}

const samePermission = (a: InboundPermissionRecord, b: InboundPermissionRecord) =>
  a.FromPort === b.FromPort && a.ToPort === b.ToPort && a.IpRange === b.IpRange && a.Protocol === b.Protocol;

function createFleet(request: CreateFleetRequest, context: ControlActionContext) {
  const { plane } = context;
  if (request.AssetId === undefined) {
    throw new ControlRefusal("MissingParameter", "AssetId is required: a fleet runs an asset's build (see CreateAsset)", "AssetId");
  }
  plane.assets.require(request.AssetId);
  const fleet = plane.fleets.create(
    {
      assetId: request.AssetId,
      region: context.region ?? plane.region,
      ...(request.Name !== undefined && { name: request.Name }),
      ...(request.Description !== undefined && { description: request.Description }),
      ...(request.InstanceType !== undefined && { instanceType: request.InstanceType }),
      ...(request.RuntimeConfiguration !== undefined && { runtimeConfiguration: request.RuntimeConfiguration }),
      inboundPermissions: permissions(request.InboundPermissions, "InboundPermissions"),
      ...(request.NewGameServerSessionProtectionPolicy !== undefined && { protectionPolicy: request.NewGameServerSessionProtectionPolicy }),
      ...(request.GameServerSessionProtectionTimeLimit !== undefined && { protectionTimeLimitMinutes: request.GameServerSessionProtectionTimeLimit }),
      ...(request.ResourceCreationLimitPolicy !== undefined && { resourceCreationLimitPolicy: request.ResourceCreationLimitPolicy }),
      ...(request.Tags !== undefined && { tags: request.Tags }),
    },
    plane.limits.fleets,
  );
  context.effects.buildFleet(fleet);
  return fleet;
}

export const fleetActions: ControlActionTable<
  | "CreateFleet"
  | "CopyFleet"
  | "DeleteFleet"
  | "DescribeFleetAttributes"
  | "ListFleets"
  | "UpdateFleetAttributes"
  | "UpdateFleetName"
  | "DescribeFleetEvents"
  | "DescribeRuntimeConfiguration"
  | "UpdateRuntimeConfiguration"
  | "DescribeFleetPortSettings"
  | "UpdateFleetPortSettings"
  | "DescribeFleetRelatedResources"
> = {
  CreateFleet(request, context) {
    return { FleetAttributes: toCloudFleetAttributes(createFleet(request, context)) };
  },

  /** CopyNumber new fleets with the source's settings, each overridable as in CreateFleet. */
  CopyFleet(request, context) {
    const source = fleetRef(context, request.FleetId);
    const copies = [];
    for (let i = 0; i < request.CopyNumber; i++) {
      copies.push(
        createFleet(
          {
            AssetId: request.AssetId ?? source.assetId,
            Name: request.Name ?? `${source.name}-copy${i + 1}`,
            Description: request.Description ?? source.description,
            InstanceType: request.InstanceType ?? source.instanceType,
            RuntimeConfiguration: request.RuntimeConfiguration ?? {
              ...source.runtimeConfiguration,
              ServerProcesses: [...source.runtimeConfiguration.ServerProcesses],
            },
            InboundPermissions: request.InboundPermissions ?? [...source.inboundPermissions],
            NewGameServerSessionProtectionPolicy: request.NewGameServerSessionProtectionPolicy ?? source.protectionPolicy,
            GameServerSessionProtectionTimeLimit: request.GameServerSessionProtectionTimeLimit ?? source.protectionTimeLimitMinutes,
            Tags: request.Tags ?? [...source.tags],
          },
          context,
        ),
      );
    }
    return { FleetAttributes: copies.map(toCloudFleetAttributes), TotalCount: copies.length };
  },

  DeleteFleet(request, context) {
    const fleet = fleetRef(context, request.FleetId);
    if (fleet.isDefault) {
      throw new ControlRefusal("OperationDenied", `FleetId ${fleet.fleetId} is gse-local's default fleet (processes started by hand); it cannot be deleted`, "FleetId");
    }
    if (fleet.status !== "DELETING") context.effects.deleteFleet(fleet);
    return {};
  },

  DescribeFleetAttributes(request, context) {
    const { plane } = context;
    const all = request.FleetIds && request.FleetIds.length > 0
      ? request.FleetIds.map((id, i) => fleetRef(context, id, `FleetIds.${i}`))
      : plane.fleets.list().filter((f) => f.status !== "TERMINATED");
    return { FleetAttributes: offsetPage(all, request.Offset, request.Limit).map(toCloudFleetAttributes), TotalCount: all.length };
  },

  ListFleets(request, { plane }) {
    const ids = plane.fleets
      .list()
      .filter((f) => f.status !== "TERMINATED" && (request.AssetId === undefined || f.assetId === request.AssetId))
      .filter((f) => matchesFilters(request.Filters, { name: f.name, id: f.fleetId, tags: f.tags }))
      .map((f) => f.fleetId);
    // api.json: Offset and Limit are "暂未使用" (not used yet): every id is listed.
    return { FleetIds: ids, TotalCount: ids.length };
  },

  UpdateFleetAttributes(request, context) {
    const fleet = fleetRef(context, request.FleetId);
    context.plane.fleets.update(fleet, {
      ...(request.Name !== undefined && { name: request.Name }),
      ...(request.Description !== undefined && { description: request.Description }),
      ...(request.NewGameSessionProtectionPolicy !== undefined && { protectionPolicy: request.NewGameSessionProtectionPolicy }),
      ...(request.GameServerSessionProtectionTimeLimit !== undefined && { protectionTimeLimitMinutes: request.GameServerSessionProtectionTimeLimit }),
      ...(request.ResourceCreationLimitPolicy !== undefined && {
        resourceCreationLimitPolicy: { ...fleet.resourceCreationLimitPolicy, ...request.ResourceCreationLimitPolicy },
      }),
    });
    return { FleetId: fleet.fleetId };
  },

  UpdateFleetName(request, context) {
    context.plane.fleets.update(fleetRef(context, request.FleetId), { name: request.Name });
    return {};
  },

  DescribeFleetEvents(request, context) {
    const fleet = fleetRef(context, request.FleetId);
    const from = request.StartTime ? parseTime(request.StartTime, "StartTime") : undefined;
    const to = request.EndTime ? parseTime(request.EndTime, "EndTime") : undefined;
    // Newest first, as GameLift and the GSE console list them.
    const events = [...fleet.events]
      .reverse()
      .filter((e) => (request.EventCode === undefined || e.eventCode === request.EventCode) && (from === undefined || e.time >= from) && (to === undefined || e.time <= to));
    return { Events: offsetPage(events, request.Offset, request.Limit).map((e) => toCloudFleetEvent(fleet, e)), TotalCount: events.length };
  },

  DescribeRuntimeConfiguration(request, context) {
    return { RuntimeConfiguration: toCloudRuntimeConfiguration(fleetRef(context, request.FleetId)) };
  },

  UpdateRuntimeConfiguration(request, context) {
    const fleet = fleetRef(context, request.FleetId);
    if (fleet.assetId === undefined) {
      throw new ControlRefusal("OperationDenied", `FleetId ${fleet.fleetId} has no asset (default or --launch fleet): there is no runtime configuration to change`, "FleetId");
    }
    const runtime = context.plane.fleets.setRuntimeConfiguration(fleet, request.RuntimeConfiguration ?? {});
    context.effects.runtimeChanged(fleet);
    return { RuntimeConfiguration: runtime };
  },

  DescribeFleetPortSettings(request, context) {
    return { InboundPermissions: fleetRef(context, request.FleetId).inboundPermissions };
  },

  UpdateFleetPortSettings(request, context) {
    const fleet = fleetRef(context, request.FleetId);
    const add = permissions(request.InboundPermissionAuthorizations, "InboundPermissionAuthorizations");
    const remove = permissions(request.InboundPermissionRevocations, "InboundPermissionRevocations");
    const kept = fleet.inboundPermissions.filter((p) => !remove.some((r) => samePermission(p, r)));
    const next = [...kept, ...add.filter((a) => !kept.some((k) => samePermission(k, a)))];
    context.plane.fleets.update(fleet, { inboundPermissions: next });
    return { FleetId: fleet.fleetId };
  },

  DescribeFleetRelatedResources(request, context) {
    const { plane } = context;
    const fleet = fleetRef(context, request.FleetId);
    const resources = [
      ...plane.routing
        .aliases()
        .filter((a) => a.routingStrategy.fleetId === fleet.fleetId)
        .map((a) => ({ Type: "ALIAS", ResourceId: a.aliasId, ResourceRegion: fleet.region })),
      ...plane.routing
        .queues()
        .filter((q) => plane.destinations(q).some((d) => !("unusable" in d.fleet) && d.fleet.fleetId === fleet.fleetId))
        .map((q) => ({ Type: "QUEUE", ResourceId: q.name, ResourceRegion: fleet.region })),
    ];
    return { Resources: resources };
  },
};

/** api.json's datetime_iso, and its "YYYY-MM-DD hh:mm:ss" form (read as UTC). */
export function parseTime(value: string, field: string): number {
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(" ", "T")}Z` : value;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) {
    throw new ControlRefusal("InvalidParameterValue", `${field} "${value}" is not a time (2021-01-14T03:36:35Z or 2021-01-14 03:36:35)`, field);
  }
  return ms;
}
