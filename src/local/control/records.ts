/**
 * The control plane's records: plain, JSON-serialisable data (times in
 * epoch ms, lists not sets), changed only through the core's store so that
 * persistence and the dashboard see every change.
 */
import type { AliasRecord } from "./aliases/resolveAlias.js";
import type { FleetCapacitySettings } from "./capacity/checkCapacity.js";
import type { ProtectionPolicy } from "./capacity/chooseScaleIn.js";
import type { FleetEventCode, FleetStatus } from "./fleets/fleetStatus.js";
import type { QueueRecord } from "./queues/selectDestination.js";
import type { ScalingPolicyRecord } from "./scaling/scalingModels.js";
import type { TimerSchedule } from "./scaling/nextTimerFire.js";

export type { AliasRecord, QueueRecord, ScalingPolicyRecord };

/** A resource tag. */
export interface TagRecord {
  readonly Key: string;
  readonly Value: string;
}

/** A game server build (CreateAsset). */
export interface AssetRecord {
  readonly assetId: string;
  readonly assetArn: string;
  assetName: string;
  assetVersion: string;
  readonly operateSystem: string;
  readonly imageId: string;
  readonly region: string;
  /** The zip's name in the asset directory. */
  readonly bucketKey: string;
  /** The zip's size in bytes, and its files' uncompressed total. */
  readonly archiveBytes: number;
  readonly unpackedBytes: number;
  readonly createTime: number;
  readonly tags: readonly TagRecord[];
}

/** One line of a fleet's runtime configuration: what to launch, how many. */
export interface ServerProcessRecord {
  readonly LaunchPath: string;
  readonly Parameters: string;
  readonly ConcurrentExecutions: number;
}

/** A fleet's runtime configuration. */
export interface RuntimeConfigurationRecord {
  readonly ServerProcesses: readonly ServerProcessRecord[];
  readonly GameServerSessionActivationTimeoutSeconds: number;
  readonly MaxConcurrentGameServerSessionActivations: number;
}

/** A port range a fleet lets players reach. */
export interface InboundPermissionRecord {
  readonly FromPort: number;
  readonly ToPort: number;
  readonly IpRange: string;
  readonly Protocol: "TCP" | "UDP";
}

/** An event in a fleet's history (DescribeFleetEvents). */
export interface FleetEventRecord {
  readonly eventId: string;
  readonly eventCode: FleetEventCode;
  readonly message: string;
  readonly time: number;
}

/** A fleet: its build, runtime configuration, capacity and status. */
export interface FleetRecord {
  readonly fleetId: string;
  readonly fleetArn: string;
  name: string;
  description: string;
  /** Undefined for the default fleet and fleets started with --launch. */
  readonly assetId: string | undefined;
  readonly region: string;
  status: FleetStatus;
  readonly instanceType: string;
  readonly fleetType: "ON_DEMAND";
  /** The configuration new processes take; `--launch` fleets carry their shell command instead. */
  runtimeConfiguration: RuntimeConfigurationRecord;
  readonly launchCommand: { readonly command: string; readonly concurrency: number } | undefined;
  inboundPermissions: readonly InboundPermissionRecord[];
  protectionPolicy: ProtectionPolicy;
  protectionTimeLimitMinutes: number;
  resourceCreationLimitPolicy: { readonly NewGameServerSessionsPerCreator: number; readonly PolicyPeriodInMinutes: number };
  capacity: FleetCapacitySettings;
  scalingIntervalMinutes: number;
  /** StopFleetActions(["AUTO_SCALING"]) puts it here. */
  stoppedActions: readonly string[];
  readonly creationTime: number;
  terminationTime: number | undefined;
  readonly tags: readonly TagRecord[];
  /** The default fleet holds processes no fleet launched (a game started by hand). */
  readonly isDefault: boolean;
  /** Newest last, bounded (MAX_FLEET_EVENTS). */
  events: readonly FleetEventRecord[];
}

/** An instance's status. */
export type InstanceStatus = "PENDING" | "ACTIVE" | "TERMINATING";

/** A fleet's instance (a server its processes run on). */
export interface InstanceRecord {
  readonly instanceId: string;
  readonly fleetId: string;
  status: InstanceStatus;
  weight: number;
  reserved: boolean;
  readonly createTime: number;
  readonly ipAddress: string;
}

/** A fleet's timed capacity (PutTimerScalingPolicy). */
export interface TimerPolicyRecord {
  readonly timerId: string;
  readonly timerName: string;
  readonly fleetId: string;
  readonly schedule: TimerSchedule;
  readonly capacity: {
    readonly DesiredInstances?: number;
    readonly MinSize?: number;
    readonly MaxSize?: number;
    readonly ScalingInterval?: number;
    readonly ScalingType?: number;
    readonly TargetValue?: number;
  };
  /** Occurrences up to this time are past: it fires only after it (set to the creation time, then to each firing). */
  firedUntil: number;
}

/**
 * One instance's life, kept after the instance is gone: what the fleet
 * statistics (DescribeFleetStatistic*) are computed from. Bounded
 * (MAX_INSTANCE_HISTORY ended lives, the oldest forgotten first).
 */
export interface InstanceUsageRecord {
  readonly instanceId: string;
  readonly fleetId: string;
  readonly ipAddress: string;
  readonly beginTime: number;
  /** Undefined while the instance lives. */
  endTime: number | undefined;
  /** Game server sessions that ended on it (TERMINATED or ERROR), their total seconds, and their player sessions. */
  sessions: number;
  sessionSeconds: number;
  playerSessions: number;
  /**
   * Processes that ran on it, in the order they registered (ProcessReady),
   * the last MAX_PROCESSES_PER_LIFE: GetGameServerInstanceLogUrl lists their
   * logs, ended ones too. `registeredAt` tells a recycled pid from the process.
   */
  processes: readonly { readonly pid: number; readonly registeredAt: number }[];
}

/** Processes remembered per instance life. */
export const MAX_PROCESSES_PER_LIFE = 100;

/** Which fleet and instance a registered process belongs to. */
export interface ProcessPlacementRecord {
  readonly pid: number;
  readonly fleetId: string;
  readonly instanceId: string;
}

/** Ended instance lives kept for the fleet statistics; older ones are dropped. */
export const MAX_INSTANCE_HISTORY = 5_000;

/** Events kept per fleet; older ones are dropped. */
export const MAX_FLEET_EVENTS = 200;
