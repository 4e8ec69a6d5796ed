// Suite 6: what an open dashboard costs gse-local. The scale suite's setup
// (a simulated fleet health-checked every second, one session per process,
// an open-loop backend load), measured in alternating windows with no
// dashboard and with one open: a stream reader in its own process that
// parses every push as the page does. Players join throughout, so the
// dashboard has processes (health), sessions and player sessions to push.
import { performance } from "node:perf_hooks";
import type { BenchConfig } from "../lib/config.js";
import { createCloudCaller, type CloudCaller } from "../lib/cloudApi.js";
import { median, summarize } from "../lib/stats.js";
import { startWorker, type Worker } from "../lib/workers.js";
import { openLoop } from "./scale.js";

const FLEET = "fleet-bench";
const MAX_PLAYERS = 50;
/** The issue's budget: p99 with the dashboard open at most 10 % above without. */
export const DASHBOARD_P99_BUDGET = 1.1;

export interface DashboardWindow {
  dashboard: boolean;
  offeredRate: number;
  achievedRate: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** The backlog passed half a second of requests (the window stopped early), or under 95 % of the offered rate was done. */
  saturated: boolean;
  gseLocalCpuPct: number;
  /** What the open dashboard received in the window, per second. */
  pushesPerSec: number;
  streamKBPerSec: number;
  itemsPerSec: number;
}

export interface DashboardResult {
  processes: number;
  windows: DashboardWindow[];
  /** Medians over the windows of each kind. */
  withoutP99Ms: number;
  withP99Ms: number;
  /** withP99Ms / withoutP99Ms. */
  p99Ratio: number;
  withoutCpuPct: number;
  withCpuPct: number;
  /** Some window could not keep up with the offered rate: its p99 measures the machine's queue, not the dashboard. */
  saturated: boolean;
}

interface Session {
  id: string;
  pid: number;
}

interface StreamStats {
  messages: number;
  bytes: number;
  items: number;
}

const cpuMs = (cpu: NodeJS.CpuUsage) => (cpu.user + cpu.system) / 1000;
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

