import type { FleetCapacitySettings } from "../capacity/checkCapacity.js";
import type { ComparisonOperator, FleetMetrics, ScalingMetric, ScalingPolicyRecord } from "./scalingModels.js";

export interface ScalingDecision {
  /** The desired instance count this policy asks for, inside min..max; undefined: no change. */
  readonly desired: number | undefined;
  /** For the FLEET_SCALING_EVENT message. */
  readonly reason: string;
}

export function metricValue(metric: ScalingMetric, m: FleetMetrics): number {
  switch (metric) {
    case "AvailableGameServerSessions":
      return m.availableSessions;
    case "AvailableCustomCount":
      return m.availableCustomCount;
    case "PercentAvailableCustomCount":
      return m.maxCustomCount === 0 ? 0 : (100 * m.availableCustomCount) / m.maxCustomCount;
    case "ActiveInstances":
      return m.instances;
    case "IdleInstances":
      return m.idleInstances;
    case "CurrentPlayerSessions":
      return m.currentPlayerSessions;
    case "PercentIdleInstances":
      return m.instances === 0 ? 0 : (100 * m.idleInstances) / m.instances;
  }
}

export function compare(value: number, operator: ComparisonOperator, threshold: number): boolean {
  switch (operator) {
    case ">":
      return value > threshold;
    case ">=":
      return value >= threshold;
    case "<":
      return value < threshold;
    case "<=":
      return value <= threshold;
  }
}

/**
 * One evaluation of one policy. Target-based (GameLift's target tracking):
 * the instances needed so that `targetValue` percent of all sessions are
 * available, `ceil(active / ((1 - target/100) * perInstance))`, and at
 * least one; with no sessions the fleet shrinks to that (or its minimum). Rule-based: when the
 * metric has met the comparison for `evaluationPeriods` consecutive
 * evaluations (`breachedFor` counts them, including this one), adjust.
 * The result is clamped into min..max.
 */
export function evaluateScalingPolicy(
  policy: ScalingPolicyRecord,
  metrics: FleetMetrics,
  capacity: FleetCapacitySettings,
  breachedFor: number,
): ScalingDecision {
  const clamp = (n: number) => Math.min(capacity.max, Math.max(capacity.min, n));
  if (policy.policyType === "TargetBased") {
    const per = Math.max(1, metrics.processesPerInstance);
    const usable = 1 - policy.targetValue / 100;
    // At least one instance: with none, no session could start, and nothing would ever be measured to scale out on.
    const needed = usable <= 0 ? capacity.max : Math.max(1, Math.ceil(metrics.activeSessions / (usable * per)));
    const desired = clamp(needed);
    const available = metrics.instances * per === 0 ? 0 : (100 * metrics.availableSessions) / (metrics.instances * per);
    return {
      desired: desired === capacity.desired ? undefined : desired,
      reason: `target ${policy.targetValue}% available sessions: ${available.toFixed(0)}% available with ${metrics.activeSessions} active; ${needed} instances needed`,
    };
  }
  const value = metricValue(policy.metricName, metrics);
  if (!compare(value, policy.comparisonOperator, policy.threshold)) {
    return { desired: undefined, reason: `${policy.metricName} ${value} does not meet ${policy.comparisonOperator} ${policy.threshold}` };
  }
  if (breachedFor < policy.evaluationPeriods) {
    return {
      desired: undefined,
      reason: `${policy.metricName} ${value} ${policy.comparisonOperator} ${policy.threshold} for ${breachedFor} of ${policy.evaluationPeriods} periods`,
    };
  }
  const base = capacity.desired;
  let target: number;
  switch (policy.adjustmentType) {
    case "ChangeInCapacity":
      target = base + policy.adjustment;
      break;
    case "ExactCapacity":
      target = policy.adjustment;
      break;
    case "PercentChangeInCapacity": {
      // GameLift rounds a percentage change away from zero to at least one instance.
      const change = (base * policy.adjustment) / 100;
      const rounded = change > 0 ? Math.max(1, Math.ceil(change)) : change < 0 ? Math.min(-1, Math.floor(change)) : 0;
      target = base + rounded;
      break;
    }
  }
  const desired = clamp(target);
  return {
    desired: desired === base ? undefined : desired,
    reason: `${policy.metricName} ${value} ${policy.comparisonOperator} ${policy.threshold} for ${policy.evaluationPeriods} periods: ${policy.adjustmentType} ${policy.adjustment}`,
  };
}
