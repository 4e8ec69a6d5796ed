import { setTimeout as sleep } from "node:timers/promises";
import { GseError } from "../errors/GseError.js";
import { GseCloudError, toGseCloudError } from "./GseCloudError.js";
import {
  GSE_CLOUD_ACTIONS,
  type CreateGameServerSessionRequest,
  type GameServerSession,
  type GameServerSessionPlacement,
  type GseCloudActionMap,
  type GseCloudActions,
  type PlayerSession,
  type StartGameServerSessionPlacementRequest,
} from "./generated/gseCloudApi.js";
import type { GseCloudCallOptions } from "./GseCloudCallOptions.js";
import { loadOfficialGseClient, type OfficialClientConfig, type OfficialGseClient } from "./loadOfficialGseClient.js";

/** The name of a cloud API action ("CreateGameServerSession"...). */
export type GseCloudAction = keyof GseCloudActionMap;
/** The request fields of an action. */
export type GseCloudRequest<A extends GseCloudAction> = GseCloudActionMap[A]["request"];
/** The response of an action. */
export type GseCloudResponse<A extends GseCloudAction> = GseCloudActionMap[A]["response"];

/** A game server session's status, as the cloud API reports it. */
export type GameServerSessionStatus = "ACTIVATING" | "ACTIVE" | "TERMINATING" | "TERMINATED" | "ERROR";
/** A placement's status, as the cloud API reports it. */
export type PlacementStatus = "PENDING" | "FULFILLED" | "CANCELLED" | "TIMED_OUT" | "FAILED";

/** A secret key pair, with a token for temporary credentials. */
export interface GseCloudCredential {
  secretId: string;
  secretKey: string;
  /** For temporary credentials (STS). */
  token?: string;
}

/** Options of createGseCloudClient; docs/cloud-client.md has the table. */
export interface GseCloudClientOptions {
  /** Default: $TENCENTCLOUD_SECRET_ID. gse-local checks it only when started with secretId/secretKey. */
  secretId?: string;
  /** Default: $TENCENTCLOUD_SECRET_KEY. */
  secretKey?: string;
  /** Temporary credentials' token. Default: $TENCENTCLOUD_SESSION_TOKEN. */
  token?: string;
  /** Instead of secretId/secretKey: where fresh credentials come from (a CVM role, say), as the official client takes it. */
  credential?: {
    /** Resolves with the credentials to sign the next request with. */
    getCredential(): Promise<GseCloudCredential>;
  };
  /** Default "ap-guangzhou". */
  region?: string;
  /**
   * The cloud API: "host:port" or a URL. gse-local's `cloudEndpoint` (or
   * "http://" + it). Default gse.tencentcloudapi.com over https.
   */
  endpoint?: string;
  /** Overrides the endpoint URL's protocol. Default "https://", or the URL's. */
  protocol?: "http://" | "https://";
  /** Default "TC3-HMAC-SHA256", the official client's. */
  signMethod?: "TC3-HMAC-SHA256" | "HmacSHA256" | "HmacSHA1";
  /** Deadline of each request. Default 30 000 ms. */
  timeoutMs?: number;
  /** How often the wait helpers ask the cloud again (it has no push). Default 500 ms. */
  pollIntervalMs?: number;
}


/** Options of the helpers that wait (they poll: the cloud API has no push). */
export interface GseCloudWaitOptions extends GseCloudCallOptions {
  /** How long to wait in all. Default 60 000 ms. */
  timeoutMs?: number;
  /** Default: the client's pollIntervalMs. */
  pollIntervalMs?: number;
}

/** Options of waitForGameServerSession. */
export interface WaitForSessionOptions extends GseCloudWaitOptions {
  /** The status (or any of the statuses) to wait for. Default "ACTIVE". */
  status?: GameServerSessionStatus | readonly GameServerSessionStatus[];
}

/** A session created, activated by its game server process, and joined. */
export interface JoinedSession {
  gameServerSession: GameServerSession;
  /** RESERVED player sessions, in the order of the player ids: each player presents its id to the game server. */
  playerSessions: PlayerSession[];
}


