import { randomUUID } from "node:crypto";
import { EventEmitter, once } from "node:events";
import { readFile, readlink } from "node:fs/promises";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { isAbsolute, resolve } from "node:path";
import { ClientError, createChannel, createClient, createServer, Status, type Channel, type Server } from "nice-grpc";
import {
  GameServerGrpcSdkServiceDefinition,
  GseResponse_Status,
  type GameServerGrpcSdkServiceClient,
  type GameServerSession,
} from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import { GseError } from "../errors/GseError.js";
import { createJsonLogger, type Logger } from "../logging/Logger.js";
import { createCloudApiHandler } from "./cloud/createCloudApiHandler.js";
import { AGENT_SERVICE_DEFINITION, createAgentService, type AgentServiceHooks } from "./createAgentService.js";
import { createCloudActions, toCloudSession, type CloudEffects } from "./createCloudActions.js";
import { createFaultInjector } from "./createFaultInjector.js";
import { createFleetLauncher, type FleetLauncher } from "./createFleetLauncher.js";
import { createLocalStore, type LocalStore } from "./createLocalStore.js";
import type { FaultControl, FaultRule, ProcessMethod } from "./FaultRule.js";
import type { GseLocalEvent } from "./GseLocalEvent.js";
import type { LocalGameServerSession, LocalPlacement, LocalPlayerSession, LocalProcess } from "./localModels.js";
import { AGENT_ADDRESS_ENV } from "../client/resolveAgentAddress.js";
import { LOCAL_ACTIONS } from "./createCloudActions.js";
import { isCloudAction } from "./cloud/validateCloudRequest.js";
import { createDashboard, type Dashboard } from "./observe/createDashboard.js";
import { createDashboardAuth } from "./observe/createDashboardAuth.js";
import { createMetrics } from "./observe/createMetrics.js";
import { createObservabilityRoutes } from "./observe/createObservabilityRoutes.js";

export interface GseLocalOptions {
  /** Interface both servers bind. Default 127.0.0.1. */
  host?: string;
  /** GseGrpcSdkService port. Default 5758, as GSE; 0 = any free port. */
  grpcPort?: number;
  /** Cloud API port. Default 8080, as GSE Local; 0 = any free port. */
  httpPort?: number;
  /** The address players are sent to (sessions' IpAddress). Default: host, or 127.0.0.1 when host is 0.0.0.0. */
  publicIp?: string;
  /** Fleet id for sessions created through an alias or a placement. Default "fleet-local". */
  fleetId?: string;
  /** How often each process's OnHealthCheck is called. Default 60 000 ms, as GSE. */
  healthCheckIntervalMs?: number;
  /** How long a health check may take before it counts as failed. Default min(interval, 10 000 ms). */
  healthCheckTimeoutMs?: number;
  /** Consecutive failed health checks that make a process unhealthy. Default 3, as GSE. */
  unhealthyThreshold?: number;
  /** How long a reservation (RESERVED player session) waits for AcceptPlayerSession. Default 60 000 ms, as GSE. */
  reservationTimeoutMs?: number;
  /** How long a session may stay ACTIVATING before it becomes ERROR. Default 60 000 ms. */
  activationTimeoutMs?: number;
  /** How long a placement stays PENDING before TIMED_OUT. Default 60 000 ms. */
  placementTimeoutMs?: number;
  /** terminationTime sent with OnProcessTerminate, from now. Default 300 000 ms (GSE's 5 minutes). */
  terminationGraceMs?: number;
  /** Kill (SIGKILL) a process still alive at its terminationTime. Default true. */
  killAtTerminationTime?: boolean;
  /** How often pids are checked for liveness. Default 1 000 ms. */
  livenessIntervalMs?: number;
  /** When both are set, cloud API requests must be signed with them. */
  secretId?: string;
  secretKey?: string;
  /** Launch game processes like a fleet. */
  launch?: { command: string; concurrency: number; cwd?: string; output?: (line: string) => void };
  /** Fault rules in force from the start; `local.faults` adds and removes more. */
  faults?: FaultRule[];
  logger?: Logger;
}

export interface RestartAgentOptions {
  /** How long the listener stays down before listening again. Default 0. */
  downMs?: number;
  /**
   * Forget every process, session, player session, placement and remembered
   * requestId, as a freshly started agent would. Default false: the agent
   * comes back with its state, as one that kept it across a restart, and a
   * game's re-announcing ProcessReady finds its process and session.
   */
  forgetState?: boolean;
}

