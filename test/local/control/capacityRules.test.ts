import assert from "node:assert/strict";
import { test } from "node:test";
import { ControlRefusal } from "../../../src/local/control/ControlRefusal.js";
import { resolveAlias, type AliasRecord } from "../../../src/local/control/aliases/resolveAlias.js";
import { checkCapacity } from "../../../src/local/control/capacity/checkCapacity.js";
import { chooseScaleIn, type ScaleInCandidate } from "../../../src/local/control/capacity/chooseScaleIn.js";
import { evaluateScalingPolicy } from "../../../src/local/control/scaling/evaluateScalingPolicy.js";
import { nextTimerFire, timerStatus } from "../../../src/local/control/scaling/nextTimerFire.js";
import type { FleetMetrics } from "../../../src/local/control/scaling/scalingModels.js";
import { latencyCapAt, selectDestination, type DestinationState } from "../../../src/local/control/queues/selectDestination.js";

const refusal = (kind: string, pattern: RegExp, field?: string) => (error: unknown) => {
  assert.ok(error instanceof ControlRefusal, String(error));
  assert.equal(error.kind, kind);
  assert.match(error.message, pattern);
  if (field) assert.equal(error.field, field);
  return true;
};

test("capacity: min <= desired <= max within the instance limit, naming the field sent", () => {
  const current = { desired: 1, min: 0, max: 1 };
  assert.deepEqual(checkCapacity(current, { MaxSize: 4, DesiredInstances: 3 }, 10), { desired: 3, min: 0, max: 4 });
  assert.throws(() => checkCapacity(current, { DesiredInstances: 2 }, 10), refusal("InvalidParameterValue", /DesiredInstances 2 must lie within MinSize 0 and MaxSize 1/, "DesiredInstances"));
  assert.throws(() => checkCapacity(current, { MaxSize: 11 }, 10), refusal("InvalidParameterValue", /MaxSize 11 is outside 1\.\.10/, "MaxSize"));
  assert.throws(() => checkCapacity(current, { MinSize: 2, MaxSize: 3, DesiredInstances: 1 }, 10), refusal("InvalidParameterValue", /DesiredInstances 1/, "DesiredInstances"));
  assert.throws(() => checkCapacity(current, { MinSize: 3, MaxSize: 2 }, 10), refusal("InvalidParameterValue", /MinSize 3 is greater than MaxSize 2/, "MinSize"));
});

test("scale-in: idle first, never reserved, never a protected session", () => {
  const now = 10 * 60_000;
  const c = (id: string, extra: Partial<ScaleInCandidate>): ScaleInCandidate => ({ instanceId: id, reserved: false, weight: 5, createdAt: 0, sessions: [], ...extra });
  const candidates = [
    c("busy", { sessions: [{ protectionPolicy: "NoProtection", creationTime: 0 }] }),
    c("idle-old", { createdAt: 1 }),
    c("idle-new", { createdAt: 2 }),
    c("reserved", { reserved: true }),
    c("full", { sessions: [{ protectionPolicy: "FullProtection", creationTime: 0 }] }),
    c("time-limited", { sessions: [{ protectionPolicy: "TimeLimitProtection", creationTime: now - 4 * 60_000 }] }),
  ];
  assert.deepEqual(chooseScaleIn(candidates, 2, now, 5), ["idle-new", "idle-old"]);
  assert.deepEqual(chooseScaleIn(candidates, 9, now, 5), ["idle-new", "idle-old", "busy"]);
  // Once the time limit has passed, the time-limited session is fair game.
  assert.deepEqual(chooseScaleIn(candidates, 9, now + 2 * 60_000, 5), ["idle-new", "idle-old", "busy", "time-limited"]);
  assert.deepEqual(chooseScaleIn(candidates, 0, now, 5), []);
});

const metrics = (over: Partial<FleetMetrics>): FleetMetrics => ({
  instances: 1,
  idleInstances: 0,
  processesPerInstance: 4,
  availableSessions: 0,
  activeSessions: 4,
  currentPlayerSessions: 8,
  availableCustomCount: 0,
  maxCustomCount: 0,
  ...over,
});

test("target-based scaling keeps the target share of sessions available", () => {
  const policy = { fleetId: "f", name: "t", policyType: "TargetBased", targetValue: 50 } as const;
  const capacity = { desired: 1, min: 1, max: 5 };
  // 4 sessions on 4 processes, 50% should be free: 8 processes, 2 instances.
  assert.equal(evaluateScalingPolicy(policy, metrics({}), capacity, 1).desired, 2);
  assert.equal(evaluateScalingPolicy(policy, metrics({ activeSessions: 2, availableSessions: 2 }), capacity, 1).desired, undefined);
  assert.equal(evaluateScalingPolicy(policy, metrics({ activeSessions: 40 }), capacity, 1).desired, 5, "clamped to max");
  assert.equal(evaluateScalingPolicy(policy, metrics({ activeSessions: 0, instances: 3 }), { ...capacity, desired: 3 }, 1).desired, 1, "shrinks to min");
  assert.equal(evaluateScalingPolicy(policy, metrics({ activeSessions: 0, instances: 3 }), { desired: 3, min: 0, max: 5 }, 1).desired, 1, "keeps one instance to measure");
});

