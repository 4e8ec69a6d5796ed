import type { Registry } from "prom-client";
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

/** One metric as prom-client's registries exchange them (`getMetricsAsJSON`), which it turns into the text format. */
interface MetricJson {
  name: string;
  help: string;
  type: "counter" | "gauge" | "histogram";
  aggregator: "sum";
  values: { labels: Record<string, string | number>; value: number; metricName?: string }[];
}

interface Series {
  readonly labels: Record<string, string>;
  /** Observations per bucket (not cumulative); the last counts those above every bound. */
  readonly counts: Float64Array;
  sum: number;
  count: number;
}

/**
 * A histogram counted here, in plain numbers. prom-client's own observe cost
 * about 10 µs (hashing the labels at every health check and call) and its
 * modules 0.6 MB of heap, paid whether anything scrapes or not
 * (docs/benchmarks.md); it is loaded at the first scrape and writes what is
 * counted here in its exposition format.
 */
function createHistogram(name: string, help: string, labelNames: readonly string[]) {
  const series = new Map<string, Series>();
  return {
    observe(labelValues: readonly string[], seconds: number): void {
      const key = labelValues.join("\u0000");
      let entry = series.get(key);
      if (!entry) {
        entry = { labels: Object.fromEntries(labelNames.map((label, i) => [label, labelValues[i]!])), counts: new Float64Array(SECONDS_BUCKETS.length + 1), sum: 0, count: 0 };
        series.set(key, entry);
      }
      let bucket = 0;
      while (bucket < SECONDS_BUCKETS.length && seconds > SECONDS_BUCKETS[bucket]!) bucket++;
      entry.counts[bucket]!++;
      entry.sum += seconds;
      entry.count++;
    },
    json(): MetricJson {
      const values: MetricJson["values"] = [];
      for (const { labels, counts, sum, count } of series.values()) {
        let cumulative = 0;
        SECONDS_BUCKETS.forEach((le, i) => {
          cumulative += counts[i]!;
          values.push({ labels: { le, ...labels }, value: cumulative, metricName: `${name}_bucket` });
        });
        values.push({ labels: { le: "+Inf", ...labels }, value: count, metricName: `${name}_bucket` });
        values.push({ labels, value: sum, metricName: `${name}_sum` }, { labels, value: count, metricName: `${name}_count` });
      }
      return { name, help, type: "histogram", aggregator: "sum", values };
    },
  };
}

/** A counter by one label's value (or none); a counter without labels reads 0 before its first count, as prom-client's do. */
function createCounter(name: string, help: string, labelName?: string) {
  const counts = new Map<string, number>(labelName === undefined ? [["", 0]] : []);
  return {
    inc(labelValue = ""): void {
      counts.set(labelValue, (counts.get(labelValue) ?? 0) + 1);
    },
    json(): MetricJson {
      const values = [...counts].map(([labelValue, value]) => ({ labels: labelName === undefined ? {} : { [labelName]: labelValue }, value }));
      return { name, help, type: "counter", aggregator: "sum", values };
    },
  };
}

/**
 * gse-local's Prometheus metrics (docs/observability.md lists them). Gauges
 * count the state when scraped; histograms and counters follow the events.
 */
export function createMetrics(source: MetricsSource, options: MetricsOptions): GseLocalMetrics {
  /** Counts items per label set, every known status present (a status with none reads 0, not absent). */
  function gauge<T>(name: string, help: string, items: Iterable<T>, statuses: readonly string[], labels: (item: T) => Record<string, string>, groupLabel?: string): MetricJson {
    const counts = new Map<string, { labels: Record<string, string>; value: number }>();
    const groups = new Set<string>(groupLabel === undefined ? [] : source.fleets());
    for (const item of items) {
      const l = labels(item);
      if (groupLabel !== undefined) groups.add(l[groupLabel]!);
      const key = JSON.stringify(l);
      const entry = counts.get(key);
      if (entry) entry.value++;
      else counts.set(key, { labels: l, value: 1 });
    }
    // Every group's statuses first, in order, then any status outside the known list.
    const values: MetricJson["values"] = [];
    for (const group of groupLabel === undefined ? [undefined] : groups) {
      for (const status of statuses) {
        const l = group === undefined ? { status } : { [groupLabel!]: group, status };
        const key = JSON.stringify(l);
        values.push({ labels: l, value: counts.get(key)?.value ?? 0 });
        counts.delete(key);
      }
    }
    values.push(...counts.values());
    return { name, help, type: "gauge", aggregator: "sum", values };
  }

  const healthDuration = createHistogram("gse_local_health_check_duration_seconds", "How long processes took to answer OnHealthCheck (or to fail it), by whether they were healthy.", ["healthy"]);
  const healthFailures = createCounter("gse_local_health_check_failures_total", "Failed health checks: unhealthy answers, errors and timeouts.");
  const cloudDuration = createHistogram("gse_local_cloud_api_request_duration_seconds", "Cloud API requests, by action and error code (OK on success).", ["action", "code"]);
  const agentDuration = createHistogram("gse_local_agent_call_duration_seconds", "Calls from game processes to the agent, by method and answer code (OK, a GseResponse status or a gRPC status).", ["method", "code"]);
  const events = createCounter("gse_local_events_total", "gse-local events, by type.", "type");

  return {
    observe(event) {
      events.inc(event.type);
      switch (event.type) {
        case "healthCheck":
          if (!event.healthy) healthFailures.inc();
          if (event.durationMs !== undefined) healthDuration.observe([String(event.healthy)], event.durationMs / 1000);
          return;
        case "cloudCall": {
          const action = event.action !== "" && options.isKnownAction(event.action) ? event.action : "other";
          cloudDuration.observe([action, event.code ?? "OK"], event.durationMs / 1000);
          return;
        }
        default:
          return;
      }
    },
    observeAgentCall(method, code, seconds) {
      agentDuration.observe([method, code], seconds);
    },
    async render() {
      const prom = await import("prom-client");
      const own = prom.AggregatorRegistry.aggregate([
        [
          gauge("gse_local_processes", "Game server processes known to gse-local, by fleet and status.", source.processes(), PROCESS_STATUSES, (p) => ({ fleet: source.fleetOf(p), status: p.status }), "fleet"),
          gauge("gse_local_game_server_sessions", "Game server sessions, by fleet and status.", source.gameServerSessions(), SESSION_STATUSES, (s) => ({ fleet: s.fleetId, status: s.status }), "fleet"),
          gauge("gse_local_player_sessions", "Player sessions, by status.", source.playerSessions(), PLAYER_SESSION_STATUSES, (p) => ({ status: p.status })),
          gauge("gse_local_placements", "Game server session placements, by status.", source.placements(), PLACEMENT_STATUSES, (p) => ({ status: p.status })),
          healthDuration.json(),
          healthFailures.json(),
          cloudDuration.json(),
          agentDuration.json(),
          events.json(),
        ],
      ]);
      const body = await own.metrics();
      const defaults = options.defaultMetrics === false ? undefined : processMetrics(prom);
      return { contentType: own.contentType, body: defaults ? `${body}\n${await defaults.metrics()}` : body };
    },
  };
}

let processRegistry: Registry | undefined;

/**
 * Node's process_* and nodejs_* metrics, collected once per process from
 * its first scrape on: they describe the process, not one gse-local, and
 * each collection keeps an event-loop sampler running for good (a test
 * suite starting hundreds of gse-locals would run hundreds of them).
 */
function processMetrics(prom: typeof import("prom-client")): Registry {
  if (!processRegistry) {
    processRegistry = new prom.Registry();
    prom.collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}
