// Suite: the control plane. In this process: gse-local, driven through the
// official mainland client like a deployment script. Real fleet processes
// (bench/workers/controlGame.js, launched from an asset zip) for fleet
// creation and scaling; the fleet simulator's processes, placed into 20
// fleets of 50, for placement through a queue and for the footprint.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCore, createGseLocal, createManualClock, type GseLocal, type GseLocalEvent } from "gse-sdk/local";
import type { BenchConfig } from "../lib/config.js";
import { untilState } from "../lib/untilState.js";
import { makeZip } from "../../test/helpers/makeZip.js";
import { percentile } from "../lib/stats.js";
import { startWorker } from "../lib/workers.js";

export interface ControlResult {
  /** CreateFleet → every process of its first instance ready (ProcessReady), ms, per round. */
  fleetReadyMs: number[];
  processesPerFleet: number;
  /** StartGameServerSessionPlacement → FULFILLED through a 3-destination queue (TERMINAL alias, empty fleet, fleet). */
  placement: { samples: number; p50Ms: number; p99Ms: number; maxMs: number };
  /** Load crosses a target-based policy's target → the added instance's first process ready, ms (evaluation every 200 ms). */
  scaleOutMs: number[];
  footprint: { fleets: number; processesPerFleet: number; rssMB: number; heapUsedMB: number; baselineRssMB: number; baselineHeapMB: number; cpuPct: number; windowMs: number };
  /**
   * The core's choice of a process for a new session in one fleet of
   * `processes` over `instances` instances, half of them busy: weighted
   * least-loaded (SetServerWeight, mixed weights) against the first free
   * process (what placement did before weights counted), µs per choice, same run.
   */
  weightedPick: { processes: number; instances: number; weightedUs: number; firstFreeUs: number; ratio: number };
  /**
   * One placement on a bare core (no sockets) through the 3-destination
   * queue, processes in fleets of 50, 40 of the first fleet's busy: start,
   * place, fulfil, end its session, µs each (median of batches, after 400
   * to warm up). At 100 and at 1,000 processes, and after `made`
   * placements: what placement costs as the host and its history grow.
   */
  corePlacement: { processes: number; made: number; us: number }[];
  /** A placement over a 1 s latency cap: FULFILLED this long after the cap relaxed (the re-check timer; no other event), ms. */
  latencyRelaxLagMs: number[];
  /** DescribeFleetStatisticDetails / Flows over `lives` kept instance lives (ended ones), ms per call (median of `calls`). */
  statistics: { lives: number; calls: number; detailsMs: number; flowsMs: number };
}

