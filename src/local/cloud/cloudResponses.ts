// Responses of the cloud API actions gse-local serves; see cloudModels.ts.
import type { GameServerSession, GameServerSessionDetail, GameServerSessionPlacement, PlayerSession } from "./cloudModels.js";

// ---------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------

/** Fields every response carries. */
export interface CloudResponseBase {
  /** Unique request id, returned with every answer; quote it when reporting a problem. */
  RequestId: string;
}

export interface CreateGameServerSessionResponse extends CloudResponseBase {
  /** The new game server session. */
  GameServerSession: GameServerSession | null;
}

export interface DescribeGameServerSessionsResponse extends CloudResponseBase {
  /** Game server sessions. */
  GameServerSessions: GameServerSession[] | null;
  /** Page token for the next page, 1 to 1024 ASCII characters. */
  NextToken: string | null;
}

export interface DescribeGameServerSessionDetailsResponse extends CloudResponseBase {
  /** Game server session details. */
  GameServerSessionDetails: GameServerSessionDetail[] | null;
  /** Page token for the next page, 1 to 1024 ASCII characters. */
  NextToken: string | null;
}

export interface SearchGameServerSessionsResponse extends CloudResponseBase {
  /** Game server sessions. */
  GameServerSessions: GameServerSession[] | null;
  /** Page token for the next page, 1 to 1024 ASCII characters. */
  NextToken: string | null;
}

export interface UpdateGameServerSessionResponse extends CloudResponseBase {
  /** The session after the update. */
  GameServerSession: GameServerSession;
}

export interface JoinGameServerSessionResponse extends CloudResponseBase {
  /** The reserved player session. */
  PlayerSession: PlayerSession | null;
}

export interface JoinGameServerSessionBatchResponse extends CloudResponseBase {
  /** The reserved player sessions, at most 25. */
  PlayerSessions: PlayerSession[] | null;
}

export interface DescribePlayerSessionsResponse extends CloudResponseBase {
  /** Player sessions. */
  PlayerSessions: PlayerSession[] | null;
  /** Page token for the next page, 1 to 1024 ASCII characters. */
  NextToken: string | null;
}

export interface StartGameServerSessionPlacementResponse extends CloudResponseBase {
  /** The placement. */
  GameServerSessionPlacement: GameServerSessionPlacement;
}

export interface DescribeGameServerSessionPlacementResponse extends CloudResponseBase {
  /** The placement. */
  GameServerSessionPlacement: GameServerSessionPlacement;
}

export interface StopGameServerSessionPlacementResponse extends CloudResponseBase {
  /** The placement. */
  GameServerSessionPlacement: GameServerSessionPlacement;
}

export interface GetGameServerSessionLogUrlResponse extends CloudResponseBase {
  /** Log download URL, 1 to 1024 ASCII characters. */
  PreSignedUrl: string | null;
}

/** EndGameServerSessionAndProcess answers with the RequestId only. */
export type EndGameServerSessionAndProcessResponse = CloudResponseBase;

