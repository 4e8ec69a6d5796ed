export const SCALING_METRICS = [
  "AvailableGameServerSessions",
  "AvailableCustomCount",
  "PercentAvailableCustomCount",
  "ActiveInstances",
  "IdleInstances",
  "CurrentPlayerSessions",
  "PercentIdleInstances",
] as const;
export type ScalingMetric = (typeof SCALING_METRICS)[number];
/** TargetBased policies track this one metric (api.json spells it both ways; both are accepted). */
export const TARGET_METRICS = ["PercentAvailableGameServerSessions", "PercentAvailableGameSessions"] as const;
export const COMPARISON_OPERATORS = [">", ">=", "<", "<="] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];
export const ADJUSTMENT_TYPES = ["ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity"] as const;
export type AdjustmentType = (typeof ADJUSTMENT_TYPES)[number];
export const POLICY_TYPES = ["RuleBased", "TargetBased"] as const;
export type PolicyType = (typeof POLICY_TYPES)[number];

/** A fleet's scaling policy (PutScalingPolicy): a target or a step rule. */
export type ScalingPolicyRecord =
  | {
      readonly fleetId: string;
      readonly name: string;
      readonly policyType: "TargetBased";
      /** Percent of game server sessions to keep available, 0..100. */
      readonly targetValue: number;
    }
  | {
      readonly fleetId: string;
      readonly name: string;
      readonly policyType: "RuleBased";
      readonly metricName: ScalingMetric;
      readonly comparisonOperator: ComparisonOperator;
      readonly threshold: number;
      /** Consecutive evaluations the comparison must hold (GSE: minutes; locally: evaluation intervals). */
      readonly evaluationPeriods: number;
      readonly adjustmentType: AdjustmentType;
      readonly adjustment: number;
    };

/** A fleet's numbers at one evaluation, from what is running now. */
export interface FleetMetrics {
  /** Instances in service (not terminating). */
  readonly instances: number;
  /** Instances whose processes hold no session. */
  readonly idleInstances: number;
  /** Server processes per instance (the runtime configuration's ConcurrentExecutions summed). */
  readonly processesPerInstance: number;
  /** Ready processes holding no session. */
  readonly availableSessions: number;
  /** ACTIVATING and ACTIVE sessions. */
  readonly activeSessions: number;
  readonly currentPlayerSessions: number;
  /** Sum over ready processes of (max - current) custom count, and of max. */
  readonly availableCustomCount: number;
  readonly maxCustomCount: number;
}
