import assert from "node:assert/strict";
import { test } from "node:test";
import { ControlRefusal } from "../../../src/local/control/ControlRefusal.js";
import type { FleetRecord } from "../../../src/local/control/records.js";
import { createControlHarness, type ControlHarness } from "../../helpers/createControlHarness.js";

const refusal = (kind: string, pattern: RegExp, field?: string) => (error: unknown) => {
  assert.ok(error instanceof ControlRefusal, String(error));
  assert.equal(error.kind, kind);
  assert.match(error.message, pattern);
  if (field) assert.equal(error.field, field);
  return true;
};

const RUNTIME = { ServerProcesses: [{ LaunchPath: "/local/game/start.sh", Parameters: "--port 7000", ConcurrentExecutions: 2 }] };

function asset(h: ControlHarness) {
  return h.plane.assets.create(
    { assetName: "arena", assetVersion: "v1", operateSystem: "CentOS7.16", imageId: "img", region: "ap-guangzhou", bucketKey: "v1.zip", archiveBytes: 10, unpackedBytes: 20, tags: [] },
    10,
  );
}

/** A fleet through its build to ACTIVATING, with its first instance started. */
async function activeFleet(h: ControlHarness, overrides: Partial<Parameters<ControlHarness["plane"]["fleets"]["create"]>[0]> = {}): Promise<FleetRecord> {
  const fleet = h.plane.fleets.create({ assetId: asset(h).assetId, region: "ap-guangzhou", runtimeConfiguration: RUNTIME, ...overrides }, 10);
  h.orchestrator.effects.buildFleet(fleet);
  for (let i = 0; i < 5; i++) await h.settle();
  return fleet;
}

function readyAll(h: ControlHarness, fleet: FleetRecord): number[] {
  const pids: number[] = [];
  for (const instance of h.plane.instances.ofFleet(fleet.fleetId)) {
    if (h.host.instances.get(instance.instanceId)!.pids.length > 0) continue;
    for (let i = 0; i < 2; i++) {
      const pid = h.host.spawn(instance.instanceId);
      h.live.processes.set(pid, { pid, status: "ACTIVE", clientPort: 7000, gameServerSessionId: undefined, currentCustomCount: 0, maxCustomCount: 0 });
      h.orchestrator.processReady(pid, 7000);
      pids.push(pid);
    }
  }
  return pids;
}

function giveSession(h: ControlHarness, pid: number, protectionPolicy: "NoProtection" | "FullProtection" = "NoProtection") {
  const id = `gssess-${pid}`;
  h.live.sessions.set(id, { status: "ACTIVE", fleetId: "f", protectionPolicy, creationTime: h.clock.now(), maximumPlayerSessionCount: 4 });
  const proc = h.live.processes.get(pid)!;
  h.live.processes.set(pid, { ...proc, gameServerSessionId: id });
}

test("a fleet goes NEW -> ... -> ACTIVE with its events, once a process is ready", async () => {
  const h = createControlHarness();
  const fleet = await activeFleet(h);
  assert.equal(fleet.status, "ACTIVATING");
  const [instance] = h.plane.instances.ofFleet(fleet.fleetId);
  assert.ok(instance);
  assert.deepEqual(h.host.instances.get(instance.instanceId)!.processes, fleet.runtimeConfiguration.ServerProcesses);
  readyAll(h, fleet);
  assert.equal(fleet.status, "ACTIVE");
  assert.equal(instance.status, "ACTIVE");
  assert.deepEqual(
    fleet.events.map((e) => e.eventCode),
    ["FLEET_CREATED", "FLEET_STATE_DOWNLOADING", "FLEET_CREATION_EXTRACTING_BUILD", "FLEET_STATE_VALIDATING", "FLEET_CREATION_VALIDATING_RUNTIME_CONFIG", "FLEET_STATE_BUILDING", "FLEET_STATE_ACTIVATING", "FLEET_STATE_ACTIVE"],
  );
  assert.ok(h.changes.some((c) => c.domain === "fleets" && c.key === fleet.fleetId), "fleet changes go through the store");
  const emitted = h.events.flatMap((e) => (e.type === "fleetEvent" && e.fleetId === fleet.fleetId ? [e] : []));
  assert.deepEqual(emitted.map((e) => e.eventCode), fleet.events.map((e) => e.eventCode), "each fleet event is a GseLocalEvent too");
  assert.deepEqual(emitted.map((e) => e.eventId), fleet.events.map((e) => e.eventId));
  assert.equal(emitted.at(-1)!.status, "ACTIVE", "with the fleet's status after it");
});

