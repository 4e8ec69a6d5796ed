import type { GameServerGrpcSdkServiceImplementation } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import type { GseError } from "../errors/GseError.js";
import type { Gse, TerminateReason } from "./Gse.js";
import { createAgentRecovery } from "./createAgentRecovery.js";
import { createEndingSequence } from "./createEndingSequence.js";
import { createGameServerService } from "./createGameServerService.js";
import { createGseHandle } from "./createGseHandle.js";
import { createRuntimeContext, type RuntimeContextOptions } from "./createRuntimeContext.js";
import { createSessionLifecycle } from "./createSessionLifecycle.js";
import { toEpochMs } from "./readTerminationTime.js";

export interface GseRuntimeOptions extends RuntimeContextOptions {
  /** Sends ProcessReady (again). */
  announce: () => Promise<unknown>;
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

/**
 * The framework's runtime for one game process: the lifecycle state, the
 * service the agent calls, the handle the game calls, recovery when the agent
 * forgets the process, and the ending sequence. Each is its own module over
 * one shared context; this only wires them.
 */
export function createGseRuntime(options: GseRuntimeOptions): GseRuntime {
  const ctx = createRuntimeContext(options);
  const sessions = createSessionLifecycle(ctx);
  const ending = createEndingSequence(ctx, sessions);
  const recovery = createAgentRecovery(ctx, sessions, () => options.announce());
  return {
    gse: createGseHandle(ctx, sessions, ending),
    implementation: createGameServerService(ctx, sessions, ending),
    attach(instance, port, close) {
      ctx.attachment.game = instance as typeof ctx.attachment.game;
      ctx.attachment.grpcPort = port;
      ctx.attachment.closeServer = close;
    },
    markReady() {
      ctx.apply({ type: "processReady" });
    },
    reannounce: recovery.reannounce,
    agentRefused: recovery.agentRefused,
    end: ending.end,
    ended: ending.ended,
  };
}
