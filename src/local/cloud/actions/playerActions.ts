import type { LocalPlayerSession } from "../../core/records.js";
import { toCloudPlayer } from "../../views/cloudViews.js";
import { CloudApiError } from "../CloudApiError.js";
import type { CloudActionTable } from "./CloudActionContext.js";
import { page } from "./paging.js";

/** Player session actions. */
export const playerActions: CloudActionTable<"JoinGameServerSession" | "JoinGameServerSessionBatch" | "DescribePlayerSessions"> = {
  JoinGameServerSession(request, { core }) {
    const session = core.gameServerSessions.require(request.GameServerSessionId);
    const [player] = core.playerSessions.join(session, [{ playerId: request.PlayerId, ...(request.PlayerData !== undefined && { playerData: request.PlayerData }) }]);
    return { PlayerSession: toCloudPlayer(player!) };
  },

  JoinGameServerSessionBatch(request, { core }) {
    const session = core.gameServerSessions.require(request.GameServerSessionId);
    if (new Set(request.PlayerIds).size !== request.PlayerIds.length) {
      throw new CloudApiError("InvalidParameterValue", "PlayerIds must not repeat a player id.");
    }
    const data = playerDataMap(request.PlayerDataMap);
    const players = core.playerSessions.join(
      session,
      request.PlayerIds.map((playerId) => ({ playerId, ...(data.has(playerId) && { playerData: data.get(playerId)! }) })),
    );
    return { PlayerSessions: players.map(toCloudPlayer) };
  },

  DescribePlayerSessions(request, { core }) {
    // The schema requires one of GameServerSessionId, PlayerId, PlayerSessionId.
    const session = request.GameServerSessionId === undefined ? undefined : core.gameServerSessions.require(request.GameServerSessionId);
    let candidates: Iterable<LocalPlayerSession>;
    if (request.PlayerSessionId !== undefined) {
      // A player session id names one record: looked up, not found by a scan of every player.
      const player = core.playerSessions.get(request.PlayerSessionId);
      candidates = player === undefined ? [] : [player];
    } else {
      candidates = session !== undefined ? core.playerSessions.ofSession(session) : core.tables.playerSessions.values();
    }
    const players: LocalPlayerSession[] = [];
    for (const p of candidates) {
      if (
        (request.GameServerSessionId === undefined || p.gameServerSessionId === request.GameServerSessionId) &&
        (request.PlayerId === undefined || p.playerId === request.PlayerId) &&
        (request.PlayerSessionStatusFilter === undefined || p.status === request.PlayerSessionStatusFilter)
      ) {
        players.push(p);
      }
    }
    const { items, next } = page(players, request.Limit, request.NextToken);
    return { PlayerSessions: items.map(toCloudPlayer), NextToken: next };
  },
};

function playerDataMap(value: unknown): Map<string, string> {
  // api.json types PlayerDataMap as one {Key, Value}; accept a list of them too.
  const entries = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return new Map(entries.map((e: { Key: string; Value: string }) => [e.Key, e.Value]));
}
