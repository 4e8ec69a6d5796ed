import type { GameServerSession } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import type { GseError } from "../errors/GseError.js";
import type { RuntimeContext } from "./createRuntimeContext.js";
import type { SessionLifecycle } from "./createSessionLifecycle.js";
import { sessionOf } from "./lifecycle.js";

export interface AgentRecovery {
  /** See GseRuntime.reannounce. */
  reannounce(): void;
  /** See GseRuntime.agentRefused. */
  agentRefused(error: GseError, gameServerSessionId: string | undefined): void;
}

/**
 * What the runtime does when the agent may have forgotten it: a reconnect
 * (announce again, then check the session held) and a refusal that says so
 * (`unknown-process`, `unknown-session`: end the lost session here).
 */
export function createAgentRecovery(ctx: RuntimeContext, sessions: SessionLifecycle, announce: () => Promise<unknown>): AgentRecovery {
  const { agent, logger } = ctx;
  // The announcement after an unknown-process refusal, one at a time.
  let announcing: Promise<unknown> | undefined;
  // The re-announcement after a reconnect (reannounce), one at a time.
  let reannouncing: Promise<void> | undefined;
  let reannounced = false;
  let reannounceAgain = false;

  const settled = () => ctx.state.phase === "starting" || ctx.state.phase === "ending" || ctx.state.phase === "ended";

  /** Ends locally a session the agent no longer knows: nothing to tell the agent, the game is told. */
  function forgetSession(session: GameServerSession | undefined, error: GseError): void {
    if (!session || !ctx.apply({ type: "sessionEnded", gameServerSessionId: session.gameServerSessionId })) return;
    sessions.abortStart(new Error("the agent no longer knows this game server session"));
    logger.warn(
      { gameServerSessionId: session.gameServerSessionId, method: error.method, requestId: error.requestId },
      "the agent no longer knows this game server session: ended here, the process is free for the next one",
    );
    sessions.tellEnded(session, "lostByAgent");
  }

  /**
   * After a re-announcement (the agent was unreachable: it may have restarted
   * without its state), asks the agent about the session held: an agent that
   * lost it says `unknown-session`, and the session ends here (agentRefused)
   * instead of making this process refuse every new one. One cheap call.
   */
  async function checkSessionKnown(): Promise<void> {
    const held = sessionOf(ctx.state);
    if (!held) return;
    await agent
      .call("describePlayerSessions", { gameServerSessionId: held.gameServerSessionId, playerId: "", playerSessionId: "", playerSessionStatusFilter: "", nextToken: "", limit: 1 })
      .catch((error: GseError) => {
        if (error.refusal === undefined) logger.debug({ err: error }, "checking the session after a re-announcement failed");
      });
  }

  const recovery: AgentRecovery = {
    agentRefused(error, gameServerSessionId) {
      if (settled()) return;
      const held = sessionOf(ctx.state);
      if (error.refusal === "unknown-session") {
        if (held && held.gameServerSessionId === gameServerSessionId) forgetSession(held, error);
        return;
      }
      if (error.refusal !== "unknown-process") return;
      // The agent lost the process, and so its session: end the session here, announce again.
      forgetSession(held, error);
      if (announcing) return;
      logger.warn({ phase: ctx.state.phase, method: error.method, requestId: error.requestId }, "the agent does not know this process: announcing it again (ProcessReady)");
      announcing = announce()
        .catch(ctx.report)
        .finally(() => (announcing = undefined));
    },

    reannounce() {
      if (settled()) return;
      if (reannouncing) {
        // Until its ProcessReady is answered, the re-announcement in flight
        // covers this outage too (it is retried until an agent answers it,
        // and the success that ends an outage may be its own). Once answered,
        // a later outage earns one more, run after this one.
        if (reannounced) reannounceAgain = true;
        return;
      }
      logger.warn({ phase: ctx.state.phase }, "the agent is reachable again: announcing this process (ProcessReady)");
      reannounced = false;
      reannounceAgain = false;
      reannouncing = announce()
        .then(() => {
          reannounced = true;
          return checkSessionKnown();
        })
        .catch(ctx.report)
        .finally(() => {
          reannouncing = undefined;
          if (reannounceAgain) recovery.reannounce();
        });
    },
  };
  return recovery;
}
