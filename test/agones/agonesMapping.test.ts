// One test per row of the GSE → Agones mapping table (docs/agones.md),
// against the local counterpart of Agones' SDK server on an ephemeral port.
import assert from "node:assert/strict";
import { test } from "node:test";
import { GseApp, GseError, OnHealthCheck, OnStartSession, OnTerminate, resolvePlatform, type GameServerSession, type Gse, type Logger } from "gse-sdk";
import { createAgonesLocal, type AgonesLocal, type AgonesLocalEvent, type AgonesLocalOptions } from "../helpers/agones/createAgonesLocal.js";
import { deferred, type Deferred } from "../helpers/deferred.js";
import { spawnGame } from "../helpers/spawnGame.js";
import { waitFor } from "../helpers/waitFor.js";

const WAIT = { timeoutMs: 10_000 };

interface Recorded {
  level: string;
  fields: Record<string, unknown>;
  message: string;
}
function recordingLogger(): Logger & { lines: Recorded[] } {
  const lines: Recorded[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => void lines.push({ level, fields, message });
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** A game whose hooks the test drives. */
class ProbeGame {
  static healthy = true;
  static healthChecks = 0;
  static started: Deferred<GameServerSession> = deferred();
  static release: Deferred<void> = deferred();
  static terminated: Deferred<number> = deferred();
  static failStart = false;
  constructor(readonly gse: Gse) {}
  @OnHealthCheck() health(): boolean {
    ProbeGame.healthChecks++;
    return ProbeGame.healthy;
  }
  @OnStartSession() async start(session: GameServerSession): Promise<void> {
    ProbeGame.started.resolve(session);
    if (ProbeGame.failStart) throw new Error("the map would not load");
    await ProbeGame.release.promise;
  }
  @OnTerminate() stop(terminationTime: number): void {
    ProbeGame.terminated.resolve(terminationTime);
  }
}

function resetProbe(): void {
  ProbeGame.healthy = true;
  ProbeGame.healthChecks = 0;
  ProbeGame.started = deferred();
  ProbeGame.release = deferred();
  ProbeGame.terminated = deferred();
  ProbeGame.failStart = false;
}

const PLAYERS = { players: { capacity: 4, values: [] as string[] } };
const COUNTERS = { custom: { count: 0, capacity: 0 } };

async function boot(t: { after: (fn: () => unknown) => void }, localOptions: AgonesLocalOptions = {}, agones: Record<string, unknown> = {}) {
  resetProbe();
  const local = await createAgonesLocal({ ...localOptions, gameServer: { lists: structuredClone(PLAYERS), counters: structuredClone(COUNTERS), labels: { "agones.dev/fleet": "arena" }, ...localOptions.gameServer } });
  const errors: GseError[] = [];
  const logger = recordingLogger();
  const app = await GseApp.run(ProbeGame, {
    clientPort: 7777,
    platform: "agones",
    agones: { sdkPort: local.port, healthIntervalMs: 50, ...agones },
    logger,
    exitProcess: false,
    handleSignals: false,
    onError: (error) => errors.push(error),
  });
  t.after(async () => {
    ProbeGame.release.resolve();
    await app.shutdown();
    await local.close();
  });
  return { local, app, errors, logger };
}

const isState = (state: string) => (e: AgonesLocalEvent) => e.type === "state" && e.state === state;
const isLabel = (key: string, value?: string) => (e: AgonesLocalEvent) => e.type === "label" && e.key === key && (value === undefined || e.value === value);
const calls = (local: AgonesLocal, method: string) => local.history.filter((e) => e.type === "call" && e.method === method).length;

async function allocateAndActivate(local: AgonesLocal, app: GseApp<ProbeGame>, request: Parameters<AgonesLocal["allocate"]>[0] = {}) {
  assert.equal(local.allocate(request).state, "Allocated");
  const session = await ProbeGame.started.promise;
  ProbeGame.release.resolve();
  await local.waitFor(isLabel("agones.dev/sdk-gse-session", "ACTIVE"), WAIT);
  await waitFor("the session is active", () => app.gse.phase === "active");
  return session;
}

test("platform: the option, then $GSE_PLATFORM, then $AGONES_SDK_GRPC_PORT, else GSE; the log says which", async (t) => {
  assert.deepEqual(resolvePlatform("gse", { GSE_PLATFORM: "agones", AGONES_SDK_GRPC_PORT: "9357" }), { platform: "gse", source: "option" });
  assert.deepEqual(resolvePlatform(undefined, { GSE_PLATFORM: "gse", AGONES_SDK_GRPC_PORT: "9357" }), { platform: "gse", source: "GSE_PLATFORM" });
  assert.deepEqual(resolvePlatform(undefined, { AGONES_SDK_GRPC_PORT: "9357" }), { platform: "agones", source: "AGONES_SDK_GRPC_PORT" });
  assert.deepEqual(resolvePlatform(undefined, {}), { platform: "gse", source: "default" });
  assert.throws(() => resolvePlatform(undefined, { GSE_PLATFORM: "k8s" }), (e: GseError) => e.code === "BAD_REQUEST_EXCEPTION" && /GSE_PLATFORM must be "gse" or "agones"/.test(e.message));

  // Detected from the environment Agones gives a game server container.
  const local = await createAgonesLocal();
  t.after(() => local.close());
  const before = process.env["AGONES_SDK_GRPC_PORT"];
  process.env["AGONES_SDK_GRPC_PORT"] = String(local.port);
  t.after(() => (before === undefined ? delete process.env["AGONES_SDK_GRPC_PORT"] : (process.env["AGONES_SDK_GRPC_PORT"] = before)));
  resetProbe();
  const logger = recordingLogger();
  const app = await GseApp.run(ProbeGame, { clientPort: 7777, logger, exitProcess: false, handleSignals: false });
  await app.shutdown();
  assert.ok(logger.lines.some((l) => l.message === "running on Agones" && l.fields["from"] === "AGONES_SDK_GRPC_PORT"));
  assert.equal(calls(local, "Ready"), 1);
});

test("ready: GseApp.run resolves once Agones acknowledged Ready(), at the point GSE gets ProcessReady", async (t) => {
  const { local, app } = await boot(t);
  assert.equal(local.gameServer().state, "Ready");
  await local.waitFor((e) => e.type === "watch" && e.open, WAIT);
  assert.equal(app.gse.phase, "ready");
  assert.equal(app.grpcPort, 0, "nothing listens on Agones: the adapter drives the callbacks");
  const order = local.history.filter((e) => e.type === "call").map((e) => (e as { method: string }).method);
  assert.ok(order.indexOf("Ready") >= 0 && order.indexOf("Ready") < order.indexOf("WatchGameServer"), `Ready before the watch: ${order.join(",")}`);
});

test("ready: no sidecar within readyTimeoutMs fails GseApp.run with PROCESS_READY_FAILED", async () => {
  const local = await createAgonesLocal();
  const port = local.port;
  await local.close();
  resetProbe();
  await assert.rejects(
    GseApp.run(ProbeGame, { clientPort: 7777, platform: "agones", agones: { sdkPort: port }, readyTimeoutMs: 300, logger: recordingLogger(), exitProcess: false, handleSignals: false }),
    (e: GseError) => e.code === "PROCESS_READY_FAILED" && /at localhost:\d+ failed .*(Connect failed|deadline passed before the Agones SDK answered)/.test(e.message),
  );
});

test("health: @OnHealthCheck asked at half the GameServer's period; Health() pinged only when healthy", async (t) => {
  const { local, logger } = await boot(t, { gameServer: { health: { disabled: false, periodSeconds: 1, failureThreshold: 3, initialDelaySeconds: 0 } } }, { healthIntervalMs: undefined });
  const cadence = logger.lines.find((l) => l.message.startsWith("asking @OnHealthCheck"));
  assert.equal(cadence?.fields["intervalMs"], 500);
  await local.waitFor((e) => e.type === "health", WAIT);

  // Unhealthy: the checks go on, the pings stop.
  ProbeGame.healthy = false;
  const pingsWhenUnhealthy = local.history.filter((e) => e.type === "health").length;
  const checks = ProbeGame.healthChecks;
  await waitFor("two more health checks", () => ProbeGame.healthChecks >= checks + 3, WAIT.timeoutMs);
  // One ping may be in flight from the check before the switch.
  assert.ok(local.history.filter((e) => e.type === "health").length <= pingsWhenUnhealthy + 1, "no pings while unhealthy");
  assert.ok(logger.lines.some((l) => l.level === "warn" && /said unhealthy/.test(l.message)));
});

test("health: a broken Health() stream is replaced, never left dead (Agones #1299, #2649)", async (t) => {
  const { local, errors } = await boot(t);
  await local.waitFor((e) => e.type === "health", WAIT);
  const opened = local.history.filter((e) => e.type === "healthStream" && e.open).length;
  local.breakStreams();
  await waitFor("a new health stream", () => local.history.filter((e) => e.type === "healthStream" && e.open).length > opened, WAIT.timeoutMs);
  const pingsAfter = local.history.length;
  await local.waitFor((e) => e.type === "health" && local.history.indexOf(e) >= pingsAfter, WAIT);
  // The watch came back too: an allocation after the break still starts a session.
  await waitFor("the watch is back", () => local.history.filter((e) => e.type === "watch" && e.open).length >= 2, WAIT.timeoutMs);
  assert.equal(local.allocate().state, "Allocated");
  await ProbeGame.started.promise;
  assert.ok(errors.some((e) => e.code === "SERVICE_CALL_FAILED" && (e.method === "Health" || e.method === "WatchGameServer")), "the breaks went to onError");
});

test("session: Allocated (seen through WatchGameServer) builds the session from the allocation's metadata, then a label marks it active", async (t) => {
  const { local, app } = await boot(t);
  assert.equal(
    local.allocate({
      labels: { mode: "duel" },
      annotations: {
        "gse-sdk/game-server-session-id": "match-42",
        "gse-sdk/game-properties": JSON.stringify({ matchMs: "800", map: "dunes" }),
        "gse-sdk/game-server-session-data": "seed=7",
        "gse-sdk/matchmaker-data": '{"teams":2}',
        "gse-sdk/max-players": "3",
      },
    }).state,
    "Allocated",
  );
  const session = await ProbeGame.started.promise;
  assert.equal(session.gameServerSessionId, "match-42");
  assert.equal(session.fleetId, "arena");
  assert.equal(session.maxPlayers, 3);
  assert.deepEqual(session.gameProperties, [{ key: "matchMs", value: "800" }, { key: "map", value: "dunes" }]);
  assert.equal(session.gameServerSessionData, "seed=7");
  assert.equal(session.matchmakerData, '{"teams":2}');
  assert.equal(session.ipAddress, "127.0.0.1");
  assert.equal(session.port, 7777);
  // Not active before @OnStartSession resolved.
  assert.equal(local.history.some(isLabel("agones.dev/sdk-gse-session")), false);
  ProbeGame.release.resolve();
  await local.waitFor(isLabel("agones.dev/sdk-gse-session", "ACTIVE"), WAIT);
  await waitFor("active", () => app.gse.phase === "active");
  // Later watch events (every label change sends one) start nothing new.
  local.update((gs) => (gs.labels["x"] = "y"));
  assert.equal(app.gse.session?.gameServerSessionId, "match-42");
});

test("session: without annotations the id is namespace/name and maxPlayers the players list's capacity (as the allocation set it)", async (t) => {
  const { local, app } = await boot(t);
  const session = await allocateAndActivate(local, app, { lists: { players: { capacity: 2 } } });
  assert.equal(session.gameServerSessionId, "default/local");
  assert.equal(session.maxPlayers, 2);
  assert.deepEqual(session.gameProperties, []);
});

test("session: an allocation with metadata GSE would refuse starts no session, reports which annotation, and shuts the GameServer down", async (t) => {
  const { local, errors } = await boot(t);
  local.allocate({ annotations: { "gse-sdk/game-properties": "[1,2]" } });
  await local.waitFor(isState("Shutdown"), WAIT);
  const error = errors.find((e) => e.field === "gse-sdk/game-properties");
  assert.ok(error, "reported to onError");
  assert.equal(error.code, "BAD_REQUEST_EXCEPTION");
  assert.match(error.message, /annotation 'gse-sdk\/game-properties' must be a JSON object of strings/);
  assert.equal(calls(local, "SetLabel"), 0);
});

test("session: @OnStartSession throwing is reported, the session never marked active, and the GameServer shut down (no session to host)", async (t) => {
  const { local, app, errors } = await boot(t);
  ProbeGame.failStart = true;
  local.allocate();
  await local.waitFor(isState("Shutdown"), WAIT);
  assert.ok(errors.some((e) => e.code === "HANDLER_FAILED" && /the map would not load/.test(e.message)));
  assert.equal(local.history.some(isLabel("agones.dev/sdk-gse-session")), false);
  assert.equal(app.gse.phase, "ready");
});

test("session: the allocation's metadata is held to GSE's limits, each refusal naming the annotation", async (t) => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ "gse-sdk/max-players": "many" }, /'gse-sdk\/max-players' must be an integer from 0 to 10000, got 'many'/],
    [{ "gse-sdk/game-server-session-data": "x".repeat(4097) }, /'gse-sdk\/game-server-session-data' must be at most 4096 characters, got 4097/],
    [{ "gse-sdk/game-properties": JSON.stringify(Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, "v"]))) }, /must hold at most 16 properties, got 17/],
    [{ "gse-sdk/game-properties": '{"mode":3}' }, /property 'mode' must be a string, got number/],
    [{ "gse-sdk/game-properties": JSON.stringify({ mode: "x".repeat(97) }) }, /property 'mode' must be at most 96 characters/],
  ];
  for (const [annotations, expected] of cases) {
    const { local, errors } = await boot(t);
    local.allocate({ annotations });
    await local.waitFor(isState("Shutdown"), WAIT);
    assert.ok(errors.some((e) => e.code === "BAD_REQUEST_EXCEPTION" && expected.test(e.message)), `${expected} in ${errors.map((e) => e.message).join(" | ")}`);
  }
});

