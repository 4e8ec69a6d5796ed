// The protocol's enumerations, as arrays first so that validators and types
// come from the same lists. Shared by the SDK, gse-local's core and its wires.

/** Statuses of a game server process (gse-local's own, as GSE shows them). */
export const PROCESS_STATUSES = ["ACTIVE", "UNHEALTHY", "TERMINATING", "TERMINATED"] as const;
/** A game process's status in GSE. */
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];

/** Statuses of a game server session. */
export const GAME_SERVER_SESSION_STATUSES = ["ACTIVE", "ACTIVATING", "TERMINATED", "TERMINATING", "ERROR"] as const;
/** A game server session's status in GSE. */
export type GameServerSessionStatus = (typeof GAME_SERVER_SESSION_STATUSES)[number];

/** Statuses of a player session. The API documents them numbered 1 to 4 but sends the names. */
export const PLAYER_SESSION_STATUSES = ["RESERVED", "ACTIVE", "COMPLETED", "TIMEDOUT"] as const;
/** A player session's status in GSE. */
export type PlayerSessionStatus = (typeof PLAYER_SESSION_STATUSES)[number];

/**
 * Statuses of a game server session placement. The API document leaves the
 * field undescribed; these are GameLift's values, whose placement model GSE
 * mirrors.
 */
export const GAME_SERVER_SESSION_PLACEMENT_STATUSES = ["PENDING", "FULFILLED", "CANCELLED", "TIMED_OUT", "FAILED"] as const;
/** Status of a game server session placement. */
export type GameServerSessionPlacementStatus = (typeof GAME_SERVER_SESSION_PLACEMENT_STATUSES)[number];

/** Whether a game server session accepts new players. */
export const PLAYER_SESSION_CREATION_POLICIES = ["ACCEPT_ALL", "DENY_ALL"] as const;
/** Whether a session takes new players. */
export type PlayerSessionCreationPolicy = (typeof PLAYER_SESSION_CREATION_POLICIES)[number];

/** Protection of a session's process against scale-in. */
export const PROTECTION_POLICIES = ["NoProtection", "TimeLimitProtection", "FullProtection"] as const;
/** Protection of a session's process against scale-in. */
export type ProtectionPolicy = (typeof PROTECTION_POLICIES)[number];

/** Whether a game server session is blocked from use. */
export const GAME_SERVER_SESSION_AVAILABILITY_STATUSES = ["Enable", "Disable"] as const;
/** Whether a game server session is blocked from use. */
export type GameServerSessionAvailabilityStatus = (typeof GAME_SERVER_SESSION_AVAILABILITY_STATUSES)[number];

/** Player sessions that hold a slot. */
export const OPEN_PLAYER_SESSION_STATUSES: readonly PlayerSessionStatus[] = ["RESERVED", "ACTIVE"];
/** Sessions still running on their process. */
export const LIVE_GAME_SERVER_SESSION_STATUSES: readonly GameServerSessionStatus[] = ["ACTIVATING", "ACTIVE", "TERMINATING"];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