export interface GseLocal {
  readonly host: string;
  readonly grpcPort: number;
  readonly httpPort: number;
  /** host:port of the agent, for GSE_AGENT_ADDRESS or GseApp's gseAddress. */
  readonly agentAddress: string;
  /** host:port of the cloud API, for the TencentCloud SDK's httpProfile.endpoint. */
  readonly cloudEndpoint: string;
  /** The live dashboard's URL; with cloud API keys it carries the token (?token=...). */
  readonly dashboardUrl: string;
  /** The live dashboard (its state as shown, its open streams). */
  readonly dashboard: Dashboard;
  /** Every event, as a stream: `local.events.on("event", (e: GseLocalEvent) => ...)`. */
  readonly events: EventEmitter;
  /** The last events (up to 10 000), oldest first. */
  readonly history: readonly GseLocalEvent[];
  /** Resolves with the first event, past (in history) or future, that matches. */
  waitFor<E extends GseLocalEvent>(predicate: (event: GseLocalEvent) => event is E, options?: WaitOptions): Promise<E>;
  waitFor(predicate: (event: GseLocalEvent) => boolean, options?: WaitOptions): Promise<GseLocalEvent>;
  /** Snapshots of the current state. */
  processes(): LocalProcess[];
  gameServerSessions(): LocalGameServerSession[];
  playerSessions(): LocalPlayerSession[];
  placements(): LocalPlacement[];
  /** Sends OnProcessTerminate to a process, as GSE does on scale-in. */
  terminateProcess(pid: number, options?: { terminationDelayMs?: number }): void;
  /** Fault injection: delay, drop, fail or refuse chosen calls. */
  readonly faults: FaultControl;
  /**
   * Stops the gRPC listener, force-closing its connections (calls in flight
   * fail, delayed and dropped calls end), and listens again on the same port
   * after `downMs`. The listener is down when this returns its promise;
   * the promise resolves once it listens again.
   */
  restartAgent(options?: RestartAgentOptions): Promise<void>;
  /** The fleet launcher, when `launch` was given. */
  readonly fleet: FleetLauncher | undefined;
  /** Stops launched processes, both servers and every timer. Idempotent. */
  close(): Promise<void>;
}

export interface WaitOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Look at history from this index on (default 0: all of it). */
  since?: number;
}

const HISTORY_LIMIT = 10_000;
const PROCESS_CALL_TIMEOUT_MS = 10_000;
/** How long restartAgent keeps trying to listen on its port again (the old socket may linger a moment). */
const RELISTEN_DEADLINE_MS = 5_000;
const GAME_SERVICE_PATH = "/tencentcloud.gse.grpcsdk.GameServerGrpcSdkService";

interface ProcessLink {
  channel: Channel;
  client: GameServerGrpcSdkServiceClient;
  grpcPort: number;
  healthTimer: NodeJS.Timeout | undefined;
}

/**
 * Starts gse-local: the agent (GseGrpcSdkService) and the cloud API (HTTP),
 * health checks, timeouts and placement, and optionally a launched fleet.
 */
