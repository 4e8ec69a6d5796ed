// The control plane's requests as its actions receive them: the generated
// request types of api.json (src/cloud/generated/gseCloudApi.ts), validated
// (no nulls, enumerations narrowed; see cloud/schema/ValidatedRequest.ts).
import type { ValidatedObject, ValidatedRequest } from "../schema/ValidatedRequest.js";
import type { CONTROL_ACTION_RULES } from "./controlActionRules.js";

export type ControlActionName = keyof typeof CONTROL_ACTION_RULES;

/** Each control-plane action's request. */
export type ControlRequests = { [A in ControlActionName]: ValidatedRequest<A, (typeof CONTROL_ACTION_RULES)[A]> };

export type CreateFleetRequest = ControlRequests["CreateFleet"];
export type InboundPermission = ValidatedObject<"InboundPermission">;
export type GameServerSessionQueueDestination = ValidatedObject<"GameServerSessionQueueDestination">;
export type PlayerLatencyPolicy = ValidatedObject<"PlayerLatencyPolicy">;
