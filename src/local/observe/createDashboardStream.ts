import type { IncomingMessage, ServerResponse } from "node:http";
import type { StateChange } from "../core/CoreDomains.js";
import type { LocalPlayerSession } from "../core/records.js";
import { HEALTH_PIDS, type DashboardMemory, type HealthTuple, type RecordedEvent } from "./createDashboardMemory.js";
import { timelineEntry, type DashboardState, type ProcessView } from "./createDashboardViews.js";

export interface DashboardStream {
  /** Answers GET /dashboard/api/events: a snapshot, then changes every flush interval. */
  open(req: IncomingMessage, res: ServerResponse): void;
  /** A state change to push (ignored while no stream is open). */
  noteChange(change: StateChange): void;
  noteEntry(entry: RecordedEvent): void;
  noteHealth(pid: number, at: number, healthy: boolean, ms: number | undefined, detail: string | undefined): void;
  readonly clients: number;
  close(): void;
}

export interface DashboardStreamOptions {
  flushIntervalMs: number;
  memory: DashboardMemory;
  tables: { readonly [domain: string]: ReadonlyMap<string | number, unknown> };
  view(domain: string, key: string | number, record: unknown): { id: string };
  state(): DashboardState;
}

const SNAPSHOT_EVENTS = 300;
/** Per push: a storm of events (1,000 processes' health) must not become a storm of bytes. */
const EVENTS_PER_PUSH = 50;
/** 1,000 processes at a 250 ms cadence fit; past it, the next snapshot or upsert catches up. */
const HEALTH_PER_PUSH = 5_000;
/** A stream whose reader stopped reading is closed past this; its browser reconnects and gets a snapshot. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

interface Client {
  res: ServerResponse;
}

/**
 * The dashboard's server-sent event stream: one snapshot on open, then, each
 * flush, only the rows that changed, the new events and health samples. With
 * no stream open nothing is gathered.
 */
export function createDashboardStream(options: DashboardStreamOptions): DashboardStream {
  const { flushIntervalMs, memory, tables, view } = options;
  const clients = new Set<Client>();
  /** What each process row last sent looked like: a put that changed only its health-check time sends nothing. */
  const sentProcesses = new Map<number, string>();
  let pending: RecordedEvent[] = [];
  /** Health samples since the last push: a healthy check changes no other field. */
  let pendingHealth: HealthTuple[] = [];
  let droppedEvents = 0;
  let dirty = emptyDirty();
  let timer: NodeJS.Timeout | undefined;

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
      const table = tables[domain];
      if (!table) continue;
      const items: { id: string }[] = [];
      for (const key of keys) {
        const record = table.get(key);
        if (record === undefined) continue;
        const item = view(domain, key, record);
        if (domain === "processes") {
          // Health goes as samples; the row only when something else changed.
          const { health: _samples, ...rest } = item as ProcessView;
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
    const snapshot = options.state();
    for (const p of snapshot.processes) {
      const { health: _samples, ...rest } = p;
      sentProcesses.set(p.pid, JSON.stringify(rest));
    }
    return JSON.stringify({ state: snapshot, events: memory.recent(SNAPSHOT_EVENTS).map((e) => timelineEntry(e.seq, e.at, e.event)), now: Date.now() });
  }

  function send(client: Client, name: string, data: string): void {
    if (client.res.writableLength > MAX_BUFFERED_BYTES) {
      client.res.destroy();
      return;
    }
    client.res.write(`event: ${name}\ndata: ${data}\n\n`);
  }

  return {
    open(req, res) {
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
    },
    noteChange(change) {
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
    },
    noteEntry(entry) {
      if (clients.size === 0) return;
      if (pending.length < EVENTS_PER_PUSH) pending.push(entry);
      else droppedEvents++;
    },
    noteHealth(pid, at, healthy, ms, detail) {
      if (clients.size > 0 && pendingHealth.length < HEALTH_PER_PUSH) pendingHealth.push([pid, at, healthy ? 1 : 0, ms ?? null, detail ?? null]);
    },
    get clients() {
      return clients.size;
    },
    close() {
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
