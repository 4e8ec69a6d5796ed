// gse-sdk/local: gse-local, the local GSE agent and cloud API. A separate
// entry so that game processes importing "gse-sdk" never load it.
export { createGseLocal, type GseLocal, type GseLocalOptions, type WaitOptions } from "./createGseLocal.js";
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
