import type { Clock, ClockTimer } from "../core/Clock.js";
import type { LaunchedProcessRecord } from "./LaunchedProcessRecord.js";
import { currentBootId, isSameProcess, readProcessStat, type ProcessIdentity } from "./processIdentity.js";
import type { Running } from "./Running.js";

/** An adopted process: a Running whose exit is learnt by polling. */
export interface AdoptedRunning extends Running {
  /** Polls every `ms` from now on (a shutdown waits at a shorter interval). */
  pollEvery(ms: number): void;
  /** No more polling; `exited` stays as it is. */
  stopPolling(): void;
}

/**
 * Takes back a process an earlier gse-local launched. It is not our child
 * (its parent died; init or a subreaper inherited it), so there is no exit
 * event: its pid is polled on `clock`, and it counts as exited once the pid
 * is gone, a zombie, or another process (its start time differs). Node has
 * no pidfd, which would tell at once; the poll bounds how late we learn it.
 */
export function adoptProcess(record: LaunchedProcessRecord & { identity: ProcessIdentity }, clock: Clock, pollMs: number, onExit: () => void): AdoptedRunning {
  const { pid, pgid, identity } = record;
  let timer: ClockTimer | undefined;
  let every = pollMs;
  let markExited!: () => void;
  const running: AdoptedRunning = {
    pid,
    pgid,
    startedAt: record.startedAt,
    adopted: true,
    exitedFlag: false,
    exited: new Promise<void>((resolve) => (markExited = resolve)),
    signalLeader(sig) {
      if (!isSameProcess(pid, identity)) return;
      try {
        process.kill(pid, sig);
      } catch {
        // Gone meanwhile.
      }
    },
    groupIsOurs() {
      // A group outlives its leader only while it has members, and the
      // kernel gives no new process a pid that is still a group's id. So if
      // a process holds the pid now, it must be the leader; if none does,
      // any group with that id is still the leader's.
      const now = readProcessStat(pgid);
      return now === undefined || (pgid === pid && now.startTime === identity.startTime && currentBootId() === identity.bootId);
    },
    pollEvery(ms) {
      every = ms;
      if (running.exitedFlag) return;
      clock.clearTimeout(timer);
      schedule(0);
    },
    stopPolling() {
      clock.clearTimeout(timer);
      timer = undefined;
    },
  };
  const check = () => {
    timer = undefined;
    if (isSameProcess(pid, identity)) return schedule(every);
    running.exitedFlag = true;
    markExited();
    onExit();
  };
  const schedule = (ms: number) => {
    timer = clock.setTimeout(check, ms);
  };
  schedule(every);
  return running;
}
