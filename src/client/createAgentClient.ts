import { setMaxListeners } from "node:events";
import { v4 as uuidv4 } from "uuid";
import { Channel as GrpcChannel, ChannelCredentials, ClientError, Metadata, Status, createClient, type Channel } from "nice-grpc";
import { GseResponse_Status } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import {
  GseGrpcSdkServiceDefinition,
  type GseGrpcSdkServiceClient,
} from "../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";
import { SpanKind, SpanStatusCode, type Attributes, type Span } from "@opentelemetry/api";
import { GseError } from "../errors/GseError.js";
import { REFUSAL_METADATA, UNKNOWN_PROCESS_REFUSAL, isRefusalReason, type RefusalReason } from "../protocol/refusal.js";
import { ATTR, createSdkTelemetry, type SdkTelemetry } from "../telemetry/createSdkTelemetry.js";
import { isGseResponse } from "../protocol/gseResponse.js";
import { PID_METADATA, REQUEST_ID_METADATA } from "../protocol/metadata.js";
import { sleep } from "../util/sleep.js";
import { backoffMs, DEFAULT_RETRY_POLICY, isTransient, type RetryPolicy } from "./retryPolicy.js";

type RawClient = GseGrpcSdkServiceClient;

/** The agent's methods by their client (camelCase) names. */
export type AgentMethod = keyof RawClient;
/** The request message of an agent method. */
export type AgentRequest<M extends AgentMethod> = Parameters<RawClient[M]>[0];
/** The reply of an agent method. */
export type AgentResponse<M extends AgentMethod> = Awaited<ReturnType<RawClient[M]>>;

/** Options of one call of the bare agent client. */
export interface AgentCallOptions {
  signal?: AbortSignal;
  /** Overrides the client's call timeout for this call. */
  timeoutMs?: number;
  /**
   * The requestId sent in metadata. A fresh UUID when omitted; a retry of the
   * same logical request passes the same id so the agent can recognise it.
   */
  requestId?: string;
  /** Overrides the client's retry policy for this call. */
  retry?: RetryPolicy;
  /** Called before each retry, for logging. */
  onRetry?: (attempt: number, error: GseError, delayMs: number) => void;
  /**
   * Epoch milliseconds by which the call settles, every attempt included:
   * each attempt's gRPC deadline is capped by it, and no retry starts once
   * its backoff would reach it. A hard bound, unlike `timeoutMs`, which is
   * per attempt.
   */
  deadline?: number;
}

/** Options of createAgentClient. */
export interface AgentClientOptions {
  /** host:port of the agent. */
  address: string;
  /** Sent as the `pid` metadata of every call. Default: this process. */
  pid?: number;
  /** Deadline of each attempt. Default 20 s, GameLift's SDK call timeout. */
  timeoutMs?: number;
  /** Retries after transient failures (UNAVAILABLE, deadline, a reset by the agent). Default DEFAULT_RETRY_POLICY. */
  retry?: RetryPolicy;
  /**
   * Called when the agent is reachable again after it was not: a call
   * succeeded after a transient failure, or the channel reconnected after a
   * failed connection attempt. An agent that restarted may have lost this
   * process, so the framework announces it again.
   */
  onReconnect?: () => void;
  /**
   * Called when the agent refused a call and said why in its `gse-refusal`
   * trailer (`error.refusal`): it does not know this process (it restarted
   * without its state: code PROCESS_NOT_READY) or the session the call named
   * (`unknown-session`, the code stays the one its status gives). The call
   * itself rejects with that error.
   */
  onRefusal?: (error: GseError, gameServerSessionId: string | undefined) => void;
  /** OpenTelemetry instruments. Default: from the global providers, taken now. */
  telemetry?: SdkTelemetry;
}

/** The bare agent client: GseGrpcSdkService calls with pid and requestId metadata, deadlines and retries. */
export interface AgentClient {
  /** The agent's host:port. */
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

/** Deadline of one agent call attempt unless set: 20 s, GameLift's. */
export const DEFAULT_CALL_TIMEOUT_MS = 20_000;

/**
 * A grpc-js channel that gives the call being opened a gRPC deadline.
 * nice-grpc has no deadline option (its deadline middleware builds an
 * AbortSignal and a timer per call); grpc-js enforces a deadline natively
 * with one timer and tells the agent through `grpc-timeout`. An AbortSignal
 * per call costs more than the rest of our per-call work together (see
 * docs/benchmarks.md). nice-grpc opens the grpc-js call synchronously inside
 * the client method, so the deadline set right before that method is called
 * is taken by that call and no other.
 */
class DeadlineChannel extends GrpcChannel {
  nextDeadline: number | undefined;

