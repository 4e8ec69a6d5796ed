/**
 * A fleet's statuses, in GameLift's spelling (GSE documents them in Chinese
 * as 新建、下载中、验证中、生成中、激活中、活跃、异常、删除中、结束 and mirrored
 * GameLift's state machine; its event codes are GameLift's too).
 */
export const FLEET_STATUSES = [
  "NEW",
  "DOWNLOADING",
  "VALIDATING",
  "BUILDING",
  "ACTIVATING",
  "ACTIVE",
  "ERROR",
  "DELETING",
  "TERMINATED",
] as const;
/** A fleet's status. */
export type FleetStatus = (typeof FLEET_STATUSES)[number];

/** The event codes of api.json's Event.EventCode, all of them. */
export const FLEET_EVENT_CODES = [
  "FLEET_CREATED",
  "FLEET_STATE_DOWNLOADING",
  "FLEET_BINARY_DOWNLOAD_FAILED",
  "FLEET_CREATION_EXTRACTING_BUILD",
  "FLEET_CREATION_VALIDATING_RUNTIME_CONFIG",
  "FLEET_STATE_VALIDATING",
  "FLEET_STATE_BUILDING",
  "FLEET_STATE_ACTIVATING",
  "FLEET_STATE_ACTIVE",
  "FLEET_SCALING_EVENT",
  "FLEET_STATE_ERROR",
  "FLEET_VALIDATION_LAUNCH_PATH_NOT_FOUND",
  "FLEET_ACTIVATION_FAILED_NO_INSTANCES",
  "FLEET_VPC_PEERING_SUCCEEDED",
  "FLEET_VPC_PEERING_FAILED",
  "FLEET_VPC_PEERING_DELETE",
  "FLEET_INITIALIZATION_FAILED",
  "FLEET_DELETED",
  "FLEET_STATE_DELETING",
  "FLEET_ACTIVATION_FAILED",
  "GAME_SESSION_ACTIVATION_TIMEOUT",
] as const;
/** The code of a fleet event. */
export type FleetEventCode = (typeof FLEET_EVENT_CODES)[number];

const NEXT: Readonly<Record<FleetStatus, readonly FleetStatus[]>> = {
  NEW: ["DOWNLOADING", "ERROR", "DELETING"],
  DOWNLOADING: ["VALIDATING", "ERROR", "DELETING"],
  VALIDATING: ["BUILDING", "ERROR", "DELETING"],
  BUILDING: ["ACTIVATING", "ERROR", "DELETING"],
  ACTIVATING: ["ACTIVE", "ERROR", "DELETING"],
  ACTIVE: ["DELETING", "ERROR"],
  ERROR: ["DELETING"],
  DELETING: ["TERMINATED"],
  TERMINATED: [],
};

/** The event a fleet records when it enters a status, as GameLift does. */
const ENTER_EVENT: Readonly<Record<FleetStatus, FleetEventCode>> = {
  NEW: "FLEET_CREATED",
  DOWNLOADING: "FLEET_STATE_DOWNLOADING",
  VALIDATING: "FLEET_STATE_VALIDATING",
  BUILDING: "FLEET_STATE_BUILDING",
  ACTIVATING: "FLEET_STATE_ACTIVATING",
  ACTIVE: "FLEET_STATE_ACTIVE",
  ERROR: "FLEET_STATE_ERROR",
  DELETING: "FLEET_STATE_DELETING",
  TERMINATED: "FLEET_DELETED",
};

export function canTransition(from: FleetStatus, to: FleetStatus): boolean {
  return NEXT[from].includes(to);
}

export function eventForStatus(status: FleetStatus): FleetEventCode {
  return ENTER_EVENT[status];
}

/** Statuses in which the fleet's processes may host new sessions. */
export function acceptsSessions(status: FleetStatus): boolean {
  return status === "ACTIVE";
}

/** Statuses on the way to ACTIVE: the fleet is being built. */
export function isBuilding(status: FleetStatus): boolean {
  return status === "NEW" || status === "DOWNLOADING" || status === "VALIDATING" || status === "BUILDING" || status === "ACTIVATING";
}
