import { context as otelContext, trace, SpanStatusCode, type Span } from "@opentelemetry/api";
import type { CallContext } from "nice-grpc-common";
import type { GameServerGrpcSdkServiceImplementation, GameServerSession, GseResponse } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import type { DescribePlayerSessionsRequest, PlayerSession } from "../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";
import type { AgentClient } from "../client/createAgentClient.js";
import { GseError } from "../errors/GseError.js";
import { ATTR, createSdkTelemetry, type SdkTelemetry } from "../telemetry/createSdkTelemetry.js";
import type { Logger } from "../logging/Logger.js";
import type { Gse, PlayerSessionFilter, SessionCallOptions, SessionEndReason, TerminateReason } from "./Gse.js";
import { initialLifecycleState, sessionOf, transition, type LifecycleEvent, type LifecycleState } from "./lifecycle.js";
import type { GameHooks } from "./readGameHooks.js";
import { createLoopLagMonitor } from "./createLoopLagMonitor.js";
import { runHandler } from "./runHandler.js";
import { planEnding } from "./planEnding.js";
import { readTerminationTime, toEpochMs } from "./readTerminationTime.js";
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
  /** OpenTelemetry instruments. Default: from the global providers, taken now. */
  telemetry?: SdkTelemetry;
}

export interface GseRuntime {
  readonly gse: Gse;
  readonly implementation: GameServerGrpcSdkServiceImplementation;
  /**
   * Gives the runtime the game instance and how to close the gRPC server;
   * `closeServer` gets the epoch ms by which it must have force-closed.
   */
  attach(game: object, grpcPort: number, closeServer: (deadline?: number) => Promise<void>): void;
  /** ProcessReady was acknowledged. */
  markReady(): void;
  /**
   * The agent is reachable again after it was not, so it may have restarted
   * and forgotten this process: send ProcessReady again (same ports, same
   * pid). An agent that kept its state sees a re-announcement, not a new
   * process; the session, if any, is unchanged.
   */
  reannounce(): void;
  /**
   * The agent refused a call and said why (`error.refusal`, its
   * `gse-refusal` trailer). `unknown-process`: it restarted without its
   * state; the session this process holds is lost with it, so it is ended
   * here (the game's @OnSessionEnd is told) and the process is announced
   * again, free for the next session. `unknown-session` for the session held:
   * that session alone is ended here.
   */
  agentRefused(error: GseError, gameServerSessionId: string | undefined): void;
  /** Runs the ending sequence once; later calls get the same promise. */
  end(reason: TerminateReason): Promise<void>;
  /** Settles, with why, when the process has ended (ProcessEnding sent, server closed). */
  readonly ended: Promise<TerminateReason>;
}

export { toEpochMs };

const OK: GseResponse = gseOk();


