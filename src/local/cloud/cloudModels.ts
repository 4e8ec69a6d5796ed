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

export type * from "./cloudRequests.js";
export type * from "./cloudResponses.js";
import type * as Requests from "./cloudRequests.js";
import type * as Responses from "./cloudResponses.js";

// ---------------------------------------------------------------------------
// Action maps
// ---------------------------------------------------------------------------

/** Each served action's request. */
export interface CloudRequests {
  CreateGameServerSession: Requests.CreateGameServerSessionRequest;
  DescribeGameServerSessions: Requests.DescribeGameServerSessionsRequest;
  DescribeGameServerSessionDetails: Requests.DescribeGameServerSessionDetailsRequest;
  SearchGameServerSessions: Requests.SearchGameServerSessionsRequest;
  UpdateGameServerSession: Requests.UpdateGameServerSessionRequest;
  JoinGameServerSession: Requests.JoinGameServerSessionRequest;
  JoinGameServerSessionBatch: Requests.JoinGameServerSessionBatchRequest;
  DescribePlayerSessions: Requests.DescribePlayerSessionsRequest;
  StartGameServerSessionPlacement: Requests.StartGameServerSessionPlacementRequest;
  DescribeGameServerSessionPlacement: Requests.DescribeGameServerSessionPlacementRequest;
  StopGameServerSessionPlacement: Requests.StopGameServerSessionPlacementRequest;
  GetGameServerSessionLogUrl: Requests.GetGameServerSessionLogUrlRequest;
  EndGameServerSessionAndProcess: Requests.EndGameServerSessionAndProcessRequest;
}

/** Each served action's response (the content of `{"Response": ...}`). */
export interface CloudResponses {
  CreateGameServerSession: Responses.CreateGameServerSessionResponse;
  DescribeGameServerSessions: Responses.DescribeGameServerSessionsResponse;
  DescribeGameServerSessionDetails: Responses.DescribeGameServerSessionDetailsResponse;
  SearchGameServerSessions: Responses.SearchGameServerSessionsResponse;
  UpdateGameServerSession: Responses.UpdateGameServerSessionResponse;
  JoinGameServerSession: Responses.JoinGameServerSessionResponse;
  JoinGameServerSessionBatch: Responses.JoinGameServerSessionBatchResponse;
  DescribePlayerSessions: Responses.DescribePlayerSessionsResponse;
  StartGameServerSessionPlacement: Responses.StartGameServerSessionPlacementResponse;
  DescribeGameServerSessionPlacement: Responses.DescribeGameServerSessionPlacementResponse;
  StopGameServerSessionPlacement: Responses.StopGameServerSessionPlacementResponse;
  GetGameServerSessionLogUrl: Responses.GetGameServerSessionLogUrlResponse;
  EndGameServerSessionAndProcess: Responses.EndGameServerSessionAndProcessResponse;
}

/** Name of a cloud API action gse-local serves. */
export type CloudActionName = keyof CloudRequests;
