import { PROTECTION_POLICIES } from "../cloudModels.js";
import type { ActionSchema, FieldsFor } from "../validateCloudRequest.js";
import { ROUTING_STRATEGY_TYPES } from "../../control/aliases/resolveAlias.js";
import { FLEET_EVENT_CODES } from "../../control/fleets/fleetStatus.js";
import { ADJUSTMENT_TYPES, COMPARISON_OPERATORS, POLICY_TYPES, SCALING_METRICS, TARGET_METRICS } from "../../control/scaling/scalingModels.js";
import type * as M from "./controlModels.js";
import type { ControlActionName, ControlRequests } from "./controlModels.js";

// Limits are api.json's, read from its Chinese documents; where a bound is
// ours, the comment says why.

const PORT_PROTOCOLS = ["TCP", "UDP"] as const;
const ORDER_WAYS = ["asc", "desc"] as const;
const FLEET_TYPES = ["ON_DEMAND"] as const;
const DISK_TYPES = ["CLOUD_PREMIUM", "CLOUD_SSD"] as const;
const FLEET_ACTIONS = ["AUTO_SCALING"] as const;
const ALL_METRICS = [...SCALING_METRICS, ...TARGET_METRICS] as const;

const TAG_FIELDS: FieldsFor<M.Tag> = {
  Key: { kind: "string", maxLength: 127, required: true },
  Value: { kind: "string", maxLength: 255, required: true },
};
const FILTER_FIELDS: FieldsFor<M.Filter> = {
  Key: { kind: "string" },
  Values: { kind: "list", items: { kind: "string" } },
};
const INBOUNDPERMISSION_FIELDS: FieldsFor<M.InboundPermission> = {
  FromPort: { kind: "integer", min: 1025 },
  IpRange: { kind: "string" },
  Protocol: { kind: "string", oneOf: PORT_PROTOCOLS },
  ToPort: { kind: "integer", min: 1025, max: 60000 },
};
const RESOURCECREATIONLIMITPOLICY_FIELDS: FieldsFor<M.ResourceCreationLimitPolicy> = {
  NewGameServerSessionsPerCreator: { kind: "integer", min: 1 },
  PolicyPeriodInMinutes: { kind: "integer", min: 1 },
};
const SERVERPROCESSE_FIELDS: FieldsFor<M.ServerProcesse> = {
  ConcurrentExecutions: { kind: "integer", min: 1, max: 50 },
  LaunchPath: { kind: "string", minLength: 1, maxLength: 1024 },
  Parameters: { kind: "string", minLength: 0, maxLength: 1024 },
};
const RUNTIMECONFIGURATION_FIELDS: FieldsFor<M.RuntimeConfiguration> = {
  GameServerSessionActivationTimeoutSeconds: { kind: "integer", min: 1, max: 600 },
  MaxConcurrentGameServerSessionActivations: { kind: "integer", min: 1, max: 2147483647 },
  // "至少有一个进程配置"; GSE's total of ConcurrentExecutions is at most 50, so no more than 50 entries either.
  ServerProcesses: { kind: "list", items: { kind: "object", fields: SERVERPROCESSE_FIELDS }, minItems: 1, maxItems: 50 },
};
const DISKINFO_FIELDS: FieldsFor<M.DiskInfo> = {
  DiskType: { kind: "string", oneOf: DISK_TYPES, required: true },
  DiskSize: { kind: "integer", min: 0, required: true },
};
const CCNINFO_FIELDS: FieldsFor<M.CcnInfo> = {
  AccountId: { kind: "string", required: true },
  CcnId: { kind: "string", required: true },
};
const INBOUNDPERMISSIONAUTHORIZATION_FIELDS: FieldsFor<M.InboundPermissionAuthorization> = {
  FromPort: { kind: "integer", min: 1025, max: 60000 },
  IpRange: { kind: "string" },
  Protocol: { kind: "string", oneOf: PORT_PROTOCOLS },
  ToPort: { kind: "integer", min: 1025, max: 60000 },
};
const INBOUNDPERMISSIONREVOCATIONS_FIELDS: FieldsFor<M.InboundPermissionRevocations> = {
  FromPort: { kind: "integer", min: 0 },
  IpRange: { kind: "string" },
  Protocol: { kind: "string", oneOf: PORT_PROTOCOLS },
  ToPort: { kind: "integer", min: 0 },
};
const TARGETCONFIGURATION_FIELDS: FieldsFor<M.TargetConfiguration> = {
  // A percentage of sessions kept available: below 100, or the fleet would need infinite capacity.
  TargetValue: { kind: "integer", min: 0, max: 99 },
};
const TIMERFLEETCAPACITY_FIELDS: FieldsFor<M.TimerFleetCapacity> = {
  FleetId: { kind: "string" },
  DesiredInstances: { kind: "integer", min: 0 },
  MinSize: { kind: "integer", min: 0 },
  MaxSize: { kind: "integer", min: 1 },
  ScalingInterval: { kind: "integer", min: 3, max: 30 },
  ScalingType: { kind: "integer", min: 0, max: 2 },
  TargetConfiguration: { kind: "object", fields: TARGETCONFIGURATION_FIELDS },
};
const TIMERVALUE_FIELDS: FieldsFor<M.TimerValue> = {
  Day: { kind: "integer", min: 1, max: 365 },
  FromDay: { kind: "integer", min: 1, max: 31 },
  ToDay: { kind: "integer", min: 1, max: 31 },
  WeekDays: { kind: "list", items: { kind: "integer", min: 1, max: 7 }, maxItems: 7 },
};
const TIMERCONFIGURATION_FIELDS: FieldsFor<M.TimerConfiguration> = {
  TimerType: { kind: "integer", min: 1, max: 4 },
  TimerValue: { kind: "object", fields: TIMERVALUE_FIELDS },
  BeginTime: { kind: "string" },
  EndTime: { kind: "string" },
};
const TIMERSCALINGPOLICY_FIELDS: FieldsFor<M.TimerScalingPolicy> = {
  TimerId: { kind: "string" },
  TimerName: { kind: "string", minLength: 1, maxLength: 1024 },
  TimerStatus: { kind: "integer", min: 0, max: 4 },
  TimerFleetCapacity: { kind: "object", fields: TIMERFLEETCAPACITY_FIELDS },
  TimerConfiguration: { kind: "object", fields: TIMERCONFIGURATION_FIELDS },
};
const ROUTINGSTRATEGY_FIELDS: FieldsFor<M.RoutingStrategy> = {
  Type: { kind: "string", oneOf: ROUTING_STRATEGY_TYPES, required: true },
  FleetId: { kind: "string" },
  Message: { kind: "string", minLength: 1, maxLength: 1024 },
};
const GAMESERVERSESSIONQUEUEDESTINATION_FIELDS: FieldsFor<M.GameServerSessionQueueDestination> = {
  DestinationArn: { kind: "string" },
  FleetStatus: { kind: "string" },
};
const PLAYERLATENCYPOLICY_FIELDS: FieldsFor<M.PlayerLatencyPolicy> = {
  MaximumIndividualPlayerLatencyMilliseconds: { kind: "integer", min: 0, required: true },
  PolicyDurationSeconds: { kind: "integer", min: 0 },
};

