import { createGseCloudClient, type GseCloudClient } from "../cloud/createGseCloudClient.js";
import { GseCloudError } from "../cloud/GseCloudError.js";
import type { CreateGameServerSessionRequest, GameServerSession, PlayerSession } from "../cloud/generated/gseCloudApi.js";
import { GseError } from "../errors/GseError.js";
import { GseApp, type GameClass, type GseAppOptions } from "../framework/GseApp.js";
import { createGseLocal, type GseLocal, type GseLocalEvent, type GseLocalEventType, type GseLocalOptions, type PlayerSessionStatus } from "../local/index.js";
import { createJsonLogger, silentLogger, type Logger } from "../logging/Logger.js";

/** Where a player connects, and the id it presents there. */
export interface PlayerTicket {
  ipAddress: string;
  port: number;
  playerSessionId: string;
  playerId: string;
  gameServerSessionId: string;
}

/** A game run as a child process: gse-local launches it, as a one-process fleet. */
export interface ChildGame {
  /** Run with `sh -c`; start it with `exec` so the game itself is the process. GSE_AGENT_ADDRESS is set for it. */
  command: string;
  cwd?: string;
}

/** Options of createGseTestKit. */
export interface GseTestKitOptions<T extends object, C> {
  /** The game: a class (decorated, or from defineGame) run in this process, or a command run as a child process. */
  game: GameClass<T> | ChildGame;
  /** For an in-process game: GseApp.run's options over the kit's (clientPort, quiet logger, no exit, no signal handling). */
  gameOptions?: Partial<GseAppOptions>;
  /** gse-local's options over the kit's fast timers (every port 0). */
  localOptions?: GseLocalOptions;
  /** Connects a player the way the game's clients do; `connect` and `joinAndConnect` use it. */
  connect?: (ticket: PlayerTicket) => Promise<C>;
  /** Closes a connection at kit.close(). Default: calls its close(), end() or destroy(), when it has one. */
  disconnect?: (connection: C) => unknown;
  /** Default timeout of the kit's waits. Default 5 000 ms. */
  timeoutMs?: number;
  /** Log gse-local, the game and the child's output to stderr. Default: $GSE_TEST_LOGS is "1" or "true". */
  logs?: boolean;
}

/** Options of the kit's waits. */
export interface KitWaitOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** A running test kit: gse-local, your game, and typed helpers to drive sessions and players. */
export interface GseTestKit<T extends object, C> {
  /** The gse-local the game talks to: state snapshots, history, waitFor, faults. */
  readonly local: GseLocal;
  /** The typed cloud client, pointed at gse-local (needs tencentcloud-sdk-nodejs; created on first use). */
  readonly cloud: GseCloudClient;
  /** The in-process game's GseApp (undefined for a child process). */
  readonly app: GseApp<T> | undefined;
  /** The in-process game instance (undefined for a child process). */
  readonly game: T | undefined;
  /** The pid of the game process now registered with gse-local. */
  readonly pid: number;
  /** A child game's last output lines (up to 500), prefixed "[pid N] ". */
  readonly output: readonly string[];
  /** Creates a game server session (default FleetId fleet-local, 4 players) and resolves once the game activated it. */
  createSession(request?: Partial<CreateGameServerSessionRequest>, options?: KitWaitOptions): Promise<GameServerSession>;
  /** Reserves a slot for a player (JoinGameServerSession): a RESERVED player session. */
  joinPlayer(session: GameServerSession | string, playerId: string, options?: { playerData?: string }): Promise<PlayerSession>;
  /** Connects a player with the `connect` option; the connection is closed at kit.close(). */
  connect(playerSession: PlayerSession): Promise<C>;
  /** joinPlayer, then connect. */
  joinAndConnect(session: GameServerSession | string, playerId: string): Promise<{ playerSession: PlayerSession; connection: C }>;
  /** Resolves once the player session has this status (default ACTIVE: the game accepted it). */
  waitForPlayerSession(playerSessionId: string, status?: PlayerSessionStatus, options?: KitWaitOptions): Promise<GseLocalEvent>;
  /** gse-local's waitFor with the kit's default timeout; past events count. */
  waitFor(predicate: (event: GseLocalEvent) => boolean, options?: KitWaitOptions): Promise<GseLocalEvent>;
  /** Calls the game made to the agent, oldest first; only this method's when given ("AcceptPlayerSession"...). */
  agentCalls(method?: string): Extract<GseLocalEvent, { type: "agentCall" }>[];
  /** Resolves with the first call of this method (past or future) that matches. */
  waitForAgentCall(method: string, options?: KitWaitOptions & { ok?: boolean }): Promise<Extract<GseLocalEvent, { type: "agentCall" }>>;
  /** gse-local's events, oldest first; only this type's when given. */
  events<K extends GseLocalEventType>(type?: K): Extract<GseLocalEvent, { type: K }>[];
  /**
   * Sends OnProcessTerminate to the game, as GSE does on scale-in, and
   * resolves once the process has ended (ProcessEnding; a child's exit).
   */
  terminateProcess(options?: { terminationDelayMs?: number } & KitWaitOptions): Promise<void>;
  /** Closes connections, the game, gse-local. Idempotent. */
  close(): Promise<void>;
}

