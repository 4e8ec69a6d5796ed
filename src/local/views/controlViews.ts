/** How the cloud API shows the control plane's records: api.json's response objects, typed by the generated types. */
import type * as Api from "../../cloud/generated/gseCloudApi.js";
import { LOCAL_INSTANCE_TYPE } from "../control/catalogue/answerOtherAction.js";
import type { ControlPlane } from "../control/createControlPlane.js";
import type { AliasRecord, AssetRecord, FleetEventRecord, FleetRecord, InstanceRecord, QueueRecord, ScalingPolicyRecord, TimerPolicyRecord } from "../control/records.js";
import { timerStatus } from "../control/scaling/nextTimerFire.js";
import type { CloudView } from "./CloudView.js";

/** api.json's times: ISO 8601 UTC to the second (2021-01-14T03:36:35Z). */
export function isoTime(ms: number): string;
export function isoTime(ms: number | undefined): string | null;
export function isoTime(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The OS gse-local reports for assets and instances: the one GSE documents as the default. */
export const LOCAL_OPERATING_SYSTEM = "CentOS7.16";

export function toCloudAsset(asset: AssetRecord, plane: ControlPlane): CloudView<Api.Asset> {
  return {
    AssetId: asset.assetId,
    AssetName: asset.assetName,
    AssetVersion: asset.assetVersion,
    OperateSystem: asset.operateSystem,
    // 2: uploaded (the zip was in the asset directory and passed inspection).
    Stauts: 2,
    Size: `${(asset.archiveBytes / 1024 / 1024).toFixed(2)}MB`,
    CreateTime: isoTime(asset.createTime),
    BindFleetNum: plane.assets.boundFleets(asset.assetId),
    AssetArn: asset.assetArn,
    ImageId: asset.imageId,
    OsType: "CentOS",
    ResourceType: "ASSET",
    SharingStatus: "UNKNOWN_SHARED",
    Tags: asset.tags,
  };
}

export function toCloudFleetAttributes(fleet: FleetRecord): CloudView<Api.FleetAttributes> {
  return {
    AssetId: fleet.assetId ?? "",
    CreationTime: isoTime(fleet.creationTime),
    Description: fleet.description,
    FleetArn: fleet.fleetArn,
    FleetId: fleet.fleetId,
    FleetType: fleet.fleetType,
    InstanceType: fleet.instanceType,
    Name: fleet.name,
    NewGameServerSessionProtectionPolicy: fleet.protectionPolicy,
    OperatingSystem: LOCAL_OPERATING_SYSTEM,
    ResourceCreationLimitPolicy: fleet.resourceCreationLimitPolicy,
    Status: fleet.status,
    StoppedActions: fleet.stoppedActions,
    TerminationTime: isoTime(fleet.terminationTime),
    GameServerSessionProtectionTimeLimit: fleet.protectionTimeLimitMinutes,
    BillingStatus: "Opened",
    Tags: fleet.tags,
    DataDiskInfo: [],
    SystemDiskInfo: null,
    RelatedCcnInfos: [],
    InternetMaxBandwidthOut: 100,
  };
}

export function toCloudRuntimeConfiguration(fleet: FleetRecord): CloudView<Api.RuntimeConfiguration> {
  return fleet.runtimeConfiguration;
}

export function toCloudFleetEvent(fleet: FleetRecord, event: FleetEventRecord): CloudView<Api.Event> {
  return {
    EventCode: event.eventCode,
    EventId: event.eventId,
    EventTime: isoTime(event.time),
    Message: event.message,
    PreSignedLogUrl: null,
    ResourceId: fleet.fleetId,
  };
}

export function toCloudInstance(instance: InstanceRecord, fleet: FleetRecord): CloudView<Api.Instance> {
  return {
    FleetId: instance.fleetId,
    InstanceId: instance.instanceId,
    IpAddress: instance.ipAddress,
    DnsName: "",
    OperatingSystem: LOCAL_OPERATING_SYSTEM,
    Status: instance.status === "ACTIVE" ? "RUNNING" : instance.status,
    Type: fleet.instanceType || LOCAL_INSTANCE_TYPE,
    CreateTime: isoTime(instance.createTime),
    Weight: instance.weight,
    ReserveValue: instance.reserved ? 1 : 0,
    PrivateIpAddress: instance.ipAddress,
  };
}

export function toCloudInstanceExtend(instance: InstanceRecord, fleet: FleetRecord, plane: ControlPlane): CloudView<Api.InstanceExtend> {
  let healthy = 0;
  let active = 0;
  let sessions = 0;
  let players = 0;
  let maxPlayers = 0;
  for (const pid of plane.instances.pidsOf(instance.instanceId)) {
    const proc = plane.live.process(pid);
    if (!proc || proc.status === "TERMINATED") continue;
    active++;
    if (proc.status === "ACTIVE") healthy++;
    const s = proc.gameServerSessionId !== undefined ? plane.live.session(proc.gameServerSessionId) : undefined;
    if (s && (s.status === "ACTIVE" || s.status === "ACTIVATING")) {
      sessions++;
      players += plane.live.openPlayers(proc.gameServerSessionId!);
      maxPlayers += s.maximumPlayerSessionCount;
    }
  }
  return {
    Instance: toCloudInstance(instance, fleet),
    State: instance.status === "ACTIVE" ? "RUNNING" : instance.status,
    HealthyProcessCnt: healthy,
    ActiveProcessCnt: active,
    GameSessionCnt: sessions,
    MaxGameSessionCnt: plane.fleets.get(fleet.fleetId) ? fleet.runtimeConfiguration.ServerProcesses.reduce((n, p) => n + p.ConcurrentExecutions, 0) || active : active,
    PlayerSessionCnt: players,
    MaxPlayerSessionCnt: maxPlayers,
  };
}

export function toCloudFleetCapacity(fleet: FleetRecord, plane: ControlPlane): CloudView<Api.FleetCapacity> {
  const all = plane.capacityInstances(fleet.fleetId);
  const m = plane.metrics(fleet.fleetId);
  return {
    FleetId: fleet.fleetId,
    InstanceType: fleet.instanceType,
    InstanceCounts: {
      Active: all.filter((i) => i.status === "ACTIVE").length,
      Desired: fleet.capacity.desired,
      Idle: m.idleInstances,
      MaxiNum: fleet.capacity.max,
      MiniNum: fleet.capacity.min,
      Pending: all.filter((i) => i.status === "PENDING").length,
      Terminating: all.filter((i) => i.status === "TERMINATING").length,
    },
    ScalingInterval: fleet.scalingIntervalMinutes,
  };
}

export function toCloudFleetUtilization(fleet: FleetRecord, plane: ControlPlane): CloudView<Api.FleetUtilization> {
  const m = plane.metrics(fleet.fleetId);
  let maxPlayers = 0;
  for (const pid of plane.pidsOfFleet(fleet.fleetId)) {
    const proc = plane.live.process(pid);
    const s = proc?.gameServerSessionId !== undefined ? plane.live.session(proc.gameServerSessionId) : undefined;
    if (s && (s.status === "ACTIVE" || s.status === "ACTIVATING")) maxPlayers += s.maximumPlayerSessionCount;
  }
  return {
    ActiveGameServerSessionCount: m.activeSessions,
    ActiveServerProcessCount: plane.pidsOfFleet(fleet.fleetId).length,
    CurrentPlayerSessionCount: m.currentPlayerSessions,
    FleetId: fleet.fleetId,
    MaximumPlayerSessionCount: maxPlayers,
  };
}

export function toCloudAlias(alias: AliasRecord): CloudView<Api.Alias> {
  return {
    AliasId: alias.aliasId,
    AliasArn: alias.aliasArn,
    Name: alias.name,
    Description: alias.description,
    RoutingStrategy: {
      Type: alias.routingStrategy.type,
      FleetId: alias.routingStrategy.fleetId ?? null,
      Message: alias.routingStrategy.message ?? null,
    },
    CreationTime: isoTime(alias.creationTime),
    LastUpdatedTime: isoTime(alias.lastUpdatedTime),
    Tags: alias.tags,
  };
}

export function toCloudQueue(queue: QueueRecord, plane: ControlPlane): CloudView<Api.GameServerSessionQueue> {
  const states = plane.destinations(queue);
  return {
    Name: queue.name,
    GameServerSessionQueueArn: queue.arn,
    Destinations: states.map((d) => ({
      DestinationArn: d.destination,
      FleetStatus: "unusable" in d.fleet ? "UNUSABLE" : (plane.fleets.get(d.fleet.fleetId)?.status ?? "UNKNOWN"),
    })),
    PlayerLatencyPolicies: queue.playerLatencyPolicies.map((p) => ({
      MaximumIndividualPlayerLatencyMilliseconds: p.maximumIndividualPlayerLatencyMilliseconds,
      PolicyDurationSeconds: p.policyDurationSeconds ?? null,
    })),
    TimeoutInSeconds: queue.timeoutInSeconds,
    Tags: queue.tags,
  };
}

export function toCloudScalingPolicy(policy: ScalingPolicyRecord): CloudView<Api.ScalingPolicy> {
  const rule = policy.policyType === "RuleBased" ? policy : undefined;
  return {
    FleetId: policy.fleetId,
    Name: policy.name,
    Status: "ACTIVE",
    ScalingAdjustment: rule ? String(rule.adjustment) : null,
    ScalingAdjustmentType: rule?.adjustmentType ?? null,
    ComparisonOperator: rule?.comparisonOperator ?? null,
    Threshold: rule ? String(rule.threshold) : null,
    EvaluationPeriods: rule ? String(rule.evaluationPeriods) : null,
    MetricName: rule?.metricName ?? "PercentAvailableGameServerSessions",
    PolicyType: policy.policyType,
    TargetConfiguration: policy.policyType === "TargetBased" ? { TargetValue: policy.targetValue } : null,
  };
}

export function toCloudTimer(timer: TimerPolicyRecord, now: number): CloudView<Api.TimerScalingPolicy> {
  const s = timer.schedule;
  return {
    TimerId: timer.timerId,
    TimerName: timer.timerName,
    TimerStatus: timerStatus(s, now),
    TimerFleetCapacity: {
      FleetId: timer.fleetId,
      ...timer.capacity,
      ...(timer.capacity.TargetValue !== undefined && { TargetConfiguration: { TargetValue: timer.capacity.TargetValue } }),
    },
    TimerConfiguration: {
      TimerType: s.timerType,
      TimerValue: { Day: s.day ?? 0, FromDay: s.fromDay ?? 0, ToDay: s.toDay ?? 0, WeekDays: s.weekDays ?? [] },
      BeginTime: isoTime(s.beginTime),
      EndTime: isoTime(s.endTime),
    },
  };
}
