/** A process a launcher runs: its own child, or one adopted from an earlier gse-local. */
export interface Running {
  readonly pid: number;
  /** Its process group (its own pid: launched processes lead their group). */
  readonly pgid: number;
  /** Epoch milliseconds. */
  readonly startedAt: number;
  readonly adopted: boolean;
  /** Set once the process has exited. */
  exitedFlag: boolean;
  readonly exited: Promise<void>;
  /** Signals the process alone, never a process that took its pid later. */
  signalLeader(sig: NodeJS.Signals): void;
  /**
   * Whether the group id still names this process's group. Once the leader
   * is reaped, its pid, and so the group id, may go to an unrelated process
   * that starts a group of its own; for our own children the launcher stops
   * group signals when it reaps them, for adopted ones it looks in /proc.
   */
  groupIsOurs(): boolean;
}
