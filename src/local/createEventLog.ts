import type { GseLocalCore } from "./core/createCore.js";
import type { GseLocalEvent } from "./core/GseLocalEvent.js";

export const HISTORY_LIMIT = 10_000;

/** Options of waitFor. */
export interface WaitOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Look at history from this index on (default 0: all of it). */
  since?: number;
}

/** The last events, and waiting for one: what tests and the demo read. */
export interface EventLog {
  readonly history: readonly GseLocalEvent[];
  waitFor(predicate: (event: GseLocalEvent) => boolean, options?: WaitOptions): Promise<GseLocalEvent>;
}

export function createEventLog(core: GseLocalCore): EventLog {
  const history: GseLocalEvent[] = [];
  core.onEvent((event) => {
    history.push(event);
    // Dropping a tenth at once, not one event per event: shifting 10 000
    // entries on every event cost a few percent of gse-local's CPU under
    // load (docs/benchmarks.md). The history holds 9 000 to 10 000 events.
    if (history.length > HISTORY_LIMIT) history.splice(0, history.length - HISTORY_LIMIT + HISTORY_LIMIT / 10);
  });

  function waitFor(predicate: (event: GseLocalEvent) => boolean, options: WaitOptions = {}): Promise<GseLocalEvent> {
    const past = history.slice(options.since ?? 0).find(predicate);
    if (past) return Promise.resolve(past);
    const timeoutMs = options.timeoutMs ?? 10_000;
    return new Promise((resolve, reject) => {
      const stop = core.onEvent((event) => {
        if (!predicate(event)) return;
        cleanup();
        resolve(event);
      });
      const onAbort = () => {
        cleanup();
        reject(options.signal?.reason ?? new Error("aborted"));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`gse-local: no matching event within ${timeoutMs} ms; last events: ${history.slice(-5).map((e) => JSON.stringify(e)).join(" ")}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        stop();
        options.signal?.removeEventListener("abort", onAbort);
      };
      options.signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  return { history, waitFor };
}
