import { ServerError, Status, type ServerMiddleware } from "nice-grpc";
import { GseResponse_Status } from "../../../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import { methodOfPath } from "../../../protocol/methods.js";

/** One agent call: its method, how it was answered (OK, a GseResponse status, a gRPC status) and how long it took. */
export type AgentCallObserver = (method: string, code: string, seconds: number) => void;

/**
 * Outermost: times every agent call, whatever answers it (a refusal of its
 * metadata, a fault, a cached answer, the handler), for gse-local's metrics.
 */
export function createTimingMiddleware(observe: AgentCallObserver): ServerMiddleware {
  return async function* timingMiddleware(call, context) {
    const method = methodOfPath(call.method.path);
    const startedAt = performance.now();
    let code = "OK";
    try {
      const answer = yield* call.next(call.request, context);
      const status = (answer as { status?: unknown } | undefined)?.status;
      if (typeof status === "number" && status !== GseResponse_Status.OK) code = GseResponse_Status[status] ?? String(status);
      return answer;
    } catch (error) {
      code = error instanceof ServerError ? Status[error.code] : "UNKNOWN";
      throw error;
    } finally {
      observe(method, code, (performance.now() - startedAt) / 1000);
    }
  };
}
