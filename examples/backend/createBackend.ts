// The studio's backend: the service game clients ask for a match. It never
// talks to game servers; it asks GSE's cloud API, through Tencent Cloud's
// official Node client, to place a game server session for a group of
// players and reserve their slots, then hands each player a ticket:
// IpAddress:Port of the game server and a player session id to present there.
// It calls the cloud through gse-sdk/cloud: typed requests and answers, signed
// by Tencent Cloud's official client (tencentcloud-sdk-nodejs).
//
// Pointed at gse-local (endpoint + "http://") it runs with no cloud account;
// pointed at nothing, the same code talks to Tencent Cloud.
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createGseCloudClient, GseCloudError } from "gse-sdk/cloud";

/** What a player needs to connect: where, and with which player session id. */
export interface Ticket {
  playerId: string;
  playerSessionId: string;
  gameServerSessionId: string;
  ipAddress: string;
  port: number;
}

export interface BackendOptions {
  /** Tencent Cloud API key. gse-local checks it only when started with secretId/secretKey. */
  secretId: string;
  secretKey: string;
  /** Default "ap-guangzhou". */
  region?: string;
  /** host:port of the cloud API: gse-local's `cloudEndpoint`. Default: Tencent Cloud's gse.tencentcloudapi.com. */
  endpoint?: string;
  /** "http://" for gse-local. Default "https://". */
  protocol?: "http://" | "https://";
  /** The game server session queue placements go through. */
  queueName: string;
  /** Slots per session. Default 4. */
  maxPlayers?: number;
  /** Game properties of every session, read by the game server (the arena reads its match settings here). */
  gameProperties?: Record<string, string>;
  /** How long a placement may stay PENDING. Default 60 000 ms. */
  placementTimeoutMs?: number;
  /** How often a pending placement is checked. Default 200 ms. */
  pollIntervalMs?: number;
  /** Placements tried per request: a FAILED one (its process went away) is retried. Default 3. */
  placementAttempts?: number;
}

export interface Backend {
  /** Places a session for these players (one group, one session) and returns their tickets, in order. */
  matchPlayers(playerIds: readonly string[], options?: { signal?: AbortSignal }): Promise<Ticket[]>;
  /**
   * Serves `POST /matches {"playerIds": [...]}` → `{"tickets": [...]}` over
   * HTTP, the API game clients call. Resolves with the base URL.
   */
  listen(options?: { port?: number; host?: string }): Promise<string>;
  close(): Promise<void>;
}

/** A failed match request, with the cloud API's error code when GSE refused. */
export class BackendError extends Error {
  override readonly name = "BackendError";
  constructor(
    message: string,
    readonly code: string,
    /** The HTTP status the backend's own API answers with. */
    readonly httpStatus: number,
  ) {
    super(message);
  }
}

export function createBackend(options: BackendOptions): Backend {
  const gse = createGseCloudClient({
    secretId: options.secretId,
    secretKey: options.secretKey,
    region: options.region ?? "ap-guangzhou",
    endpoint: options.endpoint ?? "gse.tencentcloudapi.com",
    protocol: options.protocol ?? "https://",
    pollIntervalMs: options.pollIntervalMs ?? 200,
  });
  const maxPlayers = options.maxPlayers ?? 4;
  const placementTimeoutMs = options.placementTimeoutMs ?? 60_000;
  const attempts = options.placementAttempts ?? 3;
  const gameProperties = Object.entries(options.gameProperties ?? {}).map(([Key, Value]) => ({ Key, Value }));
  let server: Server | undefined;

  async function matchPlayers(playerIds: readonly string[], callOptions: { signal?: AbortSignal } = {}): Promise<Ticket[]> {
    const problem = invalidPlayerIds(playerIds, maxPlayers);
    if (problem) throw new BackendError(problem, "InvalidPlayerIds", 400);
    for (let attempt = 1; ; attempt++) {
      const placementId = `match-${randomUUID()}`;
      let placement;
      try {
        // One request both finds a free game server process (queuing until
        // one is free) and reserves a slot per player once the session is
        // ACTIVE; the helper polls until it is FULFILLED.
        placement = await gse.placeGameServerSession(
          {
            PlacementId: placementId,
            GameServerSessionQueueName: options.queueName,
            MaximumPlayerSessionCount: maxPlayers,
            GameProperties: gameProperties,
            DesiredPlayerSessions: playerIds.map((PlayerId) => ({ PlayerId, PlayerData: "" })),
          },
          { timeoutMs: placementTimeoutMs, ...(callOptions.signal && { signal: callOptions.signal }) },
        );
      } catch (error) {
        if (!(error instanceof GseCloudError) || error.code !== "CLOUD_WAIT_FAILED") throw error;
        // FAILED: the session could not start or ended before players were
        // placed (its process was going away, say). Another process will do.
        if (error.lastStatus === "FAILED" && attempt < attempts) continue;
        const why = error.lastStatus === "PENDING" ? "PlacementTimedOut" : `Placement${error.lastStatus ?? "Failed"}`;
        throw new BackendError(`${error.message} (attempt ${attempt} of ${attempts})`, why, 503);
      }
      return (placement.PlacedPlayerSessions ?? []).map((placed) => ({
        playerId: placed.PlayerId,
        playerSessionId: placed.PlayerSessionId,
        gameServerSessionId: placement.GameServerSessionId ?? "",
        ipAddress: placement.IpAddress ?? "",
        port: placement.Port ?? 0,
      }));
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reply = (status: number, body: object) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(`${JSON.stringify(body)}\n`);
    };
    if (req.url !== "/matches") return reply(404, { error: { code: "NotFound", message: "try POST /matches" } });
    if (req.method !== "POST") return reply(405, { error: { code: "MethodNotAllowed", message: "POST only" } });
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, 16 * 1024));
    } catch (error) {
      return reply(400, { error: { code: "BadRequest", message: `the body must be JSON {"playerIds": [...]}: ${(error as Error).message}` } });
    }
    // matchPlayers validates the ids, whatever their shape.
    const playerIds = (body as { playerIds?: unknown } | null)?.playerIds as string[];
    try {
      const tickets = await matchPlayers(playerIds);
      reply(200, { tickets });
    } catch (error) {
      const known = error instanceof BackendError;
      const code = known ? error.code : error instanceof GseCloudError ? (error.cloudCode ?? error.code) : "InternalError";
      reply(known ? error.httpStatus : 502, { error: { code, message: (error as Error).message } });
    }
  }

  return {
    matchPlayers,
    async listen({ port = 0, host = "127.0.0.1" } = {}) {
      server ??= createServer((req, res) => void handle(req, res));
      server.listen(port, host);
      await once(server, "listening");
      const address = server.address() as AddressInfo;
      return `http://${address.address}:${address.port}`;
    },
    async close() {
      if (!server?.listening) return;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    },
  };
}

function invalidPlayerIds(playerIds: unknown, maxPlayers: number): string | undefined {
  if (!Array.isArray(playerIds) || playerIds.length === 0 || playerIds.length > maxPlayers) {
    return `playerIds must be a list of 1 to ${maxPlayers} player ids`;
  }
  if (!playerIds.every((id) => typeof id === "string" && /^[\w.@-]{1,64}$/.test(id))) {
    return "each player id must be 1 to 64 letters, digits, '_', '.', '@' or '-'";
  }
  if (new Set(playerIds).size !== playerIds.length) return "playerIds must not repeat a player";
  return undefined;
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error(`over ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
