import { ServerError, Status, type ServerMiddleware } from "nice-grpc";
import { GseResponse_Status } from "../../../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import { gseRefusal } from "../../../protocol/gseResponse.js";
import type { FaultInjector } from "../../faults/createFaultInjector.js";
import { GSE_RESPONSE_METHODS } from "../agentServiceDefinition.js";
import type { AgentCallContext } from "./AgentCallContext.js";

/** Applies the first matching fault rule (delay, drop, fail, refuse) before the call is handled. */
export function createFaultMiddleware(faults: FaultInjector): ServerMiddleware<{}, AgentCallContext> {
  return async function* faultMiddleware(call, context) {
    const { method, pid, requestId } = context;
    const fault = faults.take(method, pid, requestId);
    if (fault) {
      const injected = `${method}: fault injected by gse-local`;
      switch (fault.action) {
        case "fail":
          throw new ServerError(Status[fault.code], fault.message ?? `${injected} (${fault.code})`);
        case "refuse": {
          const message = fault.message ?? `${injected} (refused with ${fault.status})`;
          if (!GSE_RESPONSE_METHODS.has(method)) throw new ServerError(Status.FAILED_PRECONDITION, message);
          return gseRefusal(message, GseResponse_Status[fault.status]) as never;
        }
        case "drop":
          // Never answered: the caller's deadline or cancellation, a
          // restart or close() ends the wait, and nobody reads this reply.
          await faults.hold(context.signal);
          throw new ServerError(Status.CANCELLED, `${injected} (dropped)`);
        case "delay":
          // The caller's giving up does not stop the call (a slow network
          // would not either); a restart or close() does: that agent is gone.
          if (!(await faults.sleep(fault.ms))) throw new ServerError(Status.UNAVAILABLE, `${method}: the agent restarted while the call was delayed`);
          break;
      }
    }
    return yield* call.next(call.request, context);
  };
}