/** What every backend writes on top of the actions: waiting for a session, placing and waiting, create-and-join. */
export interface GseCloudHelpers {
  /** Any action by name; same as the action's own method. */
  call<A extends GseCloudAction>(action: A, request: GseCloudRequest<A>, options?: GseCloudCallOptions): Promise<GseCloudResponse<A>>;
  /**
   * Resolves with the session once it has the status (default ACTIVE).
   * Rejects with CLOUD_WAIT_FAILED once the session is in a status from which
   * it cannot get there (TERMINATED, ERROR...) or when the deadline passes.
   */
  waitForGameServerSession(gameServerSessionId: string, options?: WaitForSessionOptions): Promise<GameServerSession>;
  /**
   * Creates a session and waits until its process activated it: a join while
   * it is still ACTIVATING is refused, so this is the step before joining.
   */
  createActiveGameServerSession(request: CreateGameServerSessionRequest, options?: GseCloudWaitOptions): Promise<GameServerSession>;
  /** Creates a session, waits for ACTIVE, and reserves a slot for each player (JoinGameServerSessionBatch). */
  createSessionAndJoin(
    request: CreateGameServerSessionRequest,
    playerIds: readonly string[],
    options?: GseCloudWaitOptions,
  ): Promise<JoinedSession>;
  /** Resolves with the placement once it has left PENDING, whatever it became. */
  waitForPlacement(placementId: string, options?: GseCloudWaitOptions): Promise<GameServerSessionPlacement>;
  /**
   * Starts a placement and resolves with it once FULFILLED (its session is
   * ACTIVE, its DesiredPlayerSessions placed). Rejects with CLOUD_WAIT_FAILED
   * (`lastStatus`: FAILED, TIMED_OUT, CANCELLED) otherwise; at the deadline it
   * stops the placement first.
   */
  placeGameServerSession(request: StartGameServerSessionPlacementRequest, options?: GseCloudWaitOptions): Promise<GameServerSessionPlacement>;
}

/** A typed, promise-based client of the GSE cloud API. */
export type GseCloudClient = GseCloudActions & GseCloudHelpers;

/** Statuses a session can still reach from each status. */
const reachable: Record<GameServerSessionStatus, readonly GameServerSessionStatus[]> = {
  ACTIVATING: ["ACTIVE", "TERMINATING", "TERMINATED", "ERROR"],
  ACTIVE: ["TERMINATING", "TERMINATED"],
  TERMINATING: ["TERMINATED"],
  TERMINATED: [],
  ERROR: [],
};

/**
 * Creates the client. Every call is signed and sent by the official
 * tencentcloud-sdk-nodejs gse client (an optional peer dependency, loaded
 * here rather than on import); answers and failures come back typed.
 */
