import { spawn, type ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import { GseError } from "../../errors/GseError.js";
import { FLEET_PROCESS_INDEX_ENV } from "../../protocol/env.js";
import { createJsonLogger, type Logger } from "../../logging/Logger.js";
import { systemClock } from "../core/Clock.js";
import { createDescendantTracker, type DescendantTracker } from "../host/createDescendantTracker.js";
import { adoptProcess, type AdoptedRunning } from "./adoptProcess.js";
import { closeSync } from "node:fs";
import { createOutputPipes, openOutputFiles, removeOutputFiles, type OutputFiles } from "./createOutputPipes.js";
import type { FleetExitEvent, FleetLauncher, FleetLauncherOptions, FleetRestartEvent, FleetSpawnErrorEvent, FleetSpawnEvent } from "./FleetLauncher.js";
import type { LaunchedProcessRecord } from "./LaunchedProcessRecord.js";
import { markLaunched, unmarkLaunched } from "./launchedPids.js";
import { signalGroup, terminate, waitForGroup } from "./processGroups.js";
import { identityOf } from "./processIdentity.js";
import type { Running } from "./Running.js";
import { validateLauncherOptions } from "./validateLauncherOptions.js";

export type { FleetExitEvent, FleetLauncher, FleetLauncherOptions, FleetRestartEvent, FleetSpawnErrorEvent, FleetSpawnEvent } from "./FleetLauncher.js";
export { MAX_CONCURRENCY } from "./FleetLauncher.js";
export { isLaunchedProcess } from "./launchedPids.js";

const DEFAULT_RESTART_DELAY_MS = { initial: 100, max: 5_000 };
const DEFAULT_HEALTHY_AFTER_MS = 10_000;
const DEFAULT_GRACE_MS = 10_000;
const DEFAULT_ADOPTED_POLL_MS = 1_000;
// After SIGKILL the kernel needs a moment to tear processes down; wait for
// that so callers that check for leftovers right after stop() find none.
const KILL_SETTLE_MS = 2_000;
/** How often launched processes' descendants are looked up in /proc, and waited for at a shutdown. */
const DESCENDANT_SCAN_MS = 1_000;
const DESCENDANT_POLL_MS = 25;

interface Slot {
  readonly index: number;
  running: Running | undefined;
  /** Pid of the slot's previous process, for the "restart" event. */
  lastPid: number | undefined;
  nextDelayMs: number;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Starts `concurrency` game server processes and keeps that many running,
 * the way a GSE fleet's runtime configuration does: any exit, whatever the
 * code, is followed by a replacement in the same slot, because GSE ends a
 * process after ProcessEnding and starts a new one.
 *
 * Each child gets GSE_FLEET_PROCESS_INDEX, its slot number 0..N-1. It stays
 * the same across restarts of that slot, so a game can derive something
 * that must be distinct per concurrent process and stable over time from it,
 * typically its listening port (base + index), without coordinating with
 * its siblings.
 *
 * Children run in their own process group (`detached: true`), and signals go
 * to the whole group, so whatever `sh -c` started dies with it.
 *
 * Processes start on the next tick: attach listeners to `events` right after
 * creating the launcher and they see every "spawn".
 */
export function createFleetLauncher(options: FleetLauncherOptions): FleetLauncher {
  validateLauncherOptions(options);
  const { command, concurrency, cwd, signal, recorder } = options;
  const name = options.name ?? "launch";
  const logger = options.logger ?? createJsonLogger({ level: "warn" });
  const delays = options.restartDelayMs ?? DEFAULT_RESTART_DELAY_MS;
  const healthyAfterMs = options.restartDelayMs?.healthyAfterMs ?? DEFAULT_HEALTHY_AFTER_MS;
  const events = new EventEmitter();
  const slots: Slot[] = Array.from({ length: concurrency }, (_, index) => ({
    index,
    running: undefined,
    lastPid: undefined,
    nextDelayMs: delays.initial,
    timer: undefined,
  }));
  /** Output files being followed (with outputDir), removed when their process ends. */
  const followed = new Map<Running, { files: OutputFiles; stop: () => void }>();
  /** Adopted processes whose slot or command no longer exists: kept until they end, never replaced. */
  const unslotted = new Set<Running>();
  // Pipes can outlive their process (a descendant that left the process
  // group keeps them open); stop() destroys whatever is left so no handle
  // keeps the host's event loop alive.
  const pipes = createOutputPipes(options.output, logger);
  // Descendants that left the process group (setsid) still end with their
  // game: remembered through /proc while the tree is whole.
  const tracker = createDescendantTracker();
  const allRunning = () => [...slots.flatMap((slot) => (slot.running ? [slot.running] : [])), ...unslotted];
  const scanTimer = setInterval(() => tracker.scan(allRunning().map((r) => r.pid)), DESCENDANT_SCAN_MS);
  scanTimer.unref();
  let stopping = false;
  let draining = false;
  let stopped: Promise<void> | undefined;

  const scheduleRestart = (slot: Slot, livedMs: number, pid: number | undefined, planned = false): void => {
    let delayMs: number;
    if (planned || livedMs > healthyAfterMs) {
      slot.nextDelayMs = delays.initial;
      delayMs = 0;
    } else {
      delayMs = slot.nextDelayMs;
      slot.nextDelayMs = Math.min(delays.max, Math.max(delayMs * 2, delays.initial));
      logger.warn({ index: slot.index, pid, livedMs, delayMs }, "fleet process exited quickly; restarting after backoff");
    }
    // Referenced on purpose: while not stopped, the launcher's job is to keep
    // N processes running, and a host whose children are all between
    // restarts must not exit. stop() clears these timers.
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      start(slot);
    }, delayMs);
  };

  const spawnFailed = (slot: Slot, error: unknown): void => {
    const err = error instanceof Error ? error : new Error(String(error));
    logger.error({ index: slot.index, command, cwd, err }, "fleet process could not be started");
    if (stopping || draining) return;
    scheduleRestart(slot, 0, undefined);
    events.emit("spawnError", { index: slot.index, error: err } satisfies FleetSpawnErrorEvent);
  };

  /** What follows the end of a process, ours or adopted; `slot` undefined for an unslotted adopted one. */
  const ended = (slot: Slot | undefined, running: Running, code: number | null, exitSignal: NodeJS.Signals | null): void => {
    const { pid } = running;
    unmarkLaunched(pid);
    recorder?.forget(pid);
    const files = followed.get(running);
    if (files) {
      followed.delete(running);
      files.stop();
      removeOutputFiles(files.files);
    }
    unslotted.delete(running);
    if (slot?.running === running) slot.running = undefined;
    const livedMs = Date.now() - running.startedAt;
    logger.info({ index: slot?.index, pid, code, signal: exitSignal, livedMs, adopted: running.adopted }, "fleet process exited");
    if (!stopping) {
      // The slot's process is gone; anything it left in its group would
      // hold the slot's port (and our pipe) into the replacement's life.
      if (running.groupIsOurs()) signalGroup(running.pgid, "SIGKILL", logger);
      killDescendants(tracker, pid, "SIGKILL", logger);
      if (slot && !draining) scheduleRestart(slot, livedMs, pid, options.isPlannedExit?.(pid, code) ?? false);
    }
    // Emitted after the restart is scheduled so a listener that calls
    // stop() here cancels it.
    if (!stopping) tracker.forget(pid);
    events.emit("exit", { pid, index: slot?.index ?? -1, code, signal: exitSignal } satisfies FleetExitEvent);
  };

  const record = (slot: number, pid: number, output: OutputFiles | undefined): LaunchedProcessRecord => ({
    pid,
    pgid: pid,
    identity: identityOf(pid),
    launcher: name,
    slot,
    command,
    startedAt: Date.now(),
    ...(output && { output }),
    ...(options.owner && { fleetId: options.owner.fleetId, instanceId: options.owner.instanceId }),
    ...(options.owner?.ordinal !== undefined && { ordinal: options.owner.ordinal }),
  });

  const start = (slot: Slot): void => {
    if (stopping || draining || slot.running) return;
    let child: ChildProcess;
    let output: { files: OutputFiles; fds: [number, number] } | undefined;
    try {
      if (options.outputDir !== undefined) output = openOutputFiles(options.outputDir, name, slot.index);
      child = spawn("sh", ["-c", command], {
        cwd,
        env: { ...process.env, ...options.env, [FLEET_PROCESS_INDEX_ENV]: String(slot.index) },
        // Own process group: signals to -pid reach the shell's descendants.
        detached: true,
        stdio: ["ignore", output?.fds[0] ?? "pipe", output?.fds[1] ?? "pipe"],
      });
    } catch (error) {
      // spawn() throws for arguments the OS rejects outright (a NUL byte in
      // the env, say); treat it like any other failure to start.
      if (output) removeOutputFiles(output.files);
      spawnFailed(slot, error);
      return;
    } finally {
      // The child has its own copies now.
      for (const fd of output?.fds ?? []) closeSync(fd);
    }
    const pid = child.pid;
    if (pid === undefined) {
      if (output) removeOutputFiles(output.files);
      // Failures such as a missing cwd arrive as an "error" event on the
      // next tick; the pipes were created anyway and must not linger.
      child.stdout?.destroy();
      child.stderr?.destroy();
      child.once("error", (error) => spawnFailed(slot, error));
      return;
    }

    let markExited!: () => void;
    const running: Running = {
      pid,
      pgid: pid,
      startedAt: Date.now(),
      adopted: false,
      exitedFlag: false,
      exited: new Promise<void>((resolve) => (markExited = resolve)),
      signalLeader: (sig) => void child.kill(sig),
      // Our child's pid is ours until it is reaped, and `ended` runs right then.
      groupIsOurs: () => true,
    };
    slot.running = running;
    markLaunched(pid);
    // Before anything can reap it: its pid is still this process's here.
    recorder?.remember(record(slot.index, pid, output?.files));
    pipes.pipe(child.stdout, pid, "stdout");
    pipes.pipe(child.stderr, pid, "stderr");
    if (output) followed.set(running, { files: output.files, stop: pipes.follow(output.files, pid, "start") });
    // Only kill() failures can land here once the process exists; a listener
    // must exist regardless or the error would be thrown.
    child.on("error", (error) => logger.warn({ index: slot.index, pid, err: error }, "fleet process error"));
    child.once("exit", (code, exitSignal) => {
      running.exitedFlag = true;
      markExited();
      ended(slot, running, code, exitSignal);
    });

    logger.info({ index: slot.index, pid }, "fleet process started");
    const oldPid = slot.lastPid;
    slot.lastPid = pid;
    events.emit("spawn", { pid, index: slot.index } satisfies FleetSpawnEvent);
    if (oldPid !== undefined) events.emit("restart", { oldPid, pid, index: slot.index } satisfies FleetRestartEvent);
  };

  // Processes an earlier gse-local started: back in their slots before
  // anything starts, so no slot gets a second process.
  const clock = options.clock ?? systemClock;
  const adopted: AdoptedRunning[] = [];
  for (const persisted of options.adopt ?? []) {
    const { identity } = persisted;
    if (identity === undefined) continue;
    const candidate = persisted.command === command ? slots[persisted.slot] : undefined;
    const slot = candidate && !candidate.running ? candidate : undefined;
    const running = adoptProcess({ ...persisted, identity }, clock, options.adoptedPollMs ?? DEFAULT_ADOPTED_POLL_MS, () => ended(slot, running, null, null));
    adopted.push(running);
    markLaunched(running.pid, identity);
    // What it writes from now on; what it wrote while no gse-local ran stays in the file.
    if (persisted.output) followed.set(running, { files: persisted.output, stop: pipes.follow(persisted.output, running.pid, "end") });
    if (slot) {
      slot.running = running;
      slot.lastPid = running.pid;
    } else unslotted.add(running);
    logger.info({ index: slot?.index, pid: running.pid, launcher: name }, "fleet process adopted from the state directory");
  }
  if (adopted.length > 0) tracker.scan(adopted.map((r) => r.pid));

  const shutdown = async (graceMs: number): Promise<void> => {
    stopping = true;
    signal?.removeEventListener("abort", onAbort);
    for (const slot of slots) {
      if (slot.timer !== undefined) clearTimeout(slot.timer);
      slot.timer = undefined;
    }
    clearInterval(scanTimer);
    const runningNow = allRunning();
    // Adopted processes' exits are only seen by polling: poll as often as the groups are.
    for (const running of adopted) running.pollEvery(DESCENDANT_POLL_MS);
    const deadline = Date.now() + graceMs;
    // The whole tree, before anything exits and its children are reparented.
    tracker.scan(runningNow.map((running) => running.pid));
    const strays = runningNow.map((running) => ({ running, outside: tracker.alive(running.pid).filter((t) => t.pgid !== running.pgid) }));
    for (const running of runningNow) terminate(running, "SIGTERM", logger);
    for (const { outside } of strays) for (const stray of outside) signalPid(stray.pid, "SIGTERM", logger);
    const gone = await Promise.all(runningNow.map((running) => waitForGroup(running, deadline)));
    // Descendants outside the group: SIGKILL whatever is left at the deadline.
    for (const { running } of strays) {
      while (tracker.alive(running.pid).some((t) => t.pgid !== running.pgid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, DESCENDANT_POLL_MS));
      killDescendants(tracker, running.pid, "SIGKILL", logger);
    }
    const stubborn = runningNow.filter((_, i) => !gone[i]);
    if (stubborn.length > 0) {
      logger.warn({ pids: stubborn.map((r) => r.pid), graceMs }, "fleet processes ignored SIGTERM; killing");
      for (const running of stubborn) terminate(running, "SIGKILL", logger);
      // A SIGKILLed process always exits (ours is reaped by us, an adopted
      // one polled), so this wait is unbounded; descendants are reaped by
      // someone else (or never, under a lazy init), so that wait has a deadline.
      await Promise.all(stubborn.map((running) => running.exited));
      await Promise.all(stubborn.map((running) => waitForGroup(running, Date.now() + KILL_SETTLE_MS)));
    }
    for (const running of adopted) running.stopPolling();
    pipes.destroyAll();
  };

  const stop = (stopOptions: { graceMs?: number } = {}): Promise<void> => {
    if (stopped) return stopped;
    const graceMs = stopOptions.graceMs ?? DEFAULT_GRACE_MS;
    if (!Number.isFinite(graceMs) || graceMs < 0) {
      return Promise.reject(
        new GseError("BAD_REQUEST_EXCEPTION", `graceMs must be a non-negative number of milliseconds, got ${graceMs}`, {
          field: "graceMs",
        }),
      );
    }
    stopped = shutdown(graceMs).catch((error: unknown) => {
      // Nothing above is expected to throw; if it does, report it rather
      // than leaving an abort-triggered stop as an unhandled rejection.
      logger.error({ err: error }, "fleet stop failed");
    });
    return stopped;
  };

  const onAbort = (): void => void stop();

  if (signal?.aborted) {
    // Adopted processes are still ours to end.
    stopped = adopted.length > 0 ? shutdown(DEFAULT_GRACE_MS) : Promise.resolve();
    stopping = true;
    clearInterval(scanTimer);
  } else {
    signal?.addEventListener("abort", onAbort, { once: true });
    // On the next tick, so listeners attached right after creation see the
    // first "spawn" events; start() is a no-op if stop() came first.
    process.nextTick(() => {
      for (const running of adopted) {
        if (stopping || running.exitedFlag) continue;
        const index = slots.findIndex((slot) => slot.running === running);
        events.emit("spawn", { pid: running.pid, index, adopted: true } satisfies FleetSpawnEvent);
      }
      for (const slot of slots) start(slot);
    });
  }

  const drain = async (): Promise<void> => {
    draining = true;
    for (const slot of slots) {
      if (slot.timer !== undefined) clearTimeout(slot.timer);
      slot.timer = undefined;
    }
    await Promise.all(allRunning().map((running) => running.exited));
  };

  return {
    get pids() {
      return allRunning().map((running) => running.pid);
    },
    events,
    stop,
    drain,
  };
}

/** Every remembered, still-living descendant of `root` (checked by start time, so a recycled pid is spared). */
function killDescendants(tracker: DescendantTracker, root: number, sig: NodeJS.Signals, logger: Logger): void {
  for (const stray of tracker.alive(root)) signalPid(stray.pid, sig, logger);
}

function signalPid(pid: number, sig: NodeJS.Signals, logger: Logger): void {
  try {
    process.kill(pid, sig);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") logger.debug({ pid, signal: sig, err: error }, "could not signal a fleet process's descendant");
  }
}
