import type { DescribePlayerSessionsRequest, DescribePlayerSessionsResponse, PlayerSession } from "../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";
import { GseError } from "../errors/GseError.js";

/**
 * Player sessions on Agones, over one Agones List (beta Counters and Lists,
 * on by default since Agones 1.41; player tracking is alpha and off by
 * default). The backend reserves a player by adding its player session id
 * to the list (GameServerAllocation spec.lists.<name>.addValues, for the
 * first players and for late joiners alike); the list's capacity is the
 * session's maxPlayers, which Agones enforces. Accepting needs the id in
 * the list and not accepted before; removing takes it out of the list,
 * which frees the slot for the allocator. What the list cannot hold (who
 * was accepted, who left) is kept here: one process is one GameServer.
 */
export interface AgonesPlayers {
  accept(playerSessionId: string): Promise<void>;
  remove(playerSessionId: string): Promise<void>;
  describe(request: DescribePlayerSessionsRequest): Promise<DescribePlayerSessionsResponse>;
}

export interface AgonesPlayersOptions {
  list: string;
  /** Calls the SDK under the adapter's deadline and error mapping. */
  call: <T>(method: string, run: () => Promise<T>) => Promise<T>;
  lists: {
    listContains(key: string, value: string): Promise<boolean>;
    getListValues(key: string): Promise<string[]>;
    deleteListValue(key: string, value: string): Promise<void>;
  };
  /** The session the process holds, with where players connect; undefined before activation. */
  activeSession(): { gameServerSessionId: string; fleetId: string; ipAddress: string; port: number } | undefined;
}

interface Known {
  status: "ACTIVE" | "COMPLETED";
  creationTime: number;
  terminationTime: number;
}

/** Players who left are remembered for describe; bounded, oldest forgotten first. */
const MAX_COMPLETED = 4096;
const MAX_LIMIT = 1000;

export function createAgonesPlayers(options: AgonesPlayersOptions): AgonesPlayers {
  /** The SDK call, with what to change when the list is not there. */
  const call = async <T>(method: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await options.call(method, run);
    } catch (error) {
      if (error instanceof GseError && /not enabled|List not found/.test(error.message)) {
        throw new GseError(
          error.code,
          `${error.message} (player sessions on Agones need the list '${options.list}' in the Fleet's spec.template.spec.lists, and the CountsAndLists feature, on by default since Agones 1.41)`,
          { ...(error.method && { method: error.method }), ...(error.grpcCode !== undefined && { grpcCode: error.grpcCode }), cause: error },
        );
      }
      throw error;
    }
  };
  const known = new Map<string, Known>();
  /** Accepts in flight: a second accept of the same id is refused at once. */
  const pending = new Set<string>();
  let completed = 0;
  const refuse = (method: string, message: string) =>
    new GseError("BAD_REQUEST_EXCEPTION", `${method} refused (ERROR_400): ${message}`, { method, status: 1, errorMessage: message });

  function session(method: string) {
    const held = options.activeSession();
    if (!held) throw refuse(method, "the game server session is not ACTIVE");
    return held;
  }

  function forgetOldCompleted(): void {
    if (completed <= MAX_COMPLETED) return;
    for (const [id, entry] of known) {
      if (entry.status !== "COMPLETED") continue;
      known.delete(id);
      if (--completed <= MAX_COMPLETED) return;
    }
  }

  return {
    async accept(playerSessionId) {
      const method = "AcceptPlayerSession";
      session(method);
      const entry = known.get(playerSessionId);
      if (entry || pending.has(playerSessionId)) {
        throw refuse(method, `player session '${playerSessionId}' is ${entry?.status ?? "being accepted"}; only a RESERVED player session can be accepted`);
      }
      pending.add(playerSessionId);
      try {
        const reserved = await call(method, () => options.lists.listContains(options.list, playerSessionId));
        if (!reserved) {
          throw refuse(method, `player session '${playerSessionId}' is not reserved on this GameServer (not in Agones list '${options.list}')`);
        }
        known.set(playerSessionId, { status: "ACTIVE", creationTime: Date.now(), terminationTime: 0 });
      } finally {
        pending.delete(playerSessionId);
      }
    },

    async remove(playerSessionId) {
      const method = "RemovePlayerSession";
      session(method);
      const entry = known.get(playerSessionId);
      if (entry?.status === "COMPLETED") throw refuse(method, `player session '${playerSessionId}' is already COMPLETED`);
      try {
        await call(method, () => options.lists.deleteListValue(options.list, playerSessionId));
      } catch (error) {
        // Agones answers NOT_FOUND-like errors as UNKNOWN with "not found" in
        // the text (localsdk.go, RemoveListValue): an id never reserved.
        if (!entry && error instanceof GseError && /not found/i.test(error.message)) {
          throw refuse(method, `player session '${playerSessionId}' is not reserved on this GameServer (not in Agones list '${options.list}')`);
        }
        throw error;
      }
      known.set(playerSessionId, { status: "COMPLETED", creationTime: entry?.creationTime ?? Date.now(), terminationTime: Date.now() });
      completed++;
      forgetOldCompleted();
    },

    async describe(request) {
      const method = "DescribePlayerSessions";
      const held = session(method);
      if (request.gameServerSessionId !== "" && request.gameServerSessionId !== held.gameServerSessionId) {
        throw refuse(method, `on Agones a process sees only its own GameServer's session ('${held.gameServerSessionId}'), not '${request.gameServerSessionId}'`);
      }
      if (request.playerId !== "") {
        throw refuse(method, "playerId has no meaning on Agones: the players list holds player session ids only; filter by playerSessionId");
      }
      if (request.playerSessionStatusFilter === "TIMEDOUT") {
        throw refuse(method, "Agones has no reservation timeout, so no player session is ever TIMEDOUT");
      }
      if (request.limit < 0 || request.limit > MAX_LIMIT) throw refuse(method, `limit must be from 0 to ${MAX_LIMIT}, got ${request.limit}`);
      const offset = request.nextToken === "" ? 0 : Number(request.nextToken);
      if (!Number.isInteger(offset) || offset < 0) throw refuse(method, `nextToken '${request.nextToken.slice(0, 40)}' is not one this SDK issued`);

      const inList = await call(method, () => options.lists.getListValues(options.list));
      const all: PlayerSession[] = [];
      const view = (playerSessionId: string, status: string, entry?: Known): PlayerSession => ({
        playerSessionId,
        playerId: "",
        gameServerSessionId: held.gameServerSessionId,
        fleetId: held.fleetId,
        ipAddress: held.ipAddress,
        port: held.port,
        dnsName: "",
        playerData: "",
        status,
        creationTime: entry?.creationTime ?? 0,
        terminationTime: entry?.terminationTime ?? 0,
      });
      for (const id of inList) {
        const entry = known.get(id);
        all.push(view(id, entry?.status === "ACTIVE" ? "ACTIVE" : "RESERVED", entry));
      }
      for (const [id, entry] of known) if (entry.status === "COMPLETED") all.push(view(id, "COMPLETED", entry));

      const matching = all.filter(
        (p) =>
          (request.playerSessionId === "" || p.playerSessionId === request.playerSessionId) &&
          (request.playerSessionStatusFilter === "" || p.status === request.playerSessionStatusFilter),
      );
      const limit = request.limit === 0 ? MAX_LIMIT : request.limit;
      const page = matching.slice(offset, offset + limit);
      return { playerSessions: page, nextToken: offset + limit < matching.length ? String(offset + limit) : "" };
    },
  };
}