export async function dashboardSuite(config: BenchConfig, log: (line: string) => void): Promise<DashboardResult> {
  const { processes, pairs, windowMs, rate } = config.dashboard;
  const local = await startWorker("gse-local", new URL("../workers/gseLocalWorker.js", import.meta.url));
  let sim: Worker | undefined;
  let viewer: Worker | undefined;
  let cloudClose = () => {};
  const windows: DashboardWindow[] = [];
  try {
    const { agentAddress, cloudEndpoint, dashboardUrl } = await local.call<{ agentAddress: string; cloudEndpoint: string; dashboardUrl: string }>("start", { healthCheckIntervalMs: 1_000, forward: false });
    sim = await startWorker("fleet simulator", new URL("../workers/fleetSimulator.js", import.meta.url));
    viewer = await startWorker("dashboard viewer", new URL("../workers/dashboardClient.js", import.meta.url));
    await sim.call("start", { agentAddress });
    const cloudClient = createCloudCaller(cloudEndpoint, 64);
    cloudClose = cloudClient.close;
    const cloud: CloudCaller = cloudClient.call;
    await sim.call("grow", { count: processes });
    const sessions: Session[] = [];
    for (let i = 0; i < processes; i += 16) {
      const replies = await Promise.all(Array.from({ length: Math.min(16, processes - i) }, () => cloud("CreateGameServerSession", { FleetId: FLEET, MaximumPlayerSessionCount: MAX_PLAYERS })));
      for (const reply of replies) sessions.push({ id: (reply["GameServerSession"] as { GameServerSessionId: string }).GameServerSessionId, pid: 0 });
    }
    const described = (await cloud("LocalDescribeProcesses", {}))["Processes"] as { Pid: number; GameServerSessionId: string | null }[];
    const pidOf = new Map(described.filter((p) => p.GameServerSessionId !== null).map((p) => [p.GameServerSessionId!, p.Pid]));
    for (const s of sessions) s.pid = pidOf.get(s.id)!;
    const deadline = Date.now() + 30_000;
    while ((await sim.call<{ activations: number }>("stats")).activations < processes) {
      if (Date.now() > deadline) throw new Error(`dashboard: sessions on ${processes} processes were not all activated within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    let players = 0;
    const inFlight = new Set<Promise<unknown>>();
    let accepts: { pid: number; gameServerSessionId: string; playerSessionId: string }[] = [];
    const send = (): Promise<unknown> => {
      const r = Math.random();
      if (r < 0.5) return cloud("DescribeGameServerSessions", { GameServerSessionId: pick(sessions).id });
      if (r < 0.8) {
        const session = pick(sessions);
        return cloud("JoinGameServerSession", { GameServerSessionId: session.id, PlayerId: `player-${players++}` }).then((reply) => {
          accepts.push({ pid: session.pid, gameServerSessionId: session.id, playerSessionId: (reply["PlayerSession"] as { PlayerSessionId: string }).PlayerSessionId });
        });
      }
      return cloud("SearchGameServerSessions", { FleetId: FLEET, FilterExpression: "hasAvailablePlayerSessions = true", SortExpression: "playerSessionCount DESC", Limit: 10 });
    };

    const measure = async (dashboard: boolean): Promise<DashboardWindow> => {
      if (dashboard) await viewer!.call("open", { url: `${dashboardUrl}api/events` });
      const before = await local.call<{ cpu: NodeJS.CpuUsage }>("stats");
      const streamBefore = await viewer!.call<StreamStats>("stats");
      const flusher = setInterval(() => {
        if (accepts.length === 0) return;
        const batch = accepts;
        accepts = [];
        const call = sim!.call("accept", { players: batch }).finally(() => inFlight.delete(call));
        inFlight.add(call);
      }, 100);
      const run = await openLoop(rate, windowMs, send).finally(() => clearInterval(flusher));
      const after = await local.call<{ cpu: NodeJS.CpuUsage }>("stats");
      const streamAfter = await viewer!.call<StreamStats>("stats");
      if (dashboard) await viewer!.call("close");
      const latency = summarize(run.latencies.view());
      const perSec = (value: number) => (value / run.elapsedMs) * 1000;
      const window: DashboardWindow = {
        dashboard,
        offeredRate: rate,
        achievedRate: perSec(run.done),
        p50Ms: latency.p50,
        p99Ms: latency.p99,
        errors: run.errors,
        saturated: run.saturated || perSec(run.done) < 0.95 * rate,
        gseLocalCpuPct: ((cpuMs(after.cpu) - cpuMs(before.cpu)) / run.elapsedMs) * 100,
        pushesPerSec: perSec(streamAfter.messages - streamBefore.messages),
        streamKBPerSec: perSec(streamAfter.bytes - streamBefore.bytes) / 1000,
        itemsPerSec: perSec(streamAfter.items - streamBefore.items),
      };
      windows.push(window);
      log(
        `  dashboard: ${processes} processes @ ${rate} req/s, dashboard ${dashboard ? "open" : "closed"}${window.saturated ? " (saturated)" : ""}: p99 ${window.p99Ms.toFixed(1)} ms, gse-local CPU ${window.gseLocalCpuPct.toFixed(0)}%${dashboard ? `, ${window.pushesPerSec.toFixed(1)} pushes/s, ${window.streamKBPerSec.toFixed(0)} kB/s, ${window.itemsPerSec.toFixed(0)} items/s` : ""}`,
      );
      return window;
    };

    // A warm-up window nobody counts, then ABBA order so a drift in the machine's load falls on both sides alike.
    await openLoop(rate, Math.min(windowMs, 2_000), send);
    const started = performance.now();
    for (let pair = 0; pair < pairs; pair++) {
      const order = pair % 2 === 0 ? [false, true] : [true, false];
      for (const open of order) await measure(open);
    }
    log(`  dashboard: ${((performance.now() - started) / 1000).toFixed(1)} s of windows`);
    await Promise.all(inFlight);
  } finally {
    cloudClose();
    await viewer?.stop();
    await sim?.stop();
    await local.stop();
  }
  const of = (open: boolean, value: (w: DashboardWindow) => number) => median(windows.filter((w) => w.dashboard === open).map(value));
  const withoutP99Ms = of(false, (w) => w.p99Ms);
  const withP99Ms = of(true, (w) => w.p99Ms);
  return {
    processes,
    windows,
    withoutP99Ms,
    withP99Ms,
    p99Ratio: withP99Ms / withoutP99Ms,
    withoutCpuPct: of(false, (w) => w.gseLocalCpuPct),
    withCpuPct: of(true, (w) => w.gseLocalCpuPct),
    saturated: windows.some((w) => w.saturated),
  };
}
