import type { GameServerSession, GseResponse } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import { GseError } from "../errors/GseError.js";
import { ATTR } from "../telemetry/createSdkTelemetry.js";
import type { SessionCallOptions, SessionEndReason } from "./Gse.js";
import type { RuntimeContext } from "./createRuntimeContext.js";
import { handlerError } from "./handlerError.js";
import { runHandler } from "./runHandler.js";

export interface SessionLifecycle {
  /** Runs @OnStartSession for a session just offered, then activates it (or ends it if either fails). */
  start(session: GameServerSession): Promise<void>;
  /** ActivateGameServerSession, once the state machine agrees the session is activating. */
  activate(id: string, maxPlayers: number, callOptions?: SessionCallOptions): Promise<GseResponse>;
  /**
   * Tells the game (its @OnSessionEnd, if it has one) that the session it
   * held has ended without its asking. The handler cannot hold anything up:
   * the process is already free for the next session.
   */
  tellEnded(session: GameServerSession, reason: SessionEndReason): void;
  /** Aborts the @OnStartSession handler in flight, if any. */
  abortStart(reason: Error): void;
}

/** The start of a session: the game's handler, activation, and the ways it ends early. */
export function createSessionLifecycle(ctx: RuntimeContext): SessionLifecycle {
  const { hooks, agent, options } = ctx;
  let startAbort: AbortController | undefined;

  /** Ends a session the agent should no longer place players in, then tells the game why. */
  async function endEarly(session: GameServerSession, reason: SessionEndReason): Promise<void> {
    const id = session.gameServerSessionId;
    if (!ctx.apply({ type: "sessionEnded", gameServerSessionId: id })) return;
    await ctx.enqueue(() => agent.call("terminateGameServerSession", { gameServerSessionId: id })).catch(ctx.report);
    lifecycle.tellEnded(session, reason);
  }

  const lifecycle: SessionLifecycle = {
    async start(session) {
      const id = session.gameServerSessionId;
      const abort = new AbortController();
      startAbort = abort;
      const started = performance.now();
      const outcome = await ctx.traced("gse.OnStartSession", { [ATTR.gameServerSessionId]: id }, async (span) => {
        const result = await runHandler((signal) => ctx.callHook(hooks.startSession, session, { signal }), options.startTimeoutMs, abort.signal);
        ctx.endSpanWith(span, result);
        return result;
      });
      ctx.recordDuration("OnStartSession", started, outcome);
      if (startAbort === abort) startAbort = undefined;
      if (outcome.kind !== "ok") {
        ctx.report(handlerError("@OnStartSession", outcome, options.startTimeoutMs));
        // No activation for a session the game could not prepare: end it so
        // GSE can place its players elsewhere.
        return endEarly(session, "startFailed");
      }
      // The game may have activated, ended the session, or the process may be
      // ending: activate only a session that is still activating.
      const state = ctx.state;
      if (state.phase !== "activating" || state.session.gameServerSessionId !== id) return;
      await lifecycle.activate(id, session.maxPlayers).catch(async (error: GseError) => {
        ctx.report(error);
        // A session the agent would not activate must not linger: end it, so
        // its players are placed elsewhere and this process is free again.
        await endEarly(session, "activationFailed");
      });
    },

    async activate(id, maxPlayers, callOptions = {}) {
      if (!ctx.apply({ type: "sessionActivated", gameServerSessionId: id })) {
        throw new GseError("GAME_SERVER_SESSION_NOT_READY", `game server session '${id}' is not activating on this process (${ctx.state.phase})`);
      }
      return ctx.enqueue(() => agent.call("activateGameServerSession", { gameServerSessionId: id, maxPlayers }, callOptions));
    },

    tellEnded(session, reason) {
      if (hooks.sessionEnd === undefined) return;
      const method = hooks.sessionEnd;
      void ctx.traced("gse.OnSessionEnd", { [ATTR.gameServerSessionId]: session.gameServerSessionId, "gse.reason": reason }, async (span) => {
        const outcome = await runHandler((signal) => ctx.callHook(method, session, { reason, signal }), options.startTimeoutMs);
        ctx.endSpanWith(span, outcome);
        if (outcome.kind !== "ok") ctx.report(handlerError("@OnSessionEnd", outcome, options.startTimeoutMs));
      });
    },

    abortStart(reason) {
      startAbort?.abort(reason);
    },
  };
  return lifecycle;
}
