import { v4 as uuidv4 } from "uuid";
import { LIVE_GAME_SERVER_SESSION_STATUSES, OPEN_PLAYER_SESSION_STATUSES } from "../../protocol/statuses.js";
import { clip } from "../../util/clip.js";
import type { CoreStore } from "./createCoreStore.js";
import { CoreRefusal } from "./CoreRefusal.js";
import type { GseLocalCore } from "./createCore.js";
import type { CreationPolicy, GameServerSessionStatus, KeyValue, LocalGameServerSession, LocalPlayerSession, LocalProcess, ProtectionPolicy } from "./records.js";

export interface CreateSessionInput {
  fleetId: string;
  maximumPlayerSessionCount: number;
  name?: string;
  creatorId?: string;
  gameProperties?: readonly KeyValue[];
  gameServerSessionData?: string;
  gameServerSessionId?: string;
  idempotencyToken?: string;
  /** Processes not to use. */
  excludePids?: readonly number[];
}

export interface SessionUpdate {
  maximumPlayerSessionCount?: number;
  name?: string;
  playerSessionCreationPolicy?: CreationPolicy;
  protectionPolicy?: ProtectionPolicy;
}

/** Game server sessions: creation on a free process, activation, updates, the end of a session. */
export interface SessionDomain {
  get(id: string): LocalGameServerSession | undefined;
  list(): LocalGameServerSession[];
  /** The session `id`, or NOT_FOUND. */
  require(id: string): LocalGameServerSession;
  byIdempotencyToken(token: string): LocalGameServerSession | undefined;
  /** An ACTIVATING session on a free process (the one an earlier request with the same token created, if any). */
  create(input: CreateSessionInput): LocalGameServerSession;
  /** The session `id` if `process` holds it; NOT_FOUND or NOT_OWNER otherwise. */
  own(process: LocalProcess, id: string): LocalGameServerSession;
  activate(process: LocalProcess, id: string, maxPlayers: number): void;
  setStatus(session: LocalGameServerSession, status: GameServerSessionStatus, reason: string): void;
  /**
   * A session is over (TERMINATED) or failed (ERROR): its open player
   * sessions complete, and its process is free again unless `keepProcess`.
   */
  end(session: LocalGameServerSession, status: "TERMINATED" | "ERROR", reason: string, keepProcess?: boolean): void;
  /** The process ends its own session (TerminateGameServerSession). */
  terminateByProcess(process: LocalProcess, id: string): void;
  /** ACTIVATING for too long: ERROR, the process keeps it until it ends it. */
  timeOutActivation(id: string, afterMs: number): void;
  /** The process would not start the session: ERROR, and the process is free again. */
  failStart(id: string, reason: string): void;
  /** The cloud's UpdateGameServerSession: only a live session, never below the players already in. */
  update(session: LocalGameServerSession, update: SessionUpdate): void;
  setCreationPolicy(session: LocalGameServerSession, policy: CreationPolicy): void;
  /** RESERVED and ACTIVE player sessions. */
  openPlayerCount(session: LocalGameServerSession): number;
  isLive(session: LocalGameServerSession): boolean;
}

/** The longest game server session id any request may name (UTF-8 bytes). */
export const SESSION_ID_MAX = 256;

export interface SessionDomainOptions {
  /** The address players connect to (IpAddress of sessions). */
  ipAddress: string;
}

/** Methods that only read: called directly, not as core operations (they emit nothing). */
export const SESSION_READS: readonly (keyof SessionDomain)[] = ["get", "list", "require", "byIdempotencyToken", "own", "openPlayerCount", "isLive"];

