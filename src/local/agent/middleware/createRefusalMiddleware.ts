import { ServerError, Status, type ServerMiddleware } from "nice-grpc";
import { gseRefusal } from "../../../protocol/gseResponse.js";
import { CoreRefusal } from "../../core/CoreRefusal.js";
import { GSE_RESPONSE_METHODS } from "../agentServiceDefinition.js";
import type { AgentCallContext } from "./AgentCallContext.js";

/**
 * Translates a core refusal into the agent's answer: GseResponse{ERROR_400}
 * where the reply is a GseResponse (the protocol's own way to say no),
 * FAILED_PRECONDITION otherwise. Anything else thrown is a bug in
 * gse-local: INTERNAL, and the server goes on.
 */
export function createRefusalMiddleware(): ServerMiddleware<{}, AgentCallContext> {
  return async function* refusalMiddleware(call, context) {
    try {
      return yield* call.next(call.request, context);
    } catch (error) {
      if (error instanceof ServerError) throw error;
      const message = `${context.method}: ${error instanceof Error ? error.message : String(error)}`;
      if (!(error instanceof CoreRefusal)) throw new ServerError(Status.INTERNAL, message);
      if (GSE_RESPONSE_METHODS.has(context.method)) return gseRefusal(message) as never;
      throw new ServerError(Status.FAILED_PRECONDITION, message);
    }
  };
}
