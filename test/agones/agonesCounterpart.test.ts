// The counterpart itself, driven by the official SDK the way Agones' Node
// conformance client (test/sdk/nodejs/testSDKClient.js) drives local mode,
// with local mode's answers; and a plain-JavaScript game on Agones.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { GseApp, defineGame, silentLogger, type GameServerSession } from "gse-sdk";
import { createAgonesLocal } from "../helpers/agones/createAgonesLocal.js";
import { deferred } from "../helpers/deferred.js";

interface Sdk {
  connect(): Promise<void>;
  close(): void;
  ready(): Promise<unknown>;
  allocate(): Promise<unknown>;
  shutdown(): Promise<unknown>;
  reserve(seconds: number): Promise<unknown>;
  health(onError: (error: unknown) => void): void;
  getGameServer(): Promise<{ objectMeta: { uid: string; creationTimestamp: number }; status: { state: string } }>;
  watchGameServer(onData: (gs: { objectMeta: { uid: string }; status: { state: string } }) => void, onError: (error: unknown) => void): void;
  setLabel(key: string, value: string): Promise<unknown>;
  setAnnotation(key: string, value: string): Promise<unknown>;
  beta: {
    getCounterCount(key: string): Promise<number>;
    incrementCounter(key: string, amount: number): Promise<void>;
    decrementCounter(key: string, amount: number): Promise<void>;
    setCounterCount(key: string, amount: number): Promise<void>;
    getCounterCapacity(key: string): Promise<number>;
    setCounterCapacity(key: string, amount: number): Promise<void>;
    listContains(key: string, value: string): Promise<boolean>;
    getListLength(key: string): Promise<number>;
    getListValues(key: string): Promise<string[]>;
    appendListValue(key: string, value: string): Promise<void>;
    deleteListValue(key: string, value: string): Promise<void>;
    getListCapacity(key: string): Promise<number>;
  };
  alpha: { playerConnect(id: string): Promise<boolean> };
}
const AgonesSDK = createRequire(import.meta.url)("@google-cloud/agones-sdk") as new () => Sdk;

test("the conformance client's sequence against the counterpart gets local mode's answers", async (t) => {
  const local = await createAgonesLocal();
  t.after(() => local.close());
  process.env["AGONES_SDK_GRPC_PORT"] = String(local.port);
  const sdk = new AgonesSDK();
  delete process.env["AGONES_SDK_GRPC_PORT"];
  t.after(() => sdk.close());
  await sdk.connect();

  const states: string[] = [];
  const first = deferred<string>();
  sdk.watchGameServer((gs) => {
    states.push(gs.status.state);
    first.resolve(gs.objectMeta.uid);
  }, () => {});
  // The watch sends the current GameServer at once: Scheduled, uid "1234".
  const uid = await first.promise;
  assert.equal(uid, "1234");
  await sdk.setAnnotation("annotation", uid);
  await sdk.ready();
  const gameServer = await sdk.getGameServer();
  assert.equal(gameServer.status.state, "Ready");
  await sdk.setLabel("label", String(gameServer.objectMeta.creationTimestamp));
  sdk.health(() => {});
  await local.waitFor((e) => e.type === "health");
  await sdk.reserve(5);
  assert.equal(local.gameServer().state, "Reserved");
  await sdk.allocate();

  assert.equal(await sdk.beta.getCounterCount("rooms"), 1);
  await sdk.beta.incrementCounter("rooms", 9);
  await sdk.beta.decrementCounter("rooms", 10);
  await sdk.beta.setCounterCount("rooms", 10);
  assert.equal(await sdk.beta.getCounterCapacity("rooms"), 10);
  await assert.rejects(sdk.beta.incrementCounter("rooms", 1), /out of range\. Count must be within range \[0,Capacity\]/);
  await sdk.beta.setCounterCapacity("rooms", 1);

  assert.equal(await sdk.beta.listContains("players", "test1"), true);
  assert.equal(await sdk.beta.getListLength("players"), 3);
  assert.deepEqual(await sdk.beta.getListValues("players"), ["test0", "test1", "test2"]);
  await sdk.beta.appendListValue("players", "test3");
  await assert.rejects(sdk.beta.appendListValue("players", "test3"), /already exists/);
  await sdk.beta.deleteListValue("players", "test2");
  await assert.rejects(sdk.beta.deleteListValue("players", "test2"), /not found/);
  assert.equal(await sdk.beta.getListCapacity("players"), 100);
  await assert.rejects(sdk.beta.getListValues("nope"), /not found\. nope List not found/);
  // Player tracking is Alpha: off, as in local mode without the feature gate.
  await assert.rejects(sdk.alpha.playerConnect("ada"), /PlayerTracking not enabled/);

  await sdk.shutdown();
  const gs = local.gameServer();
  assert.equal(gs.state, "Shutdown");
  assert.equal(gs.annotations["agones.dev/sdk-annotation"], "1234");
  assert.equal(gs.labels["agones.dev/sdk-label"], String(gameServer.objectMeta.creationTimestamp));
  assert.equal(gs.labels["islocal"], "true");
  assert.deepEqual(gs.counters["rooms"], { count: 10, capacity: 1 });
  assert.deepEqual(gs.lists["players"]?.values, ["test0", "test1", "test3"]);
  // Every state change reached the watcher, in order.
  await local.waitFor((e) => e.type === "state" && e.state === "Shutdown");
  for (const state of ["Ready", "Reserved", "Allocated", "Shutdown"]) assert.ok(states.includes(state), `${state} in ${states.join(",")}`);
  assert.ok(states.indexOf("Ready") < states.indexOf("Reserved") && states.indexOf("Reserved") < states.indexOf("Allocated"));
});

test("a plain-JavaScript game (defineGame) runs on Agones unchanged", async (t) => {
  const local = await createAgonesLocal({ gameServer: { labels: { "agones.dev/fleet": "plain" } } });
  t.after(() => local.close());
  const started = deferred<GameServerSession>();
  const Game = defineGame({
    onStartSession(session: GameServerSession) {
      started.resolve(session);
    },
    onHealthCheck() {
      return true;
    },
  });
  const app = await GseApp.run(Game, { clientPort: 7777, platform: "agones", agones: { sdkPort: local.port, healthIntervalMs: 50 }, logger: silentLogger, exitProcess: false, handleSignals: false });
  t.after(() => app.shutdown());
  local.allocate({ annotations: { "gse-sdk/game-properties": '{"mode":"duel"}' } });
  const session = await started.promise;
  assert.equal(session.fleetId, "plain");
  assert.deepEqual(session.gameProperties, [{ key: "mode", value: "duel" }]);
  await local.waitFor((e) => e.type === "label" && e.key === "agones.dev/sdk-gse-session" && e.value === "ACTIVE");
  await local.waitFor((e) => e.type === "health");
  await app.shutdown();
  assert.equal(local.gameServer().state, "Shutdown");
});
