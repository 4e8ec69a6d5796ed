import type { Clock, ClockTimer } from "./Clock.js";

/** A clock that moves only when told: for tests of the core and the orchestrator. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, running every timer that falls due, in due order. */
  advance(ms: number): void;
  /** Timers not yet run or cleared. */
  readonly pending: number;
}

interface Entry extends ClockTimer {
  readonly due: number;
  readonly seq: number;
  readonly run: () => void;
}

/** A ManualClock at `startMs` (epoch milliseconds). */
export function createManualClock(startMs = 1_700_000_000_000): ManualClock {
  let now = startMs;
  let seq = 0;
  const timers = new Set<Entry>();
  return {
    now: () => now,
    setTimeout(run, ms) {
      const entry: Entry = { due: now + Math.max(0, ms), seq: seq++, run };
      timers.add(entry);
      return entry;
    },
    clearTimeout(timer) {
      timers.delete(timer as Entry);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        let next: Entry | undefined;
        for (const entry of timers) {
          if (entry.due <= until && (!next || entry.due < next.due || (entry.due === next.due && entry.seq < next.seq))) next = entry;
        }
        if (!next) break;
        timers.delete(next);
        now = Math.max(now, next.due);
        next.run();
      }
      now = until;
    },
    get pending() {
      return timers.size;
    },
  };
}