  override createCall(...args: Parameters<GrpcChannel["createCall"]>): ReturnType<GrpcChannel["createCall"]> {
    if (this.nextDeadline !== undefined) {
      args[1] = this.nextDeadline;
      this.nextDeadline = undefined;
    }
    return super.createCall(...args);
  }
}

/** A typed client of the agent's GseGrpcSdkService over one reused channel. */
export function createAgentClient(options: AgentClientOptions): AgentClient {
  const pid = String(options.pid ?? process.pid);
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  // The agent is plain host:port, as createChannel would infer. The SDK
  // retries itself, with the same requestId; grpc-js's transparent retries
  // would buffer every request for a case the SDK already covers.
  const deadlines = new DeadlineChannel(options.address, ChannelCredentials.createInsecure(), {
    "grpc.enable_retries": 0,
    // The agent is on this host: when it restarts it is back within a
    // second, and grpc-js's default reconnect backoff (1 s, growing to 120 s)
    // would outlast the SDK's own retries.
    "grpc.initial_reconnect_backoff_ms": 100,
    "grpc.max_reconnect_backoff_ms": 2_000,
  });
  const channel: Channel = deadlines;
  const client: RawClient = createClient(GseGrpcSdkServiceDefinition, channel);
  // Without a signal nice-grpc creates an AbortController per call. A signal
  // that never fires spares that; every in-flight call listens on it, hence
  // no listener limit.
  const quiet = new AbortController().signal;
  setMaxListeners(0, quiet);
  let closed = false;

  const retryPolicy = options.retry ?? DEFAULT_RETRY_POLICY;
  // Set by a transient failure (of a call or of the connection), cleared by
  // the next success, which is when onReconnect fires: once per outage.
  let unreachable = false;
  // Counts reconnections. An attempt that started before the last one and
  // fails after it tells of the outage that reconnection already ended (its
  // failure can be delivered after the channel's READY): it must not open a
  // second outage, whose end would announce the process a second time.
  let reconnections = 0;
  const reachable = () => {
    if (!unreachable) return;
    unreachable = false;
    reconnections++;
    options.onReconnect?.();
  };
  if (options.onReconnect) watchConnectivity(channel, () => closed, () => (unreachable = true), reachable);

  const telemetry = options.telemetry ?? createSdkTelemetry();

  async function attempt<M extends AgentMethod>(
    method: M,
    request: AgentRequest<M>,
    requestId: string,
    timeoutMs: number,
    userSignal: AbortSignal | undefined,
    trailer: { refusal: string | undefined },
  ): Promise<AgentResponse<M>> {
    const name = methodName(method);
    if (closed) {
      throw new GseError("SERVICE_CALL_FAILED", `${name} failed: the agent client is closed`, { method: name, requestId });
    }
    if (timeoutMs <= 0) {
      throw new GseError("SERVICE_CALL_FAILED", `${name} failed: no time left before the call's deadline`, { method: name, requestId, grpcCode: Status.DEADLINE_EXCEEDED });
    }
    try {
      const invoke = client[method] as (req: AgentRequest<M>, opts: object) => Promise<AgentResponse<M>>;
      deadlines.nextDeadline = Date.now() + timeoutMs;
      const pending = invoke.call(client, request, {
        metadata: Metadata({ [PID_METADATA]: pid, [REQUEST_ID_METADATA]: requestId }),
        signal: userSignal ?? quiet,
        // grpc-js emits the status (with trailers) synchronously after the
        // callback that settles the call, before this function resumes.
        onTrailer: (metadata: Metadata) => (trailer.refusal = metadata.get(REFUSAL_METADATA)),
      });
      // The call has taken its deadline by now; never let a later one inherit it.
      deadlines.nextDeadline = undefined;
      return await pending;
    } catch (error) {
      throw callError(error, name, requestId, timeoutMs, userSignal, trailer.refusal);
    }
  }

  async function call<M extends AgentMethod>(
    method: M,
    request: AgentRequest<M>,
    callOptions: AgentCallOptions = {},
  ): Promise<AgentResponse<M>> {
    const name = methodName(method);
    // One requestId for every attempt: a retry is the same request.
    const requestId = callOptions.requestId ?? uuidv4();
    const timeoutMs = callOptions.timeoutMs ?? defaultTimeoutMs;
    const policy = callOptions.retry ?? retryPolicy;
    const hardDeadline = callOptions.deadline ?? Infinity;
    const started = Date.now();
    const startedHr = performance.now();
    const span = telemetry.tracer.startSpan(`${SERVICE_SHORT_NAME}/${name}`, CLIENT_SPAN);
    const trailer: { refusal: string | undefined } = { refusal: undefined };
    let retries = 0;
    let epoch = reconnections;
    let response: AgentResponse<M>;
    try {
      for (let attemptNumber = 1; ; attemptNumber++) {
        try {
          trailer.refusal = undefined;
          const attemptMs = Math.min(timeoutMs, hardDeadline - Date.now());
          epoch = reconnections;
          response = await attempt(method, request, requestId, attemptMs, callOptions.signal, trailer);
          break;
        } catch (error) {
          const failure = error as GseError;
          if (!isTransient(failure.grpcCode) || failure.code === "ABORTED" || failure.refusal !== undefined) throw failure;
          if (epoch === reconnections) unreachable = true;
          const delay = backoffMs(policy, attemptNumber);
          const outOfTime =
            (policy.totalTimeoutMs !== undefined && Date.now() - started + delay >= policy.totalTimeoutMs) || Date.now() + delay >= hardDeadline;
          if (attemptNumber >= policy.maxAttempts || outOfTime || closed) throw failure;
          callOptions.onRetry?.(attemptNumber, failure, delay);
          retries++;
          if (!(await sleep(delay, callOptions.signal))) {
            throw new GseError("ABORTED", `${name} was aborted`, { method: name, requestId, cause: failure });
          }
        }
      }
      reachable();
      if (isGseResponse(response) && response.status !== GseResponse_Status.OK) {
        const statusName = GseResponse_Status[response.status] ?? String(response.status);
        const details = { method: name, requestId, status: response.status, errorMessage: response.errorMessage };
        const refusal = refusalOf(trailer.refusal);
        if (refusal === UNKNOWN_PROCESS_REFUSAL) {
          throw new GseError("PROCESS_NOT_READY", `${name} refused by the agent: it does not know this process (${statusName}: ${response.errorMessage || "no message"})`, { ...details, refusal });
        }
        const is400 = response.status === GseResponse_Status.ERROR_400;
        throw new GseError(
          is400 ? "BAD_REQUEST_EXCEPTION" : "INTERNAL_SERVICE_EXCEPTION",
          `${name} refused by the agent (${statusName}): ${response.errorMessage || "no message"}`,
          { ...details, ...(refusal !== undefined && { refusal }) },
        );
      }
      finish(span, name, request, requestId, retries, startedHr, undefined, response);
      return response;
    } catch (error) {
      const failure = error as GseError;
      finish(span, name, request, requestId, retries, startedHr, failure, undefined);
      if (failure.refusal !== undefined) {
        const sessionId = (request as { gameServerSessionId?: unknown }).gameServerSessionId;
        options.onRefusal?.(failure, typeof sessionId === "string" && sessionId !== "" ? sessionId : undefined);
      }
      throw failure;
    }
  }

  /** Ends the call's span and records its metrics: one span per logical call, retries as an attribute. */
  function finish(span: Span, name: string, request: unknown, requestId: string, retries: number, startedHr: number, failure: GseError | undefined, response: unknown): void {
    const grpcCode = failure === undefined ? Status.OK : failure.grpcCode ?? (failure.status !== undefined ? Status.OK : Status.UNKNOWN);
    const outcome = failure === undefined ? "ok" : failure.status !== undefined || failure.refusal !== undefined ? "refused" : failure.code === "ABORTED" ? "aborted" : "failed";
    const attributes: Attributes = { [ATTR.rpcMethod]: name, [ATTR.grpcStatusCode]: grpcCode, [ATTR.outcome]: outcome };
    telemetry.agentCalls.add(1, attributes);
    telemetry.agentCallDuration.record((performance.now() - startedHr) / 1000, attributes);
    if (retries > 0) telemetry.agentCallRetries.add(retries, { [ATTR.rpcMethod]: name });
    if (span.isRecording()) {
      span.setAttributes({
        [ATTR.rpcSystem]: "grpc",
        [ATTR.rpcService]: GseGrpcSdkServiceDefinition.fullName,
        [ATTR.rpcMethod]: name,
        [ATTR.requestId]: requestId,
        [ATTR.grpcStatusCode]: grpcCode,
        [ATTR.retries]: retries,
        [ATTR.outcome]: outcome,
      });
      const sessionId = (request as { gameServerSessionId?: unknown }).gameServerSessionId;
      if (typeof sessionId === "string" && sessionId !== "") span.setAttribute(ATTR.gameServerSessionId, sessionId);
      if (failure !== undefined) {
        if (failure.status !== undefined) span.setAttribute(ATTR.responseStatus, GseResponse_Status[failure.status] ?? String(failure.status));
        span.setAttribute(ATTR.errorCode, failure.code);
        span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
      } else if (isGseResponse(response)) {
        span.setAttribute(ATTR.responseStatus, "OK");
      }
    }
    span.end();
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

/** A trailer value this SDK knows; an unknown one is ignored (a newer agent's reason). */
function refusalOf(value: string | undefined): RefusalReason | undefined {
  return isRefusalReason(value) ? value : undefined;
}

const SERVICE_SHORT_NAME = "GseGrpcSdkService";
/** One options object for every call's span: building none per call keeps the no-op path cheap. */
const CLIENT_SPAN = { kind: SpanKind.CLIENT } as const;


// grpc-js connectivity states (kept numeric: grpc-js is nice-grpc's dependency, not ours).
const TRANSIENT_FAILURE = 3;
const SHUTDOWN = 4;

/**
 * Follows the channel's connectivity: a failed connection attempt
 * (TRANSIENT_FAILURE) marks the agent unreachable, and the next READY marks
 * it reachable again. Watching holds no handle, so it never keeps Node alive.
 */
function watchConnectivity(channel: Channel, isClosed: () => boolean, onFailure: () => void, onReady: () => void): void {
  const watch = (state: number) => {
    channel.watchConnectivityState(state, Infinity, () => {
      if (isClosed()) return;
      const next = channel.getConnectivityState(false);
      if (next === SHUTDOWN) return;
      if (next === TRANSIENT_FAILURE) onFailure();
      if (next === 2 /* READY */) onReady();
      watch(next);
    });
  };
  watch(channel.getConnectivityState(false));
}

/** The wire name of a client method, from the generated definition: processReady → ProcessReady. */
function methodName(method: AgentMethod): string {
  return GseGrpcSdkServiceDefinition.methods[method].name;
}


function callError(error: unknown, method: string, requestId: string, timeoutMs: number, userSignal: AbortSignal | undefined, refusal: string | undefined): GseError {
  if (userSignal?.aborted) {
    return new GseError("ABORTED", `${method} was aborted`, { method, requestId, grpcCode: Status.CANCELLED, cause: error });
  }
  if (error instanceof ClientError && error.code === Status.DEADLINE_EXCEEDED) {
    return new GseError("SERVICE_CALL_FAILED", `${method} failed: no answer from the agent within ${timeoutMs} ms`, {
      method,
      requestId,
      grpcCode: Status.DEADLINE_EXCEEDED,
      cause: error,
    });
  }
  const reason = refusalOf(refusal);
  if (error instanceof ClientError && reason === UNKNOWN_PROCESS_REFUSAL) {
    return new GseError("PROCESS_NOT_READY", `${method} refused by the agent: it does not know this process (${Status[error.code]}: ${error.details})`, {
      method,
      requestId,
      grpcCode: error.code,
      refusal: reason,
      cause: error,
    });
  }
  if (error instanceof ClientError) {
    return new GseError("SERVICE_CALL_FAILED", `${method} failed: ${Status[error.code]}: ${error.details}`, {
      method,
      requestId,
      grpcCode: error.code,
      ...(reason !== undefined && { refusal: reason }),
      cause: error,
    });
  }
  return new GseError("SERVICE_CALL_FAILED", `${method} failed: ${String(error)}`, { method, requestId, cause: error });
}
