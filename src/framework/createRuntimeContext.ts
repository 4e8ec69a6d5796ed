import type { Span } from "@opentelemetry/api";
import type { AgentClient } from "../client/createAgentClient.js";
import { GseError } from "../errors/GseError.js";
import type { Logger } from "../logging/Logger.js";
import { ATTR, createSdkTelemetry, type SdkTelemetry } from "../telemetry/createSdkTelemetry.js";
import { createHandlerTracing, type HandlerTracing } from "./createHandlerTracing.js";
import { createLifecycleQueue, type LifecycleQueue } from "./createLifecycleQueue.js";
import { createLoopLagMonitor } from "./createLoopLagMonitor.js";
import { initialLifecycleState, sessionOf, transition, type LifecycleEvent, type LifecycleState } from "./lifecycle.js";
import type { GameHooks } from "./readGameHooks.js";

export interface RuntimeContextOptions {
  hooks: GameHooks;
  agent: AgentClient;
  logger: Logger;
  healthCheckTimeoutMs: number;
  startTimeoutMs: number;
  terminateTimeoutMs: number;
  /** Every error that has no caller to reject: background lifecycle steps, handlers. */
  onError: (error: GseError) => void;
  /** OpenTelemetry instruments. Default: from the global providers, taken now. */
  telemetry?: SdkTelemetry;
}

/** What attach() gives the runtime: the game instance and how to close the gRPC server. */
export interface Attachment {
  game: Record<string | symbol, (...args: unknown[]) => unknown> | undefined;
  grpcPort: number;
  closeServer: (deadline?: number) => Promise<void>;
}

/**
 * The state every part of the runtime shares: one lifecycle state (changed
 * only through `apply`), one queue of lifecycle calls, one way to report an
 * error that has no caller, one process span.
 */
export interface RuntimeContext extends HandlerTracing, LifecycleQueue {
  readonly options: Readonly<RuntimeContextOptions>;
  readonly hooks: GameHooks;
  readonly agent: AgentClient;
  readonly logger: Logger;
  readonly state: LifecycleState;
  readonly attachment: Attachment;
  /** One span for the process's life; lifecycle transitions are its events. */
  readonly processSpan: Span;
  readonly telemetry: SdkTelemetry;
  readonly loopLag: ReturnType<typeof createLoopLagMonitor>;
  /** Applies a lifecycle event; false (and a debug line) when the state machine refuses it. */
  apply(event: LifecycleEvent): boolean;
  /** Logs the error and hands it to options.onError, which may not throw it back. */
  report(error: GseError): void;
  /** Calls the game's hook method on the attached instance. */
  callHook(method: string | symbol, ...args: unknown[]): unknown;
}

export function createRuntimeContext(options: RuntimeContextOptions): RuntimeContext {
  const { hooks, agent, logger } = options;
  let state: LifecycleState = initialLifecycleState;
  const telemetry = options.telemetry ?? createSdkTelemetry();
  const processSpan = telemetry.tracer.startSpan("gse.process", { attributes: { "process.pid": process.pid } });
  const attachment: Attachment = { game: undefined, grpcPort: 0, closeServer: async () => {} };
  return {
    options,
    hooks,
    agent,
    logger,
    get state() {
      return state;
    },
    attachment,
    processSpan,
    telemetry,
    loopLag: createLoopLagMonitor(),
    ...createHandlerTracing(telemetry),
    ...createLifecycleQueue(),
    apply(event) {
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
    },
    report(error) {
      logger.error({ err: error, code: error.code, method: error.method, requestId: error.requestId }, error.message);
      try {
        options.onError(error);
      } catch (hookError) {
        logger.error({ err: hookError }, "the onError hook threw");
      }
    },
    callHook(method, ...args) {
      const game = attachment.game;
      if (!game) throw new GseError("PROCESS_NOT_ACTIVE", "the game instance is not attached yet");
      const fn = game[method];
      if (typeof fn !== "function") throw new GseError("BAD_DECORATOR_USAGE", `hook method '${String(method)}' is missing on the game instance`);
      return fn.apply(game, args);
    },
  };
}
