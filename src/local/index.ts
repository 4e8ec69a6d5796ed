// Our declarations use Node's types (node:events, node:http, NodeJS.*); TypeScript
// does not write this reference itself, and without it a consumer on TypeScript 6+
// defaults (types: []) cannot resolve them. preserve: keep it in the .d.ts.
/// <reference types="node" preserve="true" />
// gse-sdk/local: gse-local, the local GSE agent and cloud API. A separate
// entry so that game processes importing "gse-sdk" never load it.
export { createGseLocal } from "./createGseLocal.js";
export type { GseLocal, GseLocalOptions, LaunchedFleet, RestartAgentOptions, WaitOptions } from "./GseLocal.js";
export {
  AGENT_METHODS,
  PROCESS_METHODS,
  FAULT_GRPC_CODES,
  type FaultRule,
  type FaultControl,
  type FaultAction,
  type FaultGrpcCode,
  type FaultRefusalStatus,
  type AgentMethod,
  type ProcessMethod,
} from "./faults/FaultRule.js";
export { parseFaultRule, FAULT_SYNTAX } from "./faults/parseFaultRule.js";
export type { GseLocalEvent, GseLocalEventType } from "./core/GseLocalEvent.js";
export type {
  LocalProcess,
  LocalGameServerSession,
  LocalPlayerSession,
  LocalPlacement,
  ProcessStatus,
  GameServerSessionStatus,
  PlayerSessionStatus,
  PlacementStatus,
} from "./core/records.js";
// The core, for tools built on gse-local (and its own tests): state, the change stream, the clock.
export { createCore, createManualClock, systemClock, CoreRefusal, CORE_REFUSAL_REASONS } from "./core/index.js";
export type { GseLocalCore, CoreOptions, Clock, ClockTimer, ManualClock, CoreRefusalReason, StateChange, CoreDomains } from "./core/index.js";
export { CloudApiError, CLOUD_API_ERROR_CODES, type CloudApiErrorCode } from "./cloud/CloudApiError.js";
export { LOCAL_ACTIONS } from "./cloud/actions/localActions.js";
export { createFleetLauncher, type FleetLauncher, type FleetLauncherOptions } from "./fleet/createFleetLauncher.js";
/** The cloud API's request and response shapes, as gse-local validates and answers them. */
export type * as CloudModels from "./cloud/cloudModels.js";
// The control plane: assets, fleets, instances, aliases, queues and scaling (local.control).
export type { ControlPlane } from "./control/createControlPlane.js";
/** The control plane's records: assets, fleets, instances, aliases, queues, policies. */
export type * as ControlRecords from "./control/records.js";
export { ControlRefusal, type ControlRefusalKind } from "./control/ControlRefusal.js";
export { AssetArchiveError, type AssetArchiveRule } from "./control/assets/AssetArchiveError.js";
export { GSE_ACTIONS, type GseActionName, type GseActionFamily } from "./control/catalogue/gseActions.js";
export { FLEET_STATUSES, FLEET_EVENT_CODES, type FleetStatus, type FleetEventCode } from "./control/fleets/fleetStatus.js";
export { createTimeline, describeEvent, type Timeline, type TimelineOptions, type EventDescription, type GameLogLine } from "./observe/createTimeline.js";
