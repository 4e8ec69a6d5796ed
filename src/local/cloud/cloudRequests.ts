// Requests of the cloud API actions gse-local serves; see cloudModels.ts.
import type { DesiredPlayerSession, GameProperty, PlayerDataMap, PlayerLatency } from "./cloudModels.js";
import type { GameServerSessionStatus, PlayerSessionCreationPolicy, PlayerSessionStatus, ProtectionPolicy } from "../../protocol/statuses.js";

// ---------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------

/** CreateGameServerSession's fields, as gse-local validates them. */
export interface CreateGameServerSessionRequest {
  /** Maximum number of players, >= 0. */
  MaximumPlayerSessionCount: number;
  /** Alias id. FleetId or AliasId is required; FleetId wins when both are given. */
  AliasId?: string;
  /** Creator id, at most 1024 ASCII characters. */
  CreatorId?: string;
  /** Fleet id. FleetId or AliasId is required; FleetId wins when both are given. */
  FleetId?: string;
  /** Game properties, at most 16. */
  GameProperties?: GameProperty[];
  /** Game server session data, at most 4096 ASCII characters. */
  GameServerSessionData?: string;
  /** Custom game server session id, at most 4096 ASCII characters. */
  GameServerSessionId?: string;
  /** Idempotency token, at most 48 ASCII characters. */
  IdempotencyToken?: string;
  /** Session name, at most 1024 ASCII characters. */
  Name?: string;
}

/** DescribeGameServerSessions' fields, as gse-local validates them. */
export interface DescribeGameServerSessionsRequest {
  /** Alias id. */
  AliasId?: string;
  /** Fleet id. */
  FleetId?: string;
  /** Game server session id, 1 to 256 ASCII characters (api.json says 48; GSE's own ids are longer). */
  GameServerSessionId?: string;
  /** Maximum number of records in one answer. */
  Limit?: number;
  /** Page token for the next page, 1 to 1024 ASCII characters. */
  NextToken?: string;
  /** Only sessions in this status. */
  StatusFilter?: GameServerSessionStatus;
}

/** The same fields as DescribeGameServerSessions. */
export type DescribeGameServerSessionDetailsRequest = DescribeGameServerSessionsRequest;

/** SearchGameServerSessions' fields, as gse-local validates them. */
export interface SearchGameServerSessionsRequest {
  /** Alias id. */
  AliasId?: string;
  /** Fleet id. */
  FleetId?: string;
  /** Maximum number of records in one answer. */
  Limit?: number;
  /** Page token for the next page, 1 to 1024 ASCII characters. */
  NextToken?: string;
  /**
   * Filter expression over gameServerSessionName, gameServerSessionId,
   * maximumSessions, creationTimeMillis (milliseconds), playerSessionCount,
   * hasAvailablePlayerSessions ("true"/"false") and
   * gameServerSessionProperties.<Key>. Strings compare with = and <>,
   * numbers also with >, >=, <, <=; terms join with AND / OR, for example
   * `playerSessionCount>=2 AND hasAvailablePlayerSessions=true`.
   */
  FilterExpression?: string;
  /**
   * Sort expression over gameServerSessionName, gameServerSessionId,
   * maximumSessions, creationTimeMillis (milliseconds) or playerSessionCount.
   */
  SortExpression?: string;
}

/** UpdateGameServerSession's fields, as gse-local validates them. */
export interface UpdateGameServerSessionRequest {
  /** Game server session id, 1 to 256 ASCII characters. */
  GameServerSessionId: string;
  /** Maximum number of players, >= 0. */
  MaximumPlayerSessionCount?: number;
  /** Session name, 1 to 1024 ASCII characters. */
  Name?: string;
  /** Whether the session accepts new players. */
  PlayerSessionCreationPolicy?: PlayerSessionCreationPolicy;
  /** Protection policy. */
  ProtectionPolicy?: ProtectionPolicy;
}

/** JoinGameServerSession's fields, as gse-local validates them. */
export interface JoinGameServerSessionRequest {
  /** Game server session id, 1 to 256 ASCII characters. */
  GameServerSessionId: string;
  /** Player id, at most 1024 ASCII characters. */
  PlayerId: string;
  /** Custom player data, at most 2048 ASCII characters. */
  PlayerData?: string;
}

/** JoinGameServerSessionBatch's fields, as gse-local validates them. */
export interface JoinGameServerSessionBatchRequest {
  /** Game server session id, 1 to 256 ASCII characters. */
  GameServerSessionId: string;
  /** Player ids, 1 to 25 of them. */
  PlayerIds: string[];
  /** Custom player data. */
  PlayerDataMap?: PlayerDataMap;
}

/** DescribePlayerSessions' fields, as gse-local validates them. */
export interface DescribePlayerSessionsRequest {
  /** Game server session id, 1 to 256 ASCII characters (api.json says 48; GSE's own ids are longer). */
  GameServerSessionId?: string;
  /** Maximum number of records in one answer. */
  Limit?: number;
  /** Page token for the next page, 1 to 1024 ASCII characters. */
  NextToken?: string;
  /** Player id, 1 to 1024 ASCII characters. */
  PlayerId?: string;
  /** Player session id, 1 to 1024 ASCII characters. */
  PlayerSessionId?: string;
  /** Only player sessions in this status. */
  PlayerSessionStatusFilter?: PlayerSessionStatus;
}

/** StartGameServerSessionPlacement's fields, as gse-local validates them. */
export interface StartGameServerSessionPlacementRequest {
  /** Unique placement id, at most 48 ASCII characters of [a-zA-Z0-9-]. */
  PlacementId: string;
  /** Name of the game server session queue. */
  GameServerSessionQueueName: string;
  /** Maximum number of players, >= 1, up to the player session quota. */
  MaximumPlayerSessionCount: number;
  /** Players to place into the new session. */
  DesiredPlayerSessions?: DesiredPlayerSession[];
  /** Game properties of the new session. */
  GameProperties?: GameProperty[];
  /** Game server session data, at most 4096 ASCII characters. */
  GameServerSessionData?: string;
  /** Session name, at most 4096 ASCII characters. */
  GameServerSessionName?: string;
  /** Player latencies. */
  PlayerLatencies?: PlayerLatency[];
}

/** DescribeGameServerSessionPlacement's fields. */
export interface DescribeGameServerSessionPlacementRequest {
  /** Placement id. */
  PlacementId: string;
}

/** StopGameServerSessionPlacement's fields. */
export interface StopGameServerSessionPlacementRequest {
  /** Placement id. */
  PlacementId: string;
}

/** GetGameServerSessionLogUrl's fields. */
export interface GetGameServerSessionLogUrlRequest {
  /** Game server session id, 1 to 48 ASCII characters. */
  GameServerSessionId: string;
}

/** EndGameServerSessionAndProcess's fields. */
export interface EndGameServerSessionAndProcessRequest {
  /** Ends this session's process, the session and its player sessions. */
  GameServerSessionId?: string;
  /** Public IP of the CVM instance. Only takes effect together with Port. */
  IpAddress?: string;
  /** Process port, 1025 to 60000. Only takes effect together with IpAddress. */
  Port?: number;
}

