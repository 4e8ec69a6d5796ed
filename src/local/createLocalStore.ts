import { EventEmitter } from "node:events";
import { v4 as uuidv4 } from "uuid";
import { AgentRefusal } from "./AgentRefusal.js";
import { clip } from "./clip.js";
import { CloudApiError } from "./cloud/CloudApiError.js";
import type { GseLocalEvent } from "./GseLocalEvent.js";
import type {
  CreationPolicy,
  GameServerSessionStatus,
  KeyValue,
  LocalGameServerSession,
  LocalPlacement,
  LocalPlayerSession,
  LocalProcess,
  PlacementStatus,
  PlayerSessionStatus,
  ProcessStatus,
  ProtectionPolicy,
} from "./localModels.js";

export interface LocalStoreOptions {
  /** The address players connect to (IpAddress of sessions). */
  ipAddress: string;
  now?: () => number;
}

export interface CreateSessionInput {
  fleetId: string;
  maximumPlayerSessionCount: number;
  name?: string;
  creatorId?: string;
  gameProperties?: KeyValue[];
  gameServerSessionData?: string;
  matchmakerData?: string;
  gameServerSessionId?: string;
  idempotencyToken?: string;
  /** Processes not to use. */
  excludePids?: ReadonlySet<number>;
}

export interface JoinInput {
  playerId: string;
  playerData?: string;
}

const LIVE_SESSION: readonly GameServerSessionStatus[] = ["ACTIVATING", "ACTIVE", "TERMINATING"];
const OPEN_PLAYER: readonly PlayerSessionStatus[] = ["RESERVED", "ACTIVE"];

/**
 * gse-local's state and every transition of it, synchronous so that no two
 * requests interleave inside one: picking a process and assigning it a
 * session, or counting free slots and reserving them, happen in one step.
 * Calls to game processes and timers live outside (createGseLocal).
 */
export class LocalStore {
  readonly processes = new Map<number, LocalProcess>();
  readonly sessions = new Map<string, LocalGameServerSession>();
  readonly playerSessions = new Map<string, LocalPlayerSession>();
  readonly placements = new Map<string, LocalPlacement>();
  // Annotated: inferred, it is emitted as EventEmitter<[never]>, which @types/node 25+ rejects.
  readonly events: EventEmitter = new EventEmitter();
  private readonly byIdempotencyToken = new Map<string, string>();
  private readonly now: () => number;

  constructor(private readonly options: LocalStoreOptions) {
    this.now = options.now ?? Date.now;
    // Listeners are users' code; an event stream must not warn at 11 of them.
    this.events.setMaxListeners(0);
  }

  emit(event: GseLocalEvent): void {
    this.events.emit("event", event);
  }

  /** Forgets everything, as a freshly started agent knows nothing (restartAgent's forgetState). */
  reset(): void {
    this.processes.clear();
    this.sessions.clear();
    this.playerSessions.clear();
    this.placements.clear();
    this.byIdempotencyToken.clear();
  }

  // --- processes --------------------------------------------------------------

  registerProcess(input: { pid: number; grpcPort: number; clientPort: number; logPaths: string[]; cwd: string | undefined }): {
    process: LocalProcess;
    reannounced: boolean;
  } {
    const existing = this.processes.get(input.pid);
    if (existing && existing.status !== "TERMINATED") {
      // The SDK re-announcing itself (say, after an agent restart): same
      // process, same session; only its ports may have changed.
      existing.grpcPort = input.grpcPort;
      existing.clientPort = input.clientPort;
      existing.logPaths = input.logPaths;
      this.emit({ type: "processRegistered", pid: input.pid, grpcPort: input.grpcPort, clientPort: input.clientPort, reannounced: true });
      return { process: existing, reannounced: true };
    }
    const process: LocalProcess = {
      pid: input.pid,
      grpcPort: input.grpcPort,
      clientPort: input.clientPort,
      logPaths: input.logPaths,
      cwd: input.cwd,
      status: "ACTIVE",
      statusReason: "ProcessReady",
      registeredAt: this.now(),
      healthFailures: 0,
      lastHealthCheckAt: undefined,
      gameServerSessionId: undefined,
      currentCustomCount: 0,
      maxCustomCount: 0,
      terminationTime: undefined,
    };
    // A recycled pid starts a new record; the old one is history.
    this.processes.delete(input.pid);
    this.processes.set(input.pid, process);
    this.emit({ type: "processRegistered", pid: input.pid, grpcPort: input.grpcPort, clientPort: input.clientPort, reannounced: false });
    return { process, reannounced: false };
  }

