import type { GameServerSession, GameServerSessionPlacement, PlayerSession } from "../cloud/cloudModels.js";
import type { GseLocalCore } from "../core/createCore.js";
import type { LocalGameServerSession, LocalPlacement, LocalPlayerSession, LocalProcess } from "../core/records.js";

/** How the cloud API shows gse-local's records. The one place these shapes are built. */

/** Epoch ms as TencentCloud writes times: ISO 8601 to the second, UTC. */
export function cloudTime(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function toCloudSession(core: GseLocalCore, s: LocalGameServerSession): GameServerSession {
  const process = core.processes.get(s.pid);
  return {
    CreationTime: cloudTime(s.creationTime)!,
    CreatorId: s.creatorId,
    CurrentPlayerSessionCount: core.gameServerSessions.openPlayerCount(s),
    DnsName: "",
    FleetId: s.fleetId,
    // Shared with the record, not copied: a view is serialised at once and never kept.
    GameProperties: s.gameProperties as GameServerSession["GameProperties"],
    GameServerSessionData: s.gameServerSessionData,
    GameServerSessionId: s.gameServerSessionId,
    IpAddress: s.ipAddress,
    MatchmakerData: s.matchmakerData,
    MaximumPlayerSessionCount: s.maximumPlayerSessionCount,
    Name: s.name,
    PlayerSessionCreationPolicy: s.playerSessionCreationPolicy,
    Port: s.port,
    Status: s.status,
    StatusReason: s.statusReason,
    TerminationTime: cloudTime(s.terminationTime),
    InstanceType: "local",
    CurrentCustomCount: process?.currentCustomCount ?? 0,
    MaxCustomCount: process?.maxCustomCount ?? 0,
    Weight: 10,
    AvailabilityStatus: "Enable",
  };
}

export function toCloudPlayer(p: LocalPlayerSession): PlayerSession {
  return {
    CreationTime: cloudTime(p.creationTime)!,
    DnsName: "",
    FleetId: p.fleetId,
    GameServerSessionId: p.gameServerSessionId,
    IpAddress: p.ipAddress,
    PlayerData: p.playerData,
    PlayerId: p.playerId,
    PlayerSessionId: p.playerSessionId,
    Port: p.port,
    Status: p.status,
    TerminationTime: cloudTime(p.terminationTime),
  };
}

export function toCloudPlacement(core: GseLocalCore, p: LocalPlacement): GameServerSessionPlacement {
  const session = p.gameServerSessionId ? core.gameServerSessions.get(p.gameServerSessionId) : undefined;
  const placed = p.status === "FULFILLED" && session;
  return {
    PlacementId: p.placementId,
    GameServerSessionQueueName: p.queueName,
    PlayerLatencies: [...p.playerLatencies],
    Status: p.status,
    DnsName: "",
    GameServerSessionId: p.gameServerSessionId ?? "",
    GameServerSessionName: p.gameServerSessionName,
    GameServerSessionRegion: "local",
    GameProperties: [...p.gameProperties],
    MaximumPlayerSessionCount: p.maximumPlayerSessionCount,
    GameServerSessionData: p.gameServerSessionData,
    IpAddress: placed ? session.ipAddress : "",
    Port: placed ? session.port : 0,
    MatchmakerData: "",
    PlacedPlayerSessions: [...p.placedPlayerSessions],
    StartTime: cloudTime(p.startTime)!,
    EndTime: cloudTime(p.endTime),
  };
}

/** LocalDescribeProcesses: gse-local's own view of a process. */
export function toCloudProcess(p: LocalProcess): Record<string, unknown> {
  return {
    Pid: p.pid,
    Status: p.status,
    StatusReason: p.statusReason,
    ClientPort: p.clientPort,
    GrpcPort: p.grpcPort,
    GameServerSessionId: p.gameServerSessionId ?? null,
    HealthFailures: p.healthFailures,
    LogPaths: p.logPaths,
  };
}
