/**
 * gse-local's own records: plain, serialisable data (no class instances, no
 * timers, no Sets). Only the core writes them (the fields are readonly
 * everywhere else); cloud and gRPC views are derived from them in views/.
 */
import type {
  GameServerSessionPlacementStatus,
  GameServerSessionStatus,
  PlayerSessionCreationPolicy,
  PlayerSessionStatus,
  ProcessStatus,
  ProtectionPolicy,
} from "../../protocol/statuses.js";

export type { GameServerSessionStatus, PlayerSessionStatus, ProcessStatus, ProtectionPolicy } from "../../protocol/statuses.js";
/** A placement's status. */
export type PlacementStatus = GameServerSessionPlacementStatus;
export type CreationPolicy = PlayerSessionCreationPolicy;

export interface KeyValue {
  readonly Key: string;
  readonly Value: string;
}

export interface LatencyRecord {
  readonly PlayerId?: string | null;
  readonly RegionIdentifier?: string | null;
  readonly LatencyInMilliseconds?: number;
}

/** A game process as gse-local tracks it. */
export interface LocalProcess {
  readonly pid: number;
  readonly grpcPort: number;
  readonly clientPort: number;
  readonly logPaths: readonly string[];
  /** The process's working directory when it registered: relative log paths resolve against it. */
  readonly cwd: string | undefined;
  /**
   * Who the process was to the file system when it registered (Linux
   * /proc/<pid>/status): the log route serves only files these could read.
   * Undefined where the host cannot tell.
   */
  readonly credentials?: { readonly uid: number; readonly gid: number; readonly groups: readonly number[] } | undefined;
  readonly status: ProcessStatus;
  readonly statusReason: string;
  readonly registeredAt: number;
  /** Consecutive failed health checks. */
  readonly healthFailures: number;
  readonly lastHealthCheckAt: number | undefined;
  /** The session it holds (ACTIVATING, ACTIVE, TERMINATING or ERROR), if any. */
  readonly gameServerSessionId: string | undefined;
  readonly currentCustomCount: number;
  readonly maxCustomCount: number;
  /** Epoch ms when OnProcessTerminate said the process will be ended. */
  readonly terminationTime: number | undefined;
}

/** A game server session as gse-local tracks it. */
export interface LocalGameServerSession {
  readonly gameServerSessionId: string;
  readonly fleetId: string;
  readonly creatorId: string;
  readonly idempotencyToken: string | undefined;
  readonly name: string;
  readonly maximumPlayerSessionCount: number;
  readonly gameProperties: readonly KeyValue[];
  readonly gameServerSessionData: string;
  readonly matchmakerData: string;
  readonly status: GameServerSessionStatus;
  readonly statusReason: string;
  readonly creationTime: number;
  readonly terminationTime: number | undefined;
  readonly playerSessionCreationPolicy: CreationPolicy;
  readonly protectionPolicy: ProtectionPolicy;
  readonly pid: number;
  readonly ipAddress: string;
  readonly port: number;
  /** Player sessions of this session, in creation order. */
  readonly playerSessionIds: readonly string[];
}

/** A player session as gse-local tracks it. */
export interface LocalPlayerSession {
  readonly playerSessionId: string;
  readonly playerId: string;
  readonly playerData: string;
  readonly gameServerSessionId: string;
  readonly fleetId: string;
  readonly ipAddress: string;
  readonly port: number;
  readonly status: PlayerSessionStatus;
  readonly creationTime: number;
  readonly terminationTime: number | undefined;
}

/** A game server session placement as gse-local tracks it. */
export interface LocalPlacement {
  readonly placementId: string;
  readonly queueName: string;
  readonly status: PlacementStatus;
  readonly maximumPlayerSessionCount: number;
  readonly gameProperties: readonly KeyValue[];
  readonly gameServerSessionName: string;
  readonly gameServerSessionData: string;
  readonly desiredPlayerSessions: readonly { readonly PlayerId: string; readonly PlayerData: string }[];
  readonly playerLatencies: readonly LatencyRecord[];
  readonly startTime: number;
  readonly endTime: number | undefined;
  readonly gameServerSessionId: string | undefined;
  readonly placedPlayerSessions: readonly { readonly PlayerId: string; readonly PlayerSessionId: string }[];
  /** Processes whose session for this placement failed: it is placed elsewhere. A list, to stay serialisable. */
  readonly triedPids: readonly number[];
}
