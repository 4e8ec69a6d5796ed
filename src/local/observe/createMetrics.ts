import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { GseLocalEvent } from "../core/GseLocalEvent.js";
import type { LocalGameServerSession, LocalPlacement, LocalPlayerSession, LocalProcess } from "../core/records.js";

/** What the gauges count, read at each scrape (state is never copied into metrics). */
export interface MetricsSource {
  processes(): Iterable<LocalProcess>;
  gameServerSessions(): Iterable<LocalGameServerSession>;
  playerSessions(): Iterable<LocalPlayerSession>;
  placements(): Iterable<LocalPlacement>;
  /** The fleet a process belongs to. */
  fleetOf(process: LocalProcess): string;
  /** Fleets that read 0 when they have nothing (at least the default fleet). */
  fleets(): Iterable<string>;
}

export interface MetricsOptions {
  /**
   * Whether an action name is one gse-local serves. Others are counted as
   * "other": an action label taken from the wire would let any caller grow
   * the series without bound.
   */
  isKnownAction(action: string): boolean;
  /** Node's process_* and nodejs_* metrics too. Default true. */
  defaultMetrics?: boolean;
}

export interface GseLocalMetrics {
  readonly registry: Registry;
  /** Feeds one event into the counters and histograms. */
  observe(event: GseLocalEvent): void;
  /** One agent call, as the agent's timing middleware saw it. */
  observeAgentCall(method: string, code: string, seconds: number): void;
  /** The Prometheus text exposition and its content type. */
  render(): Promise<{ contentType: string; body: string }>;
}

export const PROCESS_STATUSES = ["ACTIVE", "UNHEALTHY", "TERMINATING", "TERMINATED"] as const;
export const SESSION_STATUSES = ["ACTIVATING", "ACTIVE", "TERMINATING", "TERMINATED", "ERROR"] as const;
export const PLAYER_SESSION_STATUSES = ["RESERVED", "ACTIVE", "COMPLETED", "TIMEDOUT"] as const;
export const PLACEMENT_STATUSES = ["PENDING", "FULFILLED", "CANCELLED", "TIMED_OUT", "FAILED"] as const;

// From half a millisecond (a local call) to ten seconds (the calls' deadline).
const SECONDS_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * gse-local's Prometheus metrics (docs/observability.md lists them). Gauges
 * count the state when scraped; histograms and counters follow the events.
 */
export function createMetrics(source: MetricsSource, options: MetricsOptions): GseLocalMetrics {
  const registry = new Registry();
  const defaults = options.defaultMetrics === false ? undefined : processMetrics();

  /** Counts items per label set, every known status present (a status with none reads 0, not absent). */
  function countInto<T>(gauge: Gauge<string>, items: Iterable<T>, statuses: readonly string[], labels: (item: T) => Record<string, string>, groupLabel?: string): void {
    const counts = new Map<string, { labels: Record<string, string>; n: number }>();
    const groups = new Set<string>(groupLabel === undefined ? [] : source.fleets());
    for (const item of items) {
      const l = labels(item);
      if (groupLabel !== undefined) groups.add(l[groupLabel]!);
      const key = JSON.stringify(l);
      const entry = counts.get(key);
      if (entry) entry.n++;
      else counts.set(key, { labels: l, n: 1 });
    }
    gauge.reset();
    const zeroGroups = groupLabel === undefined ? [undefined] : [...groups];
    for (const group of zeroGroups) {
      for (const status of statuses) gauge.set(group === undefined ? { status } : { [groupLabel!]: group, status }, 0);
    }
    for (const { labels: l, n } of counts.values()) gauge.set(l, n);
  }

  new Gauge({
    name: "gse_local_processes",
    help: "Game server processes known to gse-local, by fleet and status.",
    labelNames: ["fleet", "status"],
    registers: [registry],
    collect() {
      countInto(this, source.processes(), PROCESS_STATUSES, (p) => ({ fleet: source.fleetOf(p), status: p.status }), "fleet");
    },
  });
  new Gauge({
    name: "gse_local_game_server_sessions",
    help: "Game server sessions, by fleet and status.",
    labelNames: ["fleet", "status"],
    registers: [registry],
    collect() {
      countInto(this, source.gameServerSessions(), SESSION_STATUSES, (s) => ({ fleet: s.fleetId, status: s.status }), "fleet");
    },
  });
  new Gauge({
    name: "gse_local_player_sessions",
    help: "Player sessions, by status.",
    labelNames: ["status"],
    registers: [registry],
    collect() {
      countInto(this, source.playerSessions(), PLAYER_SESSION_STATUSES, (p) => ({ status: p.status }));
    },
  });
  new Gauge({
    name: "gse_local_placements",
    help: "Game server session placements, by status.",
    labelNames: ["status"],
    registers: [registry],
    collect() {
      countInto(this, source.placements(), PLACEMENT_STATUSES, (p) => ({ status: p.status }));
    },
  });

  const healthDuration = new Histogram({
    name: "gse_local_health_check_duration_seconds",
    help: "How long processes took to answer OnHealthCheck (or to fail it), by whether they were healthy.",
    labelNames: ["healthy"],
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const healthFailures = new Counter({
    name: "gse_local_health_check_failures_total",
    help: "Failed health checks: unhealthy answers, errors and timeouts.",
    registers: [registry],
  });
  const cloudDuration = new Histogram({
    name: "gse_local_cloud_api_request_duration_seconds",
    help: "Cloud API requests, by action and error code (OK on success).",
    labelNames: ["action", "code"],
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const agentDuration = new Histogram({
    name: "gse_local_agent_call_duration_seconds",
    help: "Calls from game processes to the agent, by method and answer code (OK, a GseResponse status or a gRPC status).",
    labelNames: ["method", "code"],
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const events = new Counter({
    name: "gse_local_events_total",
    help: "gse-local events, by type.",
    labelNames: ["type"],
    registers: [registry],
  });

  return {
    registry,
    observe(event) {
      events.inc({ type: event.type });
      switch (event.type) {
        case "healthCheck":
          if (!event.healthy) healthFailures.inc();
          if (event.durationMs !== undefined) healthDuration.observe({ healthy: String(event.healthy) }, event.durationMs / 1000);
          return;
        case "cloudCall": {
          const action = event.action !== "" && options.isKnownAction(event.action) ? event.action : "other";
          cloudDuration.observe({ action, code: event.code ?? "OK" }, event.durationMs / 1000);
          return;
        }
        default:
          return;
      }
    },
    observeAgentCall(method, code, seconds) {
      agentDuration.observe({ method, code }, seconds);
    },
    async render() {
      const own = await registry.metrics();
      return { contentType: registry.contentType, body: defaults ? `${own}\n${await defaults.metrics()}` : own };
    },
  };
}

let processRegistry: Registry | undefined;

/**
 * Node's process_* and nodejs_* metrics, collected once per process: they
 * describe the process, not one gse-local, and each collection keeps an
 * event-loop sampler running for good (a test suite starting hundreds of
 * gse-locals would run hundreds of them).
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}