export async function createGseLocal(options: GseLocalOptions = {}): Promise<GseLocal> {
  const host = options.host ?? "127.0.0.1";
  const publicIp = options.publicIp ?? (host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host);
  const fleetId = options.fleetId ?? "fleet-local";
  const healthIntervalMs = positive("healthCheckIntervalMs", options.healthCheckIntervalMs ?? 60_000);
  const healthTimeoutMs = positive("healthCheckTimeoutMs", options.healthCheckTimeoutMs ?? Math.min(healthIntervalMs, 10_000));
  const unhealthyThreshold = positive("unhealthyThreshold", options.unhealthyThreshold ?? 3);
  const reservationTimeoutMs = positive("reservationTimeoutMs", options.reservationTimeoutMs ?? 60_000);
  const activationTimeoutMs = positive("activationTimeoutMs", options.activationTimeoutMs ?? 60_000);
  const placementTimeoutMs = positive("placementTimeoutMs", options.placementTimeoutMs ?? 60_000);
  const terminationGraceMs = positive("terminationGraceMs", options.terminationGraceMs ?? 300_000);
  const livenessIntervalMs = positive("livenessIntervalMs", options.livenessIntervalMs ?? 1_000);
  const killAtTerminationTime = options.killAtTerminationTime ?? true;
  const logger = options.logger ?? createJsonLogger({ level: "warn" });

  const store = createLocalStore({ ipAddress: publicIp });
  const history: GseLocalEvent[] = [];
  store.events.on("event", (event: GseLocalEvent) => {
    history.push(event);
    // Dropping a tenth at once, not one event per event: shifting 10 000
    // entries on every event cost a few percent of gse-local's CPU under
    // load (docs/benchmarks.md). The history holds 9 000 to 10 000 events.
    if (history.length > HISTORY_LIMIT) history.splice(0, history.length - HISTORY_LIMIT + HISTORY_LIMIT / 10);
  });

  const links = new Map<number, ProcessLink>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;
  /** Aborted by close(): what waits that have no timer in `timers` listen to. */
  const closeSignal = new AbortController();
  let httpPort = 0;
  const faults = createFaultInjector(options.faults ?? [], (event) => store.emit({ type: "faultInjected", ...event }));

  /** A one-shot timer that close() clears. */
  function after(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!closed) run();
    }, ms);
    timers.add(timer);
    return timer;
  }

  // --- links to game processes -----------------------------------------------

  function linkTo(process: LocalProcess): ProcessLink {
    const existing = links.get(process.pid);
    if (existing && existing.grpcPort === process.grpcPort) return existing;
    if (existing) unlink(process.pid);
    const channel = createChannel(`127.0.0.1:${process.grpcPort}`);
    const link: ProcessLink = {
      channel,
      client: createClient(GameServerGrpcSdkServiceDefinition, channel),
      grpcPort: process.grpcPort,
      healthTimer: undefined,
    };
    links.set(process.pid, link);
    scheduleHealthCheck(process.pid, link, true);
    return link;
  }

  function unlink(pid: number): void {
    const link = links.get(pid);
    if (!link) return;
    links.delete(pid);
    clearTimeout(link.healthTimer);
    link.channel.close();
  }

  /**
   * Processes that register together (a fleet starting, an agent restart)
   * would otherwise be checked together forever: one burst per interval
   * that holds the event loop, and every request behind it
   * (docs/benchmarks.md). The first check comes at a random point of the
   * interval and each later one varies by ±10 %, so checks stay spread.
   */
  function scheduleHealthCheck(pid: number, link: ProcessLink, first = false): void {
    const delay = first ? healthIntervalMs * (1 - Math.random()) : healthIntervalMs * (0.9 + Math.random() * 0.2);
    link.healthTimer = setTimeout(() => void checkHealth(pid, link), delay);
  }

  async function checkHealth(pid: number, link: ProcessLink): Promise<void> {
    const process = store.processes.get(pid);
    if (closed || links.get(pid) !== link || !process || process.status === "TERMINATED") return;
    if (!isAlive(pid)) {
      store.terminateProcess(process, "the process exited");
      return;
    }
    let healthy = false;
    let detail: string | undefined;
    let unreachable = false;
    const startedAt = performance.now();
    try {
      const answer = await throughFaults(pid, "OnHealthCheck", healthTimeoutMs, (signal) => link.client.onHealthCheck({}, { signal }), () => ({ healthStatus: false }));
      healthy = answer.healthStatus;
      if (!healthy) detail = "the process reported unhealthy";
    } catch (error) {
      unreachable = (error as ClientError).code === Status.UNAVAILABLE;
      detail = error instanceof Error && error.name === "AbortError" ? `no answer within ${healthTimeoutMs} ms` : (error as Error).message;
    }
    // Re-read after the await: the process may have ended meanwhile.
    if (closed || links.get(pid) !== link || hasEnded(process)) return;
    process.lastHealthCheckAt = Date.now();
    process.healthFailures = healthy ? 0 : process.healthFailures + 1;
    store.emit({ type: "healthCheck", pid, healthy, failures: process.healthFailures, ...(detail !== undefined && { detail }), durationMs: performance.now() - startedAt });
    if (process.healthFailures >= unhealthyThreshold) {
      if (unreachable || !isAlive(pid)) {
        store.terminateProcess(process, `its gRPC port ${process.grpcPort} stopped answering`);
        return;
      }
      if (process.status === "ACTIVE") {
        store.setProcessStatus(process, "UNHEALTHY", `${process.healthFailures} consecutive failed health checks`);
        effects.terminateProcess(process, "unhealthy");
      }
    }
    scheduleHealthCheck(pid, link);
  }

  // --- effects on game processes ---------------------------------------------------

  /**
   * Sends a call to a process unless a fault rule says otherwise: `delay`
   * sends it late, `drop` does not send it and lets its deadline pass,
   * `fail` and `refuse` do not send it and answer for the process.
   */
  async function throughFaults<T>(
    pid: number,
    method: ProcessMethod,
    timeoutMs: number,
    send: (signal: AbortSignal) => Promise<T>,
    refused: (status: GseResponse_Status, message: string) => T,
  ): Promise<T> {
    const fault = faults.take(method, pid);
    if (fault?.action === "delay" && !(await faults.sleep(fault.ms))) throw new Error(`${method} was delayed by a fault rule and gse-local stopped meanwhile`);
    const signal = AbortSignal.timeout(timeoutMs);
    const injected = `${method}: fault injected by gse-local`;
    switch (fault?.action) {
      case "drop": {
        await faults.hold(signal);
        // Reads like the deadline firing, which is what the caller would see.
        const error = new Error(`${injected} (dropped): no answer within ${timeoutMs} ms`);
        error.name = "AbortError";
        throw error;
      }
      case "fail":
        throw new ClientError(`${GAME_SERVICE_PATH}/${method}`, Status[fault.code], fault.message ?? `${injected} (${fault.code})`);
      case "refuse":
        return refused(GseResponse_Status[fault.status], fault.message ?? `${injected} (refused with ${fault.status})`);
      default:
        return send(signal);
    }
  }

  async function callProcess<T>(
    pid: number,
    method: Exclude<ProcessMethod, "OnHealthCheck">,
    call: (client: GameServerGrpcSdkServiceClient, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const link = links.get(pid);
    if (!link) throw new Error(`process ${pid} has no gRPC link`);
    try {
      const result = await throughFaults(pid, method, PROCESS_CALL_TIMEOUT_MS, (signal) => call(link.client, signal), (status, errorMessage) => ({ status, responseData: "", errorMessage }) as T);
      const failed = typeof result === "object" && result !== null && "status" in result && result.status !== GseResponse_Status.OK;
      store.emit({ type: "processCall", method, pid, ok: !failed, ...(failed && { error: String((result as { errorMessage?: string }).errorMessage) }) });
      return result;
    } catch (error) {
      store.emit({ type: "processCall", method, pid, ok: false, error: (error as Error).message });
      throw error;
    }
  }

  const sessionPlacement = new Map<string, LocalPlacement>();

  const effects: CloudEffects = {
    startSession(session) {
      after(activationTimeoutMs, () => {
        if (session.status === "ACTIVATING") store.endSession(session, "ERROR", `not activated within ${activationTimeoutMs} ms`, true);
      });
      void callProcess(session.pid, "OnStartGameServerSession", (client, signal) =>
        client.onStartGameServerSession({ gameServerSession: toGrpcSession(store, session) }, { signal }),
      ).then(
        (answer) => {
          if (answer.status !== GseResponse_Status.OK) failStart(session, `the process refused the session: ${answer.errorMessage}`);
        },
        (error: Error) => failStart(session, `OnStartGameServerSession failed: ${error.message}`),
      );
    },
    reservationMade(player) {
      after(reservationTimeoutMs, () => store.timeOutReservation(player.playerSessionId));
    },
    placeQueued,
    placementQueued(placement) {
      after(placementTimeoutMs, () => {
        if (placement.status === "PENDING" && placement.gameServerSessionId === undefined) store.setPlacementStatus(placement, "TIMED_OUT");
      });
    },
    terminateProcess(process, reason, terminationDelayMs) {
      if (process.status === "TERMINATED" || process.terminationTime !== undefined) return;
      const delay = terminationDelayMs ?? terminationGraceMs;
      process.terminationTime = Date.now() + delay;
      if (process.status === "ACTIVE") store.setProcessStatus(process, "TERMINATING", reason);
      const session = process.gameServerSessionId ? store.sessions.get(process.gameServerSessionId) : undefined;
      if (session && store.isLive(session)) store.setSessionStatus(session, "TERMINATING", reason);
      // Not tied to the process's gRPC link: a re-announcement on another
      // port replaces the link, and the terminationTime must still hold.
      after(delay, () => {
        if (hasEnded(process) || store.processes.get(process.pid) !== process) return;
        store.terminateProcess(process, "its terminationTime passed");
        if (killAtTerminationTime && isAlive(process.pid)) {
          try {
            globalThis.process.kill(process.pid, "SIGKILL");
          } catch {
            // Gone meanwhile.
          }
        }
      });
      void callProcess(process.pid, "OnProcessTerminate", (client, signal) =>
        client.onProcessTerminate({ terminationTime: Math.ceil(process.terminationTime! / 1000) }, { signal }),
      ).catch((error: Error) => logger.warn({ pid: process.pid, err: error }, "OnProcessTerminate failed"));
    },
    logUrl(session) {
      return `http://${publicIp}:${httpPort}/logs/${encodeURIComponent(session.gameServerSessionId)}`;
    },
    describeProcesses() {
      return [...store.processes.values()].map((p) => ({
        Pid: p.pid,
        Status: p.status,
        StatusReason: p.statusReason,
        ClientPort: p.clientPort,
        GrpcPort: p.grpcPort,
        GameServerSessionId: p.gameServerSessionId ?? null,
        HealthFailures: p.healthFailures,
        LogPaths: p.logPaths,
      }));
    },
  };

  function failStart(session: LocalGameServerSession, reason: string): void {
    // A session forgotten by restartAgent({forgetState}) is nobody's business.
    if (session.status !== "ACTIVATING" || store.sessions.get(session.gameServerSessionId) !== session) return;
    store.endSession(session, "ERROR", reason);
    const process = store.processes.get(session.pid);
    if (process?.status === "ACTIVE") placeQueued();
  }

  function placeQueued(): void {
    for (const placement of store.pendingPlacements()) {
      if (!store.freeProcess()) return;
      if (!store.freeProcess(placement.triedPids)) continue;
      const session = store.createSession({
        excludePids: placement.triedPids,
        fleetId,
        maximumPlayerSessionCount: placement.maximumPlayerSessionCount,
        name: placement.gameServerSessionName,
        gameProperties: placement.gameProperties,
        gameServerSessionData: placement.gameServerSessionData,
      });
      placement.gameServerSessionId = session.gameServerSessionId;
      sessionPlacement.set(session.gameServerSessionId, placement);
      effects.startSession(session);
    }
  }

  // Placements follow their session; processes that end release their link.
  store.events.on("event", (event: GseLocalEvent) => {
    if (event.type === "processStatus" && event.status === "TERMINATED") {
      unlink(event.pid);
      placeQueued();
    }
    if (event.type !== "gameServerSessionStatus") return;
    const placement = sessionPlacement.get(event.gameServerSessionId);
    if (!placement || placement.status !== "PENDING") return;
    if (event.status === "ACTIVE") {
      sessionPlacement.delete(event.gameServerSessionId);
      const session = store.sessions.get(event.gameServerSessionId)!;
      try {
        const players = store.join(session, placement.desiredPlayerSessions.map((d) => ({ playerId: d.PlayerId, playerData: d.PlayerData })));
        players.forEach((p) => effects.reservationMade(p));
        placement.placedPlayerSessions = players.map((p) => ({ PlayerId: p.playerId, PlayerSessionId: p.playerSessionId }));
        store.setPlacementStatus(placement, "FULFILLED");
      } catch (error) {
        logger.warn({ placementId: placement.placementId, err: error }, "placement could not reserve its players");
        store.setPlacementStatus(placement, "FAILED");
      }
    } else if (event.status === "ERROR" || event.status === "TERMINATED") {
      // The process could not host it: as GSE's queue does, try another
      // process until the placement's own timeout.
      sessionPlacement.delete(event.gameServerSessionId);
      placement.triedPids.add(event.pid);
      placement.gameServerSessionId = undefined;
      if (Date.now() - placement.startTime >= placementTimeoutMs) {
        store.setPlacementStatus(placement, "TIMED_OUT");
        return;
      }
      logger.info({ placementId: placement.placementId, pid: event.pid, status: event.status }, "placement's session failed; placing it on another process");
      placeQueued();
    }
  });

  // --- servers ---------------------------------------------------------------

  const agentHooks: AgentServiceHooks = {
    onProcessReady(process) {
      linkTo(process);
      placeQueued();
    },
    onProcessFree() {
      placeQueued();
    },
    isRunning: isAlive,
  };
  let agentService = createAgentService(store, agentHooks, { faults });
  /** A listener-to-be for the agent; restartAgent makes a new one each time. */
  function newAgentServer(): Server {
    const server = createServer();
    server.add(AGENT_SERVICE_DEFINITION, agentService);
    return server;
  }
  let agentServer = newAgentServer();

  /** What restartAgent({forgetState: true}) drops: everything a fresh agent would not know. */
  function forgetState(): void {
    for (const pid of [...links.keys()]) unlink(pid);
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    sessionPlacement.clear();
    store.reset();
    agentService = createAgentService(store, agentHooks, { faults });
  }

  let restarting = false;
  async function restartAgent(restartOptions: RestartAgentOptions = {}): Promise<void> {
    const downMs = restartOptions.downMs ?? 0;
    if (typeof downMs !== "number" || !(downMs >= 0 && downMs <= MAX_TIMER_MS)) {
      throw new GseError("BAD_REQUEST_EXCEPTION", `restartAgent: downMs must be from 0 to ${MAX_TIMER_MS}, got ${String(downMs)}`, { field: "downMs" });
    }
    if (closed) throw new GseError("SERVICE_CALL_FAILED", "restartAgent: gse-local is closed");
    if (restarting) throw new GseError("BAD_REQUEST_EXCEPTION", "restartAgent: a restart is already in progress; await it first");
    restarting = true;
    const forgotState = restartOptions.forgetState === true;
    try {
      // Down before the first await, so the caller can act on a down agent at once.
      agentServer.forceShutdown();
      faults.interrupt();
      if (forgotState) forgetState();
      store.emit({ type: "agentRestart", phase: "down", grpcPort, forgotState });
      if (downMs > 0) await delay(downMs, closeSignal.signal);
      if (closed) return;
      const server = newAgentServer();
      await listenAgain(server, `${host}:${grpcPort}`, closeSignal.signal);
      if (closed) {
        server.forceShutdown();
        return;
      }
      agentServer = server;
      store.emit({ type: "agentRestart", phase: "up", grpcPort, forgotState });
    } finally {
      restarting = false;
    }
  }

  const dispatch = createCloudActions(store, effects, { fleetId });
  const cloudHandler = createCloudApiHandler({
    dispatch,
    ...(options.secretId !== undefined && { secretId: options.secretId }),
    ...(options.secretKey !== undefined && { secretKey: options.secretKey }),
    onRequest: (event) =>
      store.emit({ type: "cloudCall", action: event.action, requestId: event.requestId, form: event.form, durationMs: event.durationMs, ...(event.code !== undefined && { code: event.code }), ...(event.message !== undefined && { message: event.message }) }),
    onInternalError: (error, context) => logger.error({ err: error, action: context.action, requestId: context.requestId }, "cloud action failed"),
  });
  const metrics = createMetrics(
    {
      processes: () => store.processes.values(),
      gameServerSessions: () => store.sessions.values(),
      playerSessions: () => store.playerSessions.values(),
      placements: () => store.placements.values(),
      fleetOf: () => fleetId,
      fleets: () => [fleetId],
    },
    { isKnownAction: (action) => isCloudAction(action) || (LOCAL_ACTIONS as readonly string[]).includes(action) },
  );
  store.events.on("event", metrics.observe);
  const auth = options.secretId !== undefined && options.secretKey !== undefined ? createDashboardAuth(options.secretId, options.secretKey) : undefined;
  const dashboard = createDashboard({
    processes: () => store.processes.values(),
    gameServerSessions: () => store.sessions.values(),
    playerSessions: () => store.playerSessions.values(),
    placements: () => store.placements.values(),
    fleetOf: () => fleetId,
    subscribe(listener) {
      store.events.on("event", listener);
      return () => store.events.off("event", listener);
    },
    // The cloud API's own actions, with its validation; logged as cloud calls made from the dashboard.
    async act(action, params) {
      const startedAt = performance.now();
      const requestId = randomUUID();
      let failure: { code?: string; message?: string } | undefined;
      try {
        return await dispatch(action, params, { action, requestId, form: "capi" });
      } catch (error) {
        failure = { code: (error as { code?: string }).code ?? "InternalError", message: (error as Error).message };
        throw error;
      } finally {
        store.emit({ type: "cloudCall", action, requestId, form: "dashboard", durationMs: performance.now() - startedAt, ...failure });
      }
    },
  }, { ...(auth && { authorize: auth.authorize }) });
  const observability = createObservabilityRoutes({ dashboard, metrics, auth, onError: (error, path) => logger.error({ err: error, path }, "serving failed") });
  const httpServer: HttpServer = createHttpServer((req, res) => {
    if (observability(req, res)) return;
    if (req.method === "GET" && req.url?.startsWith("/logs/")) {
      let id: string;
      try {
        id = decodeURIComponent(req.url.slice("/logs/".length));
      } catch {
        // Thrown here, a URIError would escape the request listener and end gse-local.
        res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
        res.end("the game server session id in the path is not valid percent-encoding\n");
        return;
      }
      serveLogs(store, id, res.writeHead.bind(res), (body) => res.end(body)).catch((error: unknown) => {
        logger.error({ err: error }, "serving logs failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end();
      });
      return;
    }
    cloudHandler(req, res);
  });

  // Learn each process's working directory at ProcessReady so relative log paths resolve.
  store.events.on("event", (event: GseLocalEvent) => {
    if (event.type !== "processRegistered" || event.reannounced) return;
    const process = store.processes.get(event.pid);
    void readlink(`/proc/${event.pid}/cwd`).then(
      (cwd) => {
        if (process) process.cwd = cwd;
      },
      () => undefined,
    );
  });

  // Assigned once listening; restartAgent, which reads it, cannot run before.
  let grpcPort = 0;
  try {
    grpcPort = await agentServer.listen(`${host}:${options.grpcPort ?? 5758}`);
    httpServer.listen(options.httpPort ?? 8080, host);
    await once(httpServer, "listening");
    httpPort = (httpServer.address() as AddressInfo).port;
  } catch (error) {
    agentServer.forceShutdown();
    httpServer.close();
    throw new GseError("SERVICE_CALL_FAILED", `gse-local could not listen on ${host}: ${(error as Error).message}`, { cause: error });
  }

  // Pids die without telling anyone; notice it within a second.
  const liveness = setInterval(() => {
    for (const process of store.processes.values()) {
      if (process.status !== "TERMINATED" && !isAlive(process.pid)) store.terminateProcess(process, "the process exited");
    }
  }, livenessIntervalMs);

  const agentAddress = `${host === "0.0.0.0" ? "127.0.0.1" : host}:${grpcPort}`;
  const fleet = options.launch
    ? createFleetLauncher({
        command: options.launch.command,
        concurrency: options.launch.concurrency,
        // GSE recycles a process that ended itself: that is no crash loop.
        isPlannedExit: (pid, code) => code === 0 && store.processes.get(pid)?.statusReason === "ProcessEnding",
        env: { [AGENT_ADDRESS_ENV]: agentAddress },
        logger,
        ...(options.launch.cwd !== undefined && { cwd: options.launch.cwd }),
        ...(options.launch.output !== undefined && { output: options.launch.output }),
      })
    : undefined;

  let closing: Promise<void> | undefined;
  const local: GseLocal = {
    host,
    grpcPort,
    httpPort,
    agentAddress,
    cloudEndpoint: `${publicIp}:${httpPort}`,
    dashboardUrl: `http://${publicIp}:${httpPort}/dashboard/${auth ? `?token=${auth.token}` : ""}`,
    dashboard,
    events: store.events,
    history,
    waitFor(predicate: (event: GseLocalEvent) => boolean, waitOptions: WaitOptions = {}) {
      return waitForEvent(store, history, predicate, waitOptions);
    },
    processes: () => [...store.processes.values()],
    gameServerSessions: () => [...store.sessions.values()],
    playerSessions: () => [...store.playerSessions.values()],
    placements: () => [...store.placements.values()],
    terminateProcess(pid, terminateOptions = {}) {
      const process = store.processes.get(pid);
      if (!process || process.status === "TERMINATED") {
        throw new GseError("BAD_REQUEST_EXCEPTION", `no live game server process has pid ${pid}`, { field: "pid" });
      }
      const delayMs = terminateOptions.terminationDelayMs;
      if (delayMs !== undefined && !(typeof delayMs === "number" && delayMs >= 0 && delayMs <= MAX_TIMER_MS)) {
        throw new GseError("BAD_REQUEST_EXCEPTION", `terminationDelayMs must be from 0 to ${MAX_TIMER_MS}, got ${String(delayMs)}`, { field: "terminationDelayMs" });
      }
      effects.terminateProcess(process, "terminateProcess", terminateOptions.terminationDelayMs);
    },
    faults: {
      add: (rule) => faults.add(rule),
      clear: () => faults.clear(),
      list: () => faults.list(),
    },
    restartAgent,
    fleet,
    close() {
      closing ??= (async () => {
        closed = true;
        closeSignal.abort();
        dashboard.close();
        faults.close();
        await fleet?.stop({ graceMs: 5_000 });
        clearInterval(liveness);
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const pid of [...links.keys()]) unlink(pid);
        agentServer.forceShutdown();
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      })();
      return closing;
    },
  } as GseLocal;
  return local;
}