/** gse-local's timers for tests: fast enough that waits end in milliseconds, slow enough not to flood. */
export const TEST_KIT_LOCAL_DEFAULTS = {
  grpcPort: 0,
  httpPort: 0,
  healthCheckIntervalMs: 200,
  // Generous: a loaded CI machine must not make a healthy game look unhealthy.
  healthCheckTimeoutMs: 5_000,
  reservationTimeoutMs: 5_000,
  activationTimeoutMs: 5_000,
  placementTimeoutMs: 5_000,
  terminationGraceMs: 5_000,
  livenessIntervalMs: 50,
} as const satisfies GseLocalOptions;

const OUTPUT_LINES = 500;

/**
 * Starts gse-local and the game, registered and ready for sessions, with
 * quiet logs: the test kit of gse-sdk (Colyseus's @colyseus/testing `boot`
 * for GSE). Call close() in the test's teardown.
 */
export async function createGseTestKit<T extends object, C = unknown>(options: GseTestKitOptions<T, C>): Promise<GseTestKit<T, C>> {
  if (typeof options !== "object" || options === null || options.game === undefined) {
    throw new GseError("BAD_REQUEST_EXCEPTION", "createGseTestKit needs { game }: a game class, or { command } for a child process", { field: "game" });
  }
  const child = typeof options.game === "function" ? undefined : options.game;
  if (child && (typeof child.command !== "string" || child.command.trim() === "")) {
    throw new GseError("BAD_REQUEST_EXCEPTION", "createGseTestKit: game.command must be a command line", { field: "game.command" });
  }
  const timeoutMs = options.timeoutMs ?? 5_000;
  const logs = options.logs ?? /^(1|true)$/i.test(process.env["GSE_TEST_LOGS"] ?? "");
  const logger: Logger = logs ? createJsonLogger({ level: "debug" }) : silentLogger;
  const output: string[] = [];
  const onOutput = (line: string) => {
    output.push(line);
    if (output.length > OUTPUT_LINES) output.splice(0, output.length - OUTPUT_LINES);
    if (logs) process.stderr.write(`${line}\n`);
  };

  const local = await createGseLocal({
    ...TEST_KIT_LOCAL_DEFAULTS,
    logger,
    ...(child && { launch: { command: child.command, concurrency: 1, output: onOutput, ...(child.cwd !== undefined && { cwd: child.cwd }) } }),
    ...options.localOptions,
  });
  const connections = new Set<C>();
  let app: GseApp<T> | undefined;
  let cloud: GseCloudClient | undefined;
  let closing: Promise<void> | undefined;

  const wait = (predicate: (event: GseLocalEvent) => boolean, waitOptions: KitWaitOptions = {}) =>
    local.waitFor(predicate, { timeoutMs: waitOptions.timeoutMs ?? timeoutMs, ...(waitOptions.signal && { signal: waitOptions.signal }) });
  const latestPid = (): number => {
    const live = local.processes().filter((p) => p.status !== "TERMINATED");
    const last = live[live.length - 1];
    if (!last) throw new GseError("BAD_REQUEST_EXCEPTION", "no game process is registered with gse-local");
    return last.pid;
  };

  try {
    if (child) {
      await wait((e) => e.type === "processRegistered", { timeoutMs: Math.max(timeoutMs, 10_000) });
    } else {
      app = await GseApp.run(options.game as GameClass<T>, {
        clientPort: 7777,
        exitProcess: false,
        handleSignals: false,
        logger,
        ...options.gameOptions,
        gseAddress: local.agentAddress,
      });
    }
  } catch (error) {
    await local.close();
    throw error;
  }

  const kit: GseTestKit<T, C> = {
    local,
    get cloud() {
      cloud ??= createGseCloudClient({ endpoint: local.cloudEndpoint, protocol: "http://", secretId: "gse-test-kit", secretKey: "gse-test-kit", pollIntervalMs: 10 });
      return cloud;
    },
    get app() {
      return app;
    },
    get game() {
      return app?.game;
    },
    get pid() {
      return latestPid();
    },
    get output() {
      return output;
    },
    async createSession(request = {}, waitOptions = {}) {
      const since = local.history.length;
      const { GameServerSession: created } = await kit.cloud.CreateGameServerSession({ FleetId: "fleet-local", MaximumPlayerSessionCount: 4, ...request });
      if (!created) throw new GseError("BAD_REQUEST_EXCEPTION", "CreateGameServerSession answered no GameServerSession");
      const id = created.GameServerSessionId;
      // gse-local says when the game activated it: wait on that, not by polling the cloud API.
      const settled = await local.waitFor(
        (e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === id && e.status !== "ACTIVATING",
        { since, timeoutMs: waitOptions.timeoutMs ?? timeoutMs, ...(waitOptions.signal && { signal: waitOptions.signal }) },
      );
      if (settled.type === "gameServerSessionStatus" && settled.status !== "ACTIVE") {
        throw new GseCloudError("CLOUD_WAIT_FAILED", `game server session '${id}' became ${settled.status}, not ACTIVE: ${settled.reason}`, {
          action: "CreateGameServerSession",
          lastStatus: settled.status,
        });
      }
      const { GameServerSessions } = await kit.cloud.DescribeGameServerSessions({ GameServerSessionId: id });
      const session = GameServerSessions?.find((s) => s.GameServerSessionId === id);
      if (!session) throw new GseError("BAD_REQUEST_EXCEPTION", `game server session '${id}' is not described`);
      return session;
    },
    async joinPlayer(session, playerId, joinOptions = {}) {
      const GameServerSessionId = typeof session === "string" ? session : session.GameServerSessionId;
      const { PlayerSession } = await kit.cloud.JoinGameServerSession({
        GameServerSessionId,
        PlayerId: playerId,
        ...(joinOptions.playerData !== undefined && { PlayerData: joinOptions.playerData }),
      });
      if (!PlayerSession) throw new GseError("BAD_REQUEST_EXCEPTION", `JoinGameServerSession answered no player session for '${playerId}'`);
      return PlayerSession;
    },
    async connect(playerSession) {
      if (!options.connect) {
        throw new GseError("BAD_REQUEST_EXCEPTION", "kit.connect needs the `connect` option: how your game's clients connect to a ticket", { field: "connect" });
      }
      const connection = await options.connect({
        ipAddress: playerSession.IpAddress,
        port: playerSession.Port,
        playerSessionId: playerSession.PlayerSessionId,
        playerId: playerSession.PlayerId ?? "",
        gameServerSessionId: playerSession.GameServerSessionId,
      });
      connections.add(connection);
      return connection;
    },
    async joinAndConnect(session, playerId) {
      const playerSession = await kit.joinPlayer(session, playerId);
      return { playerSession, connection: await kit.connect(playerSession) };
    },
    waitForPlayerSession(playerSessionId, status = "ACTIVE", waitOptions) {
      return wait((e) => e.type === "playerSessionStatus" && e.playerSessionId === playerSessionId && e.status === status, waitOptions);
    },
    waitFor: wait,
    agentCalls(method) {
      return local.history.filter((e): e is Extract<GseLocalEvent, { type: "agentCall" }> => e.type === "agentCall" && (method === undefined || e.method === method));
    },
    async waitForAgentCall(method, waitOptions = {}) {
      const event = await wait((e) => e.type === "agentCall" && e.method === method && (waitOptions.ok === undefined || e.ok === waitOptions.ok), waitOptions);
      return event as Extract<GseLocalEvent, { type: "agentCall" }>;
    },
    events<K extends GseLocalEventType>(type?: K) {
      return local.history.filter((e) => type === undefined || e.type === type) as Extract<GseLocalEvent, { type: K }>[];
    },
    async terminateProcess(terminateOptions = {}) {
      const pid = latestPid();
      const since = local.history.length;
      const exited = child && local.fleet ? onceExit(local, pid) : undefined;
      local.terminateProcess(pid, terminateOptions.terminationDelayMs === undefined ? {} : { terminationDelayMs: terminateOptions.terminationDelayMs });
      await local.waitFor((e) => e.type === "processStatus" && e.pid === pid && e.status === "TERMINATED", {
        since,
        timeoutMs: terminateOptions.timeoutMs ?? timeoutMs,
        ...(terminateOptions.signal && { signal: terminateOptions.signal }),
      });
      await app?.ended;
      await exited;
    },
    close() {
      closing ??= (async () => {
        for (const connection of connections) {
          try {
            if (options.disconnect) await options.disconnect(connection);
            else closeConnection(connection);
          } catch {
            // A connection that will not close must not keep the rest open.
          }
        }
        connections.clear();
        if (app) await app.shutdown().catch(() => undefined);
        await local.close();
      })();
      return closing;
    },
  };
  return kit;
}

/** Resolves when the fleet reports this child's exit. */
function onceExit(local: GseLocal, pid: number): Promise<void> {
  return new Promise((resolve) => {
    const onExit = (event: { pid: number }) => {
      if (event.pid !== pid) return;
      local.fleet!.events.off("exit", onExit);
      resolve();
    };
    local.fleet!.events.on("exit", onExit);
  });
}

function closeConnection(connection: unknown): void {
  const c = connection as { close?: () => unknown; end?: () => unknown; destroy?: () => unknown } | null;
  if (typeof c !== "object" || c === null) return;
  if (typeof c.close === "function") c.close();
  else if (typeof c.destroy === "function") c.destroy();
  else if (typeof c.end === "function") c.end();
}
