import type { CallContext } from "nice-grpc-common";
import type { GameServerGrpcSdkServiceImplementation, GameServerSession, GseResponse } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import type { DescribePlayerSessionsRequest, PlayerSession } from "../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";
import type { AgentClient } from "../client/createAgentClient.js";
import { GseError } from "../errors/GseError.js";
import type { Logger } from "../logging/Logger.js";
import type { Gse, PlayerSessionFilter, SessionCallOptions, TerminateReason } from "./Gse.js";
import { initialLifecycleState, sessionOf, transition, type LifecycleEvent, type LifecycleState } from "./lifecycle.js";
import type { GameHooks } from "./readGameHooks.js";
import { createLoopLagMonitor } from "./createLoopLagMonitor.js";
import { runHandler } from "./runHandler.js";
import { requireCount, requireId, requireOneOf } from "./validate.js";
import { gseOk, gseRefusal } from "../protocol/gseResponse.js";
import { PLAYER_SESSION_CREATION_POLICIES, PLAYER_SESSION_STATUSES } from "../protocol/statuses.js";

export interface GseRuntimeOptions {
  hooks: GameHooks;
  agent: AgentClient;
  logger: Logger;
  healthCheckTimeoutMs: number;
  startTimeoutMs: number;
  terminateTimeoutMs: number;
  /** Every error that has no caller to reject: background lifecycle steps, handlers. */
  onError: (error: GseError) => void;
  /** Sends ProcessReady (again). */
  announce: () => Promise<unknown>;
}

export interface GseRuntime {
  readonly gse: Gse;
  readonly implementation: GameServerGrpcSdkServiceImplementation;
  /** Gives the runtime the game instance and how to close the gRPC server. */
  attach(game: object, grpcPort: number, closeServer: () => Promise<void>): void;
  /** ProcessReady was acknowledged. */
  markReady(): void;
  /**
   * The agent is reachable again after it was not, so it may have restarted
   * and forgotten this process: send ProcessReady again (same ports, same
   * pid). An agent that kept its state sees a re-announcement, not a new
   * process; the session, if any, is unchanged.
   */
  reannounce(): void;
  /** Runs the ending sequence once; later calls get the same promise. */
  end(reason: TerminateReason): Promise<void>;
  /** Settles, with why, when the process has ended (ProcessEnding sent, server closed). */
  readonly ended: Promise<TerminateReason>;
}

const OK: GseResponse = gseOk();

/** Keep this much before terminationTime for TerminateGameServerSession and ProcessEnding. */
const ENDING_RESERVE_MS = 2_000;

