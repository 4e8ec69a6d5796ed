/**
 * Requests, responses and model objects of the GSE cloud API actions that
 * gse-local serves (TencentCloud API 3.0, service `gse`, version 2019-11-12).
 *
 * Field names are PascalCase exactly as in the API definition, because they
 * are the wire names. Comments are translated from its Chinese documents,
 * limits included. Request fields are optional where the API says so.
 * Response fields are always present, and `| null` where the API warns that
 * TencentCloud may answer null ("此字段可能返回 null").
 */

// The enumerations live in src/protocol/statuses.ts, shared with the SDK and
// the core, so the validator and the types read the same lists.

export {
  GAME_SERVER_SESSION_STATUSES,
  PLAYER_SESSION_STATUSES,
  GAME_SERVER_SESSION_PLACEMENT_STATUSES,
  PLAYER_SESSION_CREATION_POLICIES,
  PROTECTION_POLICIES,
  GAME_SERVER_SESSION_AVAILABILITY_STATUSES,
  type GameServerSessionStatus,
  type PlayerSessionStatus,
  type GameServerSessionPlacementStatus,
  type PlayerSessionCreationPolicy,
  type ProtectionPolicy,
  type GameServerSessionAvailabilityStatus,
} from "../../protocol/statuses.js";
import type {
  GameServerSessionAvailabilityStatus,
  GameServerSessionPlacementStatus,
  GameServerSessionStatus,
  PlayerSessionCreationPolicy,
  PlayerSessionStatus,
  ProtectionPolicy,
} from "../../protocol/statuses.js";

// ---------------------------------------------------------------------------
// Model objects
// ---------------------------------------------------------------------------

/** A game property: a key/value pair attached to a game server session. */
export interface GameProperty {
  /** Property name, at most 32 ASCII characters. */
  Key: string;
  /** Property value, at most 96 ASCII characters. */
  Value: string;
}

/** A game server session. */
export interface GameServerSession {
  /** When the session was created. */
  CreationTime: string;
  /** Creator id, at most 1024 ASCII characters. */
  CreatorId: string | null;
  /** Current number of players, >= 0. */
  CurrentPlayerSessionCount: number;
  /** DNS name of the CVM instance. */
  DnsName: string | null;
  /** Fleet id. */
  FleetId: string;
  /** Game properties, at most 16. */
  GameProperties: GameProperty[] | null;
  /** Game server session data, at most 4096 ASCII characters. */
  GameServerSessionData: string | null;
  /** Game server session id, 1 to 48 ASCII characters. */
  GameServerSessionId: string;
  /** IP address of the CVM instance. */
  IpAddress: string;
  /** Matchmaker data, at most 400000 ASCII characters. */
  MatchmakerData: string | null;
  /** Maximum number of players, >= 0. */
  MaximumPlayerSessionCount: number;
  /** Session name, at most 1024 ASCII characters. */
  Name: string | null;
  /** Player session creation policy. */
  PlayerSessionCreationPolicy: PlayerSessionCreationPolicy | null;
  /** Port, 1 to 60000. */
  Port: number;
  /** Session status. */
  Status: GameServerSessionStatus;
  /** Extra information about the status. */
  StatusReason: string | null;
  /** When the session was terminated. */
  TerminationTime: string | null;
  /** Instance type, at most 128 ASCII characters. */
  InstanceType: string | null;
  /** Current custom count, as reported by the process (ReportCustomData). */
  CurrentCustomCount: number | null;
  /** Maximum custom count, as reported by the process (ReportCustomData). */
  MaxCustomCount: number | null;
  /** Weight. */
  Weight: number | null;
  /** Whether the session is blocked. */
  AvailabilityStatus: GameServerSessionAvailabilityStatus | null;
}

/** A game server session with its protection policy. */
export interface GameServerSessionDetail {
  /** The game server session. */
  GameServerSession: GameServerSession;
  /** Protection policy (the document lists NoProtection and FullProtection). */
  ProtectionPolicy: ProtectionPolicy | null;
}

/** A player session. */
export interface PlayerSession {
  /** When the player session was created. */
  CreationTime: string;
  /** DNS name the game server session runs on. */
  DnsName: string | null;
  /** Fleet id. */
  FleetId: string;
  /** Game server session id, 1 to 256 ASCII characters. */
  GameServerSessionId: string;
  /** Address of the CVM instance the game server session runs on. */
  IpAddress: string;
  /** Custom player data, at most 2048 ASCII characters. */
  PlayerData: string | null;
  /** Player id, at most 1024 ASCII characters. */
  PlayerId: string | null;
  /** Player session id. */
  PlayerSessionId: string;
  /** Port, 1 to 60000. */
  Port: number;
  /** Player session status. */
  Status: PlayerSessionStatus;
  /** When the player session ended. */
  TerminationTime: string | null;
}

/** Custom player data in JoinGameServerSessionBatch (one key/value pair, as the API defines it). */
export interface PlayerDataMap {
  /** Data key, 1 to 1024 ASCII characters. */
  Key: string;
  /** Data value, 1 to 2048 ASCII characters. */
  Value: string;
}

/** A player to place into the session a placement creates. */
export interface DesiredPlayerSession {
  /** Unique id of the player the player session belongs to. */
  PlayerId: string;
  /** Developer-defined player data. */
  PlayerData: string;
}

/** A player's latency to a region. Used in requests and responses. */
export interface PlayerLatency {
  /** Player id. */
  PlayerId?: string | null;
  /** Name of the region the latency is to. */
  RegionIdentifier?: string | null;
  /** Latency in milliseconds, >= 0. */
  LatencyInMilliseconds?: number;
}

