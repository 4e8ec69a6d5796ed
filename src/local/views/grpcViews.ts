import type { GameServerSession } from "../../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import type { PlayerSession } from "../../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";
import type { LocalGameServerSession, LocalPlayerSession } from "../core/records.js";

/** How the gRPC protocol shows gse-local's records: what a game process receives. */

/** The session OnStartGameServerSession hands to its process. */
export function toGrpcSession(session: LocalGameServerSession): GameServerSession {
  return {
    gameServerSessionId: session.gameServerSessionId,
    fleetId: session.fleetId,
    name: session.name,
    maxPlayers: session.maximumPlayerSessionCount,
    joinable: session.playerSessionCreationPolicy === "ACCEPT_ALL",
    gameProperties: session.gameProperties.map((p) => ({ key: p.Key, value: p.Value })),
    port: session.port,
    ipAddress: session.ipAddress,
    gameServerSessionData: session.gameServerSessionData,
    matchmakerData: session.matchmakerData,
    dnsName: "",
  };
}

/** A player session in DescribePlayerSessions's reply; times in epoch seconds. */
export function toGrpcPlayerSession(player: LocalPlayerSession): PlayerSession {
  return {
    playerSessionId: player.playerSessionId,
    playerId: player.playerId,
    gameServerSessionId: player.gameServerSessionId,
    fleetId: player.fleetId,
    ipAddress: player.ipAddress,
    status: player.status,
    creationTime: Math.floor(player.creationTime / 1000),
    terminationTime: player.terminationTime === undefined ? 0 : Math.floor(player.terminationTime / 1000),
    port: player.port,
    playerData: player.playerData,
    dnsName: "",
  };
}
