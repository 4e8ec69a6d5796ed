// Our declarations use Node's types (node:events, node:http, NodeJS.*); TypeScript
// does not write this reference itself, and without it a consumer on TypeScript 6+
// defaults (types: []) cannot resolve them. preserve: keep it in the .d.ts.
/// <reference types="node" preserve="true" />
// The public API of gse-sdk. Re-exports only.
export { GseApp, type GseAppOptions, type GameClass } from "./framework/GseApp.js";
export { OnHealthCheck, OnSessionEnd, OnStartSession, OnTerminate, type HookDecorator } from "./framework/decorators.js";
export { defineGame, type GameDefinition, type DefinedGame } from "./framework/defineGame.js";
export type {
  Gse,
  GseCallOptions,
  SessionCallOptions,
  PlayerSessionFilter,
  PlayerSessionCreationPolicy,
  PlayerSessionStatus,
  HealthCheckContext,
  StartSessionContext,
  TerminateContext,
  TerminateReason,
  SessionEndReason,
  SessionEndContext,
  EventLoopLag,
} from "./framework/Gse.js";
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./client/retryPolicy.js";
export { transition as lifecycleTransition, type LifecycleState, type LifecyclePhase, type LifecycleEvent } from "./framework/lifecycle.js";
export { createAgentClient, type AgentClient, type AgentClientOptions, type AgentCallOptions, type AgentMethod } from "./client/createAgentClient.js";
export { AGENT_ADDRESS_ENV, DEFAULT_AGENT_ADDRESS, resolveAgentAddress } from "./client/resolveAgentAddress.js";
/** GSE_FLEET_PROCESS_INDEX: the slot 0..N-1 gse-local's fleet launcher gives each process, stable across its restarts. */
export { FLEET_PROCESS_INDEX_ENV } from "./protocol/env.js";
export { REFUSAL_METADATA, UNKNOWN_PROCESS_REFUSAL, UNKNOWN_SESSION_REFUSAL, type RefusalReason } from "./protocol/refusal.js";
export type { TelemetryOptions } from "./telemetry/createSdkTelemetry.js";
export { resolvePlatform, PLATFORM_ENV, AGONES_PORT_ENV, type Platform } from "./agones/resolvePlatform.js";
export type { AgonesOptions } from "./agones/createAgonesAgent.js";
export { GseError, isGseError, type GseErrorCode, type GseErrorDetails } from "./errors/GseError.js";
/** gRPC status codes, as in GseError.grpcCode. */
export { Status } from "nice-grpc-common";
export { createJsonLogger, silentLogger, type Logger, type LogLevel, type JsonLoggerOptions } from "./logging/Logger.js";
// Generated protocol types and codecs (ts-proto), under their proto names.
export {
  GameProperty,
  GameServerGrpcSdkServiceDefinition,
  GameServerSession,
  GseResponse,
  GseResponse_Status,
  HealthCheckRequest,
  HealthCheckResponse,
  ProcessTerminateRequest,
  StartGameServerSessionRequest,
  type GameServerGrpcSdkServiceClient,
  type GameServerGrpcSdkServiceImplementation,
} from "../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
export {
  AcceptPlayerSessionRequest,
  ActivateGameServerSessionRequest,
  DescribePlayerSessionsRequest,
  DescribePlayerSessionsResponse,
  GseGrpcSdkServiceDefinition,
  PlayerSession,
  ProcessEndingRequest,
  ProcessReadyRequest,
  RemovePlayerSessionRequest,
  ReportCustomDataRequest,
  TerminateGameServerSessionRequest,
  UpdatePlayerSessionCreationPolicyRequest,
  type GseGrpcSdkServiceClient,
  type GseGrpcSdkServiceImplementation,
} from "../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";
