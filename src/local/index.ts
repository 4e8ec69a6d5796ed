// Our declarations use Node's types (node:events, node:http, NodeJS.*); TypeScript
// does not write this reference itself, and without it a consumer on TypeScript 6+
// defaults (types: []) cannot resolve them. preserve: keep it in the .d.ts.
/// <reference types="node" preserve="true" />
// gse-sdk/local: gse-local, the local GSE agent and cloud API. A separate
// entry so that game processes importing "gse-sdk" never load it.
export { createGseLocal, type GseLocal, type GseLocalOptions, type RestartAgentOptions, type WaitOptions } from "./createGseLocal.js";
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
} from "./FaultRule.js";
export { parseFaultRule, FAULT_SYNTAX } from "./parseFaultRule.js";
export type { GseLocalEvent, GseLocalEventType } from "./GseLocalEvent.js";
export type {
  LocalProcess,
  LocalGameServerSession,
  LocalPlayerSession,
  LocalPlacement,
  ProcessStatus,
  GameServerSessionStatus,
  PlayerSessionStatus,
  PlacementStatus,
} from "./localModels.js";
export { CloudApiError, type CloudApiErrorCode } from "./cloud/CloudApiError.js";
export { LOCAL_ACTIONS } from "./createCloudActions.js";
export { createFleetLauncher, type FleetLauncher, type FleetLauncherOptions } from "./createFleetLauncher.js";
export type * as CloudModels from "./cloud/cloudModels.js";
