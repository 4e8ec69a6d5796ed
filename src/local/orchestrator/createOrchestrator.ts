import { Status } from "nice-grpc-common";
import { GseResponse_Status, type GseResponse } from "../../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import type { Logger } from "../../logging/Logger.js";
import type { ProcessMethod } from "../../protocol/methods.js";
import type { ClockTimer } from "../core/Clock.js";
import type { GseLocalCore } from "../core/createCore.js";
import type { GseLocalEvent } from "../core/GseLocalEvent.js";
import type { LocalProcess } from "../core/records.js";
import type { HostProcesses } from "../host/HostProcesses.js";
import type { ProcessLinks } from "../links/ProcessLinks.js";
import { toGrpcSession } from "../views/grpcViews.js";
import { createTimers } from "./createTimers.js";

/** What gse-local's options set: timings and the few decisions the orchestrator makes on its own. */
export interface OrchestratorTimings {
  healthCheckIntervalMs: number;
  healthCheckTimeoutMs: number;
  unhealthyThreshold: number;
  reservationTimeoutMs: number;
  activationTimeoutMs: number;
  placementTimeoutMs: number;
  terminationGraceMs: number;
  livenessIntervalMs: number;
  /** Kill (SIGKILL) a process still alive at its terminationTime. */
  killAtTerminationTime: boolean;
  /** The fleet of sessions created by placements. */
  fleetId: string;
}

export interface OrchestratorOptions extends OrchestratorTimings {
  /** Deadline of OnStartGameServerSession and OnProcessTerminate. */
  processCallTimeoutMs: number;
  core: GseLocalCore;
  links: ProcessLinks;
  host: HostProcesses;
  /**
   * Whether gse-local may signal this pid: only processes it launched. Any
   * other registered process is asked to end (OnProcessTerminate) and, if it
   * has not by its terminationTime, marked TERMINATED and left alone: a pid
   * in metadata must never be a way to have gse-local kill a process.
   * Default: none may be signalled.
   */
  mayKill?: (pid: number) => boolean;
  logger: Logger;
  /** For the spread of health checks. Default Math.random. */
  random?: () => number;
}

/**
 * What gse-local does on its own, in time: health checks, liveness sweeps,
 * the activation, reservation and placement timeouts, placing queued
 * placements, starting sessions on their processes and ending processes at
 * their terminationTime. It reacts to the core's events and calls the core;
 * every timer runs on the core's clock, so tests drive it.
 */
export interface Orchestrator {
  /** OnProcessTerminate to the process, and end it at its termination time (default: the grace). */
  terminateProcess(process: LocalProcess, reason: string, terminationDelayMs?: number): void;
  /** Places pending placements on free processes now. */
  placeQueued(): void;
  /** Drops every timer and link (restartAgent's forgetState, with core.reset()). */
  reset(): void;
  /**
   * After the core took back a state directory's records: links to every
   * live process and checks its health again, and re-arms each timer the
   * records imply (activation, reservations, placements, terminationTime),
   * counted from the record's own times, so a deadline that passed during
   * the outage fires at once.
   */
  resume(): void;
  /** Stops everything; idempotent. */
  close(): void;
}

