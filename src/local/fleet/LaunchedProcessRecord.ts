import type { ProcessIdentity } from "./processIdentity.js";

/**
 * A process a fleet launcher started, as the state directory keeps it, so a
 * gse-local restarted after a crash can take it back (re-adopt it) rather
 * than start another in its slot.
 */
export interface LaunchedProcessRecord {
  readonly pid: number;
  /** Its process group: launched processes lead their own, so descendants are signalled with it. */
  readonly pgid: number;
  /** Undefined where /proc could not tell it: such a process is never adopted (its pid could be anyone's by then). */
  readonly identity: ProcessIdentity | undefined;
  /** Which launcher started it (FleetLauncherOptions.name): "launch", or "<instanceId>/<n>" for the n-th ServerProcesses entry of an instance. */
  readonly launcher: string;
  /** The slot it fills, 0..concurrency-1 (its GSE_FLEET_PROCESS_INDEX). */
  readonly slot: number;
  readonly command: string;
  /** Epoch milliseconds. */
  readonly startedAt: number;
  /** Where its stdout and stderr go (FleetLauncherOptions.outputDir), followed again after a restart. */
  readonly output?: { readonly stdout: string; readonly stderr: string };
  readonly fleetId?: string;
  readonly instanceId?: string;
  /** The instance's ordinal among its fleet's (the fleet host offsets GSE_FLEET_PROCESS_INDEX by it): a resumed instance takes it again. */
  readonly ordinal?: number;
}

/** Where a launcher records what it started and forgets what ended (the core's launchedProcesses domain, so the journal keeps it). */
export interface LaunchRecorder {
  remember(record: LaunchedProcessRecord): void;
  forget(pid: number): void;
}
