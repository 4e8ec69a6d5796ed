import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GseLocalEvent } from "../core/GseLocalEvent.js";
import type { StateChange } from "../core/CoreDomains.js";
import type { LocalGameServerSession, LocalPlacement, LocalPlayerSession, LocalProcess } from "../core/records.js";
import { genericView, holdsSlot, placementView, playerSessionView, processView, sessionView, timelineEntry, type DashboardState, type HealthSample } from "./createDashboardViews.js";

/** What the dashboard reads and does; gse-local wires it to its core and its cloud actions. */
export interface DashboardSource {
  /**
   * The core's tables by domain: processes, gameServerSessions,
   * playerSessions, placements, and any newer domain (fleets, aliases,
   * queues...), which the page shows as a generic table.
   */
  readonly tables: { readonly [domain: string]: ReadonlyMap<string | number, unknown> };
  /** Every state change, in order; returns the unsubscribe. */
  onChange(listener: (change: StateChange) => void): () => void;
  /** Every event, in order; returns the unsubscribe. */
  onEvent(listener: (event: GseLocalEvent) => void): () => void;
  fleetOf(process: LocalProcess): string;
  /**
   * Runs a cloud API action through the same rules as the cloud API; a
   * refusal is thrown as an error with a string `code`.
   */
  act(action: string, params: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export interface DashboardOptions {
  /** How often changes are pushed to open dashboards. Default 250 ms. */
  flushIntervalMs?: number;
  /** Whether a request may use the dashboard (page, stream, state, actions). Default: everyone. */
  authorize?: (req: IncomingMessage) => boolean;
}

export interface Dashboard {
  /** Serves /dashboard/...; false when the path is not the dashboard's. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** The state as the dashboard shows it (also GET /dashboard/api/state). */
  state(): DashboardState;
  /** Open event streams. */
  readonly clients: number;
  close(): void;
}

/** The actions the dashboard offers, each served by the cloud API action of that name. */
export const DASHBOARD_ACTIONS = ["EndGameServerSessionAndProcess", "LocalTerminateProcess", "CreateGameServerSession", "JoinGameServerSession"] as const;

const ASSETS: Record<string, { file: string; type: string }> = {
  "/dashboard/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/dashboard/dashboard.js": { file: "dashboard.js", type: "text/javascript; charset=utf-8" },
  "/dashboard/dashboard.css": { file: "dashboard.css", type: "text/css; charset=utf-8" },
};
// Beside dist/ in the package: dist/src/local/observe/ -> the package root.
const ASSET_DIR = new URL("../../../../dashboard/", import.meta.url);
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const HEALTH_SAMPLES = 20;
const HEALTH_PIDS = 10_000;
const TIMELINE_LIMIT = 1_000;
const SNAPSHOT_EVENTS = 300;
/** Per push: a storm of events (1,000 processes' health) must not become a storm of bytes. */
const EVENTS_PER_PUSH = 50;
/** 1,000 processes at a 250 ms cadence fit; past it, the next snapshot or upsert catches up. */
const HEALTH_PER_PUSH = 5_000;
const MAX_ACTION_BYTES = 16 * 1024;
/** A stream whose reader stopped reading is closed past this; its browser reconnects and gets a snapshot. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

interface Client {
  res: ServerResponse;
}

interface Recorded {
  seq: number;
  at: number;
  event: GseLocalEvent;
}

/**
 * The live dashboard: static page, a server-sent event stream of state
 * changes and events, and actions that go through the cloud API's rules.
 */
export function createDashboard(source: DashboardSource, options: DashboardOptions = {}): Dashboard {
  const flushIntervalMs = options.flushIntervalMs ?? 250;
  const health = new Map<number, HealthSample[]>();
  const timeline: Recorded[] = [];
  const clients = new Set<Client>();
  const assets = new Map<string, Promise<Buffer>>();
  /** What each process row last sent looked like: a put that changed only its health-check time sends nothing. */
  const sentProcesses = new Map<number, string>();
  let seq = 0;
  let pending: Recorded[] = [];
  /** Health samples since the last push, [pid, at, healthy 0/1, ms, detail]: a healthy check changes no other field. */
  let pendingHealth: [number, number, 0 | 1, number | null, string | null][] = [];
  let droppedEvents = 0;
  let dirty = emptyDirty();
  let timer: NodeJS.Timeout | undefined;

  const stopEvents = source.onEvent((event) => {
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
      if (clients.size > 0 && pendingHealth.length < HEALTH_PER_PUSH) pendingHealth.push([event.pid, at, event.healthy ? 1 : 0, ms ?? null, event.detail ?? null]);
      // Folded as the CLI folds them: a healthy check after a healthy one says nothing new.
      record = !event.healthy || before?.healthy !== true;
    }
    if (!record) return;
    const entry = { seq: ++seq, at, event };
    timeline.push(entry);
    // Trimmed a tenth at a time: splice(0, 1) on a full timeline moved 1,000
    // entries on every event, about 20 µs each on this machine, paid by every
    // agent call and cloud request (docs/benchmarks.md). Only its last
    // SNAPSHOT_EVENTS are ever read.
    if (timeline.length > TIMELINE_LIMIT + TIMELINE_LIMIT / 10) timeline.splice(0, timeline.length - TIMELINE_LIMIT);
    if (clients.size === 0) return;
    if (pending.length < EVENTS_PER_PUSH) pending.push(entry);
    else droppedEvents++;
  });

  const stopChanges = source.onChange((change) => {
    if (clients.size === 0) return;
    if (change.kind === "reset") {
      dirty.all = true;
      return;
    }
    const domain = change.domain as string;
    const key = change.key as string | number;
    if (change.kind === "delete") {
      dirtySet(dirty.removed, domain).add(key);
      dirty.changed.get(domain)?.delete(key);
      return;
    }
    dirtySet(dirty.changed, domain).add(key);
    // A player's slot counts in its session's row.
    if (domain === "playerSessions") dirtySet(dirty.changed, "gameServerSessions").add((change.record as LocalPlayerSession).gameServerSessionId);
  });

  function healthOf(pid: number): HealthSample[] {
    return health.get(pid) ?? [];
  }

  function players(session: LocalGameServerSession): number {
    const table = source.tables["playerSessions"] as ReadonlyMap<string, LocalPlayerSession> | undefined;
    let n = 0;
    for (const id of session.playerSessionIds) {
      const player = table?.get(id);
      if (player && holdsSlot(player)) n++;
    }
    return n;
  }

  function view(domain: string, key: string | number, record: unknown): { id: string } {
    switch (domain) {
      case "processes":
        return processView(record as LocalProcess, source.fleetOf(record as LocalProcess), healthOf((record as LocalProcess).pid));
      case "gameServerSessions":
        return sessionView(record as LocalGameServerSession, players(record as LocalGameServerSession));
      case "playerSessions":
        return playerSessionView(record as LocalPlayerSession);
      case "placements":
        return placementView(record as LocalPlacement);
      default:
        return genericView(key, record);
    }
  }

  function state(): DashboardState {
    const collections: Record<string, { id: string }[]> = { processes: [], gameServerSessions: [], playerSessions: [], placements: [] };
    for (const [domain, table] of Object.entries(source.tables)) collections[domain] = [...table].map(([key, record]) => view(domain, key, record));
    return collections as DashboardState;
  }

  function flush(): void {
    const changes = dirty;
    const events = pending;
    const healthSamples = pendingHealth;
    const dropped = droppedEvents;
    dirty = emptyDirty();
    pending = [];
    pendingHealth = [];
    droppedEvents = 0;
    if (clients.size === 0) return;
    if (changes.all) {
      const message = snapshotMessage();
      for (const client of clients) send(client, "snapshot", message);
      return;
    }
    const upsert: Record<string, { id: string }[]> = {};
    for (const [domain, keys] of changes.changed) {
      const table = source.tables[domain];
      if (!table) continue;
      const items: { id: string }[] = [];
      for (const key of keys) {
        const record = table.get(key);
        if (record === undefined) continue;
        const item = view(domain, key, record);
        if (domain === "processes") {
          // Health goes as samples; the row only when something else changed.
          const { health: _samples, ...rest } = item as ReturnType<typeof processView>;
          const signature = JSON.stringify(rest);
          if (sentProcesses.get(key as number) === signature) continue;
          sentProcesses.set(key as number, signature);
          if (sentProcesses.size > HEALTH_PIDS) sentProcesses.delete(sentProcesses.keys().next().value!);
        }
        items.push(item);
      }
      if (items.length > 0) upsert[domain] = items;
    }
    const remove: Record<string, string[]> = {};
    for (const [domain, keys] of changes.removed) remove[domain] = [...keys].map(String);
    if (Object.keys(upsert).length === 0 && Object.keys(remove).length === 0 && events.length === 0 && healthSamples.length === 0 && dropped === 0) return;
    const message = JSON.stringify({ upsert, remove, health: healthSamples, events: events.map((e) => timelineEntry(e.seq, e.at, e.event)), droppedEvents: dropped });
    for (const client of clients) send(client, "changes", message);
  }

  function snapshotMessage(): string {
    const snapshot = state();
    for (const p of snapshot.processes) {
      const { health: _samples, ...rest } = p;
      sentProcesses.set(p.pid, JSON.stringify(rest));
    }
    return JSON.stringify({ state: snapshot, events: timeline.slice(-SNAPSHOT_EVENTS).map((e) => timelineEntry(e.seq, e.at, e.event)), now: Date.now() });
  }

  function send(client: Client, name: string, data: string): void {
    if (client.res.writableLength > MAX_BUFFERED_BYTES) {
      client.res.destroy();
      return;
    }
    client.res.write(`event: ${name}\ndata: ${data}\n\n`);
  }

  function openStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", "x-accel-buffering": "no" });
    // A browser that reconnects gets a fresh snapshot; it needs no replay.
    res.write("retry: 1000\n\n");
    const client: Client = { res };
    clients.add(client);
    send(client, "snapshot", snapshotMessage());
    if (!timer) {
      timer = setInterval(flush, flushIntervalMs);
      timer.unref();
    }
    const drop = () => {
      clients.delete(client);
      if (clients.size === 0 && timer) {
        clearInterval(timer);
        timer = undefined;
        dirty = emptyDirty();
        pending = [];
        pendingHealth = [];
        sentProcesses.clear();
      }
    };
    req.once("close", drop);
    res.once("close", drop);
  }

