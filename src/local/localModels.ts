/** gse-local's own records. Cloud and gRPC views are derived from these. */
import type { PlayerLatency } from "./cloud/cloudModels.js";

export type ProcessStatus = "ACTIVE" | "UNHEALTHY" | "TERMINATING" | "TERMINATED";
export type GameServerSessionStatus = "ACTIVATING" | "ACTIVE" | "TERMINATING" | "TERMINATED" | "ERROR";
export type PlayerSessionStatus = "RESERVED" | "ACTIVE" | "COMPLETED" | "TIMEDOUT";
export type PlacementStatus = "PENDING" | "FULFILLED" | "CANCELLED" | "TIMED_OUT" | "FAILED";
export type CreationPolicy = "ACCEPT_ALL" | "DENY_ALL";
export type ProtectionPolicy = "NoProtection" | "TimeLimitProtection" | "FullProtection";

export interface KeyValue {
  Key: string;
  Value: string;
}

export interface LocalProcess {
  readonly pid: number;
  grpcPort: number;
  clientPort: number;
  logPaths: string[];
  /** The process's working directory when it registered: relative log paths resolve against it. */
  cwd: string | undefined;
  status: ProcessStatus;
  statusReason: string;
  registeredAt: number;
  /** Consecutive failed health checks. */
  healthFailures: number;
  lastHealthCheckAt: number | undefined;
  /** The session it holds (ACTIVATING, ACTIVE, TERMINATING or ERROR), if any. */
  gameServerSessionId: string | undefined;
  currentCustomCount: number;
  maxCustomCount: number;
  /** Epoch ms when OnProcessTerminate said the process will be ended. */
  terminationTime: number | undefined;
}

export interface LocalGameServerSession {
  readonly gameServerSessionId: string;
  readonly fleetId: string;
  readonly creatorId: string;
  readonly idempotencyToken: string | undefined;
  name: string;
  maximumPlayerSessionCount: number;
  gameProperties: KeyValue[];
  gameServerSessionData: string;
  matchmakerData: string;
  status: GameServerSessionStatus;
  statusReason: string;
  creationTime: number;
  terminationTime: number | undefined;
  playerSessionCreationPolicy: CreationPolicy;
  protectionPolicy: ProtectionPolicy;
  readonly pid: number;
  readonly ipAddress: string;
  readonly port: number;
  /** Player sessions of this session, in creation order. */
  readonly playerSessionIds: string[];
}

export interface LocalPlayerSession {
  readonly playerSessionId: string;
  readonly playerId: string;
  readonly playerData: string;
  readonly gameServerSessionId: string;
  readonly fleetId: string;
  readonly ipAddress: string;
  readonly port: number;
  status: PlayerSessionStatus;
  readonly creationTime: number;
  terminationTime: number | undefined;
}

export interface LocalPlacement {
  readonly placementId: string;
  readonly queueName: string;
  status: PlacementStatus;
  readonly maximumPlayerSessionCount: number;
  readonly gameProperties: KeyValue[];
  readonly gameServerSessionName: string;
  readonly gameServerSessionData: string;
  readonly desiredPlayerSessions: { PlayerId: string; PlayerData: string }[];
  readonly playerLatencies: PlayerLatency[];
  readonly startTime: number;
  endTime: number | undefined;
  gameServerSessionId: string | undefined;
  placedPlayerSessions: { PlayerId: string; PlayerSessionId: string }[];
  /** Processes whose session for this placement failed: it is placed elsewhere. */
  readonly triedPids: Set<number>;
}
