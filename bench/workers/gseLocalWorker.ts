// gse-local in its own process, as a developer runs it. Status changes the
// lifecycle suite waits for are forwarded with a monotonic timestamp taken
// the moment gse-local made them; the scale suite asks for counters instead.
import { constants as perfConstants, monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import type { Logger } from "gse-sdk";
import type { GseLocal, GseLocalEvent } from "gse-sdk/local";
import { emitEvent, monotonicMs, serveCommands } from "../lib/workers.js";

interface StartArgs {
  healthCheckIntervalMs?: number;
  /** A candidate build's gse-sdk/local entry to run instead of the package's. */
  localEntry?: string;
  /** Forward session and player status changes as events. */
  forward: boolean;
}

let local: GseLocal | undefined;
const counters = { healthChecks: 0, healthFailures: 0, cloudCalls: 0, cloudErrors: 0, agentCalls: 0, agentErrors: 0, processCalls: 0, processCallErrors: 0 };
const serverMs: number[] = [];

function count(event: GseLocalEvent): void {
  switch (event.type) {
    case "healthCheck":
      counters.healthChecks++;
      if (!event.healthy) counters.healthFailures++;
      break;
    case "cloudCall":
      counters.cloudCalls++;
      if (event.code !== undefined) counters.cloudErrors++;
      serverMs.push(event.durationMs);
      break;
    case "agentCall":
      counters.agentCalls++;
      if (!event.ok) counters.agentErrors++;
      break;
    case "processCall":
      counters.processCalls++;
      if (!event.ok) counters.processCallErrors++;
      break;
    default:
  }
}

// How long requests wait for the event loop: the part of latency gse-local's own timings cannot see.
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();

// Full (mark-compact) collections: one in a window stalls the loop for tens of
// milliseconds, which alone can decide that window's p99 (docs/benchmarks.md).
const majorGc = { count: 0, ms: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if ((entry as { detail?: { kind?: number } }).detail?.kind !== perfConstants.NODE_PERFORMANCE_GC_MAJOR) continue;
    majorGc.count++;
    majorGc.ms += entry.duration;
  }
}).observe({ entryTypes: ["gc"] });

/**
 * A logger of the worker's own: the SDK's (gse-sdk's index) would load the
 * game framework, its telemetry and OpenTelemetry, which the gse-local CLI
 * never loads, and count them as gse-local's heap; a candidate's would load a
 * second copy beside it.
 */
const SILENT: Logger = { debug() {}, info() {}, warn() {}, error() {} };

async function start({ healthCheckIntervalMs, forward, localEntry }: StartArgs) {
  const entry = localEntry === undefined ? undefined : pathToFileURL(resolve(localEntry)).href;
  const { createGseLocal } = (await import(entry ?? "gse-sdk/local")) as typeof import("gse-sdk/local");
  local = await createGseLocal({
    grpcPort: 0,
    httpPort: 0,
    logger: SILENT,
    // The fleet simulator is one process announcing many made-up pids: peer verification would refuse every one.
    verifyPeers: false,
    ...(healthCheckIntervalMs !== undefined && { healthCheckIntervalMs }),
  });
  local.events.on("event", (event: GseLocalEvent) => {
    count(event);
    if (!forward) return;
    // Stamp now, send after this turn: the IPC write must not delay what gse-local does next.
    const at = monotonicMs();
    if (event.type === "gameServerSessionStatus" && (event.status === "ACTIVE" || event.status === "TERMINATED")) {
      const data = { kind: "session", id: event.gameServerSessionId, status: event.status, at };
      setImmediate(() => emitEvent("status", data));
    } else if (event.type === "playerSessionStatus" && event.status === "ACTIVE") {
      const data = { kind: "player", id: event.playerSessionId, status: event.status, at };
      setImmediate(() => emitEvent("status", data));
    }
  });
  return { agentAddress: local.agentAddress, cloudEndpoint: local.cloudEndpoint, dashboardUrl: `http://${local.cloudEndpoint}/dashboard/` };
}

function stats() {
  const memory = process.memoryUsage();
  const all = local?.processes() ?? [];
  return {
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    external: memory.external,
    cpu: process.cpuUsage(),
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    loopDelayMaxMs: loopDelay.max / 1e6,
    processes: all.length,
    activeProcesses: all.filter((p) => p.status === "ACTIVE").length,
    sessions: local?.gameServerSessions().length ?? 0,
    playerSessions: local?.playerSessions().length ?? 0,
    counters: { ...counters },
    majorGc: { ...majorGc },
  };
}

serveCommands(
  {
    start,
    stats,
    /** Server-side cloud API durations since the last call, ms. */
    takeServerTimes: () => serverMs.splice(0, serverMs.length),
    resetLoopDelay: () => loopDelay.reset(),
    /** A full collection before a memory reading (the worker runs with --expose-gc). */
    gc: () => {
      (globalThis as { gc?: () => void }).gc?.();
      return stats();
    },
  },
  () => local?.close(),
);
