// Suite 5: gse-local at scale. One simulator process stands for a fleet of
// game processes (one GameServerGrpcSdkService port and one real pid each),
// health-checked every second; a fixed-rate (open-loop) backend load hits the
// cloud API while players are accepted. Latency is counted from when each
// request was due, so a stalled server cannot hide its queue.
import { performance } from "node:perf_hooks";
import type { BenchConfig } from "../lib/config.js";
import { createCloudCaller, type CloudCaller } from "../lib/cloudApi.js";
import { Samples, percentile, summarize } from "../lib/stats.js";
import { startWorker, type Worker } from "../lib/workers.js";

const FLEET = "fleet-bench";
const MAX_PLAYERS = 50;
export const P99_TARGET_MS = 50;

export interface ScaleWindow {
  processes: number;
  /** 0: no cloud API load, health checks only. */
  offeredRate: number;
  achievedRate: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  /** The backlog passed half a second of requests and the window stopped early. */
  saturated: boolean;
  /** gse-local's own handling time (request read → reply written), p99. */
  serverP99Ms: number;
  /** gse-local's event-loop delay in the window: time requests wait before any handler runs. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Full (mark-compact) collections in gse-local during the window, and their time. */
  majorGcs: number;
  majorGcMs: number;
  /** CPU used in the window, % of one core. */
  gseLocalCpuPct: number;
  simulatorCpuPct: number;
  loadGeneratorCpuPct: number;
  healthChecks: number;
  healthFailures: number;
  sessions: number;
  playerSessions: number;
}

export interface ScaleMemory {
  processes: number;
  /** MB = 10^6 bytes. */
  rssMB: number;
  heapUsedMB: number;
  /** Growth per process added in this step, measured after a full collection. */
  heapKiBPerProcess: number;
  rssKiBPerProcess: number;
  registerMs: number;
}

export interface ScaleResult {
  memory: ScaleMemory[];
  windows: ScaleWindow[];
  /** Where p99 first passes the target or throughput falls behind the offered rate. */
  knee: { byRate: string; byProcesses: string };
  /** The target window: rateProcesses processes at baseRate. */
  target: ScaleWindow | undefined;
}

interface LocalStats {
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  rss: number;
  heapUsed: number;
  cpu: NodeJS.CpuUsage;
  processes: number;
  sessions: number;
  playerSessions: number;
  counters: { healthChecks: number; healthFailures: number };
  /** Absent from a worker older than the count. */
  majorGc?: { count: number; ms: number };
}

interface SimStats {
  activations: number;
  processes: number;
  errors: number;
  cpu: NodeJS.CpuUsage;
}

interface Session {
  id: string;
  pid: number;
}

const cpuMs = (cpu: NodeJS.CpuUsage) => (cpu.user + cpu.system) / 1000;
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/**
 * Sends `rate` requests per second for `durationMs`, each when it is due,
 * whatever is still in flight. When the backlog passes half a second of
 * requests the server cannot keep up: the window stops early (saturated)
 * rather than spend minutes draining a queue that only says the same.
 */
