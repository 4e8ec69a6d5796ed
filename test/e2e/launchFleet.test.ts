// `launch` (--launch/--concurrency) is a shorthand for a control-plane
// fleet: the default fleet, its runtime configuration the command, one
// instance. Driven with the official mainland client: listed, described, its
// capacity changed (a second instance's processes really launch; scaling in
// ends them), and a game started by hand still joins it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGseLocal, type GseLocal } from "../../src/local/createGseLocal.js";
import type { GseLocalEvent } from "../../src/local/core/GseLocalEvent.js";
import { silentLogger } from "../../src/logging/Logger.js";
import { createMainlandGseClient, untilReply } from "../helpers/mainlandGseClient.js";
import { spawnGame } from "../helpers/spawnGame.js";

const childGame = fileURLToPath(new URL("../fixtures/childGame.js", import.meta.url));
const command = `exec "${process.execPath}" "${childGame}"`;

type Registered = Extract<GseLocalEvent, { type: "processRegistered" }>;
const isRegistered = (e: GseLocalEvent): e is Registered => e.type === "processRegistered";

test("the --launch fleet is a control-plane fleet: listed, described, scaled out and in through UpdateFleetCapacity; a game started by hand joins it", async (t) => {
  const local = await createGseLocal({
    grpcPort: 0,
    httpPort: 0,
    launch: { command, concurrency: 2, output: () => {} },
    terminationGraceMs: 5_000,
    logger: silentLogger,
  });
  t.after(() => local.close());
  const gse = createMainlandGseClient(local.cloudEndpoint);
  const legacy = createMainlandGseClient(local.cloudEndpoint, { signMethod: "HmacSHA256" });
  const fleetId = "fleet-local";
  assert.equal(local.fleet?.fleetId, fleetId, "the shorthand fleet is the default fleet");

  // Pids that called ProcessReady, counted over history and what follows.
  const registered = new Set<number>();
  const registeredCount = (n: number) => local.waitFor((e) => (isRegistered(e) && registered.add(e.pid), registered.size >= n), { timeoutMs: 20_000 });
  await registeredCount(2);

  assert.ok((await legacy.call("ListFleets")).FleetIds.includes(fleetId), "ListFleets lists it (HmacSHA256)");
  const [attributes] = (await gse.call("DescribeFleetAttributes", { FleetIds: [fleetId] })).FleetAttributes;
  assert.equal(attributes.Status, "ACTIVE");
  assert.equal(attributes.AssetId, "", "no asset: the command runs where gse-local runs");
  assert.match(attributes.Description, /--launch/);
  const runtime = (await gse.call("DescribeRuntimeConfiguration", { FleetId: fleetId })).RuntimeConfiguration;
  assert.deepEqual(
    runtime.ServerProcesses.map((p: Record<string, unknown>) => [p["LaunchPath"], p["ConcurrentExecutions"]]),
    [[command, 2]],
  );
  const first = await gse.call("DescribeInstances", { FleetId: fleetId });
  assert.equal(first.TotalCount, 1, "one instance, and no host instance while no game was started by hand");
  const firstInstance = first.Instances[0].InstanceId as string;
  assert.equal(first.Instances[0].Status, "RUNNING");
  const counts = (await gse.call("DescribeFleetCapacity", { FleetIds: [fleetId] })).FleetCapacity[0].InstanceCounts;
  assert.deepEqual([counts.Desired, counts.Active, counts.MaxiNum], [1, 1, 1]);

  // Scale out: a second instance, whose two processes really launch and register.
  assert.deepEqual(await gse.call("UpdateFleetCapacity", { FleetId: fleetId, DesiredInstances: 2, MaxSize: 2 }).then((r) => r.FleetId), fleetId);
  await registeredCount(4);
  const plane = local.control.plane;
  const byInstance = new Map<string, number[]>();
  for (const pid of registered) {
    const placement = plane.instances.placementOf(pid)!;
    assert.equal(placement.fleetId, fleetId);
    byInstance.set(placement.instanceId, [...(byInstance.get(placement.instanceId) ?? []), pid]);
  }
  assert.equal(byInstance.size, 2, "the new processes are another instance's");
  assert.ok([...byInstance.values()].every((pids) => pids.length === 2));
  const secondInstance = [...byInstance.keys()].find((id) => id !== firstInstance)!;
  await untilReply("two instances RUNNING", () => gse.call("DescribeFleetCapacity", { FleetIds: [fleetId] }), (r) => r.FleetCapacity[0].InstanceCounts.Active === 2);
  const extend = await gse.call("DescribeInstancesExtend", { FleetId: fleetId, Offset: 0, Limit: 10 });
  assert.deepEqual(extend.Instances.map((i: Record<string, number>) => i["ActiveProcessCnt"]), [2, 2]);
  const events = (await gse.call("DescribeFleetEvents", { FleetId: fleetId })).Events as { EventCode: string; Message: string }[];
  assert.ok(events.some((e) => e.EventCode === "FLEET_SCALING_EVENT" && /desired 1 -> 2/.test(e.Message)), JSON.stringify(events));

  // A game started by hand joins the default fleet, on the host instance the capacity does not count.
  const byHand = spawnGame(local.agentAddress);
  t.after(() => byHand.kill("SIGKILL"));
  await byHand.ready;
  assert.deepEqual({ ...plane.instances.placementOf(byHand.pid) }, { pid: byHand.pid, fleetId, instanceId: "ins-host" });
  assert.equal(plane.hostFleetOf("fleet-any").fleetId, fleetId, "any fleet-* id still works on it");
  assert.equal((await gse.call("DescribeInstances", { FleetId: fleetId })).TotalCount, 3);
  assert.equal((await gse.call("DescribeFleetCapacity", { FleetIds: [fleetId] })).FleetCapacity[0].InstanceCounts.Active, 2);

  // Scale in: one instance's processes get OnProcessTerminate and end, without replacements.
  const exits: { pid: number; instanceId: string }[] = [];
  const spawnsAfter: number[] = [];
  local.fleet!.events.on("exit", (e: { pid: number; instanceId: string }) => exits.push(e));
  local.fleet!.events.on("spawn", (e: { pid: number }) => spawnsAfter.push(e.pid));
  await gse.call("UpdateFleetCapacity", { FleetId: fleetId, DesiredInstances: 1 });
  const left = await untilReply("one launched instance left", () => gse.call("DescribeInstances", { FleetId: fleetId }), (r) => r.TotalCount === 2);
  const gone = [firstInstance, secondInstance].find((id) => !left.Instances.some((i: { InstanceId: string }) => i.InstanceId === id))!;
  assert.ok(gone, "a launched instance was scaled in");
  assert.deepEqual(exits.map((e) => e.pid).sort(), [...byInstance.get(gone)!].sort(), "its two processes ended");
  assert.deepEqual(spawnsAfter, [], "and were not replaced");
  assert.deepEqual(new Set(local.fleet!.pids), new Set(byInstance.get(gone === firstInstance ? secondInstance : firstInstance)));
  assert.equal(local.processes().find((p) => p.pid === byHand.pid)?.status, "ACTIVE", "the game started by hand is untouched");
});

