// The SDK's OpenTelemetry spans and metrics, read back through the
// OpenTelemetry SDK's in-memory exporter and a pull reader, over a real
// gse-local and real gRPC calls.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { DataPointType, type MetricData } from "@opentelemetry/sdk-metrics";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { GseApp, silentLogger } from "gse-sdk";
import { createGseLocal } from "gse-sdk/local";
import { defineGame } from "../fixtures/games.js";
import { createOfficialGseClient } from "../helpers/officialGseClient.js";
import { createTelemetryRecorder } from "../helpers/createTelemetryRecorder.js";

const { spans, tracerProvider, reader, meterProvider } = createTelemetryRecorder();

async function metric(name: string): Promise<MetricData | undefined> {
  const { resourceMetrics } = await reader.collect();
  return resourceMetrics.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === name);
}

const named = (name: string) => spans.getFinishedSpans().filter((s: ReadableSpan) => s.name === name);

test("spans for agent calls and handlers, lifecycle events, and call and health metrics", async () => {
  // Frequent health checks with a generous timeout and threshold: a loaded machine must not make the agent end the process mid-test.
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, healthCheckIntervalMs: 50, healthCheckTimeoutMs: 5_000, unhealthyThreshold: 1_000 });
  try {
    const events: string[] = [];
    const app = await GseApp.run(defineGame({ events }), {
      clientPort: 7777,
      gseAddress: local.agentAddress,
      exitProcess: false,
      handleSignals: false,
      logger: silentLogger,
      retry: { maxAttempts: 4, initialBackoffMs: 10, maxBackoffMs: 20 },
      telemetry: { tracerProvider, meterProvider },
    });
    const cloud = createOfficialGseClient(local.cloudEndpoint);
    const created = await cloud.call("CreateGameServerSession", { FleetId: "fleet-otel", MaximumPlayerSessionCount: 4 });
    const id = created["GameServerSession"]["GameServerSessionId"] as string;
    await local.waitFor((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === id && e.status === "ACTIVE");
    const player = (await cloud.call("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "p1" }))["PlayerSession"]["PlayerSessionId"] as string;
    local.faults.add({ method: "AcceptPlayerSession", action: "fail", code: "UNAVAILABLE", times: 1 });
    await app.gse.acceptPlayerSession(player);
    local.faults.add({ method: "ReportCustomData", action: "refuse", status: "ERROR_400", message: "no", times: 1 });
    await assert.rejects(app.gse.reportCustomData(1, 2));
    await local.waitFor((e) => e.type === "healthCheck" && e.healthy);
    await app.shutdown();

    // One span per agent call, retries as an attribute.
    const ready = named("GseGrpcSdkService/ProcessReady")[0]!;
    assert.equal(ready.kind, SpanKind.CLIENT);
    assert.equal(ready.attributes["rpc.system"], "grpc");
    assert.equal(ready.attributes["rpc.service"], "tencentcloud.gse.grpcsdk.GseGrpcSdkService");
    assert.equal(ready.attributes["rpc.method"], "ProcessReady");
    assert.equal(ready.attributes["rpc.grpc.status_code"], 0);
    assert.match(String(ready.attributes["gse.request_id"]), /^[0-9a-f-]{36}$/);
    const activate = named("GseGrpcSdkService/ActivateGameServerSession")[0]!;
    assert.equal(activate.attributes["gse.game_server_session_id"], id);
    const accepts = named("GseGrpcSdkService/AcceptPlayerSession");
    assert.equal(accepts.length, 1, "one span for the call and its retry");
    assert.equal(accepts[0]!.attributes["gse.retries"], 1);
    assert.equal(accepts[0]!.attributes["gse.outcome"], "ok");
    const refused = named("GseGrpcSdkService/ReportCustomData")[0]!;
    assert.equal(refused.status.code, SpanStatusCode.ERROR);
    assert.equal(refused.attributes["gse.outcome"], "refused");
    assert.equal(refused.attributes["gse.response_status"], "ERROR_400");
    assert.equal(refused.attributes["gse.error_code"], "BAD_REQUEST_EXCEPTION");

    // Handler spans; the activation after the start handler is not its child
    // (it is sent once the handler resolved), but calls the handler makes are.
    const start = named("gse.OnStartSession")[0]!;
    assert.equal(start.attributes["gse.game_server_session_id"], id);
    assert.equal(start.attributes["gse.outcome"], "ok");
    assert.ok(named("gse.OnHealthCheck").some((s) => s.attributes["gse.healthy"] === true));
    assert.equal(named("gse.OnTerminate")[0]?.attributes["gse.reason"], "shutdown");

    // The process span carries the lifecycle transitions as events.
    const processSpan = named("gse.process")[0]!;
    const transitions = processSpan.events.filter((e) => e.name === "lifecycle").map((e) => `${e.attributes!["gse.from"]}>${e.attributes!["gse.to"]}`);
    assert.deepEqual(transitions, ["starting>ready", "ready>activating", "activating>active", "active>ending", "ending>ended"]);

    // Metrics: calls by method and outcome, durations, retries, health answers.
    const calls = await metric("gse.agent.calls");
    assert.equal(calls?.dataPointType, DataPointType.SUM);
    const count = (method: string, outcome: string) =>
      calls!.dataPoints.filter((p) => p.attributes["rpc.method"] === method && p.attributes["gse.outcome"] === outcome).reduce((n, p) => n + (p.value as number), 0);
    // The retried call made the SDK re-announce (it treats a transient failure as a possible agent restart).
    assert.equal(count("ProcessReady", "ok"), named("GseGrpcSdkService/ProcessReady").length);
    assert.equal(count("AcceptPlayerSession", "ok"), 1);
    assert.equal(count("ReportCustomData", "refused"), 1);
    assert.equal(count("ProcessEnding", "ok"), 1);
    const duration = await metric("gse.agent.call.duration");
    assert.equal(duration?.dataPointType, DataPointType.HISTOGRAM);
    assert.equal(duration?.descriptor.unit, "s");
    const retries = await metric("gse.agent.call.retries");
    assert.equal(retries!.dataPoints.find((p) => p.attributes["rpc.method"] === "AcceptPlayerSession")?.value, 1);
    const health = await metric("gse.health_checks");
    const healthy = health!.dataPoints.find((p) => p.attributes["gse.healthy"] === true)?.value as number;
    assert.equal(healthy, named("gse.OnHealthCheck").filter((s) => s.attributes["gse.healthy"] === true).length);
    assert.ok((await metric("gse.health_check.duration"))!.dataPoints.length > 0);
    const handlers = await metric("gse.handler.duration");
    assert.deepEqual(new Set(handlers!.dataPoints.map((p) => p.attributes["gse.handler"])), new Set(["OnStartSession", "OnTerminate"]));
  } finally {
    await local.close();
  }
});
