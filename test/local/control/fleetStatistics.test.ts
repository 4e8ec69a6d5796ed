// Fleet statistics from what happened, on the real core with a driven
// clock: instances that have ended still count, sessions are counted in
// their instance's life, and the history is bounded.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createCore, createManualClock } from "gse-sdk/local";
import { instanceActions } from "../../../src/local/cloud/control/instanceActions.js";
import type { ControlActionContext } from "../../../src/local/cloud/control/ControlActionContext.js";
import { createUsageDomain, usageBuckets } from "../../../src/local/control/domain/usage.js";
import { createTestClock, createTestStore } from "../../helpers/createControlHarness.js";

const T0 = Date.parse("2026-03-01T09:30:00Z");
const at = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "").replace("T", " ");

function setup() {
  const clock = createManualClock(T0);
  const core = createCore({ ipAddress: "127.0.0.1", clock });
  const fleet = core.control.fleets.create({ name: "s", assetId: undefined, region: "ap-guangzhou", active: true }, 10);
  const context = { plane: core.control } as unknown as ControlActionContext;
  return { clock, core, fleet, context };
}

test("an instance that has ended still counts: its life within the window", async () => {
  const { clock, core, fleet, context } = setup();
  const a = core.control.instances.add(fleet.fleetId, "127.0.0.1");
  const b = core.control.instances.add(fleet.fleetId, "127.0.0.1");
  clock.advance(60_000);
  core.control.instances.remove(b); // scaled in: gone from DescribeInstances
  clock.advance(30_000);
  const summary = await instanceActions.DescribeFleetStatisticSummary({ FleetId: fleet.fleetId }, context);
  assert.equal(summary.TotalUsedTimeSeconds, String(90 + 60));
  const details = (await instanceActions.DescribeFleetStatisticDetails({ FleetId: fleet.fleetId }, context)) as { DetailList: readonly { InstanceId: string; EndTime: string; TotalUsedTimeSeconds: string }[]; TotalCount: number; TimeType: string };
  assert.equal(details.TotalCount, 2);
  assert.deepEqual(details.DetailList.map((d) => [d.InstanceId, d.TotalUsedTimeSeconds]), [[a.instanceId, "90"], [b.instanceId, "60"]]);
  assert.equal(details.DetailList[1]!.EndTime, new Date(T0 + 60_000).toISOString().replace(/\.\d{3}Z$/, "Z"));
  assert.equal(details.TimeType, "HOUR");
  // A window that starts after b ended sees only a.
  const later = await instanceActions.DescribeFleetStatisticSummary({ FleetId: fleet.fleetId, BeginTime: at(T0 + 70_000) }, context);
  assert.equal(later.TotalUsedTimeSeconds, "20");
});

test("a session's end is counted in its instance's life, once, with its players", () => {
  const { clock, core, fleet } = setup();
  const instance = core.control.instances.add(fleet.fleetId, "127.0.0.1");
  // As ProcessReady does: placed in its instance, then registered.
  core.control.instances.place(50, fleet.fleetId, instance.instanceId);
  const { process } = core.processes.register({ pid: 50, grpcPort: 1, clientPort: 7050, logPaths: [] });
  const session = core.gameServerSessions.create({ fleetId: fleet.fleetId, maximumPlayerSessionCount: 4 });
  core.gameServerSessions.activate(process, session.gameServerSessionId, 0);
  core.playerSessions.join(session, [{ playerId: "ada" }, { playerId: "bob" }]);
  clock.advance(12_000);
  core.gameServerSessions.terminateByProcess(process, session.gameServerSessionId);
  core.processes.terminate(process, "ended");
  const life = core.control.history.lives(fleet.fleetId)[0]!;
  assert.deepEqual({ sessions: life.sessions, sessionSeconds: life.sessionSeconds, playerSessions: life.playerSessions }, { sessions: 1, sessionSeconds: 12, playerSessions: 2 });
  assert.deepEqual(life.processes, [{ pid: 50, registeredAt: T0 }], "the processes that ran on it stay listed after they end (instance logs)");
  core.control.instances.place(50, fleet.fleetId, instance.instanceId);
  core.processes.register({ pid: 50, grpcPort: 1, clientPort: 7050, logPaths: [] }); // the pid recycled: another process
  assert.deepEqual(life.processes, [{ pid: 50, registeredAt: T0 + 12_000 }], "one entry per pid, the latest");
});

test("flows are hourly buckets for windows up to two days, daily beyond; UTC-aligned", async () => {
  const { clock, core, fleet, context } = setup();
  core.control.instances.add(fleet.fleetId, "127.0.0.1");
  clock.advance(60 * 60_000); // 09:30 -> 10:30
  const flows = (await instanceActions.DescribeFleetStatisticFlows({ FleetId: fleet.fleetId }, context)) as { UsedTimeList: readonly { BeginTime: string; TotalUsedTimeSeconds: string }[]; TimeType: string; TotalCount: number };
  assert.equal(flows.TimeType, "HOUR");
  assert.deepEqual(flows.UsedTimeList, [
    { BeginTime: "2026-03-01T09:00:00Z", TotalUsedTimeSeconds: "1800" },
    { BeginTime: "2026-03-01T10:00:00Z", TotalUsedTimeSeconds: "1800" },
  ]);
  const days = usageBuckets([{ fleetId: "f", instanceId: "i", ipAddress: "x", from: T0, to: T0 + 3 * 86_400_000, seconds: 0 }], 0, T0 + 3 * 86_400_000);
  assert.equal(days.timeType, "DAY");
  assert.equal(days.buckets.length, 4);
  assert.equal(days.buckets[0]!.seconds, 14.5 * 3600);
});

test("the history is bounded: past the limit, the oldest ended lives go, a live one never does", () => {
  const clock = createTestClock();
  const { store } = createTestStore(clock);
  const history = createUsageDomain(store, 3);
  const instance = (id: string) => ({ instanceId: id, fleetId: "f", status: "ACTIVE" as const, weight: 5, reserved: false, createTime: clock.now(), ipAddress: "x" });
  history.begin(instance("live"));
  for (let i = 0; i < 5; i++) {
    history.begin(instance(`i${i}`));
    clock.advance(1_000);
    history.end(`i${i}`);
  }
  assert.deepEqual(history.lives().map((l) => l.instanceId), ["live", "i2", "i3", "i4"]);
});

test("EndTime before BeginTime is refused naming EndTime", () => {
  const { fleet, context } = setup();
  assert.throws(
    () => instanceActions.DescribeFleetStatisticSummary({ FleetId: fleet.fleetId, BeginTime: "2026-03-02 00:00:00", EndTime: "2026-03-01 00:00:00" }, context),
    (e: Error & { field?: string }) => e.field === "EndTime",
  );
});