// api.json sets no bounds on a queue; these are GameLift's (600 s default and
// the most a placement waits, 10 destinations per queue... GameLift allows
// more, but a local queue of more than 10 fleets means a mistake).
const QUEUE_TIMEOUT = { kind: "integer", min: 0, max: 600 } as const;
const QUEUE_DESTINATIONS = {
  kind: "list",
  items: { kind: "object", fields: GAMESERVERSESSIONQUEUEDESTINATION_FIELDS },
  maxItems: 10,
} as const;

export const CONTROL_SCHEMAS: { readonly [A in ControlActionName]: ActionSchema<ControlRequests[A]> } = {
  CreateAsset: { fields: {
    BucketKey: { kind: "string", required: true },
    AssetName: { kind: "string", minLength: 1, maxLength: 64, required: true },
    AssetVersion: { kind: "string", minLength: 1, maxLength: 64, required: true },
    AssetRegion: { kind: "string", required: true },
    OperateSystem: { kind: "string", required: true },
    ImageId: { kind: "string" },
    Tags: { kind: "list", items: { kind: "object", fields: TAG_FIELDS }, maxItems: 50 },
  } },
  DescribeAsset: { fields: {
    AssetId: { kind: "string", required: true },
  } },
  DescribeAssets: { fields: {
    AssetRegion: { kind: "string", required: true },
    Offset: { kind: "integer", min: 0, required: true },
    Limit: { kind: "integer", min: 0, max: 100, required: true },
    Filter: { kind: "string" },
    Filters: { kind: "list", items: { kind: "object", fields: FILTER_FIELDS } },
  } },
  UpdateAsset: { fields: {
    AssetId: { kind: "string", required: true },
    AssetName: { kind: "string", minLength: 1, maxLength: 64, required: true },
    AssetVersion: { kind: "string", minLength: 1, maxLength: 64, required: true },
  } },
  DeleteAsset: { fields: {
    AssetId: { kind: "string", required: true },
  } },
  DescribeAssetSystems: { fields: {
    OsType: { kind: "string" },
    OsBit: { kind: "integer" },
  } },
  GetUploadCredentials: { fields: {
    AssetRegion: { kind: "string", required: true },
    BucketKey: { kind: "string", required: true },
  } },
  GetUploadFederationToken: { fields: {
  } },
  CreateFleet: { fields: {
    AssetId: { kind: "string" },
    Description: { kind: "string", minLength: 0, maxLength: 100 },
    InboundPermissions: { kind: "list", items: { kind: "object", fields: INBOUNDPERMISSION_FIELDS } },
    InstanceType: { kind: "string" },
    FleetType: { kind: "string", oneOf: FLEET_TYPES },
    Name: { kind: "string", minLength: 1, maxLength: 50 },
    NewGameServerSessionProtectionPolicy: { kind: "string", oneOf: PROTECTION_POLICIES },
    PeerVpcId: { kind: "string" },
    ResourceCreationLimitPolicy: { kind: "object", fields: RESOURCECREATIONLIMITPOLICY_FIELDS },
    RuntimeConfiguration: { kind: "object", fields: RUNTIMECONFIGURATION_FIELDS },
    SubNetId: { kind: "string" },
    GameServerSessionProtectionTimeLimit: { kind: "integer", min: 5, max: 1440 },
    Tags: { kind: "list", items: { kind: "object", fields: TAG_FIELDS }, maxItems: 50 },
    SystemDiskInfo: { kind: "object", fields: DISKINFO_FIELDS },
    DataDiskInfo: { kind: "list", items: { kind: "object", fields: DISKINFO_FIELDS } },
    CcnInfos: { kind: "list", items: { kind: "object", fields: CCNINFO_FIELDS } },
    InternetMaxBandwidthOut: { kind: "integer", min: 1, max: 200 },
  } },
  CopyFleet: { fields: {
    FleetId: { kind: "string", required: true },
    CopyNumber: { kind: "integer", min: 1, required: true },
    AssetId: { kind: "string" },
    Description: { kind: "string", minLength: 0, maxLength: 100 },
    InboundPermissions: { kind: "list", items: { kind: "object", fields: INBOUNDPERMISSION_FIELDS } },
    InstanceType: { kind: "string" },
    FleetType: { kind: "string", oneOf: FLEET_TYPES },
    Name: { kind: "string", minLength: 1, maxLength: 50 },
    NewGameServerSessionProtectionPolicy: { kind: "string", oneOf: PROTECTION_POLICIES },
    ResourceCreationLimitPolicy: { kind: "object", fields: RESOURCECREATIONLIMITPOLICY_FIELDS },
    RuntimeConfiguration: { kind: "object", fields: RUNTIMECONFIGURATION_FIELDS },
    GameServerSessionProtectionTimeLimit: { kind: "integer", min: 5, max: 1440 },
    SelectedScalingType: { kind: "string" },
    SelectedCcnType: { kind: "string" },
    Tags: { kind: "list", items: { kind: "object", fields: TAG_FIELDS }, maxItems: 50 },
    SystemDiskInfo: { kind: "object", fields: DISKINFO_FIELDS },
    DataDiskInfo: { kind: "list", items: { kind: "object", fields: DISKINFO_FIELDS } },
    SelectedTimerType: { kind: "string" },
    CcnInfos: { kind: "list", items: { kind: "object", fields: CCNINFO_FIELDS } },
    InternetMaxBandwidthOut: { kind: "integer", min: 1, max: 200 },
  } },
  DeleteFleet: { fields: {
    FleetId: { kind: "string", required: true },
  } },
  DescribeFleetAttributes: { fields: {
    FleetIds: { kind: "list", items: { kind: "string" } },
    Limit: { kind: "integer", min: 0, max: 100 },
    Offset: { kind: "integer", min: 0 },
  } },
  ListFleets: { fields: {
    AssetId: { kind: "string" },
    Limit: { kind: "integer", min: 0 },
    Offset: { kind: "integer", min: 0 },
    Filters: { kind: "list", items: { kind: "object", fields: FILTER_FIELDS } },
  } },
  UpdateFleetAttributes: { fields: {
    FleetId: { kind: "string", required: true },
    Description: { kind: "string", minLength: 0, maxLength: 100 },
    Name: { kind: "string", minLength: 1, maxLength: 50 },
    NewGameSessionProtectionPolicy: { kind: "string", oneOf: PROTECTION_POLICIES },
    ResourceCreationLimitPolicy: { kind: "object", fields: RESOURCECREATIONLIMITPOLICY_FIELDS },
    GameServerSessionProtectionTimeLimit: { kind: "integer", min: 5, max: 1440 },
  } },
  UpdateFleetName: { fields: {
    FleetId: { kind: "string", required: true },
    Name: { kind: "string", minLength: 1, maxLength: 50, required: true },
  } },
  DescribeFleetEvents: { fields: {
    FleetId: { kind: "string", required: true },
    Limit: { kind: "integer", min: 0, max: 100 },
    Offset: { kind: "integer", min: 0 },
    EventCode: { kind: "string", oneOf: FLEET_EVENT_CODES },
    StartTime: { kind: "string" },
    EndTime: { kind: "string" },
  } },
  DescribeRuntimeConfiguration: { fields: {
    FleetId: { kind: "string", required: true },
  } },
  UpdateRuntimeConfiguration: { fields: {
    FleetId: { kind: "string", required: true },
    RuntimeConfiguration: { kind: "object", fields: RUNTIMECONFIGURATION_FIELDS },
  } },
  DescribeFleetPortSettings: { fields: {
    FleetId: { kind: "string", required: true },
  } },
  UpdateFleetPortSettings: { fields: {
    FleetId: { kind: "string", required: true },
    InboundPermissionAuthorizations: { kind: "list", items: { kind: "object", fields: INBOUNDPERMISSIONAUTHORIZATION_FIELDS } },
    InboundPermissionRevocations: { kind: "list", items: { kind: "object", fields: INBOUNDPERMISSIONREVOCATIONS_FIELDS } },
  } },
  DescribeFleetRelatedResources: { fields: {
    FleetId: { kind: "string", required: true },
  } },
  DescribeInstances: { fields: {
    FleetId: { kind: "string" },
    InstanceId: { kind: "string" },
    Offset: { kind: "integer", min: 0 },
    Limit: { kind: "integer", min: 0, max: 100 },
    IpAddress: { kind: "string" },
  } },
  DescribeInstancesExtend: { fields: {
    FleetId: { kind: "string", required: true },
    Offset: { kind: "integer", min: 0, required: true },
    Limit: { kind: "integer", min: 0, max: 100, required: true },
    IpAddress: { kind: "string" },
  } },
  SetServerWeight: { fields: {
    FleetId: { kind: "string", required: true },
    InstanceId: { kind: "string", required: true },
    Weight: { kind: "integer", min: 0, max: 10, required: true },
  } },
  SetServerReserved: { fields: {
    FleetId: { kind: "string", required: true },
    InstanceId: { kind: "string", required: true },
    ReserveValue: { kind: "integer" },
  } },
  UpdateFleetCapacity: { fields: {
    FleetId: { kind: "string", required: true },
    DesiredInstances: { kind: "integer", min: 0 },
    MinSize: { kind: "integer", min: 0 },
    MaxSize: { kind: "integer", min: 1 },
    ScalingInterval: { kind: "integer", min: 3, max: 30 },
  } },
  DescribeFleetCapacity: { fields: {
    FleetIds: { kind: "list", items: { kind: "string" }, required: true },
    Limit: { kind: "integer", min: 0 },
    Offset: { kind: "integer", min: 0 },
  } },
  DescribeFleetUtilization: { fields: {
    FleetIds: { kind: "list", items: { kind: "string" }, required: true },
  } },
  DescribeFleetStatisticSummary: { fields: {
    FleetId: { kind: "string" },
    BeginTime: { kind: "string" },
    EndTime: { kind: "string" },
  } },
  DescribeFleetStatisticDetails: { fields: {
    FleetId: { kind: "string" },
    BeginTime: { kind: "string" },
    EndTime: { kind: "string" },
    Limit: { kind: "integer", min: 0, max: 100 },
    Offset: { kind: "integer", min: 0 },
  } },
  DescribeFleetStatisticFlows: { fields: {
    FleetId: { kind: "string" },
    BeginTime: { kind: "string" },
    EndTime: { kind: "string" },
    Limit: { kind: "integer", min: 0, max: 100 },
    Offset: { kind: "integer", min: 0 },
  } },
  GetGameServerInstanceLogUrl: { fields: {
    FleetId: { kind: "string", required: true },
    InstanceId: { kind: "string" },
    ServerIp: { kind: "string" },
    Offset: { kind: "integer", min: 0 },
    Size: { kind: "integer", min: 0 },
  } },
  PutScalingPolicy: { fields: {
    FleetId: { kind: "string", required: true },
    Name: { kind: "string", minLength: 1, maxLength: 1024 },
    // -99..99 holds for PercentChangeInCapacity only; the others are bounded by the instance limit (checked by the action).
    ScalingAdjustment: { kind: "integer" },
    ScalingAdjustmentType: { kind: "string", oneOf: ADJUSTMENT_TYPES },
    Threshold: { kind: "number" },
    ComparisonOperator: { kind: "string", oneOf: COMPARISON_OPERATORS },
    EvaluationPeriods: { kind: "integer", min: 1 },
    MetricName: { kind: "string", oneOf: ALL_METRICS },
    PolicyType: { kind: "string", oneOf: POLICY_TYPES },
    TargetConfiguration: { kind: "object", fields: TARGETCONFIGURATION_FIELDS },
  } },
  DescribeScalingPolicies: { fields: {
    FleetId: { kind: "string" },
    StatusFilter: { kind: "string" },
    Offset: { kind: "integer", min: 0 },
    Limit: { kind: "integer", min: 0, max: 100 },
  } },
  DeleteScalingPolicy: { fields: {
    FleetId: { kind: "string", required: true },
    Name: { kind: "string", minLength: 0, maxLength: 1024 },
  } },
  StartFleetActions: { fields: {
    FleetId: { kind: "string", required: true },
    Actions: { kind: "list", items: { kind: "string", oneOf: FLEET_ACTIONS } },
  } },
  StopFleetActions: { fields: {
    FleetId: { kind: "string", required: true },
    Actions: { kind: "list", items: { kind: "string", oneOf: FLEET_ACTIONS } },
  } },
  PutTimerScalingPolicy: { fields: {
    TimerScalingPolicy: { kind: "object", fields: TIMERSCALINGPOLICY_FIELDS },
  } },
  DescribeTimerScalingPolicies: { fields: {
    FleetId: { kind: "string" },
    TimerName: { kind: "string" },
    BeginTime: { kind: "string" },
    EndTime: { kind: "string" },
    Offset: { kind: "integer", min: 0 },
    Limit: { kind: "integer", min: 0, max: 100 },
  } },
  DeleteTimerScalingPolicy: { fields: {
    TimerId: { kind: "string" },
    FleetId: { kind: "string" },
    TimerName: { kind: "string" },
  } },
  CreateAlias: { fields: {
    Name: { kind: "string", minLength: 1, maxLength: 1024, required: true },
    RoutingStrategy: { kind: "object", fields: ROUTINGSTRATEGY_FIELDS, required: true },
    Description: { kind: "string", minLength: 1, maxLength: 1024 },
    Tags: { kind: "list", items: { kind: "object", fields: TAG_FIELDS }, maxItems: 50 },
  } },
  DescribeAlias: { fields: {
    AliasId: { kind: "string", required: true },
  } },
  ListAliases: { fields: {
    Name: { kind: "string", minLength: 1, maxLength: 1024 },
    RoutingStrategyType: { kind: "string", oneOf: ROUTING_STRATEGY_TYPES },
    Limit: { kind: "integer", min: 1 },
    Offset: { kind: "integer", min: 0 },
    OrderBy: { kind: "string" },
    OrderWay: { kind: "string", oneOf: ORDER_WAYS },
    Filters: { kind: "list", items: { kind: "object", fields: FILTER_FIELDS } },
  } },
  UpdateAlias: { fields: {
    AliasId: { kind: "string", required: true },
    Name: { kind: "string", minLength: 1, maxLength: 1024 },
    Description: { kind: "string", minLength: 1, maxLength: 1024 },
    RoutingStrategy: { kind: "object", fields: ROUTINGSTRATEGY_FIELDS },
  } },
  DeleteAlias: { fields: {
    AliasId: { kind: "string", required: true },
  } },
  ResolveAlias: { fields: {
    AliasId: { kind: "string", required: true },
  } },
  CreateGameServerSessionQueue: { fields: {
    Name: { kind: "string", minLength: 1, maxLength: 128, required: true },
    Destinations: QUEUE_DESTINATIONS,
    PlayerLatencyPolicies: { kind: "list", items: { kind: "object", fields: PLAYERLATENCYPOLICY_FIELDS } },
    TimeoutInSeconds: QUEUE_TIMEOUT,
    Tags: { kind: "list", items: { kind: "object", fields: TAG_FIELDS }, maxItems: 50 },
  } },
  DescribeGameServerSessionQueues: { fields: {
    Names: { kind: "list", items: { kind: "string" } },
    Limit: { kind: "integer", min: 0, max: 100 },
    Offset: { kind: "integer", min: 0 },
    Filters: { kind: "list", items: { kind: "object", fields: FILTER_FIELDS } },
  } },
  UpdateGameServerSessionQueue: { fields: {
    Name: { kind: "string", minLength: 1, maxLength: 128, required: true },
    Destinations: QUEUE_DESTINATIONS,
    PlayerLatencyPolicies: { kind: "list", items: { kind: "object", fields: PLAYERLATENCYPOLICY_FIELDS } },
    TimeoutInSeconds: QUEUE_TIMEOUT,
  } },
  DeleteGameServerSessionQueue: { fields: {
    Name: { kind: "string", minLength: 1, maxLength: 128, required: true },
  } },
  DescribeInstanceTypes: { fields: {
  } },
  DescribeInstanceLimit: { fields: {
  } },
  DescribeUserQuota: { fields: {
    ResourceType: { kind: "integer", min: 1, max: 5 },
  } },
  DescribeUserQuotas: { fields: {
  } },
  DescribeCcnInstances: { fields: {
    FleetId: { kind: "string" },
  } },
};