  async function runAction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readLimited(req, MAX_ACTION_BYTES);
    if (body === undefined) return reply(res, 413, { Error: { Code: "InvalidParameter", Message: `the action body is over the ${MAX_ACTION_BYTES}-byte limit` } });
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      return reply(res, 400, { Error: { Code: "InvalidParameter", Message: "the action body is not JSON: send {\"Action\": ..., ...parameters}" } });
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      return reply(res, 400, { Error: { Code: "InvalidParameter", Message: "the action body must be a JSON object: {\"Action\": ..., ...parameters}" } });
    }
    const { Action: action, ...params } = parsed as Record<string, unknown>;
    if (typeof action !== "string" || !(DASHBOARD_ACTIONS as readonly string[]).includes(action)) {
      return reply(res, 400, { Error: { Code: "InvalidAction", Message: `Action must be one of ${DASHBOARD_ACTIONS.join(", ")}, got ${JSON.stringify(action)?.slice(0, 60)}` } });
    }
    try {
      reply(res, 200, await source.act(action, params));
    } catch (error) {
      const code = typeof (error as { code?: unknown }).code === "string" ? (error as { code: string }).code : "InternalError";
      reply(res, 200, { Error: { Code: code, Message: error instanceof Error ? error.message : String(error) } });
    }
  }

  function serveAsset(path: string, res: ServerResponse): void {
    const asset = ASSETS[path]!;
    let content = assets.get(asset.file);
    if (!content) {
      content = readFile(new URL(asset.file, ASSET_DIR));
      assets.set(asset.file, content);
    }
    content.then(
      (bytes) => {
        res.writeHead(200, { "content-type": asset.type, "cache-control": "no-cache", "content-security-policy": CSP, "x-content-type-options": "nosniff" });
        res.end(bytes);
      },
      (error: Error) => {
        assets.delete(asset.file);
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end(`the dashboard's ${asset.file} could not be read: ${error.message}\n`);
      },
    );
  }

  return {
    handle(req, res) {
      const path = (req.url ?? "/").split("?")[0]!;
      if (path !== "/dashboard" && !path.startsWith("/dashboard/")) return false;
      if (options.authorize && !options.authorize(req)) {
        req.resume();
        res.writeHead(401, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
        res.end("the dashboard needs the token gse-local printed at start-up (open the dashboard URL it printed)\n");
        return true;
      }
      const method = req.method ?? "GET";
      if (path === "/dashboard/api/action") {
        if (method !== "POST") return refuse(req, res, 405, "POST an action here", { allow: "POST" });
        // A page on another site can POST to loopback, but it cannot send a custom header without CORS, which is never granted.
        if (req.headers["x-gse-dashboard"] !== "1") return refuse(req, res, 403, "dashboard actions need the header X-GSE-Dashboard: 1");
        if (!sameOrigin(req)) return refuse(req, res, 403, "dashboard actions come from the dashboard's own origin");
        runAction(req, res).catch((error: Error) => {
          if (!res.headersSent) reply(res, 500, { Error: { Code: "InternalError", Message: error.message } });
          else res.end();
        });
        return true;
      }
      if (method !== "GET" && method !== "HEAD") return refuse(req, res, 405, `${method} is not served at ${path}`, { allow: "GET" });
      if (path === "/dashboard") {
        res.writeHead(308, { location: "/dashboard/" });
        res.end();
        return true;
      }
      if (path === "/dashboard/api/events") {
        openStream(req, res);
        return true;
      }
      if (path === "/dashboard/api/state") {
        res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
        res.end(JSON.stringify(state()));
        return true;
      }
      if (ASSETS[path]) {
        serveAsset(path, res);
        return true;
      }
      return refuse(req, res, 404, `nothing is served at ${path}; the dashboard is at /dashboard/`);
    },
    state,
    get clients() {
      return clients.size;
    },
    close() {
      stopEvents();
      stopChanges();
      if (timer) clearInterval(timer);
      timer = undefined;
      for (const client of clients) client.res.end();
      clients.clear();
    },
  };
}

function emptyDirty() {
  return { changed: new Map<string, Set<string | number>>(), removed: new Map<string, Set<string | number>>(), all: false };
}

function dirtySet(map: Map<string, Set<string | number>>, domain: string): Set<string | number> {
  let set = map.get(domain);
  if (!set) map.set(domain, (set = new Set()));
  return set;
}

function reply(res: ServerResponse, status: number, response: Record<string, unknown>): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify({ Response: response }));
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): true {
  req.resume();
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  res.end(`${message}\n`);
  return true;
}

/** No Origin (a non-browser client) or the dashboard's own. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://${req.headers.host ?? ""}`;
}

/** The body, or undefined when it passes `limit` bytes. */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.once("end", () => resolve(size > limit ? undefined : Buffer.concat(chunks)));
    req.once("error", reject);
  });
}
