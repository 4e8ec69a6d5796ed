import { PROTECTION_POLICIES } from "../../../protocol/statuses.js";
import { ROUTING_STRATEGY_TYPES } from "../../control/aliases/resolveAlias.js";
import { FLEET_EVENT_CODES } from "../../control/fleets/fleetStatus.js";
import { ADJUSTMENT_TYPES, COMPARISON_OPERATORS, POLICY_TYPES, SCALING_METRICS, TARGET_METRICS } from "../../control/scaling/scalingModels.js";
import type { ActionRulesTable } from "../schema/deriveActionSchema.js";

const FLEET_TYPE = { oneOf: ["ON_DEMAND"] } as const;
const PROTECTION_POLICY = { oneOf: PROTECTION_POLICIES } as const;
const FLEET_ACTIONS = { items: { oneOf: ["AUTO_SCALING"] } } as const;
// The rule-based metrics, and the target-based one in both of api.json's spellings.
const ALL_METRICS = [...SCALING_METRICS, ...TARGET_METRICS] as const;
// api.json states no bounds for these; a page of Describe* holds at most 100, as elsewhere.
const OFFSET_PAGE = { Offset: { min: 0 }, Limit: { min: 0, max: 100 } } as const;
// api.json sets no bounds on a queue; these are GameLift's (600 s default and
// the most a placement waits, 10 destinations per queue... GameLift allows
// more, but a local queue of more than 10 fleets means a mistake).
const QUEUE = { Destinations: { maxItems: 10 }, TimeoutInSeconds: { max: 600 } } as const;

/**
 * The control plane's actions (assets, fleets, instances, capacity, scaling,
 * aliases, queues, and the catalogue's few others it answers), and gse-local's
 * rules for their requests beyond the limits api.json's documents state
 * (generated: src/cloud/generated/gseCloudFields.ts; nested objects:
 * schema/objectRules.ts). An empty entry takes api.json's rules as they are.
 */
export const CONTROL_ACTION_RULES = {
  // Assets
  CreateAsset: {},
  DescribeAsset: {},
  DescribeAssets: { fields: OFFSET_PAGE },
  UpdateAsset: {},
  DeleteAsset: {},
  DescribeAssetSystems: {},
  GetUploadCredentials: {},
  GetUploadFederationToken: {},
  // Fleets
  CreateFleet: { fields: { FleetType: FLEET_TYPE, NewGameServerSessionProtectionPolicy: PROTECTION_POLICY } },
  CopyFleet: { fields: { FleetType: FLEET_TYPE, NewGameServerSessionProtectionPolicy: PROTECTION_POLICY } },
  DeleteFleet: {},
  DescribeFleetAttributes: {},
  ListFleets: {},
  UpdateFleetAttributes: { fields: { NewGameSessionProtectionPolicy: PROTECTION_POLICY } },
  UpdateFleetName: {},
  DescribeFleetEvents: { fields: { EventCode: { oneOf: FLEET_EVENT_CODES } } },
  DescribeRuntimeConfiguration: {},
  UpdateRuntimeConfiguration: {},
  DescribeFleetPortSettings: {},
  UpdateFleetPortSettings: {},
  DescribeFleetRelatedResources: {},
  // Instances and capacity. api.json's documents of DescribeInstances' Offset
  // and Limit are swapped ("结果返回最大数量…最大值100" is Offset's): Limit is the page.
  DescribeInstances: { fields: { Offset: { max: undefined }, Limit: { max: 100 } } },
  DescribeInstancesExtend: {},
  SetServerWeight: {},
  SetServerReserved: {},
  UpdateFleetCapacity: {},
  DescribeFleetCapacity: {},
  DescribeFleetUtilization: {},
  DescribeFleetStatisticSummary: {},
  DescribeFleetStatisticDetails: {},
  DescribeFleetStatisticFlows: {},
  GetGameServerInstanceLogUrl: {},
  // Scaling
  PutScalingPolicy: {
    fields: {
      // -99..99 holds for PercentChangeInCapacity only; the others are bounded by the instance limit (checked by the action).
      ScalingAdjustmentType: { oneOf: ADJUSTMENT_TYPES },
      ComparisonOperator: { oneOf: COMPARISON_OPERATORS },
      // A policy holds for at least a minute ("持续时间长度（分钟）").
      EvaluationPeriods: { min: 1 },
      MetricName: { oneOf: ALL_METRICS },
      PolicyType: { oneOf: POLICY_TYPES },
    },
  },
  DescribeScalingPolicies: {},
  DeleteScalingPolicy: {},
  StartFleetActions: { fields: { Actions: FLEET_ACTIONS } },
  StopFleetActions: { fields: { Actions: FLEET_ACTIONS } },
  PutTimerScalingPolicy: {},
  DescribeTimerScalingPolicies: { fields: OFFSET_PAGE },
  DeleteTimerScalingPolicy: {},
  // Aliases and queues
  CreateAlias: {},
  DescribeAlias: {},
  ListAliases: { fields: { RoutingStrategyType: { oneOf: ROUTING_STRATEGY_TYPES }, OrderWay: { oneOf: ["asc", "desc"] } } },
  UpdateAlias: {},
  DeleteAlias: {},
  ResolveAlias: {},
  CreateGameServerSessionQueue: { fields: QUEUE },
  DescribeGameServerSessionQueues: {},
  UpdateGameServerSessionQueue: { fields: QUEUE },
  DeleteGameServerSessionQueue: {},
  // The catalogue's others the control plane answers from its limits
  DescribeInstanceTypes: {},
  DescribeInstanceLimit: {},
  // 资源类型: api.json's quota resources are numbered 1 to 5.
  DescribeUserQuota: { fields: { ResourceType: { min: 1, max: 5 } } },
  DescribeUserQuotas: {},
  DescribeCcnInstances: {},
} as const satisfies ActionRulesTable;
