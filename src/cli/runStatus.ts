import { request } from "node:http";
import { parseArgs } from "node:util";
import type { DashboardState, ProcessView, SessionView } from "../local/observe/createDashboardViews.js";
import { formatDuration } from "../local/observe/formatDuration.js";
import { LOCAL_SECRET_ID_ENV, LOCAL_SECRET_KEY_ENV } from "../protocol/env.js";
import { formatTable } from "./formatTable.js";

export const statusUsage = `gse-local status: what a running gse-local holds, as tables

Usage: gse-local status [options]

  --endpoint <host:port>      its cloud API (default 127.0.0.1:8080, or --host/--http-port)
  --host <ip>                 (default 127.0.0.1)
  --http-port <n>             (default 8080)
  --secret-id <id>            when it requires signed requests (or $GSE_LOCAL_SECRET_ID)
  --secret-key <key>          (or $GSE_LOCAL_SECRET_KEY)
  --all                       ended processes and sessions too (default: live ones)
  --json                      the state as JSON instead of tables
  -h, --help`;

interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  now(): number;
}

/** `gse-local status`: reads the running gse-local's state once, prints it, exits. */
export async function runStatus(argv: string[], io: Io): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        endpoint: { type: "string" },
        host: { type: "string" },
        "http-port": { type: "string" },
        "secret-id": { type: "string" },
        "secret-key": { type: "string" },
        all: { type: "boolean" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    io.err(`gse-local status: ${(error as Error).message}\n\n${statusUsage}\n`);
    return 2;
  }
  if (values["help"]) {
    io.out(`${statusUsage}\n`);
    return 0;
  }
  const port = values["http-port"] ?? "8080";
  if (typeof port !== "string" || !/^\d{1,5}$/.test(port) || Number(port) > 65_535) {
    io.err(`gse-local status: --http-port must be a port from 0 to 65535, got ${JSON.stringify(port)}\n`);
    return 2;
  }
  const endpoint = (values["endpoint"] as string | undefined) ?? `${(values["host"] as string | undefined) ?? "127.0.0.1"}:${port}`;
  const secretId = (values["secret-id"] as string | undefined) ?? io.env[LOCAL_SECRET_ID_ENV];
  const secretKey = (values["secret-key"] as string | undefined) ?? io.env[LOCAL_SECRET_KEY_ENV];
  if ((secretId === undefined) !== (secretKey === undefined)) {
    io.err("gse-local status: --secret-id and --secret-key go together\n");
    return 2;
  }
  const headers: Record<string, string> = {};
  if (secretId !== undefined && secretKey !== undefined) headers["authorization"] = `Basic ${Buffer.from(`${secretId}:${secretKey}`, "utf8").toString("base64")}`;

  let state: DashboardState;
  try {
    const response = await getText(`http://${endpoint}/dashboard/api/state`, headers);
    if (response.status === 401) {
      io.err(`gse-local status: ${endpoint} requires its keys: pass --secret-id and --secret-key (or $GSE_LOCAL_SECRET_ID/$GSE_LOCAL_SECRET_KEY)\n`);
      return 1;
    }
    if (response.status !== 200) {
      io.err(`gse-local status: ${endpoint} answered HTTP ${response.status}: is it gse-local?\n`);
      return 1;
    }
    state = JSON.parse(response.body) as DashboardState;
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    io.err(`gse-local status: no gse-local answers at ${endpoint} (${cause}); start one, or pass --endpoint\n`);
    return 1;
  }
  if (values["json"]) {
    io.out(`${JSON.stringify(state, null, 2)}\n`);
    return 0;
  }
  io.out(`${renderStatus(state, { all: values["all"] === true, now: io.now() })}\n`);
  return 0;
}

const ENDED_PROCESS = new Set(["TERMINATED"]);
const ENDED_SESSION = new Set(["TERMINATED", "ERROR"]);
const ENDED_PLAYER = new Set(["COMPLETED", "TIMEDOUT"]);

