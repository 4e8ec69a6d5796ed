// The studio's backend: the service game clients ask for a match. It never
// talks to game servers; it asks GSE's cloud API, through Tencent Cloud's
// official Node client, to place a game server session for a group of
// players and reserve their slots, then hands each player a ticket:
// IpAddress:Port of the game server and a player session id to present there.
//
// Pointed at gse-local (endpoint + "http://") it runs with no cloud account;
// pointed at nothing, the same code talks to Tencent Cloud.
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

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
  const gse = createGseClient(options);
  const maxPlayers = options.maxPlayers ?? 4;
  const placementTimeoutMs = options.placementTimeoutMs ?? 60_000;
  const pollIntervalMs = options.pollIntervalMs ?? 200;
  const attempts = options.placementAttempts ?? 3;
  const gameProperties = Object.entries(options.gameProperties ?? {}).map(([Key, Value]) => ({ Key, Value }));
  let server: Server | undefined;

  async function matchPlayers(playerIds: readonly string[], callOptions: { signal?: AbortSignal } = {}): Promise<Ticket[]> {
    const problem = invalidPlayerIds(playerIds, maxPlayers);
    if (problem) throw new BackendError(problem, "InvalidPlayerIds", 400);
    for (let attempt = 1; ; attempt++) {
      const placementId = `match-${randomUUID()}`;
      // One request both finds a free game server process (queuing until one
      // is free) and reserves a slot per player once the session is ACTIVE.
      await gse.call("StartGameServerSessionPlacement", {
        PlacementId: placementId,
        GameServerSessionQueueName: options.queueName,
        MaximumPlayerSessionCount: maxPlayers,
        GameProperties: gameProperties,
        DesiredPlayerSessions: playerIds.map((PlayerId) => ({ PlayerId, PlayerData: "" })),
      });
      const placement = await settledPlacement(placementId, callOptions.signal);
      if (placement.Status === "FULFILLED") {
        return placement.PlacedPlayerSessions.map((placed) => ({
          playerId: placed.PlayerId,
          playerSessionId: placed.PlayerSessionId,
          gameServerSessionId: placement.GameServerSessionId,
          ipAddress: placement.IpAddress,
          port: placement.Port,
        }));
      }
      // FAILED: the session could not start or ended before players were
      // placed (its process was going away, say). Another process will do.
      if (placement.Status !== "FAILED" || attempt >= attempts) {
        throw new BackendError(`placement ${placementId} ended ${placement.Status} (attempt ${attempt} of ${attempts})`, `Placement${placement.Status}`, 503);
      }
    }
  }

  /** Polls the placement until it leaves PENDING: the cloud API has no push, so a backend asks. */
  async function settledPlacement(placementId: string, signal: AbortSignal | undefined): Promise<Placement> {
    const deadline = Date.now() + placementTimeoutMs;
    for (;;) {
      const { GameServerSessionPlacement: placement } = await gse.call<{ GameServerSessionPlacement: Placement }>("DescribeGameServerSessionPlacement", {
        PlacementId: placementId,
      });
      if (placement.Status !== "PENDING") return placement;
      if (Date.now() >= deadline) {
        await gse.call("StopGameServerSessionPlacement", { PlacementId: placementId }).catch(() => undefined);
        throw new BackendError(`placement ${placementId} still PENDING after ${placementTimeoutMs} ms: no game server process became free`, "PlacementTimedOut", 503);
      }
      await sleep(pollIntervalMs, undefined, signal ? { signal } : {});
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
      const code = known ? error.code : ((error as { code?: string }).code ?? "InternalError");
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

// --- the official client -------------------------------------------------------

interface Placement {
  Status: "PENDING" | "FULFILLED" | "CANCELLED" | "TIMED_OUT" | "FAILED";
  GameServerSessionId: string;
  IpAddress: string;
  Port: number;
  PlacedPlayerSessions: { PlayerId: string; PlayerSessionId: string }[];
}

interface GseCloudClient {
  /** One cloud API action; rejects with the SDK's error (`code`, `message`, `requestId`). */
  call<T = Record<string, unknown>>(action: string, request: Record<string, unknown>): Promise<T>;
}

type SdkCallback = (error: (Error & { code?: string }) | null, response: object | null) => void;
interface TencentCloudSdk {
  common: {
    Credential: new (secretId: string, secretKey: string) => object;
    HttpProfile: new (protocol?: string, endpoint?: string, reqMethod?: string, reqTimeout?: number) => object;
    ClientProfile: new (signMethod: string, httpProfile: object) => object;
  };
  gse: { v20191112: { Client: new (credential: object, region: string, profile: object) => Record<string, (request: object, callback: SdkCallback) => void> } };
}

function createGseClient(options: BackendOptions): GseCloudClient {
  // tencentcloud-sdk-nodejs-intl-en is CommonJS with no type declarations.
  // Only its common and gse parts are loaded: its package entry would load
  // every Tencent Cloud service, over a second of startup.
  const require = createRequire(import.meta.url);
  const sdk: TencentCloudSdk = {
    common: require("tencentcloud-sdk-nodejs-intl-en/tencentcloud/common") as TencentCloudSdk["common"],
    gse: require("tencentcloud-sdk-nodejs-intl-en/tencentcloud/gse") as TencentCloudSdk["gse"],
  };
  const { Credential, HttpProfile, ClientProfile } = sdk.common;
  // This SDK line takes positional arguments; an options object would be
  // ignored and the client would silently go to the real endpoint.
  const httpProfile = new HttpProfile(options.protocol ?? "https://", options.endpoint ?? "gse.tencentcloudapi.com", "POST", 30);
  const client = new sdk.gse.v20191112.Client(
    new Credential(options.secretId, options.secretKey),
    options.region ?? "ap-guangzhou",
    new ClientProfile("TC3-HMAC-SHA256", httpProfile),
  );
  return {
    call<T>(action: string, request: Record<string, unknown>): Promise<T> {
      return new Promise((resolve, reject) => {
        const method = client[action];
        if (!method) return reject(new Error(`the official client has no action ${action}`));
        method.call(client, request, (error, response) => {
          // Responses are model instances; hand back plain data.
          if (error) reject(error);
          else resolve(JSON.parse(JSON.stringify(response)) as T);
        });
      });
    },
  };
}
