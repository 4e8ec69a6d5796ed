import type { GseCloudRequestObjectName, GseCloudRequestObjects } from "../../../cloud/generated/gseCloudFields.js";
import { ROUTING_STRATEGY_TYPES } from "../../control/aliases/resolveAlias.js";
import type { FieldPatch } from "./FieldRule.js";

const PORT_PROTOCOLS = ["TCP", "UDP"] as const;
const DISK_TYPES = ["CLOUD_PREMIUM", "CLOUD_SSD"] as const;
const PORT = { min: 1025, max: 60000 } as const;

/**
 * gse-local's rules for the objects a request holds, where they differ from
 * or add to what api.json's documents state (the rest is generated, see
 * deriveFields.ts). One entry per object, so an object is checked alike in
 * every request that holds it. Enumerations listed here also narrow the
 * object's type (schema/ValidatedRequest.ts).
 */
export const OBJECT_RULES = {
  // api.json bounds a player id in JoinGameServerSession; a desired player is the same id.
  DesiredPlayerSession: { PlayerId: { minLength: 1, maxLength: 1024 } },
  // api.json: FromPort at least 1025, ToPort at most 60000; each end is a port of the same range.
  InboundPermission: { ToPort: { min: 1025 }, Protocol: { oneOf: PORT_PROTOCOLS } },
  InboundPermissionAuthorization: { FromPort: PORT, ToPort: PORT, Protocol: { oneOf: PORT_PROTOCOLS } },
  InboundPermissionRevocations: { Protocol: { oneOf: PORT_PROTOCOLS } },
  // "至少有一个进程配置"; GSE's total of ConcurrentExecutions is at most 50, so no more than 50 entries either.
  RuntimeConfiguration: { ServerProcesses: { maxItems: 50 } },
  DiskInfo: { DiskType: { oneOf: DISK_TYPES } },
  // A percentage of sessions kept available: below 100, or the fleet would need infinite capacity.
  TargetConfiguration: { TargetValue: { max: 99 } },
  // api.json states no bounds for a timer; these are UpdateFleetCapacity's and the calendar's.
  TimerFleetCapacity: {
    DesiredInstances: { min: 0 },
    MinSize: { min: 0 },
    MaxSize: { min: 1 },
    ScalingInterval: { min: 3, max: 30 },
    // 手动1，自动2、未定义0
    ScalingType: { min: 0, max: 2 },
  },
  TimerValue: {
    Day: { min: 1, max: 365 },
    FromDay: { min: 1, max: 31 },
    ToDay: { min: 1, max: 31 },
    WeekDays: { items: { min: 1, max: 7 }, maxItems: 7 },
  },
  // 未定义0，单次1、按天2、按月3、按周4: a timer must say which.
  TimerConfiguration: { TimerType: { min: 1, max: 4 } },
  TimerScalingPolicy: { TimerName: { minLength: 1, maxLength: 1024 }, TimerStatus: { min: 0, max: 4 } },
  RoutingStrategy: { Type: { oneOf: ROUTING_STRATEGY_TYPES } },
} as const satisfies {
  readonly [O in GseCloudRequestObjectName]?: { readonly [F in keyof GseCloudRequestObjects[O]]?: FieldPatch };
};
