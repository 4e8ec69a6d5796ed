// /metrics: scraped over HTTP from a real gse-local with processes, sessions,
// players, a placement, failed calls and failed health checks, and checked
// against gse-local's own state and event history.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { GseLocal, GseLocalEvent } from "gse-sdk/local";
import { createOfficialGseClient } from "../../helpers/officialGseClient.js";
import { startLocalWithFakes } from "../fixtures/fakeProcesses.js";

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parse(text: string): Sample[] {
  return text
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      assert.ok(match, `not a Prometheus sample line: ${line}`);
      const labels: Record<string, string> = {};
      for (const pair of (match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1]!] = pair[2]!;
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

async function scrape(local: GseLocal): Promise<{ samples: Sample[]; contentType: string }> {
  const response = await fetch(`http://127.0.0.1:${local.httpPort}/metrics`);
  assert.equal(response.status, 200);
  return { samples: parse(await response.text()), contentType: response.headers.get("content-type") ?? "" };
}

function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (found.length === 0) return undefined;
  return found.reduce((sum, s) => sum + s.value, 0);
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

test("/metrics counts processes, sessions, players and placements as the state has them, and times calls", async (t) => {
  const { local, fleet, close } = await startLocalWithFakes(
    // A long health timeout: under load a 100 ms one would add failures of its own to the two injected.
    { healthCheckIntervalMs: 100, healthCheckTimeoutMs: 5_000, unhealthyThreshold: 1_000, faults: [{ method: "OnHealthCheck", action: "refuse", status: "ERROR_500", times: 2 }] },
    3,
    { announce: true },
  );
  t.after(close);
  const cloud = createOfficialGseClient(local.cloudEndpoint);
  const created = await cloud.call("CreateGameServerSession", { FleetId: "fleet-metrics", MaximumPlayerSessionCount: 4 });
  const sessionId = created["GameServerSession"].GameServerSessionId as string;
  await local.waitFor((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === sessionId && e.status === "ACTIVE");
  for (const PlayerId of ["ada", "bo"]) await cloud.call("JoinGameServerSession", { GameServerSessionId: sessionId, PlayerId });
  await cloud.call("StartGameServerSessionPlacement", { PlacementId: "placement-metrics", GameServerSessionQueueName: "q", MaximumPlayerSessionCount: 2 });
  const refused = await cloud.fail("DescribePlayerSessions", {});
  assert.equal(refused.code, "MissingParameter");
  // A process ends: one TERMINATED next to the live ones.
  fleet.processes[2]!.kill();
  await local.waitFor((e) => e.type === "processStatus" && e.pid === fleet.processes[2]!.pid && e.status === "TERMINATED");
  // Both injected health failures have happened once two failed checks are in the history.
  await local.waitFor(() => local.history.filter((e) => e.type === "healthCheck" && !e.healthy).length >= 2);
  // And a healthy one: on a loaded machine the two refused checks can be the only ones so far.
  await local.waitFor((e) => e.type === "healthCheck" && e.healthy);

  const { samples, contentType } = await scrape(local);
  assert.match(contentType, /^text\/plain; version=0\.0\.4/);

  // Gauges read the state at scrape time; nothing moved meanwhile but health checks.
  for (const [status, n] of countBy(local.processes(), (p) => p.status)) assert.equal(value(samples, "gse_local_processes", { fleet: "fleet-local", status }), n, `processes ${status}`);
  assert.equal(value(samples, "gse_local_processes", { status: "UNHEALTHY" }), 0, "a status with none reads 0");
  for (const [key, n] of countBy(local.gameServerSessions(), (s) => `${s.fleetId} ${s.status}`)) {
    const [fleetId, status] = key.split(" ") as [string, string];
    assert.equal(value(samples, "gse_local_game_server_sessions", { fleet: fleetId, status }), n, `sessions ${key}`);
  }
  assert.equal(value(samples, "gse_local_game_server_sessions", { fleet: "fleet-metrics", status: "ACTIVE" }), 1);
  assert.equal(value(samples, "gse_local_player_sessions", { status: "RESERVED" }), 2);
  assert.equal(value(samples, "gse_local_player_sessions", { status: "ACTIVE" }), 0);
  for (const [status, n] of countBy(local.placements(), (p) => p.status)) assert.equal(value(samples, "gse_local_placements", { status }), n, `placements ${status}`);
  assert.equal(value(samples, "gse_local_placements"), local.placements().length);

  // Histograms and counters follow the events: compare with the history taken after the scrape (it only grows).
  const history = [...local.history];
  const cloudCalls = history.filter((e): e is Extract<GseLocalEvent, { type: "cloudCall" }> => e.type === "cloudCall");
  for (const [key, n] of countBy(cloudCalls, (e) => `${e.action}/${e.code ?? "OK"}`)) {
    const [action, code] = key.split("/") as [string, string];
    assert.equal(value(samples, "gse_local_cloud_api_request_duration_seconds_count", { action, code }), n, `cloud ${key}`);
  }
  assert.equal(value(samples, "gse_local_cloud_api_request_duration_seconds_count", { action: "DescribePlayerSessions", code: "MissingParameter" }), 1);
  const agentCalls = history.filter((e): e is Extract<GseLocalEvent, { type: "agentCall" }> => e.type === "agentCall");
  assert.equal(value(samples, "gse_local_agent_call_duration_seconds_count", { method: "ProcessReady", code: "OK" }), 3);
  assert.equal(value(samples, "gse_local_agent_call_duration_seconds_count", { method: "ActivateGameServerSession", code: "OK" }), agentCalls.filter((e) => e.method === "ActivateGameServerSession" && e.ok).length);
  const failedChecksBefore = history.filter((e) => e.type === "healthCheck" && !e.healthy).length;
  assert.equal(failedChecksBefore, 2);
  assert.equal(value(samples, "gse_local_health_check_failures_total"), 2);
  assert.equal(value(samples, "gse_local_health_check_duration_seconds_count", { healthy: "false" }), 2);
  const healthyChecks = value(samples, "gse_local_health_check_duration_seconds_count", { healthy: "true" }) ?? 0;
  assert.ok(healthyChecks <= history.filter((e) => e.type === "healthCheck" && e.healthy).length && healthyChecks > 0);
  // Durations are seconds: the calls took far less than one.
  const cloudSum = value(samples, "gse_local_cloud_api_request_duration_seconds_sum")!;
  assert.ok(cloudSum > 0 && cloudSum < cloudCalls.length, `cloud API seconds ${cloudSum}`);
  assert.ok((value(samples, "nodejs_eventloop_lag_seconds") ?? -1) >= 0, "Node's default metrics are there");
});

test("an action name from the wire that gse-local does not serve is counted as 'other', not as a new series", async (t) => {
  const { local, close } = await startLocalWithFakes({}, 0);
  t.after(close);
  for (const action of ["NoSuchAction1", "NoSuchAction2"]) {
    await fetch(`http://127.0.0.1:${local.httpPort}/capi`, { method: "POST", body: JSON.stringify({ Action: action }) });
  }
  const { samples } = await scrape(local);
  assert.equal(value(samples, "gse_local_cloud_api_request_duration_seconds_count", { action: "other", code: "InvalidAction" }), 2);
  assert.equal(samples.filter((s) => s.labels["action"]?.startsWith("NoSuchAction")).length, 0);
  assert.equal(value(samples, "gse_local_game_server_sessions", { fleet: "fleet-local", status: "ACTIVE" }), 0, "the default fleet reads 0 with no sessions");
});

test("a histogram's buckets count each duration once, in the first bucket whose bound holds it, cumulatively, with +Inf the count", async () => {
  const { createMetrics } = await import("../../../src/local/observe/createMetrics.js");
  const none = () => [];
  const metrics = createMetrics(
    { processes: none, gameServerSessions: none, playerSessions: none, placements: none, fleetOf: () => "f", fleets: () => ["f"] },
    { isKnownAction: () => true, defaultMetrics: false },
  );
  // On a bound (0.001), just past one, past the last (10 s), and in another series.
  for (const seconds of [0.001, 0.0011, 0.3, 12]) metrics.observeAgentCall("ProcessReady", "OK", seconds);
  metrics.observeAgentCall("ProcessReady", "ERROR_400", 0.0002);
  const { body } = await metrics.render();
  const samples = parse(body);
  const ok = { method: "ProcessReady", code: "OK" };
  const bucket = (le: string, labels = ok) => value(samples, "gse_local_agent_call_duration_seconds_bucket", { ...labels, le });
  assert.equal(bucket("0.0005"), 0);
  assert.equal(bucket("0.001"), 1, "a bound holds its own value (le)");
  assert.equal(bucket("0.0025"), 2);
  assert.equal(bucket("0.25"), 2);
  assert.equal(bucket("0.5"), 3);
  assert.equal(bucket("10"), 3);
  assert.equal(bucket("+Inf"), 4, "above every bound: only +Inf");
  assert.equal(value(samples, "gse_local_agent_call_duration_seconds_count", ok), 4);
  assert.ok(Math.abs(value(samples, "gse_local_agent_call_duration_seconds_sum", ok)! - 12.3021) < 1e-9);
  assert.equal(bucket("0.0005", { method: "ProcessReady", code: "ERROR_400" }), 1);
  assert.equal(value(samples, "gse_local_health_check_failures_total"), 0, "a counter without labels reads 0 before its first count");
  assert.equal(samples.filter((s) => s.name === "gse_local_events_total").length, 0, "a labelled counter has no series before its first count");
});
