// As in src/index.ts: the declarations use Node's types (AbortSignal...), and
// TypeScript 6+ consumers default to types: []. preserve: keep it in the .d.ts.
/// <reference types="node" preserve="true" />
// gse-sdk/cloud: a typed, promise-based client of the GSE cloud API, for
// backends and tests. A separate entry: game processes never load it.
export {
  createGseCloudClient,
  type GseCloudClient,
  type GseCloudClientOptions,
  type GseCloudHelpers,
  type GseCloudAction,
  type GseCloudRequest,
  type GseCloudResponse,
  type GseCloudWaitOptions,
  type GseCloudCredential,
  type WaitForSessionOptions,
  type JoinedSession,
  type GameServerSessionStatus,
  type PlacementStatus,
} from "./createGseCloudClient.js";
export { GseCloudError, type GseCloudErrorDetails } from "./GseCloudError.js";
export type { GseCloudCallOptions } from "./GseCloudCallOptions.js";
export { GSE_CLOUD_ACTIONS } from "./generated/gseCloudApi.js";
export type * from "./generated/gseCloudApi.js";