export function renderStatus(state: DashboardState, options: { all: boolean; now: number }): string {
  const { all, now } = options;
  const processes = state.processes.filter((p) => all || !ENDED_PROCESS.has(p.status));
  const sessions = state.gameServerSessions.filter((s) => all || !ENDED_SESSION.has(s.status));
  const players = state.playerSessions.filter((p) => all || !ENDED_PLAYER.has(p.status));
  const sessionLabel = new Map(state.gameServerSessions.map((s) => [s.id, s.shortId]));
  const sections: string[] = [];
  const section = (title: string, count: number, total: number, table: () => string) =>
    sections.push(`${title} (${count}${count === total ? "" : ` of ${total}; --all shows them all`})\n${count === 0 ? "  none" : table()}`);

  const fleets = fleetRows(state);
  section("Fleets", fleets.length, fleets.length, () => formatTable(["FLEET", "PROCESSES", "SESSIONS", "PLAYERS"], fleets));
  section("Processes", processes.length, state.processes.length, () =>
    formatTable(
      ["PID", "FLEET", "STATUS", "PORTS", "HEALTH", "SESSION", "UP"],
      processes.map((p) => [String(p.pid), p.fleetId, p.status, `${p.clientPort}/${p.grpcPort}`, health(p), p.gameServerSessionId ? (sessionLabel.get(p.gameServerSessionId) ?? "") : "", formatDuration(now - p.registeredAt)]),
    ),
  );
  section("Game server sessions", sessions.length, state.gameServerSessions.length, () =>
    formatTable(
      ["SESSION", "NAME", "STATUS", "PLAYERS", "PROCESS", "ADDRESS", "PROTECTION", "AGE"],
      sessions.map((s) => [s.shortId, s.name, s.status, `${s.players}/${s.maxPlayers}`, String(s.pid), `${s.ipAddress}:${s.port}`, s.protectionPolicy, formatDuration(now - s.creationTime)]),
    ),
  );
  section("Player sessions", players.length, state.playerSessions.length, () =>
    formatTable(["PLAYER SESSION", "PLAYER", "STATUS", "SESSION"], players.map((p) => [p.shortId, p.playerId, p.status, sessionLabel.get(p.gameServerSessionId) ?? p.gameServerSessionId])),
  );
  for (const [name, items] of Object.entries(state)) {
    if (["processes", "gameServerSessions", "playerSessions", "placements", "fleets"].includes(name) || !Array.isArray(items)) continue;
    const columns = [...new Set(items.slice(0, 20).flatMap((item) => Object.keys(item)))].filter((c) => c !== "id").slice(0, 6);
    section(name, items.length, items.length, () => formatTable(["ID", ...columns.map((c) => c.toUpperCase())], items.map((item) => [item.id, ...columns.map((c) => text((item as Record<string, unknown>)[c]))])));
  }
  return sections.join("\n\n");
}

function fleetRows(state: DashboardState): string[][] {
  const fleets = new Map<string, { processes: number; sessions: number; players: number }>();
  const fleet = (id: string) => {
    let entry = fleets.get(id);
    if (!entry) fleets.set(id, (entry = { processes: 0, sessions: 0, players: 0 }));
    return entry;
  };
  // The control plane's fleets, when gse-local has them; else the fleets its processes and sessions name.
  for (const f of state["fleets"] ?? []) fleet(f.id);
  for (const p of state.processes) if (!ENDED_PROCESS.has(p.status)) fleet(p.fleetId).processes++;
  for (const s of state.gameServerSessions as SessionView[]) {
    if (ENDED_SESSION.has(s.status)) continue;
    fleet(s.fleetId).sessions++;
    fleet(s.fleetId).players += s.players;
  }
  return [...fleets].map(([id, f]) => [id, String(f.processes), String(f.sessions), String(f.players)]);
}

function health(p: ProcessView): string {
  if (p.health.length === 0) return "-";
  const failed = p.health.filter((h) => !h.healthy).length;
  return failed === 0 ? `ok (${p.health.length})` : `${failed}/${p.health.length} failed`;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** node:http rather than fetch: fetch refuses some ports outright (1, 6000...), and gse-local may listen anywhere. */
function getText(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, signal: AbortSignal.timeout(10_000) }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}