export async function openLoop(
  rate: number,
  durationMs: number,
  send: () => Promise<unknown>,
): Promise<{ latencies: Samples; due: number; done: number; errors: number; elapsedMs: number; saturated: boolean }> {
  const latencies = new Samples();
  const started = performance.now();
  const total = Math.round((rate * durationMs) / 1000);
  const maxBacklog = Math.max(64, rate / 2);
  const inFlight = new Set<Promise<void>>();
  let due = 0;
  let done = 0;
  let errors = 0;
  let saturated = false;
  while (due < total) {
    if (inFlight.size > maxBacklog) {
      saturated = true;
      break;
    }
    const now = performance.now();
    const shouldHaveSent = Math.min(total, Math.floor(((now - started) * rate) / 1000) + 1);
    for (; due < shouldHaveSent; due++) {
      const dueAt = started + (due * 1000) / rate;
      const request: Promise<void> = send().then(
        () => {
          done++;
          latencies.push(performance.now() - dueAt);
        },
        () => {
          errors++;
          latencies.push(performance.now() - dueAt);
        },
      );
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
    }
    // A 1 ms timer is the finest Node offers; requests due meanwhile go out together.
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const sendingMs = performance.now() - started;
  await Promise.all(inFlight);
  // Throughput over the sending time: draining the backlog is not capacity.
  return { latencies, due, done, errors, elapsedMs: saturated ? Math.max(sendingMs, performance.now() - started) : performance.now() - started, saturated };
}

/** `localEntry`: a candidate build's gse-sdk/local entry, run instead of the package's. */
export async function scaleSuite(config: BenchConfig, log: (line: string) => void, localEntry?: string): Promise<ScaleResult> {
  const local = await startWorker("gse-local", new URL("../workers/gseLocalWorker.js", import.meta.url), { execArgv: ["--expose-gc"] });
  let sim: Worker | undefined;
  let cloudClose = () => {};
  const memory: ScaleMemory[] = [];
  const windows: ScaleWindow[] = [];
  try {
    const { agentAddress, cloudEndpoint } = await local.call<{ agentAddress: string; cloudEndpoint: string }>("start", { healthCheckIntervalMs: 1_000, forward: false, localEntry });
    sim = await startWorker("fleet simulator", new URL("../workers/fleetSimulator.js", import.meta.url));
    await sim.call("start", { agentAddress });
    const cloudClient = createCloudCaller(cloudEndpoint, 64);
    cloudClose = cloudClient.close;
    const cloud: CloudCaller = cloudClient.call;
    const sessions: Session[] = [];
    const players: string[] = [];
    let acceptQueue: { pid: number; gameServerSessionId: string; playerSessionId: string }[] = [];
    let playerCounter = 0;
    let total = 0;

    const send = (): Promise<unknown> => {
      const r = Math.random();
      if (r < 0.35) return cloud("DescribeGameServerSessions", { GameServerSessionId: pick(sessions).id });
      if (r < 0.65) {
        const session = pick(sessions);
        return cloud("JoinGameServerSession", { GameServerSessionId: session.id, PlayerId: `player-${playerCounter++}` }).then((reply) => {
          const playerSessionId = (reply["PlayerSession"] as { PlayerSessionId: string }).PlayerSessionId;
          acceptQueue.push({ pid: session.pid, gameServerSessionId: session.id, playerSessionId });
          if (players.length < 20_000) players.push(playerSessionId);
          else players[Math.floor(Math.random() * players.length)] = playerSessionId;
        });
      }
      if (r < 0.9 && players.length > 0) return cloud("DescribePlayerSessions", { PlayerSessionId: pick(players) });
      // A matchmaker's question: the fullest session that still has room.
      return cloud("SearchGameServerSessions", { FleetId: FLEET, FilterExpression: "hasAvailablePlayerSessions = true", SortExpression: "playerSessionCount DESC", Limit: 10 });
    };

    const measure = async (offeredRate: number): Promise<ScaleWindow> => {
      const before = await local.call<LocalStats>("stats");
      const simBefore = await sim!.call<SimStats>("stats");
      await local.call("takeServerTimes");
      await local.call("resetLoopDelay");
      const ownCpu = process.cpuUsage();
      // Players connect to their games a moment after their reservation, in batches.
      const accepting = new Set<Promise<unknown>>();
      const flusher = setInterval(() => {
        if (acceptQueue.length === 0) return;
        const batch = acceptQueue;
        acceptQueue = [];
        const accepted = sim!.call("accept", { players: batch });
        accepting.add(accepted);
        const settled = () => void accepting.delete(accepted);
        accepted.then(settled, settled);
      }, 100);
      const run =
        offeredRate === 0
          ? await new Promise<Awaited<ReturnType<typeof openLoop>>>((resolve) =>
              setTimeout(() => resolve({ latencies: new Samples(), due: 0, done: 0, errors: 0, elapsedMs: config.scale.stepMs / 2, saturated: false }), config.scale.stepMs / 2),
            ).finally(() => clearInterval(flusher))
          : await openLoop(offeredRate, config.scale.stepMs, send).finally(() => clearInterval(flusher));
      // Before the window's counters are read, and before a simulator that is
      // stopped next could fail a batch still on its way (an unhandled rejection).
      await Promise.allSettled(accepting);
      const loadCpu = process.cpuUsage(ownCpu);
      const after = await local.call<LocalStats>("stats");
      const simAfter = await sim!.call<SimStats>("stats");
      const serverTimes = Float64Array.from(await local.call<number[]>("takeServerTimes")).sort();
      const latency = summarize(run.latencies.view());
      const window: ScaleWindow = {
        processes: total,
        offeredRate,
        achievedRate: (run.done / run.elapsedMs) * 1000,
        p50Ms: latency.p50,
        p99Ms: latency.p99,
        maxMs: latency.max,
        errors: run.errors,
        saturated: run.saturated,
        serverP99Ms: percentile(serverTimes, 99),
        loopDelayP99Ms: after.loopDelayP99Ms,
        loopDelayMaxMs: after.loopDelayMaxMs,
        majorGcs: (after.majorGc?.count ?? 0) - (before.majorGc?.count ?? 0),
        majorGcMs: (after.majorGc?.ms ?? 0) - (before.majorGc?.ms ?? 0),
        gseLocalCpuPct: ((cpuMs(after.cpu) - cpuMs(before.cpu)) / run.elapsedMs) * 100,
        simulatorCpuPct: ((cpuMs(simAfter.cpu) - cpuMs(simBefore.cpu)) / run.elapsedMs) * 100,
        loadGeneratorCpuPct: (cpuMs(loadCpu) / run.elapsedMs) * 100,
        healthChecks: after.counters.healthChecks - before.counters.healthChecks,
        healthFailures: after.counters.healthFailures - before.counters.healthFailures,
        sessions: after.sessions,
        playerSessions: after.playerSessions,
      };
      windows.push(window);
      log(
        `  scale: ${total} processes @ ${offeredRate} req/s${window.saturated ? " (saturated, stopped early)" : ""}: ${offeredRate === 0 ? "" : `p99 ${window.p99Ms.toFixed(1)} ms, ${window.achievedRate.toFixed(0)} req/s done, ${window.errors} errors, `}loop delay p99 ${window.loopDelayP99Ms.toFixed(0)} ms, max ${window.loopDelayMaxMs.toFixed(0)} ms, ${window.majorGcs} full GCs, gse-local CPU ${window.gseLocalCpuPct.toFixed(0)}%, health failures ${window.healthFailures}`,
      );
      return window;
    };

    for (const step of config.scale.steps) {
      const before = await local.call<LocalStats>("gc");
      const { ms } = await sim.call<{ ms: number }>("grow", { count: step - total });
      const added = step - total;
      total = step;
      // Let the first health checks of the new processes go by before reading memory.
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const after = await local.call<LocalStats>("gc");
      memory.push({
        processes: total,
        rssMB: after.rss / 1e6,
        heapUsedMB: after.heapUsed / 1e6,
        heapKiBPerProcess: (after.heapUsed - before.heapUsed) / 1024 / added,
        rssKiBPerProcess: (after.rss - before.rss) / 1024 / added,
        registerMs: ms,
      });

      // One session on every new process.
      const created: string[] = [];
      for (let i = 0; i < added; i += 16) {
        const batch = Math.min(16, added - i);
        const replies = await Promise.all(Array.from({ length: batch }, () => cloud("CreateGameServerSession", { FleetId: FLEET, MaximumPlayerSessionCount: MAX_PLAYERS })));
        for (const reply of replies) created.push((reply["GameServerSession"] as { GameServerSessionId: string }).GameServerSessionId);
      }
      const processes = (await cloud("LocalDescribeProcesses", {}))["Processes"] as { Pid: number; GameServerSessionId: string | null }[];
      const pidOf = new Map(processes.filter((p) => p.GameServerSessionId !== null).map((p) => [p.GameServerSessionId!, p.Pid]));
      for (const id of created) sessions.push({ id, pid: pidOf.get(id)! });
      const deadline = Date.now() + 30_000;
      while ((await sim.call<SimStats>("stats")).activations < total) {
        if (Date.now() > deadline) throw new Error(`scale: sessions on ${total} processes were not all activated within 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }

      // Health checks alone first: what the fleet costs gse-local before any backend asks anything.
      await measure(0);
      if (step === config.scale.rateProcesses) {
        for (const rate of config.scale.rates) {
          // A higher rate than one that saturated says nothing new.
          if ((await measure(rate)).saturated) break;
        }
      } else {
        await measure(config.scale.baseRate);
      }
    }
  } finally {
    cloudClose();
    await sim?.stop();
    await local.stop();
  }

  const over = (w: ScaleWindow) => w.saturated || w.p99Ms > P99_TARGET_MS || w.achievedRate < 0.95 * w.offeredRate || w.errors > 0;
  const rateWindows = windows.filter((w) => w.processes === config.scale.rateProcesses && w.offeredRate > 0).sort((a, b) => a.offeredRate - b.offeredRate);
  const processWindows = windows.filter((w) => w.offeredRate === config.scale.baseRate).sort((a, b) => a.processes - b.processes);
  const kneeOf = (list: ScaleWindow[], value: (w: ScaleWindow) => number, unit: string): string => {
    const index = list.findIndex(over);
    if (index < 0) return `none up to ${value(list[list.length - 1]!)} ${unit}`;
    if (index === 0) return `at or below ${value(list[0]!)} ${unit}`;
    return `between ${value(list[index - 1]!)} and ${value(list[index]!)} ${unit}`;
  };
  return {
    memory,
    windows,
    knee: {
      byRate: rateWindows.length > 0 ? kneeOf(rateWindows, (w) => w.offeredRate, `req/s (${config.scale.rateProcesses} processes)`) : "not measured",
      byProcesses: processWindows.length > 0 ? kneeOf(processWindows, (w) => w.processes, `processes (${config.scale.baseRate} req/s)`) : "not measured",
    },
    target: windows.find((w) => w.processes === config.scale.rateProcesses && w.offeredRate === config.scale.baseRate),
  };
}