test("rule-based scaling waits for its evaluation periods, then adjusts", () => {
  const base = { fleetId: "f", name: "r", policyType: "RuleBased", metricName: "AvailableGameServerSessions", comparisonOperator: "<", threshold: 1, evaluationPeriods: 2 } as const;
  const capacity = { desired: 2, min: 1, max: 6 };
  const m = metrics({ availableSessions: 0 });
  assert.equal(evaluateScalingPolicy({ ...base, adjustmentType: "ChangeInCapacity", adjustment: 1 }, m, capacity, 1).desired, undefined);
  assert.equal(evaluateScalingPolicy({ ...base, adjustmentType: "ChangeInCapacity", adjustment: 1 }, m, capacity, 2).desired, 3);
  assert.equal(evaluateScalingPolicy({ ...base, adjustmentType: "ExactCapacity", adjustment: 5 }, m, capacity, 2).desired, 5);
  assert.equal(evaluateScalingPolicy({ ...base, adjustmentType: "PercentChangeInCapacity", adjustment: 10 }, m, capacity, 2).desired, 3, "rounds away from zero");
  assert.equal(evaluateScalingPolicy({ ...base, adjustmentType: "ChangeInCapacity", adjustment: -5 }, m, capacity, 2).desired, 1, "clamped to min");
  assert.equal(evaluateScalingPolicy({ ...base, adjustmentType: "ChangeInCapacity", adjustment: 1 }, metrics({ availableSessions: 3 }), capacity, 5).desired, undefined);
});

test("timers fire at their begin time of day on the days their rule selects", () => {
  const begin = Date.parse("2026-01-05T03:00:00Z"); // a Monday
  const end = Date.parse("2026-02-28T00:00:00Z");
  assert.equal(nextTimerFire({ timerType: 1, beginTime: begin, endTime: end }, begin - 1), begin);
  assert.equal(nextTimerFire({ timerType: 1, beginTime: begin, endTime: end }, begin), undefined);
  assert.equal(nextTimerFire({ timerType: 2, day: 3, beginTime: begin, endTime: end }, begin), Date.parse("2026-01-08T03:00:00Z"));
  assert.equal(nextTimerFire({ timerType: 4, weekDays: [3, 7], beginTime: begin, endTime: end }, begin), Date.parse("2026-01-07T03:00:00Z"));
  assert.equal(nextTimerFire({ timerType: 3, fromDay: 20, toDay: 21, beginTime: begin, endTime: end }, begin), Date.parse("2026-01-20T03:00:00Z"));
  assert.equal(nextTimerFire({ timerType: 2, day: 1, beginTime: begin, endTime: end }, end), undefined);
  assert.equal(timerStatus({ timerType: 1, beginTime: begin, endTime: end }, begin - 1), 1);
  assert.equal(timerStatus({ timerType: 1, beginTime: begin, endTime: end }, begin + 1), 2);
  assert.equal(timerStatus({ timerType: 1, beginTime: begin, endTime: end }, end + 1), 4);
});

test("aliases: SIMPLE routes to its fleet, TERMINAL refuses with its message", () => {
  const alias = (strategy: AliasRecord["routingStrategy"]): AliasRecord => ({ aliasId: "alias-1", aliasArn: "", name: "a", description: "", routingStrategy: strategy, creationTime: 0, lastUpdatedTime: 0, tags: [] });
  assert.equal(resolveAlias(alias({ type: "SIMPLE", fleetId: "fleet-2" })), "fleet-2");
  assert.throws(() => resolveAlias(alias({ type: "TERMINAL", message: "v1 is retired" }), "FleetId"), refusal("OperationDenied", /TERMINAL alias: v1 is retired/, "FleetId"));
});

test("queues: first destination in order with a free process within the latency cap", () => {
  const fleet = (id: string, free: number, active = true): DestinationState => ({ destination: `arn/${id}`, fleet: { fleetId: id, region: "ap-local", freeProcesses: free, active } });
  const terminal: DestinationState = { destination: "arn/alias-x", fleet: { unusable: "TERMINAL alias" } };
  assert.deepEqual(selectDestination([terminal, fleet("a", 0), fleet("b", 1, false), fleet("c", 2)], [], undefined), { fleetId: "c", destination: "arn/c" });
  const none = selectDestination([fleet("a", 0)], [], undefined);
  assert.equal(none.fleetId, undefined);
  assert.match((none as { reasons: string[] }).reasons[0]!, /no free server process/);
  const latencies = [{ PlayerId: "p1", RegionIdentifier: "ap-local", LatencyInMilliseconds: 120 }, { PlayerId: "p2", LatencyInMilliseconds: 40 }];
  const capped = selectDestination([fleet("a", 1)], latencies, 100);
  assert.match((capped as { reasons: string[] }).reasons[0]!, /player p1 has 120 ms to ap-local, over the 100 ms policy/);
  assert.equal(selectDestination([fleet("a", 1)], latencies, 150).fleetId, "a");
  const policies = [{ maximumIndividualPlayerLatencyMilliseconds: 200 }, { maximumIndividualPlayerLatencyMilliseconds: 50, policyDurationSeconds: 10 }, { maximumIndividualPlayerLatencyMilliseconds: 100, policyDurationSeconds: 20 }];
  assert.equal(latencyCapAt(policies, 0), 50);
  assert.equal(latencyCapAt(policies, 10), 100);
  assert.equal(latencyCapAt(policies, 29.9), 100);
  assert.equal(latencyCapAt(policies, 30), 200);
  assert.equal(latencyCapAt(policies.slice(1), 31), undefined);
});