  /** The registered, not terminated process with this pid, or a refusal. */
  liveProcess(pid: number, method: string): LocalProcess {
    const process = this.processes.get(pid);
    if (!process || process.status === "TERMINATED") {
      throw new AgentRefusal(`${method}: process ${pid} is not registered with this agent (call ProcessReady first)`);
    }
    return process;
  }

  setProcessStatus(process: LocalProcess, status: ProcessStatus, reason: string): void {
    if (process.status === status || process.status === "TERMINATED") return;
    process.status = status;
    process.statusReason = reason;
    this.emit({ type: "processStatus", pid: process.pid, status, reason });
  }

  /** Ends a process: its session is terminated and its player sessions completed. */
  terminateProcess(process: LocalProcess, reason: string): void {
    if (process.status === "TERMINATED") return;
    if (process.gameServerSessionId) {
      const session = this.sessions.get(process.gameServerSessionId);
      if (session) this.endSession(session, "TERMINATED", reason);
    }
    this.setProcessStatus(process, "TERMINATED", reason);
  }

  reportCustomData(process: LocalProcess, current: number, max: number): void {
    process.currentCustomCount = current;
    process.maxCustomCount = max;
    this.emit({ type: "customData", pid: process.pid, currentCustomCount: current, maxCustomCount: max });
  }

  /** An ACTIVE process holding no session, longest-registered first, not among `exclude`. */
  freeProcess(exclude?: ReadonlySet<number>): LocalProcess | undefined {
    for (const process of this.processes.values()) {
      if (process.status === "ACTIVE" && process.gameServerSessionId === undefined && !exclude?.has(process.pid)) return process;
    }
    return undefined;
  }

  // --- game server sessions ---------------------------------------------------

  sessionByIdempotencyToken(token: string): LocalGameServerSession | undefined {
    const id = this.byIdempotencyToken.get(token);
    return id === undefined ? undefined : this.sessions.get(id);
  }

