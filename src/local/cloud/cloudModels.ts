/**
 * The session actions' requests, responses and model objects as gse-local
 * validates and answers them (TencentCloud API 3.0, service `gse`, version
 * 2019-11-12). They are the generated types of `gse-sdk/cloud`
 * (src/cloud/generated/gseCloudApi.ts, from api.json), the one vocabulary of
 * the cloud wire, narrowed where gse-local knows more: a status is one of its
 * enumeration (src/protocol/statuses.ts), a validated request holds no null.
 * Field names are the wire's, PascalCase; the documents are api.json's.
 */
import type * as Api from "../../cloud/generated/gseCloudApi.js";
import type {
  GameServerSessionAvailabilityStatus,
  GameServerSessionPlacementStatus,
  GameServerSessionStatus,
  PlayerSessionCreationPolicy,
  PlayerSessionStatus,
  ProtectionPolicy,
} from "../../protocol/statuses.js";
import type { ValidatedRequest } from "./schema/ValidatedRequest.js";
import type { SESSION_ACTION_RULES } from "./sessionActionRules.js";

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
export type { GameProperty, PlayerDataMap, DesiredPlayerSession, PlayerLatency, PlacedPlayerSession } from "../../cloud/generated/gseCloudApi.js";

/** `T` with the fields named in `N` narrowed to N's types; a field T lets be null stays nullable. */
type Narrow<T, N extends { readonly [K in keyof N]: K extends keyof T ? NonNullable<T[K]> : never }> = {
  [K in keyof T]: K extends keyof N ? N[K] | Extract<T[K], null> : T[K];
};

// ---------------------------------------------------------------------------
// Model objects
// ---------------------------------------------------------------------------

/** A game server session, its statuses narrowed. */
export type GameServerSession = Narrow<
  Api.GameServerSession,
  {
    Status: GameServerSessionStatus;
    PlayerSessionCreationPolicy: PlayerSessionCreationPolicy;
    AvailabilityStatus: GameServerSessionAvailabilityStatus;
  }
>;
/** A game server session with its protection policy. */
export type GameServerSessionDetail = Narrow<Api.GameServerSessionDetail, { GameServerSession: GameServerSession; ProtectionPolicy: ProtectionPolicy }>;
/** A player session, its status narrowed. */
export type PlayerSession = Narrow<Api.PlayerSession, { Status: PlayerSessionStatus }>;
/** A game server session placement, its status narrowed. */
export type GameServerSessionPlacement = Narrow<Api.GameServerSessionPlacement, { Status: GameServerSessionPlacementStatus }>;

// ---------------------------------------------------------------------------
// Action maps
// ---------------------------------------------------------------------------

/** Name of a cloud API action the sessions' dispatch serves. */
export type CloudActionName = keyof typeof SESSION_ACTION_RULES;

/** Each served action's request, as validateCloudRequest hands it on. */
export type CloudRequests = { [A in CloudActionName]: ValidatedRequest<A, (typeof SESSION_ACTION_RULES)[A]> };

/** Each served action's response (the content of `{"Response": ...}`), with the models above. */
export interface CloudResponses {
  CreateGameServerSession: Narrow<Api.CreateGameServerSessionResponse, { GameServerSession: GameServerSession }>;
  DescribeGameServerSessions: Narrow<Api.DescribeGameServerSessionsResponse, { GameServerSessions: GameServerSession[] }>;
  DescribeGameServerSessionDetails: Narrow<Api.DescribeGameServerSessionDetailsResponse, { GameServerSessionDetails: GameServerSessionDetail[] }>;
  SearchGameServerSessions: Narrow<Api.SearchGameServerSessionsResponse, { GameServerSessions: GameServerSession[] }>;
  UpdateGameServerSession: Narrow<Api.UpdateGameServerSessionResponse, { GameServerSession: GameServerSession }>;
  JoinGameServerSession: Narrow<Api.JoinGameServerSessionResponse, { PlayerSession: PlayerSession }>;
  JoinGameServerSessionBatch: Narrow<Api.JoinGameServerSessionBatchResponse, { PlayerSessions: PlayerSession[] }>;
  DescribePlayerSessions: Narrow<Api.DescribePlayerSessionsResponse, { PlayerSessions: PlayerSession[] }>;
  StartGameServerSessionPlacement: Narrow<Api.StartGameServerSessionPlacementResponse, { GameServerSessionPlacement: GameServerSessionPlacement }>;
  DescribeGameServerSessionPlacement: Narrow<Api.DescribeGameServerSessionPlacementResponse, { GameServerSessionPlacement: GameServerSessionPlacement }>;
  StopGameServerSessionPlacement: Narrow<Api.StopGameServerSessionPlacementResponse, { GameServerSessionPlacement: GameServerSessionPlacement }>;
  GetGameServerSessionLogUrl: Api.GetGameServerSessionLogUrlResponse;
  EndGameServerSessionAndProcess: Api.EndGameServerSessionAndProcessResponse;
}

