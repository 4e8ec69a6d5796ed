import type { EventEmitter } from "node:events";
import type { Clock } from "../core/Clock.js";
import type { Logger } from "../../logging/Logger.js";
import type { LaunchedProcessRecord, LaunchRecorder } from "./LaunchedProcessRecord.js";

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
  /** Names the launcher in the records it keeps (LaunchedProcessRecord.launcher). Default "launch". */
  name?: string;
  /**
   * Told of every process started and every process ended. gse-local passes
   * its core here when it has a state directory, so the journal keeps what
   * it launched and a restart after a crash can take the processes back.
   */
  recorder?: LaunchRecorder;
  /** The fleet and instance the processes belong to, kept in their records. */
  owner?: { fleetId: string; instanceId: string; ordinal?: number };
  /**
   * Processes an earlier gse-local started for this launcher that still run
   * (claimLaunchedProcesses checked them: same pid, same start time). Each
   * fills its slot again, when its slot and command still exist, instead of
   * a new process; the others are kept (signalled at stop(), not replaced).
   * They are not our children: their exit is noticed by polling, and their
   * output, which went to the earlier gse-local's pipes, is not captured.
   */
  adopt?: readonly LaunchedProcessRecord[];
  /**
   * Where the processes' stdout and stderr go, as files that gse-local
   * follows (and empties past 8 MiB), instead of pipes. gse-local sets it
   * with a state directory: a pipe dies with gse-local, and a game writing to
   * it then gets SIGPIPE or EPIPE (a C++ game dies, a Node game that writes
   * with process.stdout.write dies of the unhandled error); a file outlives
   * it, and the restarted gse-local follows an adopted process's files again.
   */
  outputDir?: string;
  /** The clock adopted processes are polled on (gse-local's core clock). Default: the system clock. */
  clock?: Clock;
  /** How often an adopted process's liveness is polled. Default 1 000 ms. */
  adoptedPollMs?: number;
}

export interface FleetSpawnEvent {
  pid: number;
  /** True for a process an earlier gse-local started, taken back at creation (see `adopt`). */
  adopted?: boolean;
  /** The slot, 0..concurrency-1, also passed to the child as GSE_FLEET_PROCESS_INDEX. */
  index: number;
}
export interface FleetExitEvent {
  pid: number;
  /** The slot; -1 for an adopted process that fills none. */
  index: number;
  /** Null also for an adopted process (not our child: its exit status is not ours to read). */
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
  /** Currently running processes, in slot order, then adopted ones that fill no slot. */
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
