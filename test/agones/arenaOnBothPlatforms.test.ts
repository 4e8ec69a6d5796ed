// examples/arena, unchanged, as a real process on both platforms: under
// gse-local (placed by the backend through the official TencentCloud
// client) and under the Agones counterpart (allocated by the backend
// through @kubernetes/client-node). Only the environment differs. The same
// lifecycle is checked on each: ready, a session made active, two players
// accepted and removed, the match over, the session and the process ended,
// exit 0.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { silentLogger } from "gse-sdk";
import { createGseLocal, type GseLocalEvent } from "gse-sdk/local";
import { createAgonesAllocator } from "../../examples/agones/backend/createAgonesAllocator.js";
import { createBackend } from "../../examples/backend/createBackend.js";
import { runBot, type BotResult } from "../../examples/bots/runBot.js";
import { createAgonesLocal, type AgonesLocalEvent } from "../helpers/agones/createAgonesLocal.js";
import { createAllocationEndpoint } from "../helpers/agones/createAllocationEndpoint.js";
import { localKubeConfig } from "../helpers/agones/localKubeConfig.js";

const arenaMain = fileURLToPath(new URL("../../examples/arena/main.js", import.meta.url));
const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
const WAIT = { timeoutMs: 15_000 };
const MATCH = { matchMs: "800", tickMs: "50", idleMs: "10000" };

/** What both platforms must show, in platform-neutral terms. */
interface Lifecycle {
  ready: boolean;
  sessionActive: boolean;
  playersAccepted: number;
  playersRemoved: number;
  matchOver: string[];
  sessionEnded: boolean;
  processEnded: boolean;
  exitCode: number | null;
}

function playBoth(tickets: { ipAddress: string; port: number; playerSessionId: string }[]): Promise<BotResult[]> {
  return Promise.all(tickets.map((ticket) => runBot({ ticket, playMs: 60_000 })));
}

test("the arena runs unchanged on gse-local and on Agones, with the same lifecycle", { timeout: 90_000 }, async (t) => {
  const onGse = await runOnGse(t);
  const onAgones = await runOnAgones(t);
  const expected: Lifecycle = { ready: true, sessionActive: true, playersAccepted: 2, playersRemoved: 2, matchOver: ["time up", "time up"], sessionEnded: true, processEnded: true, exitCode: 0 };
  assert.deepEqual(onGse, expected, "gse-local");
  assert.deepEqual(onAgones, expected, "Agones");
});

async function runOnGse(t: { after: (fn: () => unknown) => void }): Promise<Lifecycle> {
  const local = await createGseLocal({
    grpcPort: 0,
    httpPort: 0,
    logger: silentLogger,
    launch: { command: `ARENA_LOG_LEVEL=warn GSE_LOG_LEVEL=warn exec ${q(process.execPath)} ${q(arenaMain)}`, concurrency: 1, output: () => {} },
  });
  t.after(() => local.close());
  const registered = (await local.waitFor((e) => e.type === "processRegistered", WAIT)) as Extract<GseLocalEvent, { type: "processRegistered" }>;
  const exited = new Promise<number | null>((resolve) => {
    local.fleet!.events.on("exit", (e: { pid: number; code: number | null }) => e.pid === registered.pid && resolve(e.code));
  });
  const backend = createBackend({ endpoint: local.cloudEndpoint, protocol: "http://", secretId: "unused", secretKey: "unused", queueName: "arena-both", maxPlayers: 2, gameProperties: MATCH });
  t.after(() => backend.close());
  const tickets = await backend.matchPlayers(["ada", "bob"]);
  const results = await playBoth(tickets);
  const pid = registered.pid;
  await local.waitFor((e) => e.type === "processStatus" && e.pid === pid && e.status === "TERMINATED", WAIT);
  const exitCode = await exited;
  const h = local.history;
  const ids = new Set(tickets.map((x) => x.playerSessionId));
  const players = (status: string) => h.filter((e) => e.type === "playerSessionStatus" && ids.has(e.playerSessionId) && e.status === status).length;
  return {
    ready: h.some((e) => e.type === "agentCall" && e.method === "ProcessReady" && e.pid === pid && e.ok),
    sessionActive: h.some((e) => e.type === "gameServerSessionStatus" && e.pid === pid && e.status === "ACTIVE"),
    playersAccepted: players("ACTIVE"),
    playersRemoved: players("COMPLETED"),
    matchOver: results.map((r) => r.matchOver?.reason ?? r.outcome),
    sessionEnded: h.some((e) => e.type === "gameServerSessionStatus" && e.pid === pid && e.status === "TERMINATED" && e.reason === "TerminateGameServerSession"),
    processEnded: h.some((e) => e.type === "processStatus" && e.pid === pid && e.status === "TERMINATED" && e.reason === "ProcessEnding"),
    exitCode,
  };
}

