import type { EventLoopLag } from "./Gse.js";

export interface LoopLagMonitor {
  /** Lag since the previous read (or the start), then starts over. */
  read(): EventLoopLag;
  stop(): void;
}

const MAX_SAMPLES = 6_000;

/**
 * Measures how late a repeating timer fires: the time the event loop was
 * busy elsewhere. perf_hooks.monitorEventLoopDelay would be the obvious tool,
 * but on Node 20 it misses a loop blocked from inside a timer callback or a
 * promise continuation (it reported 10 ms for a 150 ms block in our tests),
 * which is exactly where game code blocks. The timer is unref'd: it never
 * keeps Node alive.
 */
export function createLoopLagMonitor(resolutionMs = 20): LoopLagMonitor {
  let samples: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    samples.push(Math.max(0, now - last - resolutionMs));
    last = now;
    // A game that never reads keeps a bounded window of its latest samples.
    if (samples.length > MAX_SAMPLES) samples = samples.slice(MAX_SAMPLES / 2);
  }, resolutionMs);
  timer.unref();

  return {
    read() {
      const taken = samples;
      samples = [];
      if (taken.length === 0) return { meanMs: 0, p99Ms: 0, maxMs: 0 };
      const sorted = [...taken].sort((a, b) => a - b);
      const round = (ms: number) => Math.round(ms * 100) / 100;
      return {
        meanMs: round(taken.reduce((sum, x) => sum + x, 0) / taken.length),
        p99Ms: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!),
        maxMs: round(sorted[sorted.length - 1]!),
      };
    },
    stop() {
      clearInterval(timer);
    },
  };
}