test("with --state-dir the --launch fleet keeps its capacity across a restart, every instance running its processes", async (t) => {
  const stateDirectory = mkdtempSync(join(tmpdir(), "gse-launch-state-"));
  const start = () => createGseLocal({ grpcPort: 0, httpPort: 0, stateDirectory, launch: { command, concurrency: 1, output: () => {} }, logger: silentLogger });
  const readyPids = (local: GseLocal, n: number) => {
    const pids = new Set<number>();
    return local.waitFor((e) => (isRegistered(e) && pids.add(e.pid), pids.size >= n), { timeoutMs: 20_000 }).then(() => pids);
  };
  const first = await start();
  t.after(() => first.close());
  await createMainlandGseClient(first.cloudEndpoint).call("UpdateFleetCapacity", { FleetId: "fleet-local", DesiredInstances: 2, MaxSize: 2 });
  const before = await readyPids(first, 2);
  await first.close();

  const second = await start();
  t.after(async () => {
    await second.close();
    rmSync(stateDirectory, { recursive: true, force: true });
  });
  const now = await readyPids(second, 2);
  const gse = createMainlandGseClient(second.cloudEndpoint);
  const counts = (await gse.call("DescribeFleetCapacity", { FleetIds: ["fleet-local"] })).FleetCapacity[0].InstanceCounts;
  assert.deepEqual([counts.Desired, counts.MaxiNum], [2, 2], "the capacity came back");
  const after = ((await gse.call("DescribeInstances", { FleetId: "fleet-local" })).Instances as { InstanceId: string }[]).map((i) => i.InstanceId);
  assert.equal(after.length, 2);
  // The first run ended its processes at close: each instance runs new ones (no instance is left without any).
  assert.ok([...now].every((pid) => !before.has(pid)));
  const plane = second.control.plane;
  assert.deepEqual(after.map((id) => plane.instances.pidsOf(id).filter((pid) => now.has(pid)).length), [1, 1]);
});

test("UpdateFleetCapacity still refuses the default fleet without --launch, naming the flag", async (t) => {
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, logger: silentLogger });
  t.after(() => local.close());
  const error = await createMainlandGseClient(local.cloudEndpoint).fail("UpdateFleetCapacity", { FleetId: "fleet-local", DesiredInstances: 2, MaxSize: 2 });
  assert.equal(error.code, "OperationDenied");
  assert.match(error.message, /--launch/);
  assert.equal(local.fleet, undefined);
});
