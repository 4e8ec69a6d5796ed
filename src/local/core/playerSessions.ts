import { v4 as uuidv4 } from "uuid";
import { OPEN_PLAYER_SESSION_STATUSES } from "../../protocol/statuses.js";
import { clip } from "../../util/clip.js";
import type { CoreStore } from "./createCoreStore.js";
import { CoreRefusal } from "./CoreRefusal.js";
import type { GseLocalCore } from "./createCore.js";
import type { LocalGameServerSession, LocalPlayerSession, LocalProcess, PlayerSessionStatus } from "./records.js";

export interface JoinInput {
  playerId: string;
  playerData?: string;
}

/** Player sessions: reservations, acceptance by the game, removal, timeouts. */
export interface PlayerDomain {
  get(id: string): LocalPlayerSession | undefined;
  list(): LocalPlayerSession[];
  /** The player sessions of `session`, in creation order. */
  ofSession(session: LocalGameServerSession): LocalPlayerSession[];
  /** Reserves one slot per player, all or none. */
  join(session: LocalGameServerSession, players: readonly JoinInput[]): LocalPlayerSession[];
  /** The game accepts a RESERVED player (AcceptPlayerSession). */
  accept(process: LocalProcess, gameServerSessionId: string, playerSessionId: string): LocalPlayerSession;
  /** The game removes a RESERVED or ACTIVE player (RemovePlayerSession). */
  remove(process: LocalProcess, gameServerSessionId: string, playerSessionId: string): LocalPlayerSession;
  /** A reservation not accepted in time frees its slot. */
  timeOut(playerSessionId: string): void;
  /** An open player session ends with its session. */
  complete(playerSessionId: string): void;
}

/** Methods that only read: called directly, not as core operations (they emit nothing). */
export const PLAYER_READS: readonly (keyof PlayerDomain)[] = ["get", "list", "ofSession"];

/**
 * Ended (COMPLETED, TIMEDOUT) player sessions kept for Describe calls; past
 * it the longest-ended are forgotten. About 1 KB each: without a bound, a
 * busy gse-local grew by that much per player forever.
 */
export const ENDED_PLAYER_SESSION_HISTORY = 10_000;

const isEnded = (status: PlayerSessionStatus) => status === "COMPLETED" || status === "TIMEDOUT";

export function createPlayerDomain(store: CoreStore, core: GseLocalCore, options: { endedHistory?: number } = {}): PlayerDomain {
  const players = store.tables.playerSessions;
  const history = options.endedHistory ?? ENDED_PLAYER_SESSION_HISTORY;
  // Ended player sessions, longest-ended first.
  const ended = new Set<string>();
  store.onReset(() => ended.clear());
  store.onLoad((domain, record) => {
    if (domain === "playerSessions" && isEnded((record as LocalPlayerSession).status)) ended.add((record as LocalPlayerSession).playerSessionId);
  });

  function forgetOldest(): void {
    while (ended.size > history) {
      const id = ended.values().next().value!;
      ended.delete(id);
      const player = players.get(id);
      if (!player) continue;
      store.delete("playerSessions", id);
      const session = core.gameServerSessions.get(player.gameServerSessionId);
      if (session) store.update("gameServerSessions", session, { playerSessionIds: session.playerSessionIds.filter((other) => other !== id) });
    }
  }

  function setStatus(player: LocalPlayerSession, status: PlayerSessionStatus): void {
    const over = isEnded(status);
    store.update("playerSessions", player, over ? { status, terminationTime: store.clock.now() } : { status });
    store.emit({ type: "playerSessionStatus", playerSessionId: player.playerSessionId, playerId: player.playerId, gameServerSessionId: player.gameServerSessionId, status });
    if (over) {
      ended.add(player.playerSessionId);
      forgetOldest();
    }
  }

  /** The player session of `session`, or a refusal naming what is wrong. */
  function own(session: LocalGameServerSession, playerSessionId: string): LocalPlayerSession {
    const player = players.get(playerSessionId);
    if (!player || player.gameServerSessionId !== session.gameServerSessionId) {
      throw new CoreRefusal("NOT_FOUND", `player session '${clip(playerSessionId)}' is not a player session of game server session '${session.gameServerSessionId}'`);
    }
    return player;
  }

  return {
    get: (id) => players.get(id),
    list: () => [...players.values()],
    ofSession: (session) => session.playerSessionIds.map((id) => players.get(id)!),

    join(session, input) {
      if (session.status !== "ACTIVE") {
        throw new CoreRefusal("WRONG_STATE", `Game server session '${session.gameServerSessionId}' is ${session.status}; players can join only an ACTIVE session.`);
      }
      if (session.playerSessionCreationPolicy === "DENY_ALL") {
        throw new CoreRefusal("NOT_ACCEPTING", `Game server session '${session.gameServerSessionId}' does not accept new players (PlayerSessionCreationPolicy DENY_ALL).`);
      }
      const free = session.maximumPlayerSessionCount - core.gameServerSessions.openPlayerCount(session);
      if (input.length > free) {
        throw new CoreRefusal(
          "NO_CAPACITY",
          `Game server session '${session.gameServerSessionId}' is full: ${free} of ${session.maximumPlayerSessionCount} slots free, ${input.length} requested.`,
        );
      }
      const created = input.map((player): LocalPlayerSession => ({
        playerSessionId: `psess-${uuidv4()}`,
        playerId: player.playerId,
        playerData: player.playerData ?? "",
        gameServerSessionId: session.gameServerSessionId,
        fleetId: session.fleetId,
        ipAddress: session.ipAddress,
        port: session.port,
        status: "RESERVED",
        creationTime: store.clock.now(),
        terminationTime: undefined,
      }));
      store.update("gameServerSessions", session, { playerSessionIds: [...session.playerSessionIds, ...created.map((p) => p.playerSessionId)] });
      for (const player of created) {
        store.put("playerSessions", player);
        store.emit({ type: "playerSessionStatus", playerSessionId: player.playerSessionId, playerId: player.playerId, gameServerSessionId: session.gameServerSessionId, status: "RESERVED" });
      }
      return created;
    },

    accept(process, gameServerSessionId, playerSessionId) {
      const session = core.gameServerSessions.own(process, gameServerSessionId);
      if (session.status !== "ACTIVE") {
        throw new CoreRefusal("WRONG_STATE", `game server session '${clip(gameServerSessionId)}' is ${session.status}, not ACTIVE`);
      }
      const player = own(session, playerSessionId);
      if (player.status !== "RESERVED") {
        throw new CoreRefusal("WRONG_STATE", `player session '${clip(playerSessionId)}' is ${player.status}; only a RESERVED player session can be accepted`);
      }
      setStatus(player, "ACTIVE");
      return player;
    },

    remove(process, gameServerSessionId, playerSessionId) {
      const session = core.gameServerSessions.own(process, gameServerSessionId);
      const player = own(session, playerSessionId);
      if (!OPEN_PLAYER_SESSION_STATUSES.includes(player.status)) {
        throw new CoreRefusal("WRONG_STATE", `player session '${clip(playerSessionId)}' is already ${player.status}`);
      }
      setStatus(player, "COMPLETED");
      return player;
    },

    timeOut(playerSessionId) {
      const player = players.get(playerSessionId);
      if (player?.status === "RESERVED") setStatus(player, "TIMEDOUT");
    },

    complete(playerSessionId) {
      const player = players.get(playerSessionId);
      if (player && OPEN_PLAYER_SESSION_STATUSES.includes(player.status)) setStatus(player, "COMPLETED");
    },
  };
}
