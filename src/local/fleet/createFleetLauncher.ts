import { spawn, type ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import type { Readable } from "node:stream";
import { GseError } from "../../errors/GseError.js";
import { FLEET_PROCESS_INDEX_ENV } from "../../protocol/env.js";
import { createJsonLogger, type Logger } from "../../logging/Logger.js";
import { createBoundedLineWriter, type BoundedLineWriter } from "../createBoundedLineWriter.js";
import { createDescendantTracker, type DescendantTracker } from "../host/createDescendantTracker.js";
import { signalGroup, terminate, waitForGroup } from "./processGroups.js";

/** Options of createFleetLauncher. */
export interface FleetLauncherOptions {
  /**
   * The game server's command line, run with `sh -c` so users can write it
   * as they would in a terminal ("node examples/arena/main.js --foo",
   * "cd game && ./server"). Start it with `exec` ("exec node main.js") when
   * you want the game itself, rather than the shell, to be the process whose
   * pid appears in `pids`, in events and in output prefixes: some shells
   * (dash, Debian's `sh`) fork even for a single command.
   */
  command: string;
  /** Processes kept running, like a fleet's runtime configuration. An integer from 1 to 50. */
  concurrency: number;
  /**
   * Merged over `process.env` for every child. The caller passes
   * `GSE_AGENT_ADDRESS=host:port` here so the game finds the local agent.
   */
  env?: Record<string, string>;
  cwd?: string;
  /** Default: JSON lines on stderr, warnings and errors only. */
  logger?: Logger;
  /**
   * Receives each line of every child's stdout and stderr, prefixed
   * "[pid 1234] ". Default: stdout lines to process.stdout, stderr lines to
   * process.stderr, each bounded: past 1 MiB not yet written, lines are
   * dropped and counted (createBoundedLineWriter). A callback given here
   * must bound what it buffers itself; wrap a stream with
   * createBoundedLineWriter to get the same behaviour.
   */
  output?: (line: string) => void;
  /**
   * Backoff for a process that exits quickly (a crash loop): the first quick
   * exit waits `initial` ms, each further one twice as long, up to `max`.
   * A process that lived longer than `healthyAfterMs` (default 10 s) is
   * replaced at once and resets the backoff. Default 100 ms doubling to 5 s.
   */
  restartDelayMs?: { initial: number; max: number; healthyAfterMs?: number };
  /**
   * Tells a planned exit from a crash: a process that ended itself the way
   * GSE expects (ProcessEnding, then exit 0) is replaced at once, however
   * short its life, with no crash-loop backoff or warning.
   */
  isPlannedExit?: (pid: number, code: number | null) => boolean;
  /** Aborting it is the same as calling `stop()`. */
  signal?: AbortSignal;
}

export interface FleetSpawnEvent {
  pid: number;
  /** The slot, 0..concurrency-1, also passed to the child as GSE_FLEET_PROCESS_INDEX. */
  index: number;
}
export interface FleetExitEvent {
  pid: number;
  index: number;
  code: number | null;
  signal: NodeJS.Signals | null;
}
export interface FleetRestartEvent {
  oldPid: number;
  pid: number;
  index: number;
}
export interface FleetSpawnErrorEvent {
  index: number;
  error: Error;
}

/** Keeps a number of game processes running, as a fleet's runtime configuration does. */
export interface FleetLauncher {
  /** Currently running children, in slot order. */
  readonly pids: readonly number[];
  /**
   * "spawn" FleetSpawnEvent, "exit" FleetExitEvent, "restart"
   * FleetRestartEvent (after the replacement's "spawn"), "spawnError"
   * FleetSpawnErrorEvent (the process could not be started at all, e.g. a
   * missing cwd). There is deliberately no "error" event: an unlistened
   * "error" would throw, and a failing game must never take the host down.
   */
  readonly events: EventEmitter;
  /**
   * SIGTERM every child's process group, wait up to `graceMs` (default 10 s)
   * for them to exit, then SIGKILL what is left. No restarts happen once
   * called. Idempotent: later calls return the first call's promise.
   */
  stop(options?: { graceMs?: number }): Promise<void>;
  /**
   * No more restarts: the running processes go on until they exit by
   * themselves (a fleet whose runtime configuration changed lets its old
   * processes finish their sessions). Resolves once none is left; stop()
   * still ends them sooner.
   */
  drain(): Promise<void>;
}

/** Processes one launcher may keep running. */
export const MAX_CONCURRENCY = 50;
const DEFAULT_RESTART_DELAY_MS = { initial: 100, max: 5_000 };
const DEFAULT_HEALTHY_AFTER_MS = 10_000;
const DEFAULT_GRACE_MS = 10_000;
// After SIGKILL the kernel needs a moment to tear processes down; wait for
// that so callers that check for leftovers right after stop() find none.
const KILL_SETTLE_MS = 2_000;
/**
 * Pids of running processes some fleet launcher in this process started
 * (--launch, and the control plane's fleets): the only processes gse-local
 * may signal. Module-wide so every launcher's processes count, whoever
 * created the launcher.
 */
const LAUNCHED = new Set<number>();

/** Whether `pid` is a running process a fleet launcher in this process started. */
export function isLaunchedProcess(pid: number): boolean {
  return LAUNCHED.has(pid);
}
/** How often launched processes' descendants are looked up in /proc, and waited for at a shutdown. */
const DESCENDANT_SCAN_MS = 1_000;
const DESCENDANT_POLL_MS = 25;
// A child writing megabytes without a newline must not grow our buffer forever.
const MAX_LINE_CHARS = 64 * 1024;

interface Slot {
  readonly index: number;
  running: Running | undefined;
  /** Pid of the slot's previous process, for the "restart" event. */
  lastPid: number | undefined;
  nextDelayMs: number;
  timer: NodeJS.Timeout | undefined;
}

export interface Running {
  readonly pid: number;
  readonly child: ChildProcess;
  readonly startedAt: number;
  exitedFlag: boolean;
  readonly exited: Promise<void>;
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
  validateOptions(options);
  const { command, concurrency, cwd, signal } = options;
  const logger = options.logger ?? createJsonLogger({ level: "warn" });
  const delays = options.restartDelayMs ?? DEFAULT_RESTART_DELAY_MS;
  const healthyAfterMs = options.restartDelayMs?.healthyAfterMs ?? DEFAULT_HEALTHY_AFTER_MS;
  const output = options.output;
  const events = new EventEmitter();
  const slots: Slot[] = Array.from({ length: concurrency }, (_, index) => ({
    index,
    running: undefined,
    lastPid: undefined,
    nextDelayMs: delays.initial,
    timer: undefined,
  }));
  // Pipes can outlive their process (a descendant that left the process
  // group keeps them open); stop() destroys whatever is left so no handle
  // keeps the host's event loop alive.
  const openStreams = new Set<Readable>();
  // Descendants that left the process group (setsid) still end with their
  // game: remembered through /proc while the tree is whole.
  const tracker = createDescendantTracker();
  const leaders = () => slots.flatMap((slot) => (slot.running ? [slot.running.pid] : []));
  const scanTimer = setInterval(() => tracker.scan(leaders()), DESCENDANT_SCAN_MS);
  scanTimer.unref();
  let stopping = false;
  let draining = false;
  let stopped: Promise<void> | undefined;

  // Bounded: a game writing faster than our stdout is read must not grow
  // our memory (createBoundedLineWriter).
  let toStdout: BoundedLineWriter | undefined;
  let toStderr: BoundedLineWriter | undefined;
  const writeLine = (line: string, stream: "stdout" | "stderr"): void => {
    try {
      if (output) output(line);
      else if (stream === "stdout") (toStdout ??= createBoundedLineWriter(process.stdout))(line);
      else (toStderr ??= createBoundedLineWriter(process.stderr))(line);
    } catch (error) {
      logger.warn({ err: error }, "fleet output callback threw; line dropped");
    }
  };

  const pipeLines = (stream: Readable | null, pid: number, kind: "stdout" | "stderr"): void => {
    if (!stream) return;
    openStreams.add(stream);
    stream.setEncoding("utf8");
    const prefix = `[pid ${pid}] `;
    let pending = "";
    const emit = (line: string) => writeLine(prefix + (line.endsWith("\r") ? line.slice(0, -1) : line), kind);
    stream.on("data", (chunk: string) => {
      const parts = (pending + chunk).split("\n");
      pending = parts.pop() ?? "";
      for (const line of parts) emit(line);
      if (pending.length > MAX_LINE_CHARS) {
        emit(pending);
        pending = "";
      }
    });
    // A last line without a newline is still a line. "close" covers streams
    // destroyed by stop(), which never emit "end".
    const flush = () => {
      if (pending !== "") emit(pending);
      pending = "";
    };
    stream.on("end", flush);
    stream.on("close", () => {
      flush();
      openStreams.delete(stream);
    });
    stream.on("error", (error) => logger.debug({ pid, err: error }, `fleet process ${kind} failed`));
  };

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

  const start = (slot: Slot): void => {
    if (stopping || draining) return;
    let child: ChildProcess;
    try {
      child = spawn("sh", ["-c", command], {
        cwd,
        env: { ...process.env, ...options.env, [FLEET_PROCESS_INDEX_ENV]: String(slot.index) },
        // Own process group: signals to -pid reach the shell's descendants.
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      // spawn() throws for arguments the OS rejects outright (a NUL byte in
      // the env, say); treat it like any other failure to start.
      spawnFailed(slot, error);
      return;
    }
    const pid = child.pid;
    if (pid === undefined) {
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
      child,
      startedAt: Date.now(),
      exitedFlag: false,
      exited: new Promise<void>((resolve) => (markExited = resolve)),
    };
    slot.running = running;
    LAUNCHED.add(pid);
    pipeLines(child.stdout, pid, "stdout");
    pipeLines(child.stderr, pid, "stderr");
    // Only kill() failures can land here once the process exists; a listener
    // must exist regardless or the error would be thrown.
    child.on("error", (error) => logger.warn({ index: slot.index, pid, err: error }, "fleet process error"));
    child.once("exit", (code, exitSignal) => {
      running.exitedFlag = true;
      LAUNCHED.delete(pid);
      markExited();
      if (slot.running === running) slot.running = undefined;
      const livedMs = Date.now() - running.startedAt;
      logger.info({ index: slot.index, pid, code, signal: exitSignal, livedMs }, "fleet process exited");
      if (!stopping) {
        // The slot's process is gone; anything it left in its group would
        // hold the slot's port (and our pipe) into the replacement's life.
        signalGroup(pid, "SIGKILL", logger);
        killDescendants(tracker, pid, "SIGKILL", logger);
        if (!draining) scheduleRestart(slot, livedMs, pid, options.isPlannedExit?.(pid, code) ?? false);
      }
      // Emitted after the restart is scheduled so a listener that calls
      // stop() here cancels it.
      if (!stopping) tracker.forget(pid);
      events.emit("exit", { pid, index: slot.index, code, signal: exitSignal } satisfies FleetExitEvent);
    });

    logger.info({ index: slot.index, pid }, "fleet process started");
    const oldPid = slot.lastPid;
    slot.lastPid = pid;
    events.emit("spawn", { pid, index: slot.index } satisfies FleetSpawnEvent);
    if (oldPid !== undefined) events.emit("restart", { oldPid, pid, index: slot.index } satisfies FleetRestartEvent);
  };

  const shutdown = async (graceMs: number): Promise<void> => {
    stopping = true;
    signal?.removeEventListener("abort", onAbort);
    for (const slot of slots) {
      if (slot.timer !== undefined) clearTimeout(slot.timer);
      slot.timer = undefined;
    }
    clearInterval(scanTimer);
    const runningNow = slots.flatMap((slot) => (slot.running ? [slot.running] : []));
    const deadline = Date.now() + graceMs;
    // The whole tree, before anything exits and its children are reparented.
    tracker.scan(runningNow.map((running) => running.pid));
    const strays = runningNow.map((running) => ({ running, outside: tracker.alive(running.pid).filter((t) => t.pgid !== running.pid) }));
    for (const running of runningNow) terminate(running, "SIGTERM", logger);
    for (const { outside } of strays) for (const stray of outside) signalPid(stray.pid, "SIGTERM", logger);
    const gone = await Promise.all(runningNow.map((running) => waitForGroup(running, deadline)));
    // Descendants outside the group: SIGKILL whatever is left at the deadline.
    for (const { running } of strays) {
      while (tracker.alive(running.pid).some((t) => t.pgid !== running.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, DESCENDANT_POLL_MS));
      killDescendants(tracker, running.pid, "SIGKILL", logger);
    }
    const stubborn = runningNow.filter((_, i) => !gone[i]);
    if (stubborn.length > 0) {
      logger.warn({ pids: stubborn.map((r) => r.pid), graceMs }, "fleet processes ignored SIGTERM; killing");
      for (const running of stubborn) terminate(running, "SIGKILL", logger);
      // A SIGKILLed child of ours always exits, so this wait is unbounded;
      // descendants are reaped by someone else (or never, under a lazy
      // init), so that wait has a deadline.
      await Promise.all(stubborn.map((running) => running.exited));
      await Promise.all(stubborn.map((running) => waitForGroup(running, Date.now() + KILL_SETTLE_MS)));
    }
    for (const stream of openStreams) stream.destroy();
    openStreams.clear();
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
    stopping = true;
    clearInterval(scanTimer);
    stopped = Promise.resolve();
  } else {
    signal?.addEventListener("abort", onAbort, { once: true });
    // On the next tick, so listeners attached right after creation see the
    // first "spawn" events; start() is a no-op if stop() came first.
    process.nextTick(() => {
      for (const slot of slots) start(slot);
    });
  }

  const drain = async (): Promise<void> => {
    draining = true;
    for (const slot of slots) {
      if (slot.timer !== undefined) clearTimeout(slot.timer);
      slot.timer = undefined;
    }
    await Promise.all(slots.flatMap((slot) => (slot.running ? [slot.running.exited] : [])));
  };

  return {
    get pids() {
      return slots.flatMap((slot) => (slot.running ? [slot.running.pid] : []));
    },
    events,
    stop,
    drain,
  };
}

function validateOptions(options: FleetLauncherOptions): void {
  const bad = (field: string, rule: string, value: unknown) =>
    new GseError("CONFIG_INVALID", `${field} must be ${rule}, got ${typeof value === "string" ? JSON.stringify(value) : String(value)}`, {
      field,
    });
  if (typeof options.command !== "string" || options.command.trim() === "") {
    throw bad("command", "a non-empty shell command line", options.command);
  }
  const n = options.concurrency;
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY) {
    throw bad("concurrency", `an integer from 1 to ${MAX_CONCURRENCY}`, n);
  }
  const delays = options.restartDelayMs;
  if (delays !== undefined) {
    const ms = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0;
    if (!ms(delays.initial)) throw bad("restartDelayMs.initial", "a non-negative number of milliseconds", delays.initial);
    if (!ms(delays.max) || delays.max < delays.initial) {
      throw bad("restartDelayMs.max", "a number of milliseconds no smaller than restartDelayMs.initial", delays.max);
    }
    if (delays.healthyAfterMs !== undefined && !ms(delays.healthyAfterMs)) {
      throw bad("restartDelayMs.healthyAfterMs", "a non-negative number of milliseconds", delays.healthyAfterMs);
    }
  }
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
