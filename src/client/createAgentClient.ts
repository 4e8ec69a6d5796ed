import { ClientError, Metadata, Status, createChannel, createClient, type Channel } from "nice-grpc";
import { v4 as uuidv4 } from "uuid";
import { GseResponse_Status, type GseResponse } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import {
  GseGrpcSdkServiceDefinition,
  type GseGrpcSdkServiceClient,
} from "../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";
import { GseError } from "../errors/GseError.js";

type RawClient = GseGrpcSdkServiceClient;

/** The agent's methods by their client (camelCase) names. */
export type AgentMethod = keyof RawClient;
export type AgentRequest<M extends AgentMethod> = Parameters<RawClient[M]>[0];
export type AgentResponse<M extends AgentMethod> = Awaited<ReturnType<RawClient[M]>>;

export interface AgentCallOptions {
  signal?: AbortSignal;
  /** Overrides the client's call timeout for this call. */
  timeoutMs?: number;
  /**
   * The requestId sent in metadata. A fresh UUID when omitted; a retry of the
   * same logical request passes the same id so the agent can recognise it.
   */
  requestId?: string;
}

export interface AgentClientOptions {
  /** host:port of the agent. */
  address: string;
  /** Sent as the `pid` metadata of every call. Default: this process. */
  pid?: number;
  /** Deadline of each call. Default 20 s, GameLift's SDK call timeout. */
  timeoutMs?: number;
}

export interface AgentClient {
  readonly address: string;
  /**
   * Calls one GseGrpcSdkService method with `pid` and `requestId` metadata
   * and a deadline. Rejects with GseError when the call fails or the agent's
   * GseResponse.status is not OK.
   */
  call<M extends AgentMethod>(method: M, request: AgentRequest<M>, options?: AgentCallOptions): Promise<AgentResponse<M>>;
  /** Closes the channel; later calls fail with SERVICE_CALL_FAILED. */
  close(): void;
}

export const DEFAULT_CALL_TIMEOUT_MS = 20_000;

/** A typed client of the agent's GseGrpcSdkService over one reused channel. */
export function createAgentClient(options: AgentClientOptions): AgentClient {
  const pid = String(options.pid ?? process.pid);
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const channel: Channel = createChannel(options.address);
  const client: RawClient = createClient(GseGrpcSdkServiceDefinition, channel);
  let closed = false;

  async function call<M extends AgentMethod>(
    method: M,
    request: AgentRequest<M>,
    callOptions: AgentCallOptions = {},
  ): Promise<AgentResponse<M>> {
    const name = methodName(method);
    const requestId = callOptions.requestId ?? uuidv4();
    if (closed) {
      throw new GseError("SERVICE_CALL_FAILED", `${name} failed: the agent client is closed`, {
        method: name,
        requestId,
      });
    }
    // nice-grpc has no deadline of its own (that is a middleware); a timeout
    // signal does the same job without another layer on every call.
    const timeoutMs = callOptions.timeoutMs ?? defaultTimeoutMs;
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = callOptions.signal ? AbortSignal.any([callOptions.signal, deadline]) : deadline;
    const metadata = Metadata({ pid, requestId });

    let response: AgentResponse<M>;
    try {
      const invoke = client[method] as (req: AgentRequest<M>, opts: object) => Promise<AgentResponse<M>>;
      response = await invoke.call(client, request, { metadata, signal });
    } catch (error) {
      throw callError(error, name, requestId, timeoutMs, callOptions.signal, deadline);
    }
    if (isGseResponse(response) && response.status !== GseResponse_Status.OK) {
      const is400 = response.status === GseResponse_Status.ERROR_400;
      throw new GseError(
        is400 ? "BAD_REQUEST_EXCEPTION" : "INTERNAL_SERVICE_EXCEPTION",
        `${name} refused by the agent (${GseResponse_Status[response.status] ?? response.status}): ${response.errorMessage || "no message"}`,
        { method: name, requestId, status: response.status, errorMessage: response.errorMessage },
      );
    }
    return response;
  }

  return {
    address: options.address,
    call,
    close() {
      if (closed) return;
      closed = true;
      channel.close();
    },
  };
}

function methodName(method: string): string {
  return method.charAt(0).toUpperCase() + method.slice(1);
}

function isGseResponse(value: unknown): value is GseResponse {
  return typeof value === "object" && value !== null && "status" in value && "errorMessage" in value;
}

function callError(
  error: unknown,
  method: string,
  requestId: string,
  timeoutMs: number,
  userSignal: AbortSignal | undefined,
  deadline: AbortSignal,
): GseError {
  if (userSignal?.aborted) {
    return new GseError("ABORTED", `${method} was aborted`, { method, requestId, grpcCode: Status.CANCELLED, cause: error });
  }
  if (deadline.aborted) {
    return new GseError("SERVICE_CALL_FAILED", `${method} failed: no answer from the agent within ${timeoutMs} ms`, {
      method,
      requestId,
      grpcCode: Status.DEADLINE_EXCEEDED,
      cause: error,
    });
  }
  if (error instanceof ClientError) {
    return new GseError("SERVICE_CALL_FAILED", `${method} failed: ${Status[error.code]}: ${error.details}`, {
      method,
      requestId,
      grpcCode: error.code,
      cause: error,
    });
  }
  return new GseError("SERVICE_CALL_FAILED", `${method} failed: ${String(error)}`, { method, requestId, cause: error });
}
