import { ServerError, Status, type ServerMiddleware } from "nice-grpc";
import { gseRefusal } from "../../../protocol/gseResponse.js";
import { REFUSAL_METADATA, UNKNOWN_PROCESS_REFUSAL, UNKNOWN_SESSION_REFUSAL, type RefusalReason } from "../../../protocol/refusal.js";
import { CoreRefusal } from "../../core/CoreRefusal.js";
import { GSE_RESPONSE_METHODS } from "../agentServiceDefinition.js";
import type { AgentCallContext } from "./AgentCallContext.js";

/**
 * Tells whether the session a refused call named is unknown as the caller's
 * (none with that id, or another process's): then the refusal says
 * `unknown-session`. A refusal about a player session of a known session
 * does not.
 */
export type SessionOwner = (gameServerSessionId: string) => number | undefined;

/**
 * Translates a core refusal into the agent's answer: GseResponse{ERROR_400}
 * where the reply is a GseResponse (the protocol's own way to say no),
 * FAILED_PRECONDITION otherwise. Where a program must act on the reason, the
 * `gse-refusal` trailer says it (src/protocol/refusal.ts): `unknown-process`
 * for a caller the core does not know, `unknown-session` for a session that
 * is not the caller's. Anything else thrown is a bug in gse-local: INTERNAL,
 * and the server goes on.
 */
export function createRefusalMiddleware(sessionOwner?: SessionOwner): ServerMiddleware<{}, AgentCallContext> {
  return async function* refusalMiddleware(call, context) {
    try {
      return yield* call.next(call.request, context);
    } catch (error) {
      if (error instanceof ServerError) throw error;
      const message = `${context.method}: ${error instanceof Error ? error.message : String(error)}`;
      if (!(error instanceof CoreRefusal)) throw new ServerError(Status.INTERNAL, message);
      const reason = refusalReason(error, call.request, context.pid, sessionOwner);
      if (reason !== undefined) context.trailer.set(REFUSAL_METADATA, reason);
      if (GSE_RESPONSE_METHODS.has(context.method)) return gseRefusal(message) as never;
      throw new ServerError(Status.FAILED_PRECONDITION, message);
    }
  };
}

function refusalReason(error: CoreRefusal, request: unknown, pid: number, sessionOwner: SessionOwner | undefined): RefusalReason | undefined {
  if (error.reason === "NOT_REGISTERED") return UNKNOWN_PROCESS_REFUSAL;
  if ((error.reason !== "NOT_FOUND" && error.reason !== "NOT_OWNER") || sessionOwner === undefined) return undefined;
  const id = (request as { gameServerSessionId?: unknown }).gameServerSessionId;
  return typeof id === "string" && id !== "" && sessionOwner(id) !== pid ? UNKNOWN_SESSION_REFUSAL : undefined;
}