export function createGseCloudClient(options: GseCloudClientOptions = {}): GseCloudClient {
  const official = createOfficial(options);
  const defaultPollMs = positiveMs("pollIntervalMs", options.pollIntervalMs ?? 500);

  async function call<A extends GseCloudAction>(action: A, request: GseCloudRequest<A>, callOptions: GseCloudCallOptions = {}): Promise<GseCloudResponse<A>> {
    if (typeof request !== "object" || request === null) {
      throw new GseCloudError("BAD_REQUEST_EXCEPTION", `${action}: the request must be an object`, { action });
    }
    try {
      return (await official.request(action, request, callOptions.signal ? { signal: callOptions.signal } : {})) as GseCloudResponse<A>;
    } catch (error) {
      if (callOptions.signal?.aborted) {
        throw new GseCloudError("ABORTED", `${action} was cancelled`, { action, cause: error });
      }
      throw toGseCloudError(action, error);
    }
  }

  /** Polls `read` until `done` says so or the deadline passes. */
  async function poll<T>(
    what: string,
    action: string,
    waitOptions: GseCloudWaitOptions,
    read: () => Promise<T>,
    settle: (value: T) => { done: true } | { done: false; status: string | undefined; failed?: string },
    onDeadline?: () => Promise<unknown>,
  ): Promise<T> {
    const timeoutMs = positiveMs("timeoutMs", waitOptions.timeoutMs ?? 60_000);
    const pollMs = positiveMs("pollIntervalMs", waitOptions.pollIntervalMs ?? defaultPollMs);
    const deadline = Date.now() + timeoutMs;
    const signal = waitOptions.signal;
    let lastStatus: string | undefined;
    for (;;) {
      const value = await read();
      const verdict = settle(value);
      if (verdict.done) return value;
      lastStatus = verdict.status;
      if (verdict.failed) throw new GseCloudError("CLOUD_WAIT_FAILED", `${what}: ${verdict.failed}`, { action, lastStatus });
      if (Date.now() >= deadline) {
        await onDeadline?.().catch(() => undefined);
        throw new GseCloudError("CLOUD_WAIT_FAILED", `${what}: still ${lastStatus ?? "not found"} after ${timeoutMs} ms`, { action, lastStatus });
      }
      try {
        await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())), undefined, signal ? { signal } : {});
      } catch (error) {
        throw new GseCloudError("ABORTED", `${what}: cancelled`, { action, lastStatus, cause: error });
      }
    }
  }

  const helpers: GseCloudHelpers = {
    call,
    waitForGameServerSession(gameServerSessionId, waitOptions = {}) {
      const wanted = [waitOptions.status ?? "ACTIVE"].flat() as GameServerSessionStatus[];
      const what = `game server session '${gameServerSessionId}' to be ${wanted.join(" or ")}`;
      return poll(
        `waiting for ${what}`,
        "DescribeGameServerSessions",
        waitOptions,
        async () => {
          const { GameServerSessions } = await call("DescribeGameServerSessions", { GameServerSessionId: gameServerSessionId }, waitOptions);
          return GameServerSessions?.find((s) => s.GameServerSessionId === gameServerSessionId);
        },
        (session) => {
          if (session === undefined) return { done: false, status: undefined };
          const status = session.Status as GameServerSessionStatus;
          if (wanted.includes(status)) return { done: true };
          const canStill = (reachable[status] ?? []).some((s) => wanted.includes(s));
          return canStill ? { done: false, status } : { done: false, status, failed: `it is ${status}, and cannot become ${wanted.join(" or ")}` };
        },
      ) as Promise<GameServerSession>;
    },
    async createActiveGameServerSession(request, waitOptions = {}) {
      const { GameServerSession: created } = await call("CreateGameServerSession", request, waitOptions);
      if (!created) throw new GseCloudError("CLOUD_API_ERROR", "CreateGameServerSession answered no GameServerSession", { action: "CreateGameServerSession" });
      return helpers.waitForGameServerSession(created.GameServerSessionId, { ...waitOptions, status: "ACTIVE" });
    },
    async createSessionAndJoin(request, playerIds, waitOptions = {}) {
      const gameServerSession = await helpers.createActiveGameServerSession(request, waitOptions);
      const { PlayerSessions } = await call(
        "JoinGameServerSessionBatch",
        {
          GameServerSessionId: gameServerSession.GameServerSessionId,
          PlayerIds: [...playerIds],
        },
        waitOptions,
      );
      const byPlayer = new Map((PlayerSessions ?? []).map((p) => [p.PlayerId, p]));
      const playerSessions = playerIds.map((id) => {
        const placed = byPlayer.get(id);
        if (!placed) throw new GseCloudError("CLOUD_API_ERROR", `JoinGameServerSessionBatch answered no player session for '${id}'`, { action: "JoinGameServerSessionBatch" });
        return placed;
      });
      return { gameServerSession, playerSessions };
    },
    waitForPlacement(placementId, waitOptions = {}) {
      return poll(
        `waiting for placement '${placementId}' to leave PENDING`,
        "DescribeGameServerSessionPlacement",
        waitOptions,
        async () => (await call("DescribeGameServerSessionPlacement", { PlacementId: placementId }, waitOptions)).GameServerSessionPlacement,
        (placement) => (placement.Status === "PENDING" ? { done: false, status: "PENDING" } : { done: true }),
      );
    },
    async placeGameServerSession(request, waitOptions = {}) {
      await call("StartGameServerSessionPlacement", request, waitOptions);
      const placementId = request.PlacementId;
      const placement = await poll(
        `waiting for placement '${placementId}' to be FULFILLED`,
        "DescribeGameServerSessionPlacement",
        waitOptions,
        async () => (await call("DescribeGameServerSessionPlacement", { PlacementId: placementId }, waitOptions)).GameServerSessionPlacement,
        (p) => (p.Status === "PENDING" ? { done: false, status: "PENDING" } : { done: true }),
        // Left PENDING, the placement would still take the next free process.
        () => call("StopGameServerSessionPlacement", { PlacementId: placementId }),
      );
      if (placement.Status !== "FULFILLED") {
        throw new GseCloudError("CLOUD_WAIT_FAILED", `placement '${placementId}' ended ${placement.Status}`, {
          action: "DescribeGameServerSessionPlacement",
          lastStatus: placement.Status,
        });
      }
      return placement;
    },
  };

  // Each method is `call` with its action bound; the generated interface gives
  // it the action's types and documentation.
  const actions = Object.fromEntries(
    GSE_CLOUD_ACTIONS.map((action) => [action, (request: object, callOptions?: GseCloudCallOptions) => call(action, request as never, callOptions)]),
  ) as unknown as GseCloudActions;
  return { ...actions, ...helpers };
}