/** Median µs per call of `run`, over `rounds` batches of `batch` calls. */
function microseconds(run: () => void, batch: number, rounds: number): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (let i = 0; i < batch; i++) run();
    times.push(((performance.now() - started) * 1000) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Weighted least-loaded placement against first-free, on a bare core (no sockets): the choice alone. */
function benchWeightedPick(quick: boolean): ControlResult["weightedPick"] {
  const processes = 1_000;
  const instances = 20;
  const core = createCore({ ipAddress: "127.0.0.1", clock: createManualClock() });
  const fleet = core.control.fleets.create({ assetId: undefined, region: "ap-guangzhou", name: "pick", active: true }, 10);
  const perInstance = processes / instances;
  for (let i = 0; i < instances; i++) {
    const instance = core.control.instances.add(fleet.fleetId, "127.0.0.1");
    core.control.instances.setWeight(instance, i % 11);
    for (let j = 0; j < perInstance; j++) {
      const pid = 10_000 + i * perInstance + j;
      core.processes.register({ pid, grpcPort: 1, clientPort: 2, logPaths: [] });
      core.control.instances.place(pid, fleet.fleetId, instance.instanceId);
    }
  }
  for (let i = 0; i < processes / 2; i++) core.gameServerSessions.create({ fleetId: fleet.fleetId, maximumPlayerSessionCount: 1 });
  const filter = core.control.processFilter(fleet.fleetId);
  const rounds = quick ? 5 : 15;
  const weightedUs = microseconds(() => void core.control.pickProcess(fleet.fleetId), 200, rounds);
  const firstFreeUs = microseconds(() => void core.processes.free(undefined, filter), 200, rounds);
  return { processes, instances, weightedUs, firstFreeUs, ratio: weightedUs / firstFreeUs };
}

/** Placement alone on a bare core through the control suite's queue shape, at `processes` and as placements accumulate. */
function benchCorePlacement(quick: boolean): ControlResult["corePlacement"] {
  const rows: ControlResult["corePlacement"] = [];
  for (const processes of [100, 1_000]) {
    const core = createCore({ ipAddress: "127.0.0.1", clock: createManualClock() });
    const fleets = [];
    for (let f = 0; f * 50 < processes; f++) {
      const fleet = core.control.fleets.create({ assetId: undefined, region: "ap-guangzhou", name: `sim-${f}`, active: true }, 1_000);
      const instance = core.control.instances.add(fleet.fleetId, "127.0.0.1");
      core.control.instances.setStatus(instance, "ACTIVE");
      fleets.push({ fleet, instance });
    }
    for (let i = 0; i < processes; i++) {
      core.processes.register({ pid: 10_000 + i, grpcPort: 1, clientPort: 2, logPaths: [] });
      const { fleet, instance } = fleets[Math.floor(i / 50)]!;
      core.control.instances.place(10_000 + i, fleet.fleetId, instance.instanceId);
    }
    const empty = core.control.fleets.create({ assetId: undefined, region: "ap-guangzhou", name: "empty", active: true }, 1_000);
    const alias = core.control.routing.createAlias({ name: "retired", routingStrategy: { Type: "TERMINAL", Message: "retired" }, region: "ap-guangzhou" }, 100);
    core.control.routing.createQueue("bench-queue", { destinations: [alias.aliasArn, empty.fleetArn, fleets[0]!.fleet.fleetArn] }, "ap-guangzhou", 100);
    let made = 0;
    const place = (queueName: string) => {
      const placement = core.placements.start({ placementId: `p-${made++}`, queueName, maximumPlayerSessionCount: 2 });
      core.placements.placePending("fleet-local");
      return placement;
    };
    for (let i = 0; i < 40; i++) place("bench-queue");
    const once = () => {
      const placement = place("bench-queue");
      const session = core.gameServerSessions.get(placement.gameServerSessionId!)!;
      core.placements.setStatus(placement, "FULFILLED");
      core.gameServerSessions.end(session, "TERMINATED", "bench");
    };
    const batch = 200;
    const rounds = quick ? 3 : 7;
    // Warm: the first batches of a cold core measure the JIT, not placement.
    for (let i = 0; i < 400; i++) once();
    rows.push({ processes, made, us: microseconds(once, batch, rounds) });
    // A long-lived gse-local: many placements made since it started.
    for (const target of quick ? [5_000] : [5_000, 20_000]) {
      while (made < target) once();
      rows.push({ processes, made, us: microseconds(once, batch, rounds) });
    }
  }
  return rows;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = Record<string, any>;
type GseClient = Record<string, (request: Record<string, unknown>) => Promise<Reply>>;
const requireCjs = createRequire(import.meta.url);
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const sh = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** The build zip: one start.sh that execs the bench's game. */
function writeBuildZip(path: string, game: string): void {
  writeFileSync(path, makeZip([{ name: "start.sh", data: `#!/bin/sh\nexec ${sh(process.execPath)} ${sh(game)} "$@"\n`, mode: 0o100755 }]));
}

export async function controlSuite(config: BenchConfig, log: (line: string) => void): Promise<ControlResult> {
  const quick = config.quick;
  const assetDir = mkdtempSync(join(tmpdir(), "gse-bench-assets-"));
  const game = fileURLToPath(new URL("../workers/controlGame.js", import.meta.url));
  writeBuildZip(join(assetDir, "game.zip"), game);
  const baseline = process.memoryUsage();
  const local: GseLocal = await createGseLocal({ grpcPort: 0, httpPort: 0, assetDir, healthCheckIntervalMs: 1_000, scalingEvaluationIntervalMs: 200, terminationGraceMs: 5_000, fleetOutput: () => {}, logger: silent, verifyPeers: false /* the fleet simulator announces made-up pids */ });
  const { Client } = requireCjs("tencentcloud-sdk-nodejs/tencentcloud/services/gse/v20191112/gse_client.js") as { Client: new (c: object) => GseClient };
  const gse = new Client({ credential: { secretId: "AKIDbench", secretKey: "bench" }, region: "ap-guangzhou", profile: { httpProfile: { endpoint: local.cloudEndpoint, protocol: "http://" } } });
  const call = (action: string, request: Record<string, unknown>) => gse[action]!.call(gse, request);
  const sim = await startWorker("fleet simulator", new URL("../workers/fleetSimulator.js", import.meta.url));
  const plane = local.control.plane;
  try {
    const { AssetId } = await call("CreateAsset", { BucketKey: "game.zip", AssetName: "bench", AssetVersion: "1", AssetRegion: "ap-guangzhou", OperateSystem: "CentOS7.16" });
    const perFleet = 4;
    const runtime = { ServerProcesses: [{ LaunchPath: "/local/game/start.sh", ConcurrentExecutions: perFleet }] };

    // --- create fleet → all processes ready ---------------------------------------
    const fleetReadyMs: number[] = [];
    for (let round = 0; round < (quick ? 1 : 3); round++) {
      const started = performance.now();
      const fleetId = (await call("CreateFleet", { AssetId, RuntimeConfiguration: runtime })).FleetAttributes.FleetId as string;
      await untilState(local, "fleet processes ready", () => plane.pidsOfFleet(fleetId).length >= perFleet);
      fleetReadyMs.push(performance.now() - started);
      await call("DeleteFleet", { FleetId: fleetId });
      await untilState(local, "fleet deleted", () => plane.fleets.get(fleetId) === undefined);
    }
    log(`  control: create fleet → ${perFleet} processes ready ${fleetReadyMs.map((ms) => ms.toFixed(0)).join(", ")} ms`);

    // --- scaling: load crosses a target-based policy's target --------------------------
    const scaleOutMs: number[] = [];
    for (let round = 0; round < (quick ? 1 : 2); round++) {
      const fleetId = (await call("CreateFleet", { AssetId, RuntimeConfiguration: { ServerProcesses: [{ LaunchPath: "/local/game/start.sh", ConcurrentExecutions: 2 }] } })).FleetAttributes.FleetId as string;
      await untilState(local, "scaling fleet ready", () => plane.pidsOfFleet(fleetId).length >= 2 && plane.fleets.get(fleetId)?.status === "ACTIVE");
      await call("UpdateFleetCapacity", { FleetId: fleetId, MinSize: 1, MaxSize: 2 });
      await call("PutScalingPolicy", { FleetId: fleetId, Name: "half", PolicyType: "TargetBased", TargetConfiguration: { TargetValue: 50 } });
      for (let i = 0; i < 2; i++) await call("CreateGameServerSession", { FleetId: fleetId, MaximumPlayerSessionCount: 1 });
      await untilState(local, "two sessions ACTIVE", () => local.gameServerSessions().filter((s) => s.fleetId === fleetId && s.status === "ACTIVE").length === 2);
      const loaded = performance.now();
      await untilState(local, "the added instance ready", () => plane.instances.ofFleet(fleetId).filter((i) => i.status === "ACTIVE").length === 2);
      scaleOutMs.push(performance.now() - loaded);
      await call("DeleteFleet", { FleetId: fleetId });
      await untilState(local, "fleet deleted", () => plane.fleets.get(fleetId) === undefined);
    }
    log(`  control: load over target → new instance ready ${scaleOutMs.map((ms) => ms.toFixed(0)).join(", ")} ms`);

    // --- 20 fleets of 50 simulated processes --------------------------------------------
    const fleets = quick ? 4 : 20;
    const processesPerFleet = quick ? 25 : 50;
    await sim.call("start", { agentAddress: local.agentAddress });
    await sim.call("grow", { count: fleets * processesPerFleet });
    const simulated = local.processes().filter((p) => p.status === "ACTIVE" && plane.instances.placementOf(p.pid)?.fleetId === "fleet-local");
    const fleetIds: string[] = [];
    for (let f = 0; f < fleets; f++) {
      const fleet = plane.fleets.create({ assetId: undefined, region: "ap-guangzhou", name: `sim-${f}`, active: true }, 1_000);
      const instance = plane.instances.add(fleet.fleetId, "127.0.0.1");
      plane.instances.setStatus(instance, "ACTIVE");
      for (const p of simulated.slice(f * processesPerFleet, (f + 1) * processesPerFleet)) plane.instances.place(p.pid, fleet.fleetId, instance.instanceId);
      fleetIds.push(fleet.fleetId);
    }

    // Placement through a three-destination queue: a TERMINAL alias, a fleet with no process, then fleet 0.
    const empty = plane.fleets.create({ assetId: undefined, region: "ap-guangzhou", name: "empty", active: true }, 1_000);
    const terminal = (await call("CreateAlias", { Name: "retired", RoutingStrategy: { Type: "TERMINAL", Message: "retired" } })).Alias;
    await call("CreateGameServerSessionQueue", {
      Name: "bench-queue",
      Destinations: [{ DestinationArn: terminal.AliasArn }, { DestinationArn: empty.fleetArn }, { DestinationArn: plane.fleets.get(fleetIds[0]!)!.fleetArn }],
    });
    const latencies: number[] = [];
    const samples = Math.min(processesPerFleet - 5, quick ? 20 : 40);
    for (let i = 0; i < samples; i++) {
      const id = `bench-${i}`;
      const started = performance.now();
      await call("StartGameServerSessionPlacement", { PlacementId: id, GameServerSessionQueueName: "bench-queue", MaximumPlayerSessionCount: 2 });
      await local.waitFor((e: GseLocalEvent) => e.type === "placementStatus" && e.placementId === id && e.status !== "PENDING", { timeoutMs: 30_000 });
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    const placement = { samples, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), maxMs: latencies.at(-1) ?? 0 };
    log(`  control: placement through a 3-destination queue p50 ${placement.p50Ms.toFixed(1)} ms, p99 ${placement.p99Ms.toFixed(1)} ms (${samples})`);

    // Footprint: the whole bench process (gse-local lives in it) with every fleet registered and health-checked.
    const windowMs = quick ? 2_000 : 5_000;
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const cpu = process.cpuUsage(cpuStart);
    const cpuPct = ((cpu.user + cpu.system) / 1000 / (performance.now() - wallStart)) * 100;
    global.gc?.();
    const memory = process.memoryUsage();
    const footprint = {
      fleets,
      processesPerFleet,
      rssMB: memory.rss / 1e6,
      heapUsedMB: memory.heapUsed / 1e6,
      baselineRssMB: baseline.rss / 1e6,
      baselineHeapMB: baseline.heapUsed / 1e6,
      cpuPct,
      windowMs,
    };
    log(`  control: ${fleets} fleets × ${processesPerFleet} simulated processes: RSS ${footprint.rssMB.toFixed(0)} MB (before gse-local ${footprint.baselineRssMB.toFixed(0)}), heap ${footprint.heapUsedMB.toFixed(0)} MB, CPU ${cpuPct.toFixed(1)}% of a core`);
    // A latency cap that relaxes after 1 s: the re-check timer places the placement then.
    await call("CreateGameServerSessionQueue", {
      Name: "relaxing",
      Destinations: [{ DestinationArn: plane.fleets.get(fleetIds[1]!)!.fleetArn }],
      PlayerLatencyPolicies: [{ MaximumIndividualPlayerLatencyMilliseconds: 10, PolicyDurationSeconds: 1 }, { MaximumIndividualPlayerLatencyMilliseconds: 1_000 }],
    });
    const latencyRelaxLagMs: number[] = [];
    for (let i = 0; i < (quick ? 2 : 5); i++) {
      const id = `relax-${i}`;
      const started = performance.now();
      await call("StartGameServerSessionPlacement", { PlacementId: id, GameServerSessionQueueName: "relaxing", MaximumPlayerSessionCount: 2, PlayerLatencies: [{ PlayerId: "p", RegionIdentifier: "ap-guangzhou", LatencyInMilliseconds: 100 }] });
      await local.waitFor((e: GseLocalEvent) => e.type === "placementStatus" && e.placementId === id && e.status === "FULFILLED", { timeoutMs: 30_000 });
      latencyRelaxLagMs.push(performance.now() - started - 1_000);
    }
    log(`  control: placement over a 1 s latency cap, FULFILLED after the cap relaxed by ${latencyRelaxLagMs.map((ms) => ms.toFixed(0)).join(", ")} ms`);

    // Statistics over a long history: instance lives that have ended.
    const lives = quick ? 1_000 : 5_000;
    const churn = plane.fleets.create({ assetId: undefined, region: "ap-guangzhou", name: "churn", active: true }, 1_000);
    for (let i = 0; i < lives; i++) plane.instances.remove(plane.instances.add(churn.fleetId, "127.0.0.1"));
    const calls = quick ? 5 : 15;
    const timeCall = async (action: string) => {
      const times: number[] = [];
      for (let i = 0; i < calls; i++) {
        const started = performance.now();
        await call(action, { FleetId: churn.fleetId, Limit: 100 });
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)]!;
    };
    const statistics = { lives, calls, detailsMs: await timeCall("DescribeFleetStatisticDetails"), flowsMs: await timeCall("DescribeFleetStatisticFlows") };
    log(`  control: fleet statistics over ${lives} ended instance lives: Details ${statistics.detailsMs.toFixed(1)} ms, Flows ${statistics.flowsMs.toFixed(1)} ms`);

    const weightedPick = benchWeightedPick(quick);
    log(`  control: choosing a process among ${weightedPick.processes} in ${weightedPick.instances} instances: weighted ${weightedPick.weightedUs.toFixed(1)} µs, first free ${weightedPick.firstFreeUs.toFixed(1)} µs (×${weightedPick.ratio.toFixed(2)})`);
    const corePlacement = benchCorePlacement(quick);
    log(`  control: one placement on a bare core through the queue: ${corePlacement.map((r) => `${r.processes} processes after ${r.made} placements ${r.us.toFixed(1)} µs`).join(", ")}`);
    return { fleetReadyMs, processesPerFleet: perFleet, placement, scaleOutMs, footprint, weightedPick, latencyRelaxLagMs, statistics, corePlacement };
  } finally {
    await sim.stop();
    await local.close();
    rmSync(assetDir, { recursive: true, force: true });
  }
}