  /** Creates an ACTIVATING session on a free process. */
  createSession(input: CreateSessionInput): LocalGameServerSession {
    if (input.idempotencyToken) {
      const earlier = this.sessionByIdempotencyToken(input.idempotencyToken);
      if (earlier) return earlier;
    }
    const id = `qcs::gse:local::gameserversession/${input.fleetId}/${input.gameServerSessionId || `gssess-${uuidv4()}`}`;
    if (this.sessions.has(id)) {
      throw new CloudApiError("InvalidParameter", `GameServerSessionId '${input.gameServerSessionId}' is already used in fleet ${input.fleetId}.`);
    }
    const process = this.freeProcess(input.excludePids);
    if (!process) {
      throw new CloudApiError(
        "LimitExceeded",
        "No game server process is free to host a game server session: every ACTIVE process already holds one (start more processes, or end a session).",
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
      matchmakerData: input.matchmakerData ?? "",
      status: "ACTIVATING",
      statusReason: "",
      creationTime: this.now(),
      terminationTime: undefined,
      playerSessionCreationPolicy: "ACCEPT_ALL",
      protectionPolicy: "NoProtection",
      pid: process.pid,
      ipAddress: this.options.ipAddress,
      port: process.clientPort,
      playerSessionIds: [],
    };
    this.sessions.set(id, session);
    if (session.idempotencyToken) this.byIdempotencyToken.set(session.idempotencyToken, id);
    process.gameServerSessionId = id;
    this.emit({ type: "gameServerSessionStatus", gameServerSessionId: id, pid: process.pid, status: "ACTIVATING", reason: "created" });
    return session;
  }

  requireSession(id: string): LocalGameServerSession {
    const session = this.sessions.get(id);
    if (!session) throw new CloudApiError("ResourceNotFound", `Game server session '${id}' does not exist.`);
    return session;
  }

  /** The session `id` if `process` holds it; a refusal otherwise. */
  ownSession(process: LocalProcess, id: string, method: string): LocalGameServerSession {
    const session = this.sessions.get(id);
    if (!session) throw new AgentRefusal(`${method}: game server session '${clip(id)}' does not exist`);
    if (session.pid !== process.pid) {
      throw new AgentRefusal(`${method}: game server session '${clip(id)}' belongs to process ${session.pid}, not to process ${process.pid}`);
    }
    return session;
  }

  activateSession(process: LocalProcess, id: string, maxPlayers: number): void {
    const session = this.ownSession(process, id, "ActivateGameServerSession");
    if (session.status !== "ACTIVATING") {
      throw new AgentRefusal(`ActivateGameServerSession: game server session '${clip(id)}' is ${session.status}, not ACTIVATING`);
    }
    if (maxPlayers > 0) session.maximumPlayerSessionCount = maxPlayers;
    this.setSessionStatus(session, "ACTIVE", "activated");
  }

  setSessionStatus(session: LocalGameServerSession, status: GameServerSessionStatus, reason: string): void {
    if (session.status === status) return;
    session.status = status;
    session.statusReason = reason;
    this.emit({ type: "gameServerSessionStatus", gameServerSessionId: session.gameServerSessionId, pid: session.pid, status, reason });
  }

  /**
   * A session is over (TERMINATED) or failed (ERROR): its open player
   * sessions complete, and its process is free again unless `keepProcess`.
   */
  endSession(session: LocalGameServerSession, status: "TERMINATED" | "ERROR", reason: string, keepProcess = false): void {
    if (session.status === "TERMINATED") return;
    // A session that failed stays ERROR when its process later ends it.
    const final = session.status === "ERROR" ? "ERROR" : status;
    session.terminationTime ??= this.now();
    for (const playerSessionId of session.playerSessionIds) {
      const player = this.playerSessions.get(playerSessionId);
      if (player && OPEN_PLAYER.includes(player.status)) this.setPlayerStatus(player, "COMPLETED");
    }
    this.setSessionStatus(session, final, reason);
    const process = this.processes.get(session.pid);
    if (!keepProcess && process?.gameServerSessionId === session.gameServerSessionId) process.gameServerSessionId = undefined;
  }

  updateSession(
    session: LocalGameServerSession,
    update: { maximumPlayerSessionCount?: number; name?: string; playerSessionCreationPolicy?: CreationPolicy; protectionPolicy?: ProtectionPolicy },
  ): void {
    if (update.maximumPlayerSessionCount !== undefined) session.maximumPlayerSessionCount = update.maximumPlayerSessionCount;
    if (update.name !== undefined) session.name = update.name;
    if (update.playerSessionCreationPolicy !== undefined) session.playerSessionCreationPolicy = update.playerSessionCreationPolicy;
    if (update.protectionPolicy !== undefined) session.protectionPolicy = update.protectionPolicy;
  }

  openPlayerCount(session: LocalGameServerSession): number {
    let count = 0;
    for (const id of session.playerSessionIds) {
      const status = this.playerSessions.get(id)?.status;
      if (status === "RESERVED" || status === "ACTIVE") count++;
    }
    return count;
  }

  isLive(session: LocalGameServerSession): boolean {
    return LIVE_SESSION.includes(session.status);
  }

  // --- player sessions --------------------------------------------------------

  /** Reserves one slot per player, all or none. */
  join(session: LocalGameServerSession, players: JoinInput[]): LocalPlayerSession[] {
    if (session.status !== "ACTIVE") {
      throw new CloudApiError("FailedOperation", `Game server session '${session.gameServerSessionId}' is ${session.status}; players can join only an ACTIVE session.`);
    }
    if (session.playerSessionCreationPolicy === "DENY_ALL") {
      throw new CloudApiError("UnsupportedOperation", `Game server session '${session.gameServerSessionId}' does not accept new players (PlayerSessionCreationPolicy DENY_ALL).`);
    }
    const free = session.maximumPlayerSessionCount - this.openPlayerCount(session);
    if (players.length > free) {
      throw new CloudApiError(
        "LimitExceeded",
        `Game server session '${session.gameServerSessionId}' is full: ${free} of ${session.maximumPlayerSessionCount} slots free, ${players.length} requested.`,
      );
    }
    return players.map((player) => {
      const playerSession: LocalPlayerSession = {
        playerSessionId: `psess-${uuidv4()}`,
        playerId: player.playerId,
        playerData: player.playerData ?? "",
        gameServerSessionId: session.gameServerSessionId,
        fleetId: session.fleetId,
        ipAddress: session.ipAddress,
        port: session.port,
        status: "RESERVED",
        creationTime: this.now(),
        terminationTime: undefined,
      };
      this.playerSessions.set(playerSession.playerSessionId, playerSession);
      session.playerSessionIds.push(playerSession.playerSessionId);
      this.emit({
        type: "playerSessionStatus",
        playerSessionId: playerSession.playerSessionId,
        playerId: playerSession.playerId,
        gameServerSessionId: session.gameServerSessionId,
        status: "RESERVED",
      });
      return playerSession;
    });
  }

  /** The player session of `session`, or a refusal naming what is wrong. */
  private ownPlayer(session: LocalGameServerSession, playerSessionId: string, method: string): LocalPlayerSession {
    const player = this.playerSessions.get(playerSessionId);
    if (!player || player.gameServerSessionId !== session.gameServerSessionId) {
      throw new AgentRefusal(`${method}: player session '${clip(playerSessionId)}' is not a player session of game server session '${session.gameServerSessionId}'`);
    }
    return player;
  }

  acceptPlayer(process: LocalProcess, gameServerSessionId: string, playerSessionId: string): LocalPlayerSession {
    const session = this.ownSession(process, gameServerSessionId, "AcceptPlayerSession");
    if (session.status !== "ACTIVE") {
      throw new AgentRefusal(`AcceptPlayerSession: game server session '${clip(gameServerSessionId)}' is ${session.status}, not ACTIVE`);
    }
    const player = this.ownPlayer(session, playerSessionId, "AcceptPlayerSession");
    if (player.status !== "RESERVED") {
      throw new AgentRefusal(`AcceptPlayerSession: player session '${clip(playerSessionId)}' is ${player.status}; only a RESERVED player session can be accepted`);
    }
    this.setPlayerStatus(player, "ACTIVE");
    return player;
  }

  removePlayer(process: LocalProcess, gameServerSessionId: string, playerSessionId: string): LocalPlayerSession {
    const session = this.ownSession(process, gameServerSessionId, "RemovePlayerSession");
    const player = this.ownPlayer(session, playerSessionId, "RemovePlayerSession");
    if (!OPEN_PLAYER.includes(player.status)) {
      throw new AgentRefusal(`RemovePlayerSession: player session '${clip(playerSessionId)}' is already ${player.status}`);
    }
    this.setPlayerStatus(player, "COMPLETED");
    return player;
  }

  /** A reservation not accepted in time frees its slot. */
  timeOutReservation(playerSessionId: string): void {
    const player = this.playerSessions.get(playerSessionId);
    if (player?.status === "RESERVED") this.setPlayerStatus(player, "TIMEDOUT");
  }

  private setPlayerStatus(player: LocalPlayerSession, status: PlayerSessionStatus): void {
    player.status = status;
    if (status === "COMPLETED" || status === "TIMEDOUT") player.terminationTime = this.now();
    this.emit({ type: "playerSessionStatus", playerSessionId: player.playerSessionId, playerId: player.playerId, gameServerSessionId: player.gameServerSessionId, status });
  }

  // --- placements -------------------------------------------------------------

  addPlacement(placement: LocalPlacement): void {
    if (this.placements.has(placement.placementId)) {
      throw new CloudApiError("InvalidParameter", `PlacementId '${placement.placementId}' is already used; placement ids are unique.`);
    }
    this.placements.set(placement.placementId, placement);
    this.emit({ type: "placementStatus", placementId: placement.placementId, status: placement.status });
  }

  requirePlacement(placementId: string): LocalPlacement {
    const placement = this.placements.get(placementId);
    if (!placement) throw new CloudApiError("ResourceNotFound", `Game server session placement '${placementId}' does not exist.`);
    return placement;
  }

  setPlacementStatus(placement: LocalPlacement, status: PlacementStatus): void {
    if (placement.status === status) return;
    placement.status = status;
    if (status !== "PENDING") placement.endTime = this.now();
    this.emit({
      type: "placementStatus",
      placementId: placement.placementId,
      status,
      ...(placement.gameServerSessionId ? { gameServerSessionId: placement.gameServerSessionId } : {}),
    });
  }

  /** PENDING placements, oldest first. */
  pendingPlacements(): LocalPlacement[] {
    return [...this.placements.values()].filter((p) => p.status === "PENDING" && p.gameServerSessionId === undefined);
  }
}

export function createLocalStore(options: LocalStoreOptions): LocalStore {
  return new LocalStore(options);
}