async function runOnAgones(t: { after: (fn: () => unknown) => void }): Promise<Lifecycle> {
  // What the Fleet in examples/agones/fleet.yaml declares.
  const local = await createAgonesLocal({
    gameServer: { name: "arena-abcde", labels: { "agones.dev/fleet": "arena" }, lists: { players: { capacity: 4, values: [] } }, counters: { custom: { count: 0, capacity: 0 } } },
  });
  const endpoint = await createAllocationEndpoint(local);
  t.after(async () => {
    await endpoint.close();
    await local.close();
  });
  // The environment Agones gives the container, and nothing else.
  const child = spawn(process.execPath, [arenaMain], {
    env: { ...process.env, AGONES_SDK_GRPC_PORT: String(local.port), ARENA_LOG_LEVEL: "info", GSE_LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  t.after(() => child.exitCode === null && child.kill("SIGKILL"));
  const exited = once(child, "exit") as Promise<[number | null]>;
  const arenaEvents: Record<string, unknown>[] = [];
  const clientPort = new Promise<number>((resolve) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      const event = JSON.parse(line) as Record<string, unknown>;
      arenaEvents.push(event);
      if (event["event"] === "processReady") resolve(event["clientPort"] as number);
    });
  });
  // Agones reports the port players reach the container on; here, the one the arena bound.
  const port = await clientPort;
  local.update((gs) => (gs.ports = [{ name: "default", port }]));

  const allocator = createAgonesAllocator({ kubeConfig: localKubeConfig(endpoint.url), fleet: "arena" });
  const playerSessionIds = ["ps-ada", "ps-bob"];
  const allocation = await allocator.createSession({ maxPlayers: 2, gameProperties: MATCH, playerSessionIds });
  assert.ok(allocation, "allocated");
  const results = await playBoth(playerSessionIds.map((playerSessionId) => ({ ipAddress: allocation.ipAddress, port: allocation.port, playerSessionId })));
  const [exitCode] = await exited;
  const h = local.history;
  const is = (match: (e: AgonesLocalEvent) => boolean) => h.some(match);
  return {
    ready: is((e) => e.type === "call" && e.method === "Ready"),
    sessionActive: is((e) => e.type === "label" && e.key === "agones.dev/sdk-gse-session" && e.value === "ACTIVE"),
    playersAccepted: arenaEvents.filter((e) => e["event"] === "playerJoined").length,
    playersRemoved: h.filter((e) => e.type === "listValue" && !e.added && playerSessionIds.includes(e.value)).length,
    matchOver: results.map((r) => r.matchOver?.reason ?? r.outcome),
    sessionEnded: is((e) => e.type === "state" && e.state === "Shutdown"),
    processEnded: h.filter((e) => e.type === "call" && e.method === "Shutdown").length === 1,
    exitCode,
  };
}

test("on Agones, SIGTERM mid-match (Kubernetes deleting the pod) ends the match properly, then Shutdown(), then exit 0", { timeout: 60_000 }, async (t) => {
  const local = await createAgonesLocal({ gameServer: { labels: { "agones.dev/fleet": "arena" }, lists: { players: { capacity: 4, values: [] } }, counters: { custom: { count: 0, capacity: 0 } } } });
  const endpoint = await createAllocationEndpoint(local);
  t.after(async () => {
    await endpoint.close();
    await local.close();
  });
  const child = spawn(process.execPath, [arenaMain], {
    env: { ...process.env, AGONES_SDK_GRPC_PORT: String(local.port), GSE_AGONES_GRACE_SECONDS: "15", ARENA_LOG_LEVEL: "info", GSE_LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  t.after(() => child.exitCode === null && child.kill("SIGKILL"));
  const exited = once(child, "exit") as Promise<[number | null]>;
  let joined: () => void = () => {};
  const playerJoined = new Promise<void>((resolve) => (joined = resolve));
  const port = await new Promise<number>((resolve) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      const event = JSON.parse(line) as Record<string, unknown>;
      if (event["event"] === "processReady") resolve(event["clientPort"] as number);
      if (event["event"] === "playerJoined") joined();
    });
  });
  local.update((gs) => (gs.ports = [{ name: "default", port }]));
  const allocator = createAgonesAllocator({ kubeConfig: localKubeConfig(endpoint.url), fleet: "arena" });
  const allocation = await allocator.createSession({ maxPlayers: 2, gameProperties: { matchMs: "60000", tickMs: "50", idleMs: "60000" }, playerSessionIds: ["ps-ada"] });
  assert.ok(allocation);
  const playing = runBot({ ticket: { ipAddress: allocation.ipAddress, port: allocation.port, playerSessionId: "ps-ada" }, playMs: 60_000 });
  await playerJoined;
  child.kill("SIGTERM");
  const result = await playing;
  assert.equal(result.outcome, "matchOver");
  assert.match(result.matchOver?.reason ?? "", /server is being shut down/);
  const [code] = await exited;
  assert.equal(code, 0);
  assert.ok(local.history.some((e) => e.type === "listValue" && !e.added && e.value === "ps-ada"), "the player was removed before the end");
  assert.equal(local.gameServer().state, "Shutdown");
  assert.equal(local.history.filter((e) => e.type === "call" && e.method === "Shutdown").length, 1);
});
