import {
  metrics,
  trace,
  type Attributes,
  type Counter,
  type Histogram,
  type MeterProvider,
  type Tracer,
  type TracerProvider,
} from "@opentelemetry/api";

/** Where the SDK's spans and metrics go. Default: the globally registered OpenTelemetry providers. */
export interface TelemetryOptions {
  tracerProvider?: TracerProvider;
  meterProvider?: MeterProvider;
}

/**
 * The SDK's OpenTelemetry instruments, made once per GseApp. Without a
 * registered provider every one is the API's no-op: a span that records
 * nothing, instruments that drop what they are given.
 */
export interface SdkTelemetry {
  readonly tracer: Tracer;
  /** Agent calls, by rpc.method, rpc.grpc.status_code and gse.outcome. */
  readonly agentCalls: Counter;
  /** Duration of an agent call, its retries included, in seconds. */
  readonly agentCallDuration: Histogram;
  /** Retries of agent calls, by rpc.method. */
  readonly agentCallRetries: Counter;
  /** Health check answers, by gse.healthy. */
  readonly healthChecks: Counter;
  /** Duration of the @OnHealthCheck handler, in seconds. */
  readonly healthCheckDuration: Histogram;
  /** Duration of the @OnStartSession and @OnTerminate handlers, by gse.handler and gse.outcome, in seconds. */
  readonly handlerDuration: Histogram;
}

/** The instrumentation scope's name: what a collector shows as the source. */
export const INSTRUMENTATION_NAME = "gse-sdk";
const INSTRUMENTATION_VERSION = "0.1.0";

/**
 * Meters are taken when this runs, not at import: the metrics API has no
 * proxy, so a meter taken before the application registered its
 * MeterProvider would stay a no-op forever. GseApp.run calls this, which is
 * after an application's telemetry set-up.
 */
export function createSdkTelemetry(options: TelemetryOptions = {}): SdkTelemetry {
  const tracer = (options.tracerProvider ?? trace.getTracerProvider()).getTracer(INSTRUMENTATION_NAME, INSTRUMENTATION_VERSION);
  const meter = (options.meterProvider ?? metrics.getMeterProvider()).getMeter(INSTRUMENTATION_NAME, INSTRUMENTATION_VERSION);
  return {
    tracer,
    agentCalls: meter.createCounter("gse.agent.calls", { description: "Calls to the GSE agent (GseGrpcSdkService), retries counted once", unit: "{call}" }),
    agentCallDuration: meter.createHistogram("gse.agent.call.duration", { description: "Duration of a call to the GSE agent, retries included", unit: "s" }),
    agentCallRetries: meter.createCounter("gse.agent.call.retries", { description: "Retries of calls to the GSE agent after transient failures", unit: "{retry}" }),
    healthChecks: meter.createCounter("gse.health_checks", { description: "Health checks answered to the agent, by answer", unit: "{check}" }),
    healthCheckDuration: meter.createHistogram("gse.health_check.duration", { description: "Duration of the @OnHealthCheck handler", unit: "s" }),
    handlerDuration: meter.createHistogram("gse.handler.duration", { description: "Duration of the @OnStartSession and @OnTerminate handlers", unit: "s" }),
  };
}

/** Span and metric attribute names the SDK uses, beside OpenTelemetry's rpc.* conventions. */
export const ATTR = {
  rpcSystem: "rpc.system",
  rpcService: "rpc.service",
  rpcMethod: "rpc.method",
  grpcStatusCode: "rpc.grpc.status_code",
  requestId: "gse.request_id",
  gameServerSessionId: "gse.game_server_session_id",
  retries: "gse.retries",
  responseStatus: "gse.response_status",
  outcome: "gse.outcome",
  healthy: "gse.healthy",
  handler: "gse.handler",
  errorCode: "gse.error_code",
} as const;

export type TelemetryAttributes = Attributes;
