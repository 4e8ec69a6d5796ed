import type { GameServerSession, GseResponse } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import type { DescribePlayerSessionsResponse, PlayerSession } from "../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";
import type { LifecyclePhase } from "./lifecycle.js";

export type { PlayerSessionCreationPolicy, PlayerSessionStatus } from "../protocol/statuses.js";
import type { PlayerSessionCreationPolicy, PlayerSessionStatus } from "../protocol/statuses.js";

/** Options every agent call takes. */
export interface GseCallOptions {
  /** Cancels the call (and its retries): it rejects with an ABORTED GseError. */
  signal?: AbortSignal;
}

/** Options of an agent call about one game server session. */
export interface SessionCallOptions extends GseCallOptions {
  /** Defaults to the session this process currently holds. */
  gameServerSessionId?: string;
}

/** Which player sessions DescribePlayerSessions returns. */
export interface PlayerSessionFilter {
  /** Defaults to the current session unless playerId or playerSessionId is given. */
  gameServerSessionId?: string;
  playerId?: string;
  playerSessionId?: string;
  playerSessionStatusFilter?: PlayerSessionStatus;
  /** Page size. */
  limit?: number;
  /** From a previous page's nextToken. */
  nextToken?: string;
}

/** The second argument of the `@OnHealthCheck` handler. */
export interface HealthCheckContext {
  /** Fires when the health check deadline passes. */
  signal: AbortSignal;
}

/** The second argument of the `@OnStartSession` handler. */
export interface StartSessionContext {
  /** Fires when the start deadline passes or the process starts ending. */
  signal: AbortSignal;
}

/** Event-loop delay over a window, in milliseconds (see {@link Gse.eventLoopLag}). */
export interface EventLoopLag {
  /** Mean delay. */
  meanMs: number;
  /** 99th percentile. */
  p99Ms: number;
  /** Worst delay seen. */
  maxMs: number;
}

/** Why the process is ending: the agent's OnProcessTerminate, SIGTERM/SIGINT, or a call to shutdown(). */
export type TerminateReason = "agent" | "signal" | "shutdown";

/**
 * Why a session ended without the game asking: the agent no longer knows it
 * (it restarted without its state), the agent refused its activation, or the
 * start handler failed.
 */
export type SessionEndReason = "lostByAgent" | "activationFailed" | "startFailed";

/** The second argument of the `@OnSessionEnd` handler. */
export interface SessionEndContext {
  reason: SessionEndReason;
  /** Fires at the handler's deadline (the start timeout). */
  signal: AbortSignal;
}

/** The second argument of the `@OnTerminate` handler. */
export interface TerminateContext {
  /** Why the process is ending: OnProcessTerminate, SIGTERM/SIGINT, or shutdown(). */
  reason: TerminateReason;
  /** Fires at the grace deadline; the SDK then goes on to end the session and the process. */
  signal: AbortSignal;
  /** Milliseconds left before the grace deadline. */
  remainingMs(): number;
}

/**
 * The game's handle on GSE: one method per agent call (camelCase), with the
 * game server session defaulting to the one this process holds.
 */
export interface Gse {
  /** The session this process holds (activating or active), if any. */
  readonly session: GameServerSession | undefined;
  /** Where the process is in its lifecycle. */
  readonly phase: LifecyclePhase;
  /** terminationTime from OnProcessTerminate, once GSE sent it (as sent: epoch seconds). */
  readonly terminationTime: number | undefined;
  /** This process's GameServerGrpcSdkService port, once listening. */
  readonly grpcPort: number;

  /**
   * Tells GSE the session is ready for players (ActivateGameServerSession). The
   * SDK calls it itself when the `@OnStartSession` handler resolves; call it only
   * if you run the protocol by hand. `maxPlayers` defaults to the session's.
   */
  activateGameServerSession(options?: SessionCallOptions & { maxPlayers?: number }): Promise<GseResponse>;
  /**
   * Validates a connecting player's ticket (AcceptPlayerSession): GSE checks that
   * the player session belongs to this session and is RESERVED, and marks it
   * ACTIVE. Call it when a player connects and presents its player session id;
   * turn the player away if it rejects (BAD_REQUEST_EXCEPTION: unknown, used or
   * timed-out ticket; GAME_SERVER_SESSION_NOT_READY: no session held).
   */
  acceptPlayerSession(playerSessionId: string, options?: SessionCallOptions): Promise<GseResponse>;
  /**
   * Tells GSE a player left (RemovePlayerSession): its player session becomes
   * COMPLETED and its slot is free for a new reservation.
   */
  removePlayerSession(playerSessionId: string, options?: SessionCallOptions): Promise<GseResponse>;
  /** One page of player sessions matching the filter (DescribePlayerSessions); `nextToken` in the reply asks for the next. */
  describePlayerSessions(filter?: PlayerSessionFilter, options?: GseCallOptions): Promise<DescribePlayerSessionsResponse>;
  /** Every player session matching the filter, following nextToken across pages. */
  allPlayerSessions(filter?: Omit<PlayerSessionFilter, "nextToken">, options?: GseCallOptions): AsyncIterableIterator<PlayerSession>;
  /** Lets new players join the session (ACCEPT_ALL) or stops them (DENY_ALL), as UpdatePlayerSessionCreationPolicy. */
  updatePlayerSessionCreationPolicy(policy: PlayerSessionCreationPolicy, options?: SessionCallOptions): Promise<GseResponse>;
  /** Ends the current session; the process stays ready for the next one. */
  terminateGameServerSession(options?: SessionCallOptions): Promise<GseResponse>;
  /** Tells GSE the process is ending. Sent at most once; prefer shutdown(). */
  processEnding(options?: GseCallOptions): Promise<GseResponse>;
  /**
   * Reports the process's load to GSE (ReportCustomData), e.g. players in and
   * slots, which placement and scaling can use. Both must be integers from 0
   * to 2^31-1 (otherwise BAD_REQUEST_EXCEPTION, naming the field).
   */
  reportCustomData(currentCustomCount: number, maxCustomCount: number, options?: GseCallOptions): Promise<GseResponse>;
  /**
   * How late the event loop ran since the previous call (or since start): a
   * health signal to fold into `@OnHealthCheck`, since a game whose loop lags
   * serves its players badly long before it stops answering.
   */
  eventLoopLag(): EventLoopLag;
  /**
   * Ends everything gracefully: the `@OnTerminate` handler, then
   * TerminateGameServerSession if a session is held, then ProcessEnding, then
   * closes the server and the agent channel. Idempotent. Does not exit the
   * process: once it resolves nothing of the SDK keeps Node alive.
   */
  shutdown(): Promise<void>;
}
