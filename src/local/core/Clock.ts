/** An opaque handle of a timer a Clock started. */
export interface ClockTimer {
  readonly __clockTimer?: never;
}

/**
 * The one source of time for gse-local's core and orchestrator: `now()` for
 * timestamps and deadlines, one-shot timers for timeouts. Production uses
 * `systemClock`; tests pass `createManualClock()` and drive time themselves.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Runs `run` once after `ms`. */
  setTimeout(run: () => void, ms: number): ClockTimer;
  /** Cancels a timer; undefined or a fired timer is ignored. */
  clearTimeout(timer: ClockTimer | undefined): void;
}

/** The real clock: Date.now and Node's timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms) as ClockTimer,
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout | undefined),
};
