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
  /** A health sample, as its parts: the stream builds a HealthTuple only when a page is open. */
  onHealth(pid: number, at: number, healthy: boolean, ms: number | undefined, detail: string | undefined): void;
}

const HEALTH_SAMPLES = 20;
/** Processes whose samples are kept; past it the oldest process's go. */
export const HEALTH_PIDS = 10_000;
const TIMELINE_LIMIT = 1_000;

/**
 * A process's last HEALTH_SAMPLES checks in one array of numbers, written in
 * a ring: an object per sample cost about 1 KB per process and an allocation
 * (soon garbage in the old generation) per health check. An array holding
 * only numbers stores them unboxed, and grows only as far as it is filled.
 */
interface HealthRing {
  /** [at, ms] per slot; ms is NaN for a check that was not timed. */
  readonly times: number[];
  /** Bit `slot` set: that sample was healthy. */
  healthyBits: number;
  /** Details by slot, only once a check of this process had one (most never do). */
  details: (string | undefined)[] | undefined;
  /** The slot the next sample goes in. */
  next: number;
  size: number;
}

function newRing(): HealthRing {
  return { times: [], healthyBits: 0, details: undefined, next: 0, size: 0 };
}

function push(ring: HealthRing, at: number, healthy: boolean, ms: number | undefined, detail: string | undefined): void {
  const slot = ring.next;
  ring.times[slot * 2] = at;
  ring.times[slot * 2 + 1] = ms ?? Number.NaN;
  ring.healthyBits = healthy ? ring.healthyBits | (1 << slot) : ring.healthyBits & ~(1 << slot);
  if (detail !== undefined) (ring.details ??= [])[slot] = detail;
  else if (ring.details) ring.details[slot] = undefined;
  ring.next = (slot + 1) % HEALTH_SAMPLES;
  ring.size = Math.min(ring.size + 1, HEALTH_SAMPLES);
}

/** Whether the newest sample was healthy; undefined before the first. */
function lastHealthy(ring: HealthRing): boolean | undefined {
  if (ring.size === 0) return undefined;
  return (ring.healthyBits & (1 << ((ring.next + HEALTH_SAMPLES - 1) % HEALTH_SAMPLES))) !== 0;
}

function samplesOf(ring: HealthRing): HealthSample[] {
  const samples: HealthSample[] = [];
  for (let i = 0; i < ring.size; i++) {
    const slot = (ring.next + HEALTH_SAMPLES - ring.size + i) % HEALTH_SAMPLES;
    const ms = ring.times[slot * 2 + 1]!;
    const detail = ring.details?.[slot];
    samples.push({ at: ring.times[slot * 2]!, healthy: (ring.healthyBits & (1 << slot)) !== 0, ...(!Number.isNaN(ms) && { ms }), ...(detail !== undefined && { detail }) });
  }
  return samples;
}

/**
 * What the dashboard remembers with no page open, all of it bounded: the
 * last health samples of each process and a ring of recent events.
 */
export function createDashboardMemory(listener: DashboardMemoryListener): DashboardMemory {
  const health = new Map<number, HealthRing>();
  const timeline: RecordedEvent[] = [];
  let seq = 0;
  return {
    observe(event) {
      const at = Date.now();
      let record = true;
      if (event.type === "healthCheck") {
        let ring = health.get(event.pid);
        if (!ring) {
          ring = newRing();
          health.set(event.pid, ring);
          if (health.size > HEALTH_PIDS) health.delete(health.keys().next().value!);
        }
        const before = lastHealthy(ring);
        const ms = event.durationMs !== undefined ? Math.round(event.durationMs * 10) / 10 : undefined;
        push(ring, at, event.healthy, ms, event.detail);
        listener.onHealth(event.pid, at, event.healthy, ms, event.detail);
        // Folded as the CLI folds them: a healthy check after a healthy one says nothing new.
        record = !event.healthy || before !== true;
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
    healthOf(pid) {
      const ring = health.get(pid);
      return ring === undefined ? [] : samplesOf(ring);
    },
    recent: (count) => timeline.slice(-Math.min(count, TIMELINE_LIMIT)),
  };
}
