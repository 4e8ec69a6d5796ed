import type { IncomingMessage, ServerResponse } from "node:http";
import type { GseLocalEvent } from "../core/GseLocalEvent.js";
import type { StateChange } from "../core/CoreDomains.js";
import type { LocalProcess } from "../core/records.js";
import { createDashboardAssets } from "./createDashboardAssets.js";
import { createDashboardMemory } from "./createDashboardMemory.js";
import { createDashboardStream } from "./createDashboardStream.js";
import { createDashboardViews, type DashboardState } from "./createDashboardViews.js";
import { replyJson, runDashboardAction } from "./runDashboardAction.js";

export { DASHBOARD_ACTIONS } from "./runDashboardAction.js";

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
}

export interface Dashboard {
  /**
   * Serves /dashboard/...; false when the path is not the dashboard's. It
   * checks no credential: with keys, the router's guard has already.
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** The state as the dashboard shows it (also GET /dashboard/api/state). */
  state(): DashboardState;
  /** Open event streams. */
  readonly clients: number;
  close(): void;
}

/**
 * The live dashboard: static page, a server-sent event stream of state
 * changes and events, and actions that go through the cloud API's rules.
 */
export function createDashboard(source: DashboardSource, options: DashboardOptions = {}): Dashboard {
  const assets = createDashboardAssets();
  // The stream is created below; the memory tells it of entries only once it exists.
  const memory = createDashboardMemory({ onEntry: (entry) => stream.noteEntry(entry), onHealth: (pid, at, healthy, ms, detail) => stream.noteHealth(pid, at, healthy, ms, detail) });
  const views = createDashboardViews(source.tables, (process) => source.fleetOf(process), memory.healthOf);
  const stream = createDashboardStream({ flushIntervalMs: options.flushIntervalMs ?? 250, memory, tables: source.tables, view: views.view, state: views.state });
  const stopEvents = source.onEvent(memory.observe);
  const stopChanges = source.onChange(stream.noteChange);

  return {
    handle(req, res) {
      const path = (req.url ?? "/").split("?")[0]!;
      if (path !== "/dashboard" && !path.startsWith("/dashboard/")) return false;
      const method = req.method ?? "GET";
      if (path === "/dashboard/api/action") {
        if (method !== "POST") return refuse(req, res, 405, "POST an action here", { allow: "POST" });
        // A page on another site can POST to loopback, but it cannot send a custom header without CORS, which is never granted.
        if (req.headers["x-gse-dashboard"] !== "1") return refuse(req, res, 403, "dashboard actions need the header X-GSE-Dashboard: 1");
        if (!sameOrigin(req)) return refuse(req, res, 403, "dashboard actions come from the dashboard's own origin");
        runDashboardAction(req, res, (action, params) => source.act(action, params)).catch((error: Error) => {
          if (!res.headersSent) replyJson(res, 500, { Error: { Code: "InternalError", Message: error.message } });
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
        stream.open(req, res);
        return true;
      }
      if (path === "/dashboard/api/state") {
        res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
        res.end(JSON.stringify(views.state()));
        return true;
      }
      if (assets.has(path)) {
        assets.serve(path, res);
        return true;
      }
      return refuse(req, res, 404, `nothing is served at ${path}; the dashboard is at /dashboard/`);
    },
    state: views.state,
    get clients() {
      return stream.clients;
    },
    close() {
      stopEvents();
      stopChanges();
      stream.close();
    },
  };
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