export function createSessionDomain(store: CoreStore, core: GseLocalCore, options: SessionDomainOptions): SessionDomain {
  const sessions = store.tables.gameServerSessions;
  const players = store.tables.playerSessions;
  // An index of the records' idempotency tokens; forgotten with them.
  const byToken = new Map<string, string>();
  // Open (RESERVED, ACTIVE) player sessions per game server session, kept
  // inside each write: counting a session's players on every read made each
  // search, describe and join cost as much as the players it ever had.
  const openSessionOf = new Map<string, string>();
  const openCount = new Map<string, number>();
  const indexPlayer = (playerSessionId: string, player: LocalPlayerSession | undefined) => {
    const before = openSessionOf.get(playerSessionId);
    const open = player !== undefined && players.get(playerSessionId) === player && OPEN_PLAYER_SESSION_STATUSES.includes(player.status);
    const after = open ? player.gameServerSessionId : undefined;
    if (before === after) return;
    if (before !== undefined) {
      openSessionOf.delete(playerSessionId);
      const left = openCount.get(before)! - 1;
      if (left === 0) openCount.delete(before);
      else openCount.set(before, left);
    }
    if (after !== undefined) {
      openSessionOf.set(playerSessionId, after);
      openCount.set(after, (openCount.get(after) ?? 0) + 1);
    }
  };
  store.onWrite((domain, key, record) => {
    if (domain === "playerSessions") indexPlayer(key as string, record as LocalPlayerSession | undefined);
  });
  store.onReset(() => {
    byToken.clear();
    openSessionOf.clear();
    openCount.clear();
  });
  store.onLoad((domain, record) => {
    if (domain === "playerSessions") indexPlayer((record as LocalPlayerSession).playerSessionId, record as LocalPlayerSession);
    if (domain !== "gameServerSessions") return;
    const session = record as LocalGameServerSession;
    if (session.idempotencyToken) byToken.set(session.idempotencyToken, session.gameServerSessionId);
  });

  const domain: SessionDomain = {
    get: (id) => sessions.get(id),
    list: () => [...sessions.values()],

    require(id) {
      const session = sessions.get(id);
      if (!session) throw new CoreRefusal("NOT_FOUND", `Game server session '${clip(id, 256)}' does not exist.`);
      return session;
    },

    byIdempotencyToken(token) {
      const id = byToken.get(token);
      return id === undefined ? undefined : sessions.get(id);
    },

    create(input) {
      if (input.idempotencyToken) {
        const earlier = domain.byIdempotencyToken(input.idempotencyToken);
        if (earlier) return earlier;
      }
      const id = `qcs::gse:local::gameserversession/${input.fleetId}/${input.gameServerSessionId || `gssess-${uuidv4()}`}`;
      // Every request that names a session caps its id at SESSION_ID_MAX; one
      // created longer could never be named again.
      if (Buffer.byteLength(id, "utf8") > SESSION_ID_MAX) {
        throw new CoreRefusal(
          "INVALID_REQUEST",
          `GameServerSessionId with FleetId makes the game server session id '${id.slice(0, 60)}…' ${Buffer.byteLength(id, "utf8")} bytes long; ids are at most ${SESSION_ID_MAX} (shorten GameServerSessionId)`,
        );
      }
      if (sessions.has(id)) {
        throw new CoreRefusal("ALREADY_EXISTS", `GameServerSessionId '${input.gameServerSessionId}' is already used in fleet ${input.fleetId}.`);
      }
      // The processes of the fleet asked for (or of the default fleet, for any other fleet-* id).
      const fleet = core.control.hostFleetOf(input.fleetId);
      // SetServerWeight counts here: weighted least-loaded over the fleet's instances.
      const pid = core.control.pickProcess(fleet.fleetId, input.excludePids);
      const process = pid === undefined ? undefined : core.processes.get(pid);
      if (!process) {
        throw new CoreRefusal(
          "NO_CAPACITY",
          `No game server process is free to host a game server session in fleet ${fleet.fleetId}: every ACTIVE process already holds one (start more processes, raise its capacity, or end a session).`,
        );
      }
      const session: LocalGameServerSession = {
        gameServerSessionId: id,
        fleetId: input.fleetId,
        creatorId: input.creatorId ?? "",
        idempotencyToken: input.idempotencyToken || undefined,
        name: input.name ?? "",
        maximumPlayerSessionCount: input.maximumPlayerSessionCount,
        gameProperties: input.gameProperties ?? [],
        gameServerSessionData: input.gameServerSessionData ?? "",
        matchmakerData: "",
        status: "ACTIVATING",
        statusReason: "",
        creationTime: store.clock.now(),
        terminationTime: undefined,
        playerSessionCreationPolicy: "ACCEPT_ALL",
        // GSE gives a new session its fleet's NewGameServerSessionProtectionPolicy.
        protectionPolicy: fleet.protectionPolicy,
        pid: process.pid,
        ipAddress: options.ipAddress,
        port: process.clientPort,
        playerSessionIds: [],
      };
      store.put("gameServerSessions", session);
      if (session.idempotencyToken) byToken.set(session.idempotencyToken, id);
      store.update("processes", process, { gameServerSessionId: id });
      store.emit({ type: "gameServerSessionStatus", gameServerSessionId: id, pid: process.pid, status: "ACTIVATING", reason: "created" });
      return session;
    },

    own(process, id) {
      const session = sessions.get(id);
      if (!session) throw new CoreRefusal("NOT_FOUND", `game server session '${clip(id)}' does not exist`);
      if (session.pid !== process.pid) {
        throw new CoreRefusal("NOT_OWNER", `game server session '${clip(id)}' belongs to process ${session.pid}, not to process ${process.pid}`);
      }
      return session;
    },

    activate(process, id, maxPlayers) {
      const session = domain.own(process, id);
      if (session.status !== "ACTIVATING") {
        throw new CoreRefusal("WRONG_STATE", `game server session '${clip(id)}' is ${session.status}, not ACTIVATING`);
      }
      if (maxPlayers > 0) store.update("gameServerSessions", session, { maximumPlayerSessionCount: maxPlayers });
      domain.setStatus(session, "ACTIVE", "activated");
    },

    setStatus(session, status, reason) {
      if (session.status === status) return;
      store.update("gameServerSessions", session, { status, statusReason: reason });
      store.emit({ type: "gameServerSessionStatus", gameServerSessionId: session.gameServerSessionId, pid: session.pid, status, reason });
    },

    end(session, status, reason, keepProcess = false) {
      if (session.status === "TERMINATED") return;
      // A session that failed stays ERROR when its process later ends it.
      const endedBefore = session.status === "ERROR";
      const final = endedBefore ? "ERROR" : status;
      if (session.terminationTime === undefined) store.update("gameServerSessions", session, { terminationTime: store.clock.now() });
      for (const playerSessionId of session.playerSessionIds) core.playerSessions.complete(playerSessionId);
      domain.setStatus(session, final, reason);
      // Once per session: its instance's life counts it (the fleet statistics' history).
      if (!endedBefore) core.control.sessionEnded(session.pid, (session.terminationTime! - session.creationTime) / 1000, session.playerSessionIds.length);
      const process = core.processes.get(session.pid);
      if (!keepProcess && process?.gameServerSessionId === session.gameServerSessionId) store.update("processes", process, { gameServerSessionId: undefined });
    },

    terminateByProcess(process, id) {
      const session = domain.own(process, id);
      if (session.status === "TERMINATED" || (session.status === "ERROR" && process.gameServerSessionId !== session.gameServerSessionId)) {
        throw new CoreRefusal("WRONG_STATE", `game server session '${session.gameServerSessionId}' is already TERMINATED`);
      }
      domain.end(session, "TERMINATED", "TerminateGameServerSession");
    },

    timeOutActivation(id, afterMs) {
      const session = sessions.get(id);
      if (session?.status === "ACTIVATING") domain.end(session, "ERROR", `not activated within ${afterMs} ms`, true);
    },

    failStart(id, reason) {
      const session = sessions.get(id);
      if (session?.status === "ACTIVATING") domain.end(session, "ERROR", reason);
    },

    update(session, update) {
      if (!domain.isLive(session)) {
        throw new CoreRefusal("WRONG_STATE", `Game server session '${session.gameServerSessionId}' is ${session.status}; only a live session can be updated.`);
      }
      // Lowering the maximum under the players already in would leave the
      // session over-full (CurrentPlayerSessionCount > Maximum...): refused.
      const open = domain.openPlayerCount(session);
      if (update.maximumPlayerSessionCount !== undefined && update.maximumPlayerSessionCount < open) {
        throw new CoreRefusal(
          "WRONG_STATE",
          `MaximumPlayerSessionCount ${update.maximumPlayerSessionCount} is below the ${open} player sessions RESERVED or ACTIVE in game server session '${session.gameServerSessionId}'; remove players first.`,
        );
      }
      const patch: SessionUpdate = {};
      if (update.maximumPlayerSessionCount !== undefined) patch.maximumPlayerSessionCount = update.maximumPlayerSessionCount;
      if (update.name !== undefined) patch.name = update.name;
      if (update.playerSessionCreationPolicy !== undefined) patch.playerSessionCreationPolicy = update.playerSessionCreationPolicy;
      if (update.protectionPolicy !== undefined) patch.protectionPolicy = update.protectionPolicy;
      store.update("gameServerSessions", session, patch);
    },

    setCreationPolicy(session, policy) {
      store.update("gameServerSessions", session, { playerSessionCreationPolicy: policy });
    },

    openPlayerCount: (session) => openCount.get(session.gameServerSessionId) ?? 0,

    isLive: (session) => LIVE_GAME_SERVER_SESSION_STATUSES.includes(session.status),
  };
  return domain;
}
