import { settleBy } from "./settleBy.js";

export interface LifecycleQueue {
  /** Runs `step` after every step enqueued before it has settled, whatever their outcome. */
  enqueue<T>(step: () => Promise<T>): Promise<T>;
  /**
   * enqueue, but waiting for the calls ahead at most halfway to `deadline`
   * (epoch ms): an earlier call stuck on a silent agent must not eat the
   * ending's time.
   */
  enqueueBefore<T>(deadline: number, step: () => Promise<T>): Promise<T>;
}

/**
 * Lifecycle calls (activate, terminate session, process ending) go out one
 * at a time, in the order the state machine decided them.
 */
export function createLifecycleQueue(): LifecycleQueue {
  let tail: Promise<unknown> = Promise.resolve();
  function enqueue<T>(step: () => Promise<T>): Promise<T> {
    const next = tail.then(step, step);
    tail = next.catch(() => undefined);
    return next;
  }
  return {
    enqueue,
    enqueueBefore(deadline, step) {
      if (deadline === Infinity) return enqueue(step);
      const ahead = settleBy(tail, Date.now() + (deadline - Date.now()) / 2, "the calls ahead").catch(() => undefined);
      const next = ahead.then(step);
      tail = next.catch(() => undefined);
      return next;
    },
  };
}