/** A player session created by a placement. */
export interface PlacedPlayerSession {
  /** Player id. */
  PlayerId: string;
  /** Player session id. */
  PlayerSessionId: string;
}

/** A game server session placement: a queued request for a new session. */
export interface GameServerSessionPlacement {
  /** Placement id. */
  PlacementId: string;
  /** Name of the game server session queue. */
  GameServerSessionQueueName: string;
  /** Player latencies. */
  PlayerLatencies: PlayerLatency[] | null;
  /** Placement status. */
  Status: GameServerSessionPlacementStatus;
  /** DNS name of the instance running the session. */
  DnsName: string | null;
  /** Game server session id. */
  GameServerSessionId: string | null;
  /** Game server session name. */
  GameServerSessionName: string | null;
  /** Region the session was placed in. */
  GameServerSessionRegion: string | null;
  /** Game properties. */
  GameProperties: GameProperty[] | null;
  /** Maximum number of players, >= 1, up to the player session quota. */
  MaximumPlayerSessionCount: number;
  /** Game server session data. */
  GameServerSessionData: string | null;
  /** IP address of the instance running the session. */
  IpAddress: string | null;
  /** Port of the instance running the session. */
  Port: number | null;
  /** Matchmaker data. */
  MatchmakerData: string | null;
  /** Player sessions created for the placement. */
  PlacedPlayerSessions: PlacedPlayerSession[] | null;
  /** When the placement started. */
  StartTime: string;
  /** When the placement ended. */
  EndTime: string | null;
}

// ---------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------

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

export interface JoinGameServerSessionRequest {
  /** Game server session id, 1 to 256 ASCII characters. */
  GameServerSessionId: string;
  /** Player id, at most 1024 ASCII characters. */
  PlayerId: string;
  /** Custom player data, at most 2048 ASCII characters. */
  PlayerData?: string;
}

export interface JoinGameServerSessionBatchRequest {
  /** Game server session id, 1 to 256 ASCII characters. */
  GameServerSessionId: string;
  /** Player ids, 1 to 25 of them. */
  PlayerIds: string[];
  /** Custom player data. */
  PlayerDataMap?: PlayerDataMap;
}

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

export interface DescribeGameServerSessionPlacementRequest {
  /** Placement id. */
  PlacementId: string;
}

export interface StopGameServerSessionPlacementRequest {
  /** Placement id. */
  PlacementId: string;
}

export interface GetGameServerSessionLogUrlRequest {
  /** Game server session id, 1 to 48 ASCII characters. */
  GameServerSessionId: string;
}

export interface EndGameServerSessionAndProcessRequest {
  /** Ends this session's process, the session and its player sessions. */
  GameServerSessionId?: string;
  /** Public IP of the CVM instance. Only takes effect together with Port. */
  IpAddress?: string;
  /** Process port, 1025 to 60000. Only takes effect together with IpAddress. */
  Port?: number;
}

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

export type EndGameServerSessionAndProcessResponse = CloudResponseBase;

// ---------------------------------------------------------------------------
// Action maps
// ---------------------------------------------------------------------------

/** Each served action's request. */
export interface CloudRequests {
  CreateGameServerSession: CreateGameServerSessionRequest;
  DescribeGameServerSessions: DescribeGameServerSessionsRequest;
  DescribeGameServerSessionDetails: DescribeGameServerSessionDetailsRequest;
  SearchGameServerSessions: SearchGameServerSessionsRequest;
  UpdateGameServerSession: UpdateGameServerSessionRequest;
  JoinGameServerSession: JoinGameServerSessionRequest;
  JoinGameServerSessionBatch: JoinGameServerSessionBatchRequest;
  DescribePlayerSessions: DescribePlayerSessionsRequest;
  StartGameServerSessionPlacement: StartGameServerSessionPlacementRequest;
  DescribeGameServerSessionPlacement: DescribeGameServerSessionPlacementRequest;
  StopGameServerSessionPlacement: StopGameServerSessionPlacementRequest;
  GetGameServerSessionLogUrl: GetGameServerSessionLogUrlRequest;
  EndGameServerSessionAndProcess: EndGameServerSessionAndProcessRequest;
}

/** Each served action's response (the content of `{"Response": ...}`). */
export interface CloudResponses {
  CreateGameServerSession: CreateGameServerSessionResponse;
  DescribeGameServerSessions: DescribeGameServerSessionsResponse;
  DescribeGameServerSessionDetails: DescribeGameServerSessionDetailsResponse;
  SearchGameServerSessions: SearchGameServerSessionsResponse;
  UpdateGameServerSession: UpdateGameServerSessionResponse;
  JoinGameServerSession: JoinGameServerSessionResponse;
  JoinGameServerSessionBatch: JoinGameServerSessionBatchResponse;
  DescribePlayerSessions: DescribePlayerSessionsResponse;
  StartGameServerSessionPlacement: StartGameServerSessionPlacementResponse;
  DescribeGameServerSessionPlacement: DescribeGameServerSessionPlacementResponse;
  StopGameServerSessionPlacement: StopGameServerSessionPlacementResponse;
  GetGameServerSessionLogUrl: GetGameServerSessionLogUrlResponse;
  EndGameServerSessionAndProcess: EndGameServerSessionAndProcessResponse;
}

/** Name of a cloud API action gse-local serves. */
export type CloudActionName = keyof CloudRequests;