export function createGseRuntime(options: GseRuntimeOptions): GseRuntime {
  const { hooks, agent, logger } = options;
  let state: LifecycleState = initialLifecycleState;
  let game: Record<string | symbol, (...args: unknown[]) => unknown> | undefined;
  let grpcPort = 0;
  let closeServer: (deadline?: number) => Promise<void> = async () => {};
  let terminationTime: number | undefined;
  let startAbort: AbortController | undefined;
  let ending: Promise<void> | undefined;
  let processEndingCall: Promise<GseResponse> | undefined;
  let resolveEnded!: (reason: TerminateReason) => void;
  const ended = new Promise<TerminateReason>((resolve) => (resolveEnded = resolve));
  const loopLag = createLoopLagMonitor();
  const telemetry = options.telemetry ?? createSdkTelemetry();
  // One span for the process's life; lifecycle transitions are its events.
  const processSpan = telemetry.tracer.startSpan("gse.process", { attributes: { "process.pid": process.pid } });
  let announcing: Promise<unknown> | undefined;
  // The re-announcement after a reconnect (reannounce), one at a time.
  let reannouncing: Promise<void> | undefined;
  let reannounced = false;
  let reannounceAgain = false;

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
      const gameServerSessionId = sessionOf(result.state)?.gameServerSessionId ?? sessionOf(state)?.gameServerSessionId;
      logger.info({ from: state.phase, to: result.state.phase, event: event.type, gameServerSessionId }, "lifecycle");
      if (processSpan.isRecording()) {
        processSpan.addEvent("lifecycle", {
          "gse.from": state.phase,
          "gse.to": result.state.phase,
          "gse.event": event.type,
          ...(gameServerSessionId !== undefined && { [ATTR.gameServerSessionId]: gameServerSessionId }),
        });
      }
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

  /**
   * Runs a user handler inside its span (active, so agent calls the handler
   * makes are its children) and records its duration. Off, no context is
   * made: a non-recording span is all it costs.
   */
  async function traced<T>(name: string, attributes: Record<string, string>, run: (span: Span) => Promise<T>): Promise<T> {
    const span = telemetry.tracer.startSpan(name, { attributes });
    try {
      return span.isRecording() ? await otelContext.with(trace.setSpan(otelContext.active(), span), () => run(span)) : await run(span);
    } finally {
      span.end();
    }
  }

  function endSpanWith(span: Span, outcome: { kind: string; error?: unknown }): void {
    span.setAttribute(ATTR.outcome, outcome.kind);
    if (outcome.kind !== "ok") span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.kind === "timedOut" ? "the handler timed out" : errorText(outcome.error) });
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
    const started = performance.now();
    const outcome = await traced("gse.OnStartSession", { [ATTR.gameServerSessionId]: id }, async (span) => {
      const result = await runHandler((signal) => callHook(hooks.startSession, session, { signal }), options.startTimeoutMs, abort.signal);
      endSpanWith(span, result);
      return result;
    });
    telemetry.handlerDuration.record((performance.now() - started) / 1000, { [ATTR.handler]: "OnStartSession", [ATTR.outcome]: outcome.kind });
    if (startAbort === abort) startAbort = undefined;
    if (outcome.kind !== "ok") {
      report(handlerError("@OnStartSession", outcome, options.startTimeoutMs));
      // No activation for a session the game could not prepare: end it so
      // GSE can place its players elsewhere.
      if (apply({ type: "sessionEnded", gameServerSessionId: id })) {
        await enqueue(() => agent.call("terminateGameServerSession", { gameServerSessionId: id })).catch(report);
        tellSessionEnded(session, "startFailed");
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
        tellSessionEnded(session, "activationFailed");
      }
    });
  }

  /**
   * Tells the game (its @OnSessionEnd, if it has one) that the session it
   * held has ended without its asking. The handler cannot hold anything up:
   * the process is already free for the next session.
   */
  function tellSessionEnded(session: GameServerSession, reason: SessionEndReason): void {
    if (hooks.sessionEnd === undefined) return;
    const method = hooks.sessionEnd;
    void traced("gse.OnSessionEnd", { [ATTR.gameServerSessionId]: session.gameServerSessionId, "gse.reason": reason }, async (span) => {
      const outcome = await runHandler((signal) => callHook(method, session, { reason, signal }), options.startTimeoutMs);
      endSpanWith(span, outcome);
      if (outcome.kind !== "ok") report(handlerError("@OnSessionEnd", outcome, options.startTimeoutMs));
    });
  }

  function agentRefused(error: GseError, gameServerSessionId: string | undefined): void {
    if (state.phase === "starting" || state.phase === "ending" || state.phase === "ended") return;
    const held = sessionOf(state);
    if (error.refusal === "unknown-session") {
      if (held && held.gameServerSessionId === gameServerSessionId) forgetSession(held, error);
      return;
    }
    if (error.refusal !== "unknown-process") return;
    // The agent lost the process, and so its session: end the session here, announce again.
    forgetSession(held, error);
    if (announcing) return;
    logger.warn({ phase: state.phase, method: error.method, requestId: error.requestId }, "the agent does not know this process: announcing it again (ProcessReady)");
    announcing = options
      .announce()
      .catch(report)
      .finally(() => (announcing = undefined));
  }

  /**
   * After a re-announcement (the agent was unreachable: it may have restarted
   * without its state), asks the agent about the session held: an agent that
   * lost it says `unknown-session`, and the session ends here (agentRefused)
   * instead of making this process refuse every new one. One cheap call.
   */
  async function checkSessionKnown(): Promise<void> {
    const held = sessionOf(state);
    if (!held) return;
    await agent
      .call("describePlayerSessions", { gameServerSessionId: held.gameServerSessionId, playerId: "", playerSessionId: "", playerSessionStatusFilter: "", nextToken: "", limit: 1 })
      .catch((error: GseError) => {
        if (error.refusal === undefined) logger.debug({ err: error }, "checking the session after a re-announcement failed");
      });
  }

  /** Ends locally a session the agent no longer knows: nothing to tell the agent, the game is told. */
  function forgetSession(session: GameServerSession | undefined, error: GseError): void {
    if (!session || !apply({ type: "sessionEnded", gameServerSessionId: session.gameServerSessionId })) return;
    startAbort?.abort(new Error("the agent no longer knows this game server session"));
    logger.warn(
      { gameServerSessionId: session.gameServerSessionId, method: error.method, requestId: error.requestId },
      "the agent no longer knows this game server session: ended here, the process is free for the next one",
    );
    tellSessionEnded(session, "lostByAgent");
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
    const plan = planEnding(now, terminationTime === undefined ? undefined : toEpochMs(terminationTime), options.terminateTimeoutMs);
    const reportedTime = terminationTime ?? Math.floor(plan.endBy / 1000);
    const graceMs = plan.handlerDeadline - now;

    if (hooks.terminate !== undefined) {
      const method = hooks.terminate;
      const started = performance.now();
      const outcome = await traced("gse.OnTerminate", { "gse.reason": reason }, async (span) => {
        const result = await runHandler(
          (signal) => callHook(method, reportedTime, { reason, signal, remainingMs: () => Math.max(0, plan.handlerDeadline - Date.now()) }),
          graceMs,
        );
        endSpanWith(span, result);
        return result;
      });
      telemetry.handlerDuration.record((performance.now() - started) / 1000, { [ATTR.handler]: "OnTerminate", [ATTR.outcome]: outcome.kind });
      if (outcome.kind !== "ok") report(handlerError("@OnTerminate", outcome, graceMs));
    }

    // Every call from here on has a deadline inside the plan, and waits for
    // earlier lifecycle calls only that long: the process is gone by endBy
    // whatever the agent does.
    const session = sessionOf(state);
    const deadlines = plan.callDeadlines(Date.now(), session !== undefined);
    if (session && apply({ type: "sessionEnded", gameServerSessionId: session.gameServerSessionId })) {
      const id = session.gameServerSessionId;
      await enqueueBefore(deadlines.session, () => agent.call("terminateGameServerSession", { gameServerSessionId: id }, { deadline: deadlines.session })).catch(report);
    }
    await settleBy(sendProcessEnding({ deadline: deadlines.processEnding }), deadlines.processEnding, "ProcessEnding").catch(report);
    await closeServer(plan.closeDeadline).catch((error: unknown) => report(new GseError("SERVICE_CALL_FAILED", `closing the gRPC server failed: ${errorText(error)}`, { cause: error })));
    agent.close();
    loopLag.stop();
    apply({ type: "processEnded" });
    processSpan.end();
    resolveEnded(reason);
  }

  function sendProcessEnding(callOptions: { signal?: AbortSignal; deadline?: number } = {}): Promise<GseResponse> {
    processEndingCall ??= enqueueBefore(callOptions.deadline ?? Infinity, () => agent.call("processEnding", {}, callOptions));
    return processEndingCall;
  }

  /**
   * enqueue, but waiting for the calls ahead at most halfway to `deadline`:
   * an earlier call stuck on a silent agent must not eat the ending's time.
   */
  function enqueueBefore<T>(deadline: number, step: () => Promise<T>): Promise<T> {
    if (deadline === Infinity) return enqueue(step);
    const ahead = settleBy(lifecycleQueue, Date.now() + (deadline - Date.now()) / 2, "the calls ahead").catch(() => undefined);
    const next = ahead.then(step);
    lifecycleQueue = next.catch(() => undefined);
    return next;
  }

  // --- GameServerGrpcSdkService, called by the agent -----------------------

  const implementation: GameServerGrpcSdkServiceImplementation = {
    async onHealthCheck(_request, context: CallContext) {
      const healthStatus = await traced("gse.OnHealthCheck", NO_ATTRIBUTES, async (span) => {
        const started = performance.now();
        const healthy = await answerHealthCheck(context.signal, span);
        telemetry.healthCheckDuration.record((performance.now() - started) / 1000);
        telemetry.healthChecks.add(1, healthy ? HEALTHY : UNHEALTHY);
        if (span.isRecording()) span.setAttribute(ATTR.healthy, healthy);
        return healthy;
      });
      return { healthStatus };
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
      const received = readTerminationTime(request.terminationTime, Date.now());
      if (received.kind === "hostile") {
        logger.warn({ terminationTime: String(request.terminationTime), problem: received.problem }, "OnProcessTerminate: terminationTime is not a usable time; ending now");
      }
      if (terminationTime === undefined && received.kind !== "absent") terminationTime = received.asSent;
      logger.info({ terminationTime: request.terminationTime }, "OnProcessTerminate");
      setImmediate(() => void end("agent"));
      return OK;
    },
  };

  async function answerHealthCheck(signal: AbortSignal, span: Span): Promise<boolean> {
    if (hooks.healthCheck === undefined) return true;
    const method = hooks.healthCheck;
    const outcome = await runHandler((handlerSignal) => callHook(method, { signal: handlerSignal }), options.healthCheckTimeoutMs, signal);
    if (span.isRecording()) endSpanWith(span, outcome);
    if (outcome.kind !== "ok") {
      report(handlerError("@OnHealthCheck", outcome, options.healthCheckTimeoutMs));
      return false;
    }
    if (typeof outcome.value !== "boolean") {
      logger.warn({ value: typeof outcome.value }, "@OnHealthCheck returned a non-boolean; reporting unhealthy");
    }
    return outcome.value === true;
  }

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

  const runtime: GseRuntime = {
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
      if (reannouncing) {
        // Until its ProcessReady is answered, the re-announcement in flight
        // covers this outage too (it is retried until an agent answers it,
        // and the success that ends an outage may be its own). Once answered,
        // a later outage earns one more, run after this one.
        if (reannounced) reannounceAgain = true;
        return;
      }
      logger.warn({ phase: state.phase }, "the agent is reachable again: announcing this process (ProcessReady)");
      reannounced = false;
      reannounceAgain = false;
      reannouncing = options
        .announce()
        .then(() => {
          reannounced = true;
          return checkSessionKnown();
        })
        .catch(report)
        .finally(() => {
          reannouncing = undefined;
          if (reannounceAgain) runtime.reannounce();
        });
    },
    agentRefused,
    end,
    ended,
  };
  return runtime;
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

const NO_ATTRIBUTES: Record<string, string> = {};
const HEALTHY = { [ATTR.healthy]: true };
const UNHEALTHY = { [ATTR.healthy]: false };

/** Settles as `promise` does, or rejects at `deadline` (epoch ms) if it has not settled by then. */
function settleBy<T>(promise: Promise<T>, deadline: number, what: string): Promise<T> {
  if (deadline === Infinity) return promise;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GseError("SERVICE_CALL_FAILED", `${what} did not settle before the ending's deadline`)), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
