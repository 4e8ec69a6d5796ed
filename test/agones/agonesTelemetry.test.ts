// On Agones the agent calls carry the same spans and metrics as on GSE,
// named by the GSE method, so one dashboard reads both platforms.
import assert from "node:assert/strict";
import { test } from "node:test";
import { GseApp, OnHealthCheck, OnStartSession, silentLogger } from "gse-sdk";
import { createAgonesLocal } from "../helpers/agones/createAgonesLocal.js";
import { createTelemetryRecorder } from "../helpers/createTelemetryRecorder.js";

const { spans, tracerProvider, reader, meterProvider } = createTelemetryRecorder();

class Game {
  @OnHealthCheck() healthy(): boolean {
    return true;
  }
  @OnStartSession() start(): void {}
}

test("agent-call spans and gse.agent.calls on Agones, by GSE method and outcome", async (t) => {
  const local = await createAgonesLocal();
  t.after(() => local.close());
  const app = await GseApp.run(Game, { clientPort: 7777, platform: "agones", agones: { sdkPort: local.port, healthIntervalMs: 50 }, logger: silentLogger, exitProcess: false, handleSignals: false, telemetry: { tracerProvider, meterProvider } });
  local.allocate();
  await local.waitFor((e) => e.type === "label" && e.key === "agones.dev/sdk-gse-session");
  await assert.rejects(app.gse.acceptPlayerSession("ps-unknown"));
  await app.shutdown();

  const names = spans.getFinishedSpans().map((s) => s.name);
  for (const name of ["agones/ProcessReady", "agones/ActivateGameServerSession", "agones/AcceptPlayerSession", "agones/ProcessEnding"]) assert.ok(names.includes(name), `${name} in ${names.join(", ")}`);
  const refused = spans.getFinishedSpans().find((s) => s.name === "agones/AcceptPlayerSession");
  assert.equal(refused?.attributes["gse.outcome"], "refused");
  const { resourceMetrics } = await reader.collect();
  const calls = resourceMetrics.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === "gse.agent.calls");
  const methods = new Set(calls?.dataPoints.map((p) => p.attributes["rpc.method"]));
  for (const method of ["ProcessReady", "ActivateGameServerSession", "AcceptPlayerSession", "ProcessEnding"]) assert.ok(methods.has(method), `${method} counted`);
});