export function createOrchestrator(options: OrchestratorOptions): Orchestrator {
  const { core, links, host, logger } = options;
  const clock = core.clock;
  const random = options.random ?? Math.random;
  let closed = false;
  const timers = createTimers(clock, () => !closed);
  /** Per pid: the pending health check and the link generation it belongs to. */
  const health = new Map<number, { timer: ClockTimer | undefined; generation: number }>();
  let generation = 0;

  // --- health ---------------------------------------------------------------

  function stopHealth(pid: number): void {
    const entry = health.get(pid);
    if (!entry) return;
    clock.clearTimeout(entry.timer);
    health.delete(pid);
  }

  /**
   * Processes that register together (a fleet starting, an agent restart)
   * would otherwise be checked together forever: one burst per interval
   * that holds the event loop, and every request behind it
   * (docs/benchmarks.md). The first check comes at a random point of the
   * interval and each later one varies by ±10 %, so checks stay spread.
   */
  function scheduleHealthCheck(pid: number, gen: number, first: boolean): void {
    const interval = options.healthCheckIntervalMs;
    const delay = first ? interval * (1 - random()) : interval * (0.9 + random() * 0.2);
    const entry = { timer: undefined as ClockTimer | undefined, generation: gen };
    health.set(pid, entry);
    entry.timer = clock.setTimeout(() => void checkHealth(pid, gen), delay);
  }

  const current = (pid: number, gen: number) => !closed && health.get(pid)?.generation === gen;

  async function checkHealth(pid: number, gen: number): Promise<void> {
    const process = core.processes.get(pid);
    if (!current(pid, gen) || !process || process.status === "TERMINATED") return;
    if (!host.isAlive(pid)) {
      core.processes.terminate(process, "the process exited");
      return;
    }
    let healthy = false;
    let detail: string | undefined;
    let unreachable = false;
    const timeoutMs = options.healthCheckTimeoutMs;
    // A duration on the wire, for metrics: performance.now, not the core's clock (which is for deadlines).
    const startedAt = performance.now();
    try {
      healthy = (await links.healthCheck(pid, timeoutMs)).healthStatus;
      if (!healthy) detail = "the process reported unhealthy";
    } catch (error) {
      unreachable = (error as { code?: unknown }).code === Status.UNAVAILABLE;
      detail = error instanceof Error && error.name === "AbortError" ? `no answer within ${timeoutMs} ms` : (error as Error).message;
    }
    // Re-read after the await: the process may have ended or re-linked meanwhile.
    if (!current(pid, gen) || hasEnded(process) || core.processes.get(pid) !== process) return;
    const failures = core.processes.recordHealthCheck(process, healthy, detail, performance.now() - startedAt);
    if (failures >= options.unhealthyThreshold) {
      if (unreachable || !host.isAlive(pid)) {
        core.processes.terminate(process, `its gRPC port ${process.grpcPort} stopped answering`);
        return;
      }
      if (process.status === "ACTIVE") {
        core.processes.setStatus(process, "UNHEALTHY", `${failures} consecutive failed health checks`);
        terminateProcess(process, "unhealthy");
      }
    }
    if (current(pid, gen)) scheduleHealthCheck(pid, gen, false);
  }

  // --- calls to processes -----------------------------------------------------

  async function callProcess(pid: number, method: Exclude<ProcessMethod, "OnHealthCheck">, send: () => Promise<GseResponse>): Promise<GseResponse> {
    if (!links.has(pid)) throw new Error(`process ${pid} has no gRPC link`);
    try {
      const result = await send();
      const failed = result.status !== GseResponse_Status.OK;
      core.emit({ type: "processCall", method, pid, ok: !failed, ...(failed && { error: String(result.errorMessage) }) });
      return result;
    } catch (error) {
      core.emit({ type: "processCall", method, pid, ok: false, error: (error as Error).message });
      throw error;
    }
  }

  function startSession(gameServerSessionId: string): void {
    const session = core.gameServerSessions.get(gameServerSessionId);
    if (!session) return;
    const { activationTimeoutMs } = options;
    timers.deadline("activation", gameServerSessionId, activationTimeoutMs, () => core.gameServerSessions.timeOutActivation(gameServerSessionId, activationTimeoutMs));
    const failStart = (reason: string) => {
      // A session forgotten by restartAgent({forgetState}) is nobody's business.
      if (core.gameServerSessions.get(gameServerSessionId) === session) core.gameServerSessions.failStart(gameServerSessionId, reason);
    };
    callProcess(session.pid, "OnStartGameServerSession", () => links.startSession(session.pid, toGrpcSession(session), options.processCallTimeoutMs)).then(
      (answer) => {
        if (answer.status !== GseResponse_Status.OK) failStart(`the process refused the session: ${answer.errorMessage}`);
      },
      (error: Error) => failStart(`OnStartGameServerSession failed: ${error.message}`),
    );
  }

  /**
   * Ends the process at its terminationTime (epoch ms, a whole second: what
   * it was told). Not tied to the process's gRPC link: a re-announcement on
   * another port replaces the link, and the terminationTime must still hold.
   */
  function endAtTerminationTime(process: LocalProcess, terminationTime: number): void {
    const { pid } = process;
    // A record from before times were rounded (a state directory) is rounded here too.
    const at = Math.ceil(terminationTime / 1000) * 1000;
    timers.after(Math.max(0, at - clock.now()), () => {
      if (hasEnded(process) || core.processes.get(pid) !== process) return;
      core.processes.terminate(process, "its terminationTime passed");
      if (options.killAtTerminationTime && options.mayKill?.(pid) === true && host.isAlive(pid)) host.kill(pid);
    });
  }

  function terminateProcess(process: LocalProcess, reason: string, terminationDelayMs?: number): void {
    const delay = terminationDelayMs ?? options.terminationGraceMs;
    // OnProcessTerminate carries whole epoch seconds: round up, and keep the
    // rounded time, so the kill comes no earlier than the second the game was told.
    const terminationTime = Math.ceil((clock.now() + delay) / 1000) * 1000;
    if (!core.processes.beginTermination(process, reason, terminationTime)) return;
    const { pid } = process;
    endAtTerminationTime(process, terminationTime);
    callProcess(pid, "OnProcessTerminate", () => links.terminate(pid, terminationTime / 1000, options.processCallTimeoutMs)).catch((error: Error) =>
      logger.warn({ pid, err: error }, "OnProcessTerminate failed"),
    );
  }

  // --- placements -------------------------------------------------------------

  /** A placement waits as long as its queue's TimeoutInSeconds, or the placement timeout without a queue. */
  function timeoutOf(placementId: string): number {
    const placement = core.placements.get(placementId);
    return (placement && core.control.placementTimeoutMs(placement.queueName)) ?? options.placementTimeoutMs;
  }

  /**
   * A queue's latency cap relaxes with time, not with an event: re-check a
   * waiting placement when the cap in force next changes, so one that the
   * relaxed cap makes placeable is placed then. One timer per placement at a
   * time; it ends with the placement.
   */
  function armLatencyRecheck(placementId: string): void {
    const placement = core.placements.get(placementId);
    if (placement?.status !== "PENDING") return;
    const at = core.control.latencyRelaxesAt(placement);
    if (at === undefined) return;
    timers.after(Math.max(0, at - clock.now()), () => {
      const waiting = core.placements.get(placementId);
      if (waiting !== placement || waiting.status !== "PENDING") return;
      if (waiting.gameServerSessionId === undefined) placeQueued();
      armLatencyRecheck(placementId);
    });
  }

  function placeQueued(): void {
    if (!closed) core.placements.placePending(options.fleetId);
  }

  function followPlacement(event: Extract<GseLocalEvent, { type: "gameServerSessionStatus" }>): void {
    const placement = core.placements.bySession(event.gameServerSessionId);
    if (!placement) return;
    if (event.status === "ACTIVE") {
      const session = core.gameServerSessions.get(event.gameServerSessionId)!;
      try {
        core.placements.fulfil(placement, session);
      } catch (error) {
        logger.warn({ placementId: placement.placementId, err: error }, "placement could not reserve its players");
      }
    } else if (event.status === "ERROR" || event.status === "TERMINATED") {
      // The process could not host it: as GSE's queue does, try another
      // process until the placement's own timeout.
      core.placements.retryElsewhere(placement, event.pid);
      if (clock.now() - placement.startTime >= timeoutOf(placement.placementId)) {
        core.placements.setStatus(placement, "TIMED_OUT");
        return;
      }
      logger.info({ placementId: placement.placementId, pid: event.pid, status: event.status }, "placement's session failed; placing it on another process");
    }
  }

  // --- reactions to the core ----------------------------------------------------

  function onEvent(event: GseLocalEvent): void {
    if (closed) return;
    switch (event.type) {
      case "processRegistered": {
        const process = core.processes.get(event.pid);
        if (!process) return;
        if (links.link(event.pid, event.grpcPort)) {
          stopHealth(event.pid);
          scheduleHealthCheck(event.pid, ++generation, true);
        }
        // What the log route needs to serve the process's log paths: its
        // working directory (relative paths) and credentials (what it may
        // read). Learned while it lives, for the first ProcessReady that
        // lists any. A process with none is never served a file, and the two
        // /proc reads were about 5 % of registering one (docs/benchmarks.md).
        if (process.logPaths.length > 0 && process.credentials === undefined && process.cwd === undefined) {
          const credentials = host.credentials?.(event.pid);
          if (credentials) core.processes.setCredentials(process, credentials);
          void host.cwd(event.pid).then((cwd) => {
            if (cwd !== undefined && core.processes.get(event.pid) === process) core.processes.setCwd(process, cwd);
          });
        }
        placeQueued();
        return;
      }
      case "processStatus":
        if (event.status !== "TERMINATED") return;
        stopHealth(event.pid);
        links.unlink(event.pid);
        placeQueued();
        return;
      case "gameServerSessionStatus":
        if (event.status === "ACTIVATING" && event.reason === "created") return startSession(event.gameServerSessionId);
        if (event.status !== "ACTIVATING") timers.settle("activation", event.gameServerSessionId);
        followPlacement(event);
        // The session's process may be free again.
        if (event.status === "ERROR" || event.status === "TERMINATED") placeQueued();
        return;
      case "playerSessionStatus": {
        const id = event.playerSessionId;
        if (event.status === "RESERVED") timers.deadline("reservation", id, options.reservationTimeoutMs, () => core.playerSessions.timeOut(id));
        else timers.settle("reservation", id);
        return;
      }
      case "placementStatus":
        if (event.status !== "PENDING") return;
        timers.after(timeoutOf(event.placementId), () => core.placements.timeOut(event.placementId));
        armLatencyRecheck(event.placementId);
        placeQueued();
        return;
      default:
        return;
    }
  }
  const stopListening = core.onEvent(onEvent);

  // Pids die without telling anyone; notice it within a liveness interval.
  let liveness: ClockTimer | undefined;
  const sweep = () => {
    for (const process of core.processes.list()) {
      if (process.status !== "TERMINATED" && !host.isAlive(process.pid)) core.processes.terminate(process, "the process exited");
    }
    if (!closed) liveness = clock.setTimeout(sweep, options.livenessIntervalMs);
  };
  liveness = clock.setTimeout(sweep, options.livenessIntervalMs);

  function clearAll(): void {
    timers.clear();
    for (const pid of [...health.keys()]) stopHealth(pid);
    links.unlinkAll();
  }

  function resume(): void {
    const now = clock.now();
    const left = (deadline: number) => Math.max(0, deadline - now);
    for (const process of core.processes.list()) {
      if (process.status === "TERMINATED") continue;
      if (links.link(process.pid, process.grpcPort)) {
        stopHealth(process.pid);
        scheduleHealthCheck(process.pid, ++generation, true);
      }
      if (process.terminationTime !== undefined) endAtTerminationTime(process, process.terminationTime);
    }
    const { activationTimeoutMs } = options;
    for (const session of core.gameServerSessions.list()) {
      if (session.status !== "ACTIVATING") continue;
      const id = session.gameServerSessionId;
      timers.deadline("activation", id, left(session.creationTime + activationTimeoutMs), () => core.gameServerSessions.timeOutActivation(id, activationTimeoutMs));
    }
    for (const player of core.playerSessions.list()) {
      if (player.status !== "RESERVED") continue;
      const id = player.playerSessionId;
      timers.deadline("reservation", id, left(player.creationTime + options.reservationTimeoutMs), () => core.playerSessions.timeOut(id));
    }
    for (const placement of core.placements.list()) {
      if (placement.status !== "PENDING") continue;
      const id = placement.placementId;
      timers.after(left(placement.startTime + timeoutOf(id)), () => core.placements.timeOut(id));
      armLatencyRecheck(id);
    }
    placeQueued();
  }

  return {
    terminateProcess,
    placeQueued,
    resume,
    reset: clearAll,
    close() {
      if (closed) return;
      closed = true;
      stopListening();
      clock.clearTimeout(liveness);
      clearAll();
    },
  };
}

/** Read through a function: TypeScript would keep a status narrowed across the awaits that change it. */
function hasEnded(process: LocalProcess): boolean {
  return process.status === "TERMINATED";
}
