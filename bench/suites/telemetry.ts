// Suite 8: what the SDK's OpenTelemetry instrumentation costs per agent call,
// off (no provider registered: the API's no-ops) and on (the OpenTelemetry
// SDK recording, spans to an exporter that drops them), measured in-process
// on the exact sequence an agent call runs (createAgentClient: a span, two
// clock reads, the attribute object, a counter, a histogram, the span's end),
// against the SDK's whole client CPU per call from the calls suite.
import { BasicTracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { MeterProvider, MetricReader } from "@opentelemetry/sdk-metrics";
import { SpanKind, type Attributes } from "@opentelemetry/api";
import { createSdkTelemetry, type SdkTelemetry } from "../../src/telemetry/createSdkTelemetry.js";
import type { BenchConfig } from "../lib/config.js";
import { median } from "../lib/stats.js";

export interface TelemetryResult {
  /** ns of instrumentation per agent call, medians over rounds. */
  offNsPerCall: number;
  onNsPerCall: number;
  callsPerRound: number;
  rounds: number;
}

class DroppingReader extends MetricReader {
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

const CLIENT_SPAN = { kind: SpanKind.CLIENT } as const;

/** The instrumentation of one agent call, as createAgentClient runs it (success path). */
function instrumentedCall(telemetry: SdkTelemetry, i: number): void {
  const startedHr = performance.now();
  const span = telemetry.tracer.startSpan("GseGrpcSdkService/ReportCustomData", CLIENT_SPAN);
  const trailer: { refusal: string | undefined } = { refusal: undefined };
  const attributes: Attributes = { "rpc.method": "ReportCustomData", "rpc.grpc.status_code": 0, "gse.outcome": "ok" };
  telemetry.agentCalls.add(1, attributes);
  telemetry.agentCallDuration.record((performance.now() - startedHr) / 1000, attributes);
  if (span.isRecording()) {
    span.setAttributes({
      "rpc.system": "grpc",
      "rpc.service": "tencentcloud.gse.grpcsdk.GseGrpcSdkService",
      "rpc.method": "ReportCustomData",
      "gse.request_id": `req-${i}`,
      "rpc.grpc.status_code": 0,
      "gse.retries": 0,
      "gse.outcome": "ok",
      "gse.response_status": "OK",
    });
  }
  span.end();
  void trailer.refusal;
}

function nsPerCall(telemetry: SdkTelemetry, calls: number): number {
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) instrumentedCall(telemetry, i);
  return Number(process.hrtime.bigint() - started) / calls;
}

export async function telemetrySuite(config: BenchConfig, log: (line: string) => void): Promise<TelemetryResult> {
  const { rounds, callsPerRound } = config.telemetry;
  const off = createSdkTelemetry();
  const tracerProvider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor({ export: (_spans, done) => done({ code: 0 }), shutdown: async () => {} })],
  });
  const meterProvider = new MeterProvider({ readers: [new DroppingReader()] });
  const on = createSdkTelemetry({ tracerProvider, meterProvider });
  const offRuns: number[] = [];
  const onRuns: number[] = [];
  // Warm up both paths (JIT), then alternate which goes first.
  nsPerCall(off, callsPerRound);
  nsPerCall(on, callsPerRound / 10);
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      offRuns.push(nsPerCall(off, callsPerRound));
      onRuns.push(nsPerCall(on, callsPerRound / 10));
    } else {
      onRuns.push(nsPerCall(on, callsPerRound / 10));
      offRuns.push(nsPerCall(off, callsPerRound));
    }
  }
  await tracerProvider.shutdown();
  await meterProvider.shutdown();
  log(`  telemetry: ${rounds} rounds`);
  return { offNsPerCall: median(offRuns), onNsPerCall: median(onRuns), callsPerRound, rounds };
}
