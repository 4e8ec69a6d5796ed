import { ServerError, Status, type ServerMiddleware } from "nice-grpc";
import type { GseLocalCore } from "../../core/createCore.js";
import type { GseLocalEvent } from "../../core/GseLocalEvent.js";
import type { PeerVerifier } from "../../security/createPeerVerifier.js";
import type { AgentCallContext } from "./AgentCallContext.js";

export interface PeerMiddlewareOptions {
  core: GseLocalCore;
  verifier: PeerVerifier;
  /** The agent's own port: the remote end of every connection to check. */
  port(): number;
  emit(event: GseLocalEvent): void;
}

/**
 * The `pid` metadata is a claim; this checks it. A call whose connection is
 * not held by the process it names is refused PERMISSION_DENIED before it
 * reaches anything (idempotency memory included), so nobody can act as, or
 * read as, another process. Where the host cannot tell (no /proc), the pid
 * is taken on trust, with one rule kept: a re-announcement (ProcessReady
 * for a live process) may not move the process to other ports, since that
 * would send its next session and players elsewhere.
 */
export function createPeerMiddleware(options: PeerMiddlewareOptions): ServerMiddleware<{}, AgentCallContext> {
  const { core, verifier, emit } = options;
  return async function* peerMiddleware(call, context) {
    const { method, pid, requestId } = context;
    const check = verifier.check(context.peer, pid, options.port());
    if (check.result === "notOwned") {
      const error = `metadata 'pid' ${pid} is not the process making this call: ${check.reason}`;
      emit({ type: "agentCall", method, pid, requestId, ok: false, repeated: false, error });
      throw new ServerError(Status.PERMISSION_DENIED, `${method}: ${error}`);
    }
    if (check.result === "unverifiable" && method === "ProcessReady") {
      const known = core.processes.get(pid);
      const request = call.request as { grpcPort?: number; clientPort?: number };
      if (known && known.status !== "TERMINATED" && (known.grpcPort !== request.grpcPort || known.clientPort !== request.clientPort)) {
        const error = `process ${pid} is registered with grpcPort ${known.grpcPort} and clientPort ${known.clientPort}; a re-announcement cannot change them on a host where the caller cannot be verified (${check.reason})`;
        emit({ type: "agentCall", method, pid, requestId, ok: false, repeated: false, error });
        throw new ServerError(Status.PERMISSION_DENIED, `${method}: ${error}`);
      }
    }
    return yield* call.next(call.request, context);
  };
}