export function createGseRuntime(options: GseRuntimeOptions): GseRuntime {
  const { hooks, agent, logger } = options;
  let state: LifecycleState = initialLifecycleState;
  let game: Record<string | symbol, (...args: unknown[]) => unknown> | undefined;
  let grpcPort = 0;
  let closeServer: () => Promise<void> = async () => {};
  let terminationTime: number | undefined;
  let startAbort: AbortController | undefined;
  let ending: Promise<void> | undefined;
  let processEndingCall: Promise<GseResponse> | undefined;
  let resolveEnded!: (reason: TerminateReason) => void;
  const ended = new Promise<TerminateReason>((resolve) => (resolveEnded = resolve));
  const loopLag = createLoopLagMonitor();

  // Lifecycle calls (activate, terminate session, process ending) go out one
  // at a time, in the order the state machine decided them.
  let lifecycleQueue: Promise<unknown> = Promise.resolve();
  function enqueue<T>(step: () => Promise<T>): Promise<T> {
    const next = lifecycleQueue.then(step, step);
    lifecycleQueue = next.catch(() => undefined);
    return next;
  }

  function apply(event: LifecycleEvent): boolean {
    const result = transition(state, event);
    if (!result.ok) {
      logger.debug({ event: event.type, phase: state.phase, reason: result.reason }, "lifecycle event refused");
      return false;
    }
    if (result.state.phase !== state.phase) {
      logger.info({ from: state.phase, to: result.state.phase, event: event.type, gameServerSessionId: sessionOf(result.state)?.gameServerSessionId }, "lifecycle");
    }
    state = result.state;
    return true;
  }

  function report(error: GseError): void {
    logger.error({ err: error, code: error.code, method: error.method, requestId: error.requestId }, error.message);
    try {
      options.onError(error);
    } catch (hookError) {
      logger.error({ err: hookError }, "the onError hook threw");
    }
  }

  function handlerError(hook: string, outcome: { kind: "failed"; error: unknown } | { kind: "timedOut" }, timeoutMs: number): GseError {
    return outcome.kind === "timedOut"
      ? new GseError("HANDLER_FAILED", `the ${hook} handler did not settle within ${timeoutMs} ms`)
      : new GseError("HANDLER_FAILED", `the ${hook} handler threw: ${errorText(outcome.error)}`, { cause: outcome.error });
  }

  function callHook(method: string | symbol, ...args: unknown[]): unknown {
    if (!game) throw new GseError("PROCESS_NOT_ACTIVE", "the game instance is not attached yet");
    const fn = game[method];
    if (typeof fn !== "function") throw new GseError("BAD_DECORATOR_USAGE", `hook method '${String(method)}' is missing on the game instance`);
    return fn.apply(game, args);
  }

  function currentSessionId(field: string, explicit: string | undefined): string {
    if (explicit !== undefined) return requireId(field, explicit);
    const session = sessionOf(state);
    if (!session) {
      throw new GseError(
        "GAME_SERVER_SESSION_NOT_READY",
        `no game server session is held by this process (${state.phase}); pass ${field} or call this while a session is active`,
        { field },
      );
    }
    return session.gameServerSessionId;
  }

  // --- the start of a session -------------------------------------------

  async function startSession(session: GameServerSession): Promise<void> {
    const id = session.gameServerSessionId;
    const abort = new AbortController();
    startAbort = abort;
    const outcome = await runHandler(
      (signal) => callHook(hooks.startSession, session, { signal }),
      options.startTimeoutMs,
      abort.signal,
    );
    if (startAbort === abort) startAbort = undefined;
    if (outcome.kind !== "ok") {
      report(handlerError("@OnStartSession", outcome, options.startTimeoutMs));
      // No activation for a session the game could not prepare: end it so
      // GSE can place its players elsewhere.
      if (apply({ type: "sessionEnded", gameServerSessionId: id })) {
        await enqueue(() => agent.call("terminateGameServerSession", { gameServerSessionId: id })).catch(report);
      }
      return;
    }
    // The game may have activated, ended the session, or the process may be
    // ending: activate only a session that is still activating.
    if (state.phase !== "activating" || state.session.gameServerSessionId !== id) return;
    await activate(id, session.maxPlayers).catch(async (error: GseError) => {
      report(error);
      // A session the agent would not activate must not linger: end it, so
      // its players are placed elsewhere and this process is free again.
      if (apply({ type: "sessionEnded", gameServerSessionId: id })) {
        await enqueue(() => agent.call("terminateGameServerSession", { gameServerSessionId: id })).catch(report);
      }
    });
  }

  async function activate(id: string, maxPlayers: number, callOptions: SessionCallOptions = {}): Promise<GseResponse> {
    if (!apply({ type: "sessionActivated", gameServerSessionId: id })) {
      throw new GseError("GAME_SERVER_SESSION_NOT_READY", `game server session '${id}' is not activating on this process (${state.phase})`);
    }
    return enqueue(() => agent.call("activateGameServerSession", { gameServerSessionId: id, maxPlayers }, callOptions));
  }

  // --- the end of the process ---------------------------------------------

  function end(reason: TerminateReason): Promise<void> {
    if (ending) return ending;
    if (!apply({ type: "endRequested" })) return ended.then(() => undefined);
    ending = runEnding(reason);
    return ending;
  }

  async function runEnding(reason: TerminateReason): Promise<void> {
    startAbort?.abort(new Error("the process is ending"));
    const now = Date.now();
    const agentDeadline = terminationTime ? toEpochMs(terminationTime) - ENDING_RESERVE_MS : Infinity;
    const graceDeadline = Math.min(now + options.terminateTimeoutMs, agentDeadline);
    const reportedTime = terminationTime ?? Math.floor(graceDeadline / 1000);

    if (hooks.terminate !== undefined) {
      const method = hooks.terminate;
      const outcome = await runHandler(
        (signal) => callHook(method, reportedTime, { reason, signal, remainingMs: () => Math.max(0, graceDeadline - Date.now()) }),
        Math.max(0, graceDeadline - now),
      );
      if (outcome.kind !== "ok") report(handlerError("@OnTerminate", outcome, Math.max(0, graceDeadline - now)));
    }

    const session = sessionOf(state);
    if (session && apply({ type: "sessionEnded", gameServerSessionId: session.gameServerSessionId })) {
      await enqueue(() => agent.call("terminateGameServerSession", { gameServerSessionId: session.gameServerSessionId })).catch(report);
    }
    await sendProcessEnding().catch(report);
    await closeServer().catch((error: unknown) => report(new GseError("SERVICE_CALL_FAILED", `closing the gRPC server failed: ${errorText(error)}`, { cause: error })));
    agent.close();
    loopLag.stop();
    apply({ type: "processEnded" });
    resolveEnded(reason);
  }

  function sendProcessEnding(callOptions: { signal?: AbortSignal } = {}): Promise<GseResponse> {
    processEndingCall ??= enqueue(() => agent.call("processEnding", {}, callOptions));
    return processEndingCall;
  }

  // --- GameServerGrpcSdkService, called by the agent -----------------------

  const implementation: GameServerGrpcSdkServiceImplementation = {
    async onHealthCheck(_request, context: CallContext) {
      if (hooks.healthCheck === undefined) return { healthStatus: true };
      const method = hooks.healthCheck;
      const outcome = await runHandler((signal) => callHook(method, { signal }), options.healthCheckTimeoutMs, context.signal);
      if (outcome.kind !== "ok") {
        report(handlerError("@OnHealthCheck", outcome, options.healthCheckTimeoutMs));
        return { healthStatus: false };
      }
      if (typeof outcome.value !== "boolean") {
        logger.warn({ value: typeof outcome.value }, "@OnHealthCheck returned a non-boolean; reporting unhealthy");
      }
      return { healthStatus: outcome.value === true };
    },

    async onStartGameServerSession(request) {
      const session = request.gameServerSession;
      const problem = invalidSession(session);
      if (problem) {
        logger.warn({ problem }, "OnStartGameServerSession refused");
        return gseRefusal(`OnStartGameServerSession: ${problem}`);
      }
      const offered = session as GameServerSession;
      const result = transition(state, { type: "sessionOffered", session: offered });
      if (!result.ok) {
        logger.warn({ gameServerSessionId: offered.gameServerSessionId, reason: result.reason }, "OnStartGameServerSession refused");
        return gseRefusal(`OnStartGameServerSession refused: ${result.reason}`);
      }
      apply({ type: "sessionOffered", session: offered });
      // Acknowledge first; the handler runs once this answer is on its way.
      setImmediate(() => void startSession(offered));
      return OK;
    },

    async onProcessTerminate(request) {
      if (terminationTime === undefined && request.terminationTime > 0) terminationTime = request.terminationTime;
      logger.info({ terminationTime: request.terminationTime }, "OnProcessTerminate");
      setImmediate(() => void end("agent"));
      return OK;
    },
  };

  // --- the Gse handle -------------------------------------------------------

  const gse: Gse = {
    get session() {
      return sessionOf(state);
    },
    get phase() {
      return state.phase;
    },
    get terminationTime() {
      return terminationTime;
    },
    get grpcPort() {
      return grpcPort;
    },

    activateGameServerSession(callOptions = {}) {
      try {
        const id = currentSessionId("gameServerSessionId", callOptions.gameServerSessionId);
        const session = sessionOf(state);
        const maxPlayers = requireCount("maxPlayers", callOptions.maxPlayers ?? session?.maxPlayers ?? 0);
        return activate(id, maxPlayers, callOptions);
      } catch (error) {
        return Promise.reject(error);
      }
    },

    async acceptPlayerSession(playerSessionId, callOptions = {}) {
      const id = requireId("playerSessionId", playerSessionId);
      const gameServerSessionId = currentSessionId("gameServerSessionId", callOptions.gameServerSessionId);
      return agent.call("acceptPlayerSession", { gameServerSessionId, playerSessionId: id }, callOptions);
    },

    async removePlayerSession(playerSessionId, callOptions = {}) {
      const id = requireId("playerSessionId", playerSessionId);
      const gameServerSessionId = currentSessionId("gameServerSessionId", callOptions.gameServerSessionId);
      return agent.call("removePlayerSession", { gameServerSessionId, playerSessionId: id }, callOptions);
    },

    async describePlayerSessions(filter = {}, callOptions = {}) {
      return agent.call("describePlayerSessions", describeRequest(filter), callOptions);
    },

    async *allPlayerSessions(filter = {}, callOptions = {}): AsyncIterableIterator<PlayerSession> {
      let nextToken = "";
      do {
        const page = await agent.call("describePlayerSessions", { ...describeRequest(filter), nextToken }, callOptions);
        yield* page.playerSessions;
        nextToken = page.nextToken;
      } while (nextToken !== "");
    },

    async updatePlayerSessionCreationPolicy(policy, callOptions = {}) {
      const newPlayerSessionCreationPolicy = requireOneOf("policy", policy, PLAYER_SESSION_CREATION_POLICIES);
      const gameServerSessionId = currentSessionId("gameServerSessionId", callOptions.gameServerSessionId);
      return agent.call("updatePlayerSessionCreationPolicy", { gameServerSessionId, newPlayerSessionCreationPolicy }, callOptions);
    },

    async terminateGameServerSession(callOptions = {}) {
      const gameServerSessionId = currentSessionId("gameServerSessionId", callOptions.gameServerSessionId);
      // Leave the state first so the ending sequence, if it starts meanwhile,
      // does not terminate the same session a second time.
      apply({ type: "sessionEnded", gameServerSessionId });
      return enqueue(() => agent.call("terminateGameServerSession", { gameServerSessionId }, callOptions));
    },

    async processEnding(callOptions = {}) {
      return sendProcessEnding(callOptions);
    },

    async reportCustomData(currentCustomCount, maxCustomCount, callOptions = {}) {
      const current = requireCount("currentCustomCount", currentCustomCount);
      const max = requireCount("maxCustomCount", maxCustomCount);
      return agent.call("reportCustomData", { currentCustomCount: current, maxCustomCount: max }, callOptions);
    },

    eventLoopLag() {
      return loopLag.read();
    },

    shutdown() {
      return end("shutdown");
    },
  };

  function describeRequest(filter: PlayerSessionFilter): DescribePlayerSessionsRequest {
    const byPlayer = filter.playerId !== undefined || filter.playerSessionId !== undefined;
    const gameServerSessionId =
      filter.gameServerSessionId !== undefined || !byPlayer || sessionOf(state)
        ? currentSessionId("gameServerSessionId", filter.gameServerSessionId)
        : "";
    return {
      gameServerSessionId,
      playerId: filter.playerId === undefined ? "" : requireId("playerId", filter.playerId),
      playerSessionId: filter.playerSessionId === undefined ? "" : requireId("playerSessionId", filter.playerSessionId),
      playerSessionStatusFilter:
        filter.playerSessionStatusFilter === undefined
          ? ""
          : requireOneOf("playerSessionStatusFilter", filter.playerSessionStatusFilter, PLAYER_SESSION_STATUSES),
      nextToken: filter.nextToken ?? "",
      limit: filter.limit === undefined ? 0 : requireCount("limit", filter.limit),
    };
  }

  return {
    gse,
    implementation,
    attach(instance, port, close) {
      game = instance as typeof game;
      grpcPort = port;
      closeServer = close;
    },
    markReady() {
      apply({ type: "processReady" });
    },
    reannounce() {
      if (state.phase === "starting" || state.phase === "ending" || state.phase === "ended") return;
      logger.warn({ phase: state.phase }, "the agent is reachable again: announcing this process (ProcessReady)");
      void options.announce().catch(report);
    },
    end,
    ended,
  };
}

/** Why an offered session cannot be hosted, or undefined when it can. */
function invalidSession(session: GameServerSession | undefined): string | undefined {
  if (!session) return "gameServerSession is missing";
  if (session.gameServerSessionId === "") return "gameServerSession.gameServerSessionId must be a non-empty string";
  if (!Number.isInteger(session.maxPlayers) || session.maxPlayers < 0) {
    return `gameServerSession.maxPlayers must be an integer >= 0, got ${session.maxPlayers}`;
  }
  return undefined;
}

/**
 * GSE sends terminationTime as epoch seconds (TencentCloud's convention);
 * accept epoch milliseconds too, which no seconds value before year 5000 reaches.
 */
export function toEpochMs(terminationTime: number): number {
  return terminationTime > 100_000_000_000 ? terminationTime : terminationTime * 1000;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
