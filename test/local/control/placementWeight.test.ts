// SetServerWeight in placement, on the real core with a driven clock: where
// a new session goes among a fleet's instances with free processes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createCore, createManualClock } from "gse-sdk/local";
import { choosePlacementProcess } from "../../../src/local/control/capacity/choosePlacementProcess.js";

/** A fleet with instances of `sizes[i]` registered processes each. */
function fleetWithInstances(sizes: number[]) {
  const core = createCore({ ipAddress: "127.0.0.1", clock: createManualClock() });
  const fleet = core.control.fleets.create({ name: "w", assetId: undefined, region: "ap-guangzhou", active: true }, 10);
  let pid = 100;
  const instances = sizes.map((size) => {
    const instance = core.control.instances.add(fleet.fleetId, "127.0.0.1");
    core.control.instances.setStatus(instance, "ACTIVE");
    for (let i = 0; i < size; i++) {
      core.processes.register({ pid, grpcPort: 1, clientPort: 7000 + pid, logPaths: [] });
      core.control.instances.place(pid, fleet.fleetId, instance.instanceId);
      pid++;
    }
    return instance;
  });
  const place = () => {
    const session = core.gameServerSessions.create({ fleetId: fleet.fleetId, maximumPlayerSessionCount: 2 });
    return core.control.instances.placementOf(session.pid)!.instanceId;
  };
  return { core, fleet, instances, place };
}

test("weight 0 takes no new session; the fleet is full when only weight-0 instances have free processes", () => {
  const { core, fleet, instances, place } = fleetWithInstances([2, 2]);
  const [a, b] = instances;
  core.control.instances.setWeight(a!, 0);
  assert.equal(core.control.freeProcesses(fleet.fleetId), 2, "a weight-0 instance's processes are not free for placement");
  assert.equal(core.control.metrics(fleet.fleetId).availableSessions, 2, "nor available capacity for scaling policies");
  assert.equal(place(), b!.instanceId);
  assert.equal(place(), b!.instanceId);
  assert.throws(() => place(), (e: Error) => /No game server process is free/.test(e.message));
  core.control.instances.setWeight(a!, 5);
  assert.equal(place(), a!.instanceId, "back to a weight: it takes sessions again");
});

test("sessions go to the instance with the fewest sessions per unit of weight: 10 against 5 is two to one", () => {
  const { core, instances, place } = fleetWithInstances([6, 6]);
  const [heavy, light] = instances;
  core.control.instances.setWeight(heavy!, 10);
  const order = Array.from({ length: 6 }, place);
  assert.deepEqual(
    order,
    [heavy, light, heavy, heavy, light, heavy].map((i) => i!.instanceId),
    "ties go to the heavier instance; then the lower sessions/weight",
  );
  assert.equal(order.filter((id) => id === heavy!.instanceId).length, 4);
});

test("equal weights spread sessions over instances; within one instance, the longest-registered process first", () => {
  const { core, instances, place } = fleetWithInstances([3, 3]);
  const [a, b] = instances;
  assert.deepEqual(Array.from({ length: 4 }, place), [a, b, a, b].map((i) => i!.instanceId));
  const pids = core.gameServerSessions.list().map((s) => s.pid);
  assert.deepEqual(pids, [100, 103, 101, 104]);
});

test("choosePlacementProcess is one pass: no candidate, or only weight 0, is no process", () => {
  assert.equal(choosePlacementProcess([], new Map()), undefined);
  assert.equal(choosePlacementProcess([{ pid: 1, instanceId: "i", weight: 0 }], new Map()), undefined);
  assert.equal(
    choosePlacementProcess(
      [
        { pid: 1, instanceId: "busy", weight: 5 },
        { pid: 2, instanceId: "idle", weight: 1 },
      ],
      new Map([["busy", 1]]),
    ),
    2,
    "0 sessions per weight beats 0.2",
  );
});
