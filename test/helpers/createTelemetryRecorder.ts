import { after } from "node:test";
import { AggregationTemporality, MeterProvider, MetricReader } from "@opentelemetry/sdk-metrics";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";

/** A reader the test pulls from: no timer, no exporter. */
class PullReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

/**
 * The OpenTelemetry SDK's own providers, recording in memory: finished spans
 * in `spans`, metrics on `reader.collect()`. Shut down after the file's tests.
 */
export function createTelemetryRecorder() {
  const spans = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  const reader = new PullReader();
  const meterProvider = new MeterProvider({ readers: [reader] });
  after(async () => {
    await tracerProvider.shutdown();
    await meterProvider.shutdown();
  });
  return { spans, tracerProvider, reader, meterProvider };
}
