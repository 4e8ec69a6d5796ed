import type { Span } from "@opentelemetry/api";
import type { CallContext } from "nice-grpc-common";
import type { GameServerGrpcSdkServiceImplementation, GameServerSession, GseResponse } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import { gseOk, gseRefusal } from "../protocol/gseResponse.js";
import { ATTR } from "../telemetry/createSdkTelemetry.js";
import type { EndingSequence } from "./createEndingSequence.js";
import type { RuntimeContext } from "./createRuntimeContext.js";
import type { SessionLifecycle } from "./createSessionLifecycle.js";
import { handlerError } from "./handlerError.js";
import { transition } from "./lifecycle.js";
import { runHandler } from "./runHandler.js";

const OK: GseResponse = gseOk();
const NO_ATTRIBUTES: Record<string, string> = {};
const HEALTHY = { [ATTR.healthy]: true };
const UNHEALTHY = { [ATTR.healthy]: false };

/** GameServerGrpcSdkService, called by the agent: health checks, sessions offered, the end of the process. */
export function createGameServerService(ctx: RuntimeContext, sessions: SessionLifecycle, ending: EndingSequence): GameServerGrpcSdkServiceImplementation {
  const { hooks, logger, options, telemetry } = ctx;

  async function answerHealthCheck(signal: AbortSignal, span: Span): Promise<boolean> {
    if (hooks.healthCheck === undefined) return true;
    const method = hooks.healthCheck;
    const outcome = await runHandler((handlerSignal) => ctx.callHook(method, { signal: handlerSignal }), options.healthCheckTimeoutMs, signal);
    if (span.isRecording()) ctx.endSpanWith(span, outcome);
    if (outcome.kind !== "ok") {
      ctx.report(handlerError("@OnHealthCheck", outcome, options.healthCheckTimeoutMs));
      return false;
    }
    if (typeof outcome.value !== "boolean") {
      logger.warn({ value: typeof outcome.value }, "@OnHealthCheck returned a non-boolean; reporting unhealthy");
    }
    return outcome.value === true;
  }

  return {
    async onHealthCheck(_request, context: CallContext) {
      const healthStatus = await ctx.traced("gse.OnHealthCheck", NO_ATTRIBUTES, async (span) => {
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
      const result = transition(ctx.state, { type: "sessionOffered", session: offered });
      if (!result.ok) {
        logger.warn({ gameServerSessionId: offered.gameServerSessionId, reason: result.reason }, "OnStartGameServerSession refused");
        return gseRefusal(`OnStartGameServerSession refused: ${result.reason}`);
      }
      ctx.apply({ type: "sessionOffered", session: offered });
      // Acknowledge first; the handler runs once this answer is on its way.
      setImmediate(() => void sessions.start(offered));
      return OK;
    },

    async onProcessTerminate(request) {
      ending.receiveTerminationTime(request.terminationTime);
      logger.info({ terminationTime: request.terminationTime }, "OnProcessTerminate");
      setImmediate(() => void ending.end("agent"));
      return OK;
    },
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
