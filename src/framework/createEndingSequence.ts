import type { GseResponse } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import { GseError } from "../errors/GseError.js";
import type { TerminateReason } from "./Gse.js";
import type { RuntimeContext } from "./createRuntimeContext.js";
import type { SessionLifecycle } from "./createSessionLifecycle.js";
import { errorText, handlerError } from "./handlerError.js";
import { sessionOf } from "./lifecycle.js";
import { planEnding } from "./planEnding.js";
import { readTerminationTime, toEpochMs } from "./readTerminationTime.js";
import { runHandler } from "./runHandler.js";
import { settleBy } from "./settleBy.js";

export interface EndingSequence {
  /** Runs the ending sequence once; later calls get the same promise. */
  end(reason: TerminateReason): Promise<void>;
  /** ProcessEnding, sent once: later calls (the game's, the ending's) share the first. */
  sendProcessEnding(callOptions?: { signal?: AbortSignal; deadline?: number }): Promise<GseResponse>;
  /**
   * Keeps the terminationTime of the first OnProcessTerminate that gave one;
   * a hostile value (negative, past 2^53) is logged and kept as "now".
   */
  receiveTerminationTime(value: number): void;
  /** As the agent sent it (epoch seconds or ms), or undefined before OnProcessTerminate. */
  readonly terminationTime: number | undefined;
  /** Settles, with why, when the process has ended. */
  readonly ended: Promise<TerminateReason>;
}

/**
 * The end of the process: @OnTerminate within its grace, the session held
 * terminated, ProcessEnding, the gRPC server closed. Every step has a
 * deadline inside the time GSE gave (planEnding), so the process is gone by
 * then whatever the agent or the game does.
 */
export function createEndingSequence(ctx: RuntimeContext, sessions: SessionLifecycle): EndingSequence {
  const { hooks, agent, logger, options } = ctx;
  let terminationTime: number | undefined;
  let ending: Promise<void> | undefined;
  let processEndingCall: Promise<GseResponse> | undefined;
  let resolveEnded!: (reason: TerminateReason) => void;
  const ended = new Promise<TerminateReason>((resolve) => (resolveEnded = resolve));

  function sendProcessEnding(callOptions: { signal?: AbortSignal; deadline?: number } = {}): Promise<GseResponse> {
    processEndingCall ??= ctx.enqueueBefore(callOptions.deadline ?? Infinity, () => agent.call("processEnding", {}, callOptions));
    return processEndingCall;
  }

  async function runEnding(reason: TerminateReason): Promise<void> {
    sessions.abortStart(new Error("the process is ending"));
    const now = Date.now();
    const plan = planEnding(now, terminationTime === undefined ? undefined : toEpochMs(terminationTime), options.terminateTimeoutMs);
    const reportedTime = terminationTime ?? Math.floor(plan.endBy / 1000);
    const graceMs = plan.handlerDeadline - now;

    if (hooks.terminate !== undefined) {
      const method = hooks.terminate;
      const started = performance.now();
      const outcome = await ctx.traced("gse.OnTerminate", { "gse.reason": reason }, async (span) => {
        const result = await runHandler(
          (signal) => ctx.callHook(method, reportedTime, { reason, signal, remainingMs: () => Math.max(0, plan.handlerDeadline - Date.now()) }),
          graceMs,
        );
        ctx.endSpanWith(span, result);
        return result;
      });
      ctx.recordDuration("OnTerminate", started, outcome);
      if (outcome.kind !== "ok") ctx.report(handlerError("@OnTerminate", outcome, graceMs));
    }

    // Every call from here on has a deadline inside the plan, and waits for
    // earlier lifecycle calls only that long: the process is gone by endBy
    // whatever the agent does.
    const session = sessionOf(ctx.state);
    const deadlines = plan.callDeadlines(Date.now(), session !== undefined);
    if (session && ctx.apply({ type: "sessionEnded", gameServerSessionId: session.gameServerSessionId })) {
      const id = session.gameServerSessionId;
      await ctx.enqueueBefore(deadlines.session, () => agent.call("terminateGameServerSession", { gameServerSessionId: id }, { deadline: deadlines.session })).catch(ctx.report);
    }
    await settleBy(sendProcessEnding({ deadline: deadlines.processEnding }), deadlines.processEnding, "ProcessEnding").catch(ctx.report);
    await ctx.attachment
      .closeServer(plan.closeDeadline)
      .catch((error: unknown) => ctx.report(new GseError("SERVICE_CALL_FAILED", `closing the gRPC server failed: ${errorText(error)}`, { cause: error })));
    agent.close();
    ctx.loopLag.stop();
    ctx.apply({ type: "processEnded" });
    ctx.processSpan.end();
    resolveEnded(reason);
  }

  return {
    end(reason) {
      if (ending) return ending;
      if (!ctx.apply({ type: "endRequested" })) return ended.then(() => undefined);
      ending = runEnding(reason);
      return ending;
    },
    sendProcessEnding,
    receiveTerminationTime(value) {
      const received = readTerminationTime(value, Date.now());
      if (received.kind === "hostile") {
        logger.warn({ terminationTime: String(value), problem: received.problem }, "OnProcessTerminate: terminationTime is not a usable time; ending now");
      }
      if (terminationTime === undefined && received.kind !== "absent") terminationTime = received.asSent;
    },
    get terminationTime() {
      return terminationTime;
    },
    ended,
  };
}