// The names each request and response has had, kept for CloudModels users.
/** CreateGameServerSession's request, as validated. */
export type CreateGameServerSessionRequest = CloudRequests["CreateGameServerSession"];
/** DescribeGameServerSessions's request, as validated. */
export type DescribeGameServerSessionsRequest = CloudRequests["DescribeGameServerSessions"];
/** DescribeGameServerSessionDetails's request, as validated. */
export type DescribeGameServerSessionDetailsRequest = CloudRequests["DescribeGameServerSessionDetails"];
/** SearchGameServerSessions's request, as validated. */
export type SearchGameServerSessionsRequest = CloudRequests["SearchGameServerSessions"];
/** UpdateGameServerSession's request, as validated. */
export type UpdateGameServerSessionRequest = CloudRequests["UpdateGameServerSession"];
/** JoinGameServerSession's request, as validated. */
export type JoinGameServerSessionRequest = CloudRequests["JoinGameServerSession"];
/** JoinGameServerSessionBatch's request, as validated. */
export type JoinGameServerSessionBatchRequest = CloudRequests["JoinGameServerSessionBatch"];
/** DescribePlayerSessions's request, as validated. */
export type DescribePlayerSessionsRequest = CloudRequests["DescribePlayerSessions"];
/** StartGameServerSessionPlacement's request, as validated. */
export type StartGameServerSessionPlacementRequest = CloudRequests["StartGameServerSessionPlacement"];
/** DescribeGameServerSessionPlacement's request, as validated. */
export type DescribeGameServerSessionPlacementRequest = CloudRequests["DescribeGameServerSessionPlacement"];
/** StopGameServerSessionPlacement's request, as validated. */
export type StopGameServerSessionPlacementRequest = CloudRequests["StopGameServerSessionPlacement"];
/** GetGameServerSessionLogUrl's request, as validated. */
export type GetGameServerSessionLogUrlRequest = CloudRequests["GetGameServerSessionLogUrl"];
/** EndGameServerSessionAndProcess's request, as validated. */
export type EndGameServerSessionAndProcessRequest = CloudRequests["EndGameServerSessionAndProcess"];
/** CreateGameServerSession's response. */
export type CreateGameServerSessionResponse = CloudResponses["CreateGameServerSession"];
/** DescribeGameServerSessions's response. */
export type DescribeGameServerSessionsResponse = CloudResponses["DescribeGameServerSessions"];
/** DescribeGameServerSessionDetails's response. */
export type DescribeGameServerSessionDetailsResponse = CloudResponses["DescribeGameServerSessionDetails"];
/** SearchGameServerSessions's response. */
export type SearchGameServerSessionsResponse = CloudResponses["SearchGameServerSessions"];
/** UpdateGameServerSession's response. */
export type UpdateGameServerSessionResponse = CloudResponses["UpdateGameServerSession"];
/** JoinGameServerSession's response. */
export type JoinGameServerSessionResponse = CloudResponses["JoinGameServerSession"];
/** JoinGameServerSessionBatch's response. */
export type JoinGameServerSessionBatchResponse = CloudResponses["JoinGameServerSessionBatch"];
/** DescribePlayerSessions's response. */
export type DescribePlayerSessionsResponse = CloudResponses["DescribePlayerSessions"];
/** StartGameServerSessionPlacement's response. */
export type StartGameServerSessionPlacementResponse = CloudResponses["StartGameServerSessionPlacement"];
/** DescribeGameServerSessionPlacement's response. */
export type DescribeGameServerSessionPlacementResponse = CloudResponses["DescribeGameServerSessionPlacement"];
/** StopGameServerSessionPlacement's response. */
export type StopGameServerSessionPlacementResponse = CloudResponses["StopGameServerSessionPlacement"];
/** GetGameServerSessionLogUrl's response. */
export type GetGameServerSessionLogUrlResponse = CloudResponses["GetGameServerSessionLogUrl"];
/** EndGameServerSessionAndProcess's response. */
export type EndGameServerSessionAndProcessResponse = CloudResponses["EndGameServerSessionAndProcess"];
/** Fields every response carries. */
export type CloudResponseBase = Api.EndGameServerSessionAndProcessResponse;