function waitForEvent(
  store: LocalStore,
  history: readonly GseLocalEvent[],
  predicate: (event: GseLocalEvent) => boolean,
  options: WaitOptions,
): Promise<GseLocalEvent> {
  const past = history.slice(options.since ?? 0).find(predicate);
  if (past) return Promise.resolve(past);
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const onEvent = (event: GseLocalEvent) => {
      if (!predicate(event)) return;
      cleanup();
      resolve(event);
    };
    const onAbort = () => {
      cleanup();
      reject(options.signal?.reason ?? new Error("aborted"));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`gse-local: no matching event within ${timeoutMs} ms; last events: ${history.slice(-5).map((e) => JSON.stringify(e)).join(" ")}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      store.events.off("event", onEvent);
      options.signal?.removeEventListener("abort", onAbort);
    };
    store.events.on("event", onEvent);
    options.signal?.addEventListener("abort", onAbort, { once: true });
  });
}

async function serveLogs(
  store: LocalStore,
  gameServerSessionId: string,
  writeHead: (status: number, headers: Record<string, string>) => void,
  end: (body: string) => void,
): Promise<void> {
  const session = store.sessions.get(gameServerSessionId);
  const process = session ? store.processes.get(session.pid) : undefined;
  if (!session || !process) {
    writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    end(`no game server session '${gameServerSessionId}'\n`);
    return;
  }
  const parts = await Promise.all(
    process.logPaths.map(async (path) => {
      const full = isAbsolute(path) ? path : resolve(process.cwd ?? ".", path);
      const text = await readFile(full, "utf8").catch((error: NodeJS.ErrnoException) => `(not readable: ${error.code ?? error.message})\n`);
      return `==> ${path} <==\n${text}`;
    }),
  );
  writeHead(200, { "content-type": "text/plain; charset=utf-8" });
  end(parts.length === 0 ? "(the process registered no log paths)\n" : parts.join("\n"));
}

function toGrpcSession(store: LocalStore, session: LocalGameServerSession): GameServerSession {
  const cloud = toCloudSession(store, session);
  return {
    gameServerSessionId: cloud.GameServerSessionId,
    fleetId: cloud.FleetId,
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

/** Resolves after `ms`, or at once when `signal` aborts. */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Listens on the port the agent had. The old listening socket can take a
 * moment to be released, so a refused bind is retried until a deadline.
 */
async function listenAgain(server: Server, address: string, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + RELISTEN_DEADLINE_MS;
  for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
    try {
      await server.listen(address);
      return;
    } catch (error) {
      if (signal.aborted) return;
      if (Date.now() >= deadline) {
        throw new GseError("SERVICE_CALL_FAILED", `restartAgent: could not listen on ${address} again: ${(error as Error).message}`, { cause: error });
      }
      await delay(wait, signal);
    }
  }
}

function hasEnded(process: LocalProcess): boolean {
  return process.status === "TERMINATED";
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The longest delay a Node timer takes; a longer one fires after 1 ms, which
 * would turn "practically never" into "at once".
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

function positive(field: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MS) {
    throw new GseError("BAD_REQUEST_EXCEPTION", `${field} must be a positive number of milliseconds up to ${MAX_TIMER_MS}, got ${String(value)}`, { field });
  }
  return value;
}
