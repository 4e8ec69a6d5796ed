import type { GseLocalEvent } from "../core/GseLocalEvent.js";
import type { HealthSample } from "./createDashboardViews.js";

/** An event as the timeline keeps it: numbered, timed. */
export interface RecordedEvent {
  seq: number;
  at: number;
  event: GseLocalEvent;
}

/** A health sample as pushed to open dashboards: [pid, at, healthy 0/1, ms, detail]. */
export type HealthTuple = [number, number, 0 | 1, number | null, string | null];

export interface DashboardMemory {
  /** Takes one event: a health sample, and a timeline entry unless it is a healthy check after a healthy one. */
  observe(event: GseLocalEvent): void;
  /** The last health samples of a process, oldest first. */
  healthOf(pid: number): HealthSample[];
  /** The last `count` timeline entries. */
  recent(count: number): RecordedEvent[];
}

export interface DashboardMemoryListener {
  onEntry(entry: RecordedEvent): void;
  onHealth(sample: HealthTuple): void;
}

const HEALTH_SAMPLES = 20;
/** Processes whose samples are kept; past it the oldest process's go. */
export const HEALTH_PIDS = 10_000;
const TIMELINE_LIMIT = 1_000;

/**
 * What the dashboard remembers with no page open, all of it bounded: the
 * last health samples of each process and a ring of recent events.
 */
export function createDashboardMemory(listener: DashboardMemoryListener): DashboardMemory {
  const health = new Map<number, HealthSample[]>();
  const timeline: RecordedEvent[] = [];
  let seq = 0;
  return {
    observe(event) {
      const at = Date.now();
      let record = true;
      if (event.type === "healthCheck") {
        let samples = health.get(event.pid);
        if (!samples) {
          samples = [];
          health.set(event.pid, samples);
          if (health.size > HEALTH_PIDS) health.delete(health.keys().next().value!);
        }
        const before = samples.at(-1);
        const ms = event.durationMs !== undefined ? Math.round(event.durationMs * 10) / 10 : undefined;
        samples.push({ at, healthy: event.healthy, ...(ms !== undefined && { ms }), ...(event.detail !== undefined && { detail: event.detail }) });
        if (samples.length > HEALTH_SAMPLES) samples.shift();
        listener.onHealth([event.pid, at, event.healthy ? 1 : 0, ms ?? null, event.detail ?? null]);
        // Folded as the CLI folds them: a healthy check after a healthy one says nothing new.
        record = !event.healthy || before?.healthy !== true;
      }
      if (!record) return;
      const entry = { seq: ++seq, at, event };
      timeline.push(entry);
      // Trimmed a tenth at a time: splice(0, 1) on a full timeline moved
      // 1,000 entries on every event, about 20 µs each here, paid by every
      // agent call and cloud request (docs/benchmarks.md). Only its last
      // entries are read (recent), never more than TIMELINE_LIMIT.
      if (timeline.length > TIMELINE_LIMIT + TIMELINE_LIMIT / 10) timeline.splice(0, timeline.length - TIMELINE_LIMIT);
      listener.onEntry(entry);
    },
    healthOf: (pid) => health.get(pid) ?? [],
    recent: (count) => timeline.slice(-Math.min(count, TIMELINE_LIMIT)),
  };
}
