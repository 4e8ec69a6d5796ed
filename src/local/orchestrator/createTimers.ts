import type { Clock, ClockTimer } from "../core/Clock.js";

/** What waits on a game, one deadline per record id. */
export type DeadlineKind = "activation" | "reservation";

/** The orchestrator's one-shot timers on the core's clock, all dropped by clear(). */
export interface OrchestratorTimers {
  /** Runs `run` once after `ms`, unless cleared first or the orchestrator has closed. */
  after(ms: number, run: () => void): void;
  /**
   * The deadline of one record's wait (a session's activation, a player's
   * reservation), replacing any earlier one of the same id.
   */
  deadline(kind: DeadlineKind, id: string, ms: number, run: () => void): void;
  /** The wait ended: its deadline goes now rather than when it would have fired. */
  settle(kind: DeadlineKind, id: string): void;
  clear(): void;
}

/**
 * Timers that know what they wait for: a reservation accepted in 100 ms used
 * to hold its timer, closure and event for the whole 60 s, thousands of them
 * under a steady join rate (docs/benchmarks.md).
 */
export function createTimers(clock: Clock, isOpen: () => boolean): OrchestratorTimers {
  const timers = new Set<ClockTimer>();
  const deadlines: Record<DeadlineKind, Map<string, ClockTimer>> = { activation: new Map(), reservation: new Map() };

  function after(ms: number, run: () => void): ClockTimer {
    const timer = clock.setTimeout(() => {
      timers.delete(timer);
      if (isOpen()) run();
    }, ms);
    timers.add(timer);
    return timer;
  }

  function settle(kind: DeadlineKind, id: string): void {
    const timer = deadlines[kind].get(id);
    if (timer === undefined) return;
    deadlines[kind].delete(id);
    timers.delete(timer);
    clock.clearTimeout(timer);
  }

  return {
    after,
    deadline(kind, id, ms, run) {
      settle(kind, id);
      const waiting = deadlines[kind];
      waiting.set(
        id,
        after(ms, () => {
          waiting.delete(id);
          run();
        }),
      );
    },
    settle,
    clear() {
      for (const timer of timers) clock.clearTimeout(timer);
      timers.clear();
      deadlines.activation.clear();
      deadlines.reservation.clear();
    },
  };
}