test("players: accept needs a reserved id (in the players list) and refuses a repeat; remove frees the slot; describe shows each status", async (t) => {
  const { local, app } = await boot(t);
  await allocateAndActivate(local, app, { lists: { players: { addValues: ["ps-ada", "ps-bob"] } } });
  await app.gse.acceptPlayerSession("ps-ada");
  await assert.rejects(app.gse.acceptPlayerSession("ps-ada"), (e: GseError) => e.code === "BAD_REQUEST_EXCEPTION" && /is ACTIVE; only a RESERVED player session can be accepted/.test(e.message));
  await assert.rejects(app.gse.acceptPlayerSession("ps-eve"), (e: GseError) => e.code === "BAD_REQUEST_EXCEPTION" && /not reserved on this GameServer \(not in Agones list 'players'\)/.test(e.message));
  // Two racing accepts of one id: exactly one gets in.
  const raced = await Promise.allSettled([app.gse.acceptPlayerSession("ps-bob"), app.gse.acceptPlayerSession("ps-bob")]);
  assert.deepEqual(raced.map((r) => r.status).sort(), ["fulfilled", "rejected"]);

  const statuses = async () => Object.fromEntries((await app.gse.describePlayerSessions()).playerSessions.map((p) => [p.playerSessionId, p.status]));
  assert.deepEqual(await statuses(), { "ps-ada": "ACTIVE", "ps-bob": "ACTIVE" });

  // A late joiner: the backend allocates the Allocated GameServer again, adding a value.
  local.allocate({ gameServerState: "Allocated", lists: { players: { addValues: ["ps-cy"] } } });
  assert.deepEqual(await statuses(), { "ps-ada": "ACTIVE", "ps-bob": "ACTIVE", "ps-cy": "RESERVED" });

  await app.gse.removePlayerSession("ps-ada");
  assert.deepEqual(local.gameServer().lists["players"]?.values, ["ps-bob", "ps-cy"]);
  await assert.rejects(app.gse.removePlayerSession("ps-ada"), /already COMPLETED/);
  await assert.rejects(app.gse.removePlayerSession("ps-zed"), /not reserved on this GameServer/);
  assert.deepEqual(await statuses(), { "ps-bob": "ACTIVE", "ps-cy": "RESERVED", "ps-ada": "COMPLETED" });
  const reserved = await app.gse.describePlayerSessions({ playerSessionStatusFilter: "RESERVED" });
  assert.deepEqual(reserved.playerSessions.map((p) => p.playerSessionId), ["ps-cy"]);
  const page = await app.gse.describePlayerSessions({ limit: 2 });
  assert.equal(page.playerSessions.length, 2);
  const all = [];
  for await (const player of app.gse.allPlayerSessions({ limit: 1 })) all.push(player.playerSessionId);
  assert.deepEqual(all, ["ps-bob", "ps-cy", "ps-ada"]);
});

