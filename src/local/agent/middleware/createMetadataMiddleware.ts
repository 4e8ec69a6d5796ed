import { ServerError, Status, type ServerMiddleware } from "nice-grpc";
import { methodOfPath } from "../../../protocol/methods.js";
import { PID_METADATA, REQUEST_ID_METADATA } from "../../../protocol/metadata.js";
import { clip } from "../../../util/clip.js";
import type { GseLocalEvent } from "../../core/GseLocalEvent.js";
import { MALFORMED } from "../agentServiceDefinition.js";
import type { AgentCallContext } from "./AgentCallContext.js";

/**
 * Every agent call must decode and carry `pid` (the caller's process id) and
 * `requestid` metadata; the rest of the chain gets them typed in its context.
 */
export function createMetadataMiddleware(emit: (event: GseLocalEvent) => void): ServerMiddleware<AgentCallContext> {
  return async function* metadataMiddleware(call, context) {
    const method = methodOfPath(call.method.path);
    const pidText = context.metadata.get(PID_METADATA);
    const requestId = context.metadata.get(REQUEST_ID_METADATA);
    const malformed = call.requestStream ? undefined : (call.request as { [MALFORMED]?: string })[MALFORMED];
    if (malformed !== undefined) {
      const error = `the request is not a valid ${method}Request message: ${malformed}`;
      emit({ type: "agentCall", method, pid: undefined, requestId, ok: false, repeated: false, error });
      throw new ServerError(Status.INVALID_ARGUMENT, `${method}: ${error}`);
    }
    const pid = pidText !== undefined && /^[1-9]\d{0,9}$/.test(pidText) ? Number(pidText) : undefined;
    if (pid === undefined || requestId === undefined || requestId === "") {
      const missing =
        pid === undefined
          ? `metadata 'pid' must be the caller's process id, got ${pidText === undefined ? "none" : JSON.stringify(clip(pidText))}`
          : "metadata 'requestId' is required (a unique id per request, such as a UUID)";
      emit({ type: "agentCall", method, pid, requestId, ok: false, repeated: false, error: missing });
      throw new ServerError(Status.INVALID_ARGUMENT, `${method}: ${missing}`);
    }
    return yield* call.next(call.request, { ...context, method, pid, requestId });
  };
}
