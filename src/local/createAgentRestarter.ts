import { GseError } from "../errors/GseError.js";
import { sleep } from "../util/sleep.js";
import type { AgentServer } from "./agent/createAgentServer.js";
import type { GseLocalCore } from "./core/createCore.js";
import type { FaultInjector } from "./faults/createFaultInjector.js";
import type { RestartAgentOptions } from "./GseLocal.js";
import type { Orchestrator } from "./orchestrator/createOrchestrator.js";
import { MAX_TIMER_MS } from "./resolveGseLocalOptions.js";

export interface AgentRestarterOptions {
  core: GseLocalCore;
  agent: AgentServer;
  orchestrator: Orchestrator;
  faults: FaultInjector;
  grpcPort: number;
  /** Aborted by close(): a restart in progress gives up. */
  closed: AbortSignal;
}

/** restartAgent: the listener goes down (forgetting state, if asked) and comes back on the same port. */
export function createAgentRestarter(options: AgentRestarterOptions): (restart?: RestartAgentOptions) => Promise<void> {
  const { core, agent, orchestrator, faults, grpcPort, closed } = options;
  let restarting = false;
  return async (restart = {}) => {
    const downMs = restart.downMs ?? 0;
    if (typeof downMs !== "number" || !(downMs >= 0 && downMs <= MAX_TIMER_MS)) {
      throw new GseError("BAD_REQUEST_EXCEPTION", `restartAgent: downMs must be from 0 to ${MAX_TIMER_MS}, got ${String(downMs)}`, { field: "downMs" });
    }
    if (closed.aborted) throw new GseError("SERVICE_CALL_FAILED", "restartAgent: gse-local is closed");
    if (restarting) throw new GseError("BAD_REQUEST_EXCEPTION", "restartAgent: a restart is already in progress; await it first");
    restarting = true;
    const forgotState = restart.forgetState === true;
    try {
      // Down before the first await, so the caller can act on a down agent at once.
      agent.down();
      faults.interrupt();
      if (forgotState) {
        // Everything a fresh agent would not know.
        orchestrator.reset();
        core.reset();
        agent.forgetAnswers();
      }
      core.emit({ type: "agentRestart", phase: "down", grpcPort, forgotState });
      if (downMs > 0) await sleep(downMs, closed);
      if (closed.aborted) return;
      if (await agent.up(closed)) core.emit({ type: "agentRestart", phase: "up", grpcPort, forgotState });
    } finally {
      restarting = false;
    }
  };
}