test("players: with CountsAndLists off, or no players list, every player call fails with what to change", async (t) => {
  const { local, app } = await boot(t, { features: { countsAndLists: false } });
  await allocateAndActivate(local, app);
  await assert.rejects(app.gse.acceptPlayerSession("ps-ada"), (e: GseError) => e.code === "SERVICE_CALL_FAILED" && /CountsAndLists not enabled/.test(e.message));
  await assert.rejects(app.gse.describePlayerSessions(), /CountsAndLists not enabled/);
});

test("players: a Fleet without the players list: the error says to declare it", async (t) => {
  const { local, app } = await boot(t, { gameServer: { lists: {} } });
  await allocateAndActivate(local, app);
  await assert.rejects(app.gse.acceptPlayerSession("ps-ada"), /players List not found \(player sessions on Agones need the list 'players' in the Fleet's spec.template.spec.lists/);
});

test("players: before the session is active, accept is refused as on GSE", async (t) => {
  const { local, app } = await boot(t);
  local.allocate({ lists: { players: { addValues: ["ps-ada"] } } });
  await ProbeGame.started.promise;
  // Still activating: the handler has not resolved.
  assert.equal(app.gse.phase, "activating");
  await assert.rejects(app.gse.acceptPlayerSession("ps-ada"), /the game server session is not ACTIVE/);
});

test("policy and custom data: updatePlayerSessionCreationPolicy sets a label, reportCustomData a counter", async (t) => {
  const { local, app } = await boot(t);
  await allocateAndActivate(local, app);
  await app.gse.updatePlayerSessionCreationPolicy("DENY_ALL");
  await local.waitFor(isLabel("agones.dev/sdk-gse-player-session-creation-policy", "DENY_ALL"), WAIT);
  await app.gse.reportCustomData(2, 8);
  assert.deepEqual(local.gameServer().counters["custom"], { count: 2, capacity: 8 });
  await assert.rejects(app.gse.reportCustomData(9, 8), (e: GseError) => e.code === "SERVICE_CALL_FAILED" && /out of range/.test(e.message));
});

test("what has no Agones meaning is refused, saying so", async (t) => {
  const { local, app } = await boot(t);
  await allocateAndActivate(local, app, { lists: { players: { addValues: ["ps-ada"] } } });
  await assert.rejects(app.gse.describePlayerSessions({ playerId: "ada" }), /playerId has no meaning on Agones/);
  await assert.rejects(app.gse.describePlayerSessions({ playerSessionStatusFilter: "TIMEDOUT" }), /Agones has no reservation timeout/);
  await assert.rejects(app.gse.acceptPlayerSession("ps-ada", { gameServerSessionId: "other" }), /on Agones a process hosts one session, its GameServer's \('default\/local'\), not 'other'/);
  await assert.rejects(app.gse.terminateGameServerSession({ gameServerSessionId: "other" }), /hosts one session/);
  assert.equal(local.gameServer().state, "Allocated");
});

test("end: terminateGameServerSession shuts the GameServer down (one session per GameServer); processEnding sends no second Shutdown()", async (t) => {
  const { local, app } = await boot(t);
  await allocateAndActivate(local, app);
  await app.gse.terminateGameServerSession();
  await local.waitFor(isState("Shutdown"), WAIT);
  assert.equal(app.gse.phase, "ready");
  await app.gse.processEnding();
  await app.shutdown();
  assert.equal(calls(local, "Shutdown"), 1);
});

test("end: shutdown() runs @OnTerminate, then Shutdown(), and then nothing of the SDK is left open", async (t) => {
  const { local, app } = await boot(t);
  await allocateAndActivate(local, app);
  await app.shutdown();
  await ProbeGame.terminated.promise;
  assert.equal(local.gameServer().state, "Shutdown");
  assert.equal(app.gse.phase, "ended");
  await local.waitFor((e) => e.type === "watch" && !e.open, WAIT);
});

test("end: SIGTERM from Kubernetes runs @OnTerminate with terminationTime from the grace period, then Shutdown(), then exits 0", async (t) => {
  const local = await createAgonesLocal();
  t.after(() => local.close());
  const game = spawnGame("unused", { GSE_PLATFORM: "agones", AGONES_SDK_GRPC_PORT: String(local.port), GSE_AGONES_GRACE_SECONDS: "20" });
  t.after(() => game.kill());
  await game.ready;
  local.allocate();
  await local.waitFor(isLabel("agones.dev/sdk-gse-session", "ACTIVE"), WAIT);
  const sentAt = Date.now();
  game.kill("SIGTERM");
  const [code] = await game.exited;
  assert.equal(code, 0);
  const terminate = game.lines.find((l) => l["event"] === "terminate");
  assert.ok(terminate, "@OnTerminate ran");
  const terminationTime = terminate["terminationTime"] as number;
  assert.ok(terminationTime >= Math.floor((sentAt + 20_000) / 1000) && terminationTime <= Math.ceil((Date.now() + 20_000) / 1000), `terminationTime ${terminationTime} is SIGTERM + 20 s`);
  assert.equal(local.gameServer().state, "Shutdown");
  assert.equal(calls(local, "Shutdown"), 1);
});

test("errors: the sidecar going away, before or after Shutdown(), never crashes the game; the errors reach onError", async (t) => {
  const { local, app, errors } = await boot(t);
  await allocateAndActivate(local, app, { lists: { players: { addValues: ["ps-ada"] } } });
  await local.close();
  // Streams fail, pings fail, calls fail: all as GseErrors.
  await waitFor("a stream error in onError", () => errors.some((e) => e.code === "SERVICE_CALL_FAILED"), WAIT.timeoutMs);
  await assert.rejects(app.gse.acceptPlayerSession("ps-ada"), (e: GseError) => e instanceof GseError && e.code === "SERVICE_CALL_FAILED");
  await app.shutdown();
  assert.equal(app.gse.phase, "ended");
  assert.ok(errors.some((e) => e.method === "Shutdown"), "the failed Shutdown() went to onError");
  await assert.rejects(app.gse.reportCustomData(1, 2), (e: GseError) => e.code === "SERVICE_CALL_FAILED" && /closed/.test(e.message));
});
