import { ControlRefusal } from "../ControlRefusal.js";
import type { TimerPolicyRecord } from "../records.js";
import type { TimerSchedule } from "../scaling/nextTimerFire.js";
import { TARGET_METRICS, type ScalingMetric, type ScalingPolicyRecord } from "../scaling/scalingModels.js";
import { scalingPolicyKey, type ControlStore } from "./ControlStore.js";
import { shortId } from "./shortId.js";

export interface PutScalingPolicyInput {
  fleetId: string;
  name?: string;
  policyType?: "RuleBased" | "TargetBased";
  metricName?: string;
  comparisonOperator?: ">" | ">=" | "<" | "<=";
  threshold?: number;
  evaluationPeriods?: number;
  adjustmentType?: "ChangeInCapacity" | "ExactCapacity" | "PercentChangeInCapacity";
  adjustment?: number;
  targetValue?: number;
}

export interface ScalingDomain {
  policiesOf(fleetId: string): ScalingPolicyRecord[];
  allPolicies(): ScalingPolicyRecord[];
  putPolicy(input: PutScalingPolicyInput, instanceLimit: number): ScalingPolicyRecord;
  deletePolicy(fleetId: string, name: string | undefined): void;
  timers(): TimerPolicyRecord[];
  timer(timerId: string): TimerPolicyRecord | undefined;
  putTimer(input: Omit<TimerPolicyRecord, "timerId" | "firedUntil"> & { timerId?: string }): TimerPolicyRecord;
  timerFired(timer: TimerPolicyRecord, at: number): void;
  deleteTimer(timer: TimerPolicyRecord): void;
  /** Everything of a fleet, when it is deleted. */
  forgetFleet(fleetId: string): void;
}

const missing = (field: string, why: string) => new ControlRefusal("MissingParameter", `${field} is required ${why}`, field);

export function createScalingDomain(store: ControlStore): ScalingDomain {
  const policies = store.tables.scalingPolicies;
  const timers = store.tables.timerPolicies;
  const domain: ScalingDomain = {
    policiesOf: (fleetId) => [...policies.values()].filter((p) => p.fleetId === fleetId),
    allPolicies: () => [...policies.values()],
    putPolicy(input, instanceLimit) {
      const name = input.name ?? "default";
      const type = input.policyType ?? "RuleBased";
      let record: ScalingPolicyRecord;
      if (type === "TargetBased") {
        if (input.metricName !== undefined && !(TARGET_METRICS as readonly string[]).includes(input.metricName)) {
          throw new ControlRefusal("InvalidParameterValue", `MetricName ${input.metricName} cannot drive a TargetBased policy: use PercentAvailableGameServerSessions`, "MetricName");
        }
        if (input.targetValue === undefined) throw missing("TargetConfiguration.TargetValue", "for a TargetBased policy");
        record = { fleetId: input.fleetId, name, policyType: "TargetBased", targetValue: input.targetValue };
      } else {
        if (input.metricName === undefined) throw missing("MetricName", "for a RuleBased policy");
        if ((TARGET_METRICS as readonly string[]).includes(input.metricName)) {
          throw new ControlRefusal("InvalidParameterValue", `MetricName ${input.metricName} is for TargetBased policies`, "MetricName");
        }
        if (input.comparisonOperator === undefined) throw missing("ComparisonOperator", "for a RuleBased policy");
        if (input.threshold === undefined) throw missing("Threshold", "for a RuleBased policy");
        if (input.adjustmentType === undefined) throw missing("ScalingAdjustmentType", "for a RuleBased policy");
        if (input.adjustment === undefined) throw missing("ScalingAdjustment", "for a RuleBased policy");
        const bound = input.adjustmentType === "PercentChangeInCapacity" ? 99 : instanceLimit;
        const low = input.adjustmentType === "ExactCapacity" ? 0 : -bound;
        if (input.adjustment < low || input.adjustment > bound) {
          throw new ControlRefusal("InvalidParameterValue", `ScalingAdjustment ${input.adjustment} must be from ${low} to ${bound} for ${input.adjustmentType}`, "ScalingAdjustment");
        }
        record = {
          fleetId: input.fleetId,
          name,
          policyType: "RuleBased",
          metricName: input.metricName as ScalingMetric,
          comparisonOperator: input.comparisonOperator,
          threshold: input.threshold,
          evaluationPeriods: input.evaluationPeriods ?? 1,
          adjustmentType: input.adjustmentType,
          adjustment: input.adjustment,
        };
      }
      store.put("scalingPolicies", record);
      return record;
    },
    deletePolicy(fleetId, name) {
      const targets = name === undefined || name === "" ? domain.policiesOf(fleetId) : [policies.get(scalingPolicyKey(fleetId, name))];
      if (targets.length === 0 || targets[0] === undefined) {
        throw new ControlRefusal("ResourceNotFound", `fleet ${fleetId} has no scaling policy${name ? ` named ${name}` : ""}`, "Name");
      }
      for (const p of targets) if (p) store.delete("scalingPolicies", scalingPolicyKey(p.fleetId, p.name));
    },
    timers: () => [...timers.values()],
    timer: (id) => timers.get(id),
    putTimer(input) {
      const existing = input.timerId !== undefined ? timers.get(input.timerId) : undefined;
      if (input.timerId !== undefined && !existing) {
        throw new ControlRefusal("ResourceNotFound", `TimerScalingPolicy.TimerId ${input.timerId} names no timer`, "TimerScalingPolicy.TimerId");
      }
      const record: TimerPolicyRecord = {
        timerId: existing?.timerId ?? shortId("timerId"),
        timerName: input.timerName,
        fleetId: input.fleetId,
        schedule: input.schedule as TimerSchedule,
        capacity: input.capacity,
        firedUntil: existing?.firedUntil ?? store.clock.now(),
      };
      store.put("timerPolicies", record);
      return record;
    },
    timerFired(timer, at) {
      store.update("timerPolicies", timer, { firedUntil: at });
    },
    deleteTimer(timer) {
      store.delete("timerPolicies", timer.timerId);
    },
    forgetFleet(fleetId) {
      for (const p of domain.policiesOf(fleetId)) store.delete("scalingPolicies", scalingPolicyKey(p.fleetId, p.name));
      for (const t of [...timers.values()]) if (t.fleetId === fleetId) store.delete("timerPolicies", t.timerId);
    },
  };
  return domain;
}
