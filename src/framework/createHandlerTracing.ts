import { context as otelContext, trace, SpanStatusCode, type Span } from "@opentelemetry/api";
import { ATTR, type SdkTelemetry } from "../telemetry/createSdkTelemetry.js";
import { errorText } from "./handlerError.js";

export interface HandlerTracing {
  /**
   * Runs a user handler inside its span (active, so agent calls the handler
   * makes are its children). Off, no context is made: a non-recording span
   * is all it costs.
   */
  traced<T>(name: string, attributes: Record<string, string>, run: (span: Span) => Promise<T>): Promise<T>;
  /** Marks the span with the handler's outcome; an error status unless it was ok. */
  endSpanWith(span: Span, outcome: { kind: string; error?: unknown }): void;
  /** Records a handler's duration from `started` (performance.now()). */
  recordDuration(handler: string, started: number, outcome: { kind: string }): void;
}

/** The SDK's OpenTelemetry around the game's handlers. */
export function createHandlerTracing(telemetry: SdkTelemetry): HandlerTracing {
  return {
    async traced(name, attributes, run) {
      const span = telemetry.tracer.startSpan(name, { attributes });
      try {
        return span.isRecording() ? await otelContext.with(trace.setSpan(otelContext.active(), span), () => run(span)) : await run(span);
      } finally {
        span.end();
      }
    },
    endSpanWith(span, outcome) {
      span.setAttribute(ATTR.outcome, outcome.kind);
      if (outcome.kind !== "ok") span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.kind === "timedOut" ? "the handler timed out" : errorText(outcome.error) });
    },
    recordDuration(handler, started, outcome) {
      telemetry.handlerDuration.record((performance.now() - started) / 1000, { [ATTR.handler]: handler, [ATTR.outcome]: outcome.kind });
    },
  };
}