test("a failing install.sh puts the fleet in ERROR with an event quoting its output", async () => {
  const h = createControlHarness({ install: { ran: true, ok: false, exitCode: 3, signal: null, timedOut: false, output: "libfoo.so: not found" } });
  const fleet = await activeFleet(h);
  assert.equal(fleet.status, "ERROR");
  const failed = fleet.events.find((e) => e.eventCode === "FLEET_INITIALIZATION_FAILED");
  assert.match(failed!.message, /install\.sh exited with code 3; its output:\nlibfoo\.so: not found/);
  assert.equal(h.plane.instances.ofFleet(fleet.fleetId).length, 0, "no instance starts");
});

test("a LaunchPath missing from the build fails validation", async () => {
  const h = createControlHarness();
  h.host.setMissingLaunchPath("/local/game/start.sh");
  const fleet = await activeFleet(h);
  assert.equal(fleet.status, "ERROR");
  assert.ok(fleet.events.some((e) => e.eventCode === "FLEET_VALIDATION_LAUNCH_PATH_NOT_FOUND" && /start\.sh is not a file in the build/.test(e.message)));
});

test("bad fleet input is refused with the field named", () => {
  const h = createControlHarness();
  const a = asset(h);
  const create = (runtime: unknown) => () => h.plane.fleets.create({ assetId: a.assetId, region: "r", runtimeConfiguration: runtime as never }, 10);
  assert.throws(create({ ServerProcesses: [{ LaunchPath: "/usr/bin/game", ConcurrentExecutions: 1 }] }), refusal("InvalidParameterValue", /must start with \/local\/game\//, "RuntimeConfiguration.ServerProcesses.0.LaunchPath"));
  assert.throws(
    create({ ServerProcesses: [{ LaunchPath: "/local/game/a", ConcurrentExecutions: 30 }, { LaunchPath: "/local/game/b", ConcurrentExecutions: 21 }] }),
    refusal("InvalidParameterValue", /brings the fleet's processes to 51; .* at most 50/, "RuntimeConfiguration.ServerProcesses.1.ConcurrentExecutions"),
  );
  assert.throws(create({ ServerProcesses: [] }), refusal("MissingParameter", /at least one server process/));
  assert.throws(() => h.plane.assets.require("asset-nope"), refusal("ResourceNotFound", /AssetId asset-nope names no asset/, "AssetId"));
});

test("an asset in use cannot be deleted", async () => {
  const h = createControlHarness();
  const fleet = await activeFleet(h);
  const a = h.plane.assets.require(fleet.assetId!);
  assert.throws(() => h.plane.assets.delete(a), refusal("ResourceInUse", /used by 1 fleet/, "AssetId"));
});

test("capacity: scale-out starts instances, scale-in drains idle ones and never protected or reserved ones", async () => {
  const h = createControlHarness();
  const fleet = await activeFleet(h);
  readyAll(h, fleet);
  assert.throws(() => h.plane.fleets.setCapacity(fleet, { DesiredInstances: 3 }, 200, "test"), refusal("InvalidParameterValue", /DesiredInstances 3 must lie within MinSize 0 and MaxSize 1/, "DesiredInstances"));
  h.plane.fleets.setCapacity(fleet, { MaxSize: 4, DesiredInstances: 4 }, 200, "test");
  h.orchestrator.effects.capacityChanged(fleet);
  assert.equal(h.plane.instances.ofFleet(fleet.fleetId).length, 4);
  const pids = readyAll(h, fleet);
  const [first, second, third] = h.plane.instances.ofFleet(fleet.fleetId).slice(1);
  // One instance holds a protected session, one an unprotected session, one is reserved.
  giveSession(h, h.host.instances.get(first!.instanceId)!.pids[0]!, "FullProtection");
  giveSession(h, h.host.instances.get(second!.instanceId)!.pids[0]!, "NoProtection");
  h.plane.instances.setReserved(third!, true);
  h.plane.fleets.setCapacity(fleet, { DesiredInstances: 0 }, 200, "test");
  h.orchestrator.effects.capacityChanged(fleet);
  const retiring = h.plane.instances.ofFleet(fleet.fleetId).filter((i) => i.status === "TERMINATING").map((i) => i.instanceId);
  const original = h.plane.instances.ofFleet(fleet.fleetId)[0]!.instanceId;
  assert.deepEqual(new Set(retiring), new Set([original, second!.instanceId]), "the idle one and the unprotected one; not protected, not reserved");
  assert.ok(h.terminated.some((t) => t.reason === "scale-in"), "OnProcessTerminate sent");
  void pids;
  h.host.drained(original);
  await h.settle();
  await h.settle();
  assert.equal(h.plane.instances.get(original), undefined, "a drained instance is forgotten");
  assert.ok(h.host.instances.get(original)!.stopped);
});

test("a target-based policy adds an instance once load crosses its target", async () => {
  const h = createControlHarness({ evaluationMs: 1000 });
  const fleet = await activeFleet(h);
  const pids = readyAll(h, fleet);
  h.plane.fleets.setCapacity(fleet, { MaxSize: 3 }, 200, "test");
  h.plane.scaling.putPolicy({ fleetId: fleet.fleetId, name: "keep-half", policyType: "TargetBased", targetValue: 50 }, 200);
  h.clock.advance(1000);
  assert.equal(fleet.capacity.desired, 1, "no load, no change (already at the minimum it needs)");
  giveSession(h, pids[0]!);
  giveSession(h, pids[1]!);
  h.clock.advance(1000);
  assert.equal(fleet.capacity.desired, 2);
  assert.equal(h.plane.instances.ofFleet(fleet.fleetId).length, 2);
  assert.ok(fleet.events.some((e) => e.eventCode === "FLEET_SCALING_EVENT" && /scaling policy keep-half/.test(e.message)));
  // StopFleetActions: auto-scaling off.
  h.plane.fleets.update(fleet, { stoppedActions: ["AUTO_SCALING"] });
  h.plane.fleets.setCapacity(fleet, { DesiredInstances: 1 }, 200, "test");
  h.clock.advance(60_000);
  assert.equal(fleet.capacity.desired, 1);
});

test("a rule-based policy waits its evaluation periods", async () => {
  const h = createControlHarness({ evaluationMs: 1000 });
  const fleet = await activeFleet(h);
  const pids = readyAll(h, fleet);
  h.plane.fleets.setCapacity(fleet, { MaxSize: 5 }, 200, "test");
  h.plane.scaling.putPolicy({ fleetId: fleet.fleetId, name: "r", policyType: "RuleBased", metricName: "AvailableGameServerSessions", comparisonOperator: "<", threshold: 1, evaluationPeriods: 3, adjustmentType: "ChangeInCapacity", adjustment: 2 }, 200);
  giveSession(h, pids[0]!);
  giveSession(h, pids[1]!);
  h.clock.advance(2000);
  assert.equal(fleet.capacity.desired, 1);
  h.clock.advance(1000);
  assert.equal(fleet.capacity.desired, 3);
});

test("a timer applies its capacity when due", async () => {
  const h = createControlHarness({ evaluationMs: 1000 });
  const fleet = await activeFleet(h);
  readyAll(h, fleet);
  const begin = h.clock.now() + 5000;
  h.plane.scaling.putTimer({ timerName: "evening", fleetId: fleet.fleetId, schedule: { timerType: 1, beginTime: begin, endTime: begin + 3_600_000 }, capacity: { MaxSize: 3, DesiredInstances: 3 } });
  h.clock.advance(4000);
  assert.equal(fleet.capacity.desired, 1);
  h.clock.advance(2000);
  assert.deepEqual(fleet.capacity, { desired: 3, min: 0, max: 3 });
  assert.equal(h.plane.instances.ofFleet(fleet.fleetId).length, 3);
});

test("StopFleetActions stops timers as well as policies; an occurrence while stopped is skipped, the next after StartFleetActions applies", async () => {
  const h = createControlHarness({ evaluationMs: 1000 });
  const fleet = await activeFleet(h);
  readyAll(h, fleet);
  const begin = h.clock.now() + 5000;
  // Daily at BeginTime's time of day.
  h.plane.scaling.putTimer({ timerName: "daily", fleetId: fleet.fleetId, schedule: { timerType: 2, day: 1, beginTime: begin, endTime: begin + 10 * 86_400_000 }, capacity: { MaxSize: 3, DesiredInstances: 3 } });
  h.plane.fleets.update(fleet, { stoppedActions: ["AUTO_SCALING"] });
  h.clock.advance(6000);
  assert.deepEqual(fleet.capacity, { desired: 1, min: 0, max: 1 }, "stopped: the timer does not apply");
  assert.ok(fleet.events.some((e) => e.eventCode === "FLEET_SCALING_EVENT" && /timer daily skipped: auto-scaling is stopped/.test(e.message)));
  h.plane.fleets.update(fleet, { stoppedActions: [] });
  h.clock.advance(60_000);
  assert.equal(fleet.capacity.desired, 1, "StartFleetActions does not replay the skipped occurrence");
  h.clock.advance(begin + 86_400_000 + 1000 - h.clock.now());
  assert.deepEqual(fleet.capacity, { desired: 3, min: 0, max: 3 }, "the next day's occurrence applies");
});

test("inbound permissions are checked at ProcessReady; unknown pids join the default fleet", async () => {
  const h = createControlHarness();
  const fleet = await activeFleet(h, { inboundPermissions: [{ FromPort: 7000, ToPort: 7001, IpRange: "0.0.0.0/0", Protocol: "TCP" }] });
  const instance = h.plane.instances.ofFleet(fleet.fleetId)[0]!;
  const pid = h.host.spawn(instance.instanceId);
  assert.throws(() => h.orchestrator.processReady(pid, 9000), refusal("OperationDenied", /client port 9000 is outside fleet .* inbound permissions \(TCP 7000-7001\)/));
  assert.deepEqual(h.orchestrator.processReady(pid, 7001), { fleetId: fleet.fleetId, instanceId: instance.instanceId });
  assert.equal(h.orchestrator.processReady(424242, 1).fleetId, "fleet-local");
  assert.equal(h.plane.hostFleetOf("fleet-anything").fleetId, "fleet-local", "any fleet-* id works on the default fleet");
});

test("aliases and queues: TERMINAL refuses, a queue naming a missing fleet is refused, destinations in order", async () => {
  const h = createControlHarness();
  const fleet = await activeFleet(h);
  const pids = readyAll(h, fleet);
  const alias = h.plane.routing.createAlias({ name: "arena", routingStrategy: { Type: "SIMPLE", FleetId: fleet.fleetId }, region: "r" }, 10);
  assert.equal(h.plane.routing.resolveFleetRef(alias.aliasId, "AliasId"), fleet.fleetId);
  assert.throws(() => h.plane.routing.createAlias({ name: "x", routingStrategy: { Type: "SIMPLE", FleetId: "fleet-missing" }, region: "r" }, 10), refusal("ResourceNotFound", /names no fleet/, "RoutingStrategy.FleetId"));
  assert.throws(() => h.plane.routing.createQueue("q", { destinations: [alias.aliasArn, "qcs::gse:r:uin/local:fleet/fleet-gone"] }, "r", 10), refusal("ResourceNotFound", /fleet-gone names no fleet/, "Destinations.1.DestinationArn"));
  const retired = h.plane.routing.createAlias({ name: "old", routingStrategy: { Type: "TERMINAL", Message: "v0 is retired" }, region: "r" }, 10);
  const queue = h.plane.routing.createQueue("q", { destinations: [retired.aliasArn, alias.aliasArn] }, "r", 10);
  const states = h.plane.destinations(queue);
  assert.match(("unusable" in states[0]!.fleet && states[0]!.fleet.unusable) || "", /TERMINAL alias: v0 is retired/);
  assert.deepEqual(states[1]!.fleet, { fleetId: fleet.fleetId, region: "ap-guangzhou", freeProcesses: pids.length, active: true });
  assert.throws(() => h.plane.routing.resolveFleetRef(retired.aliasId, "AliasId"), refusal("OperationDenied", /v0 is retired/, "AliasId"));
});

test("DeleteFleet: OnProcessTerminate to every process, then the fleet disappears", async () => {
  const h = createControlHarness();
  const fleet = await activeFleet(h);
  const pids = readyAll(h, fleet);
  h.orchestrator.effects.deleteFleet(fleet);
  assert.equal(fleet.status, "DELETING");
  assert.deepEqual(h.terminated.map((t) => t.pid).sort(), [...pids].sort());
  for (const instance of h.plane.instances.ofFleet(fleet.fleetId)) h.host.drained(instance.instanceId);
  for (let i = 0; i < 5; i++) await h.settle();
  assert.equal(h.plane.fleets.get(fleet.fleetId), undefined);
  assert.equal(h.plane.instances.ofFleet(fleet.fleetId).length, 0);
});