function createOfficial(options: GseCloudClientOptions): OfficialGseClient {
  if (typeof options !== "object" || options === null) {
    throw new GseError("BAD_REQUEST_EXCEPTION", "createGseCloudClient: options must be an object", { field: "options" });
  }
  const env = process.env;
  let credential: OfficialClientConfig["credential"];
  if (options.credential) {
    credential = options.credential;
  } else {
    const secretId = options.secretId ?? env["TENCENTCLOUD_SECRET_ID"];
    const secretKey = options.secretKey ?? env["TENCENTCLOUD_SECRET_KEY"];
    if (!secretId) throw new GseError("BAD_REQUEST_EXCEPTION", "createGseCloudClient: secretId is required (or $TENCENTCLOUD_SECRET_ID, or credential)", { field: "secretId" });
    if (!secretKey) throw new GseError("BAD_REQUEST_EXCEPTION", "createGseCloudClient: secretKey is required (or $TENCENTCLOUD_SECRET_KEY, or credential)", { field: "secretKey" });
    const token = options.token ?? env["TENCENTCLOUD_SESSION_TOKEN"];
    credential = { secretId, secretKey, ...(token && { token }) };
  }
  const { protocol, endpoint } = parseEndpoint(options.endpoint ?? "gse.tencentcloudapi.com", options.protocol);
  const timeoutMs = positiveMs("timeoutMs", options.timeoutMs ?? 30_000);
  const Client = loadOfficialGseClient();
  return new Client({
    credential,
    region: options.region ?? "ap-guangzhou",
    profile: {
      signMethod: options.signMethod ?? "TC3-HMAC-SHA256",
      // The official client counts its timeout in seconds.
      httpProfile: { endpoint, protocol, reqMethod: "POST", reqTimeout: timeoutMs / 1000 },
    },
  });
}

function parseEndpoint(value: string, protocol: "http://" | "https://" | undefined): { protocol: string; endpoint: string } {
  const match = /^(https?:\/\/)?([^/\s]+)\/?$/.exec(value);
  if (!match) {
    throw new GseError("BAD_REQUEST_EXCEPTION", `createGseCloudClient: endpoint '${value}' must be host[:port] or http(s)://host[:port]`, { field: "endpoint" });
  }
  return { protocol: protocol ?? match[1] ?? "https://", endpoint: match[2]! };
}

function positiveMs(field: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new GseError("BAD_REQUEST_EXCEPTION", `${field} must be a positive number of milliseconds, got ${String(value)}`, { field });
  }
  return value;
}
