import type { GameServerSession, GseResponse } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import type { DescribePlayerSessionsResponse, PlayerSession } from "../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";
import type { LifecyclePhase } from "./lifecycle.js";

export type { PlayerSessionCreationPolicy, PlayerSessionStatus } from "../protocol/statuses.js";
import type { PlayerSessionCreationPolicy, PlayerSessionStatus } from "../protocol/statuses.js";

export interface GseCallOptions {
  signal?: AbortSignal;
}

export interface SessionCallOptions extends GseCallOptions {
  /** Defaults to the session this process currently holds. */
  gameServerSessionId?: string;
}

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

export interface HealthCheckContext {
  /** Fires when the health check deadline passes. */
  signal: AbortSignal;
}

export interface StartSessionContext {
  /** Fires when the start deadline passes or the process starts ending. */
  signal: AbortSignal;
}

export interface EventLoopLag {
  meanMs: number;
  p99Ms: number;
  maxMs: number;
}

export type TerminateReason = "agent" | "signal" | "shutdown";

/**
 * Why a session ended without the game asking: the agent no longer knows it
 * (it restarted without its state), the agent refused its activation, or the
 * start handler failed.
 */
export type SessionEndReason = "lostByAgent" | "activationFailed" | "startFailed";

export interface SessionEndContext {
  reason: SessionEndReason;
  /** Fires at the handler's deadline (the start timeout). */
  signal: AbortSignal;
}

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

  activateGameServerSession(options?: SessionCallOptions & { maxPlayers?: number }): Promise<GseResponse>;
  acceptPlayerSession(playerSessionId: string, options?: SessionCallOptions): Promise<GseResponse>;
  removePlayerSession(playerSessionId: string, options?: SessionCallOptions): Promise<GseResponse>;
  describePlayerSessions(filter?: PlayerSessionFilter, options?: GseCallOptions): Promise<DescribePlayerSessionsResponse>;
  /** Every player session matching the filter, following nextToken across pages. */
  allPlayerSessions(filter?: Omit<PlayerSessionFilter, "nextToken">, options?: GseCallOptions): AsyncIterableIterator<PlayerSession>;
  updatePlayerSessionCreationPolicy(policy: PlayerSessionCreationPolicy, options?: SessionCallOptions): Promise<GseResponse>;
  /** Ends the current session; the process stays ready for the next one. */
  terminateGameServerSession(options?: SessionCallOptions): Promise<GseResponse>;
  /** Tells GSE the process is ending. Sent at most once; prefer shutdown(). */
  processEnding(options?: GseCallOptions): Promise<GseResponse>;
  reportCustomData(currentCustomCount: number, maxCustomCount: number, options?: GseCallOptions): Promise<GseResponse>;
  /**
   * How late the event loop ran since the previous call (or since start): a
   * health signal to fold into @OnHealthCheck, since a game whose loop lags
   * serves its players badly long before it stops answering.
   */
  eventLoopLag(): EventLoopLag;
  /**
   * Ends everything gracefully: the @OnTerminate handler, then
   * TerminateGameServerSession if a session is held, then ProcessEnding, then
   * closes the server and the agent channel. Idempotent. Does not exit the
   * process: once it resolves nothing of the SDK keeps Node alive.
   */
  shutdown(): Promise<void>;
}
