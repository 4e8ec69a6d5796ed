// The plain-JavaScript form of the framework, from a .mjs file that no build
// step touches: defineGame's hooks must behave exactly as the decorated
// fixture's methods (test/fixtures/games.ts, compiled), through the same
// GseApp.run, against gse-local and the typed cloud client.
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { GseApp, defineGame, isGseError, silentLogger } from "gse-sdk";
import { createGseCloudClient } from "gse-sdk/cloud";
import { createGseLocal } from "gse-sdk/local";
import { defineGame as defineDecoratedGame } from "../../dist/test/fixtures/games.js";

const cleanups = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The decorated fixture's behaviour, written as an object of hooks. */
function definePlainGame(probe) {
  return defineGame({
    name: "PlainGame",
    setup() {
      this.started = 0;
      probe.events.push("constructed");
    },
    onHealthCheck() {
      probe.events.push("health");
      return probe.health ? probe.health() : true;
    },
    async onStartSession(session, context) {
      this.started++;
      probe.events.push(`start:${session.gameServerSessionId}`);
      await probe.start?.(session, context.signal);
      probe.events.push(`started:${session.gameServerSessionId}`);
    },
    async onTerminate(terminationTime, context) {
      probe.events.push(`terminate:${context.reason}`);
      await probe.terminate?.(terminationTime, context);
    },
    onSessionEnd(session, context) {
      probe.events.push(`sessionEnd:${session.gameServerSessionId}:${context.reason}`);
    },
  });
}

/**
 * One lifecycle: ProcessReady, a health check, a session whose start fails
 * (ended, not activated), a session that starts, then OnProcessTerminate.
 * Returns what the game saw and what the agent was called with, with ids
 * numbered so two runs compare.
 */
async function runScenario(defineFn) {
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, healthCheckIntervalMs: 100, healthCheckTimeoutMs: 5_000, logger: silentLogger });
  cleanups.push(() => local.close());
  const cloud = createGseCloudClient({ endpoint: local.cloudEndpoint, protocol: "http://", secretId: "a", secretKey: "b", pollIntervalMs: 10 });
  let failNext = true;
  const probe = {
    events: [],
    start: () => {
      if (failNext) {
        failNext = false;
        throw new Error("map failed to load");
      }
    },
  };
  const Game = defineFn(probe);
  const app = await GseApp.run(Game, { clientPort: 7777, gseAddress: local.agentAddress, exitProcess: false, handleSignals: false, logger: silentLogger, onError: () => {} });
  cleanups.push(() => app.shutdown());
  await local.waitFor((e) => e.type === "healthCheck" && e.healthy, { timeoutMs: 5_000 });

  const failed = await cloud.CreateGameServerSession({ FleetId: "fleet-local", MaximumPlayerSessionCount: 1 });
  const failedId = failed.GameServerSession.GameServerSessionId;
  const error = await cloud.waitForGameServerSession(failedId, { timeoutMs: 5_000 }).catch((e) => e);
  assert.equal(error.code, "CLOUD_WAIT_FAILED", "a session whose start throws never becomes ACTIVE");
  await local.waitFor((e) => e.type === "agentCall" && e.method === "TerminateGameServerSession", { timeoutMs: 5_000 });
  const session = await cloud.createActiveGameServerSession({ FleetId: "fleet-local", MaximumPlayerSessionCount: 1 }, { timeoutMs: 5_000 });

  const [process] = local.processes();
  local.terminateProcess(process.pid, { terminationDelayMs: 60_000 });
  await app.ended;
  const ids = new Map([
    [failedId, "#1"],
    [session.GameServerSessionId, "#2"],
  ]);
  const named = (text) => [...ids].reduce((t, [id, n]) => t.replaceAll(id, n), text);
  return {
    game: app.game,
    // Health checks keep coming at their own pace: compare the first only.
    events: probe.events.filter((e, i, all) => e !== "health" || all.indexOf("health") === i).map(named),
    agentCalls: local.history.filter((e) => e.type === "agentCall" && e.method !== "ReportCustomData").map((e) => `${e.method}:${e.ok}`),
  };
}

test("defineGame's hooks run exactly as the decorated methods do", async () => {
  const decorated = await runScenario(defineDecoratedGame);
  const plain = await runScenario(definePlainGame);
  assert.deepEqual(plain.events, decorated.events);
  assert.deepEqual(plain.agentCalls, decorated.agentCalls);
  assert.deepEqual(plain.events, ["constructed", "health", "start:#1", "sessionEnd:#1:startFailed", "start:#2", "started:#2", "terminate:agent"]);
  assert.deepEqual(plain.agentCalls, [
    "ProcessReady:true",
    "TerminateGameServerSession:true",
    "ActivateGameServerSession:true",
    "TerminateGameServerSession:true",
    "ProcessEnding:true",
  ]);
  // `this` is the game instance: setup's state and the GSE handle.
  assert.equal(plain.game.started, 2);
  assert.equal(plain.game.constructor.name, "PlainGame");
  assert.equal(typeof plain.game.gse.acceptPlayerSession, "function");
});

test("only onStartSession is required; health defaults to healthy", async () => {
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, healthCheckIntervalMs: 100, healthCheckTimeoutMs: 5_000, logger: silentLogger });
  cleanups.push(() => local.close());
  const app = await GseApp.run(defineGame({ onStartSession() {} }), { clientPort: 7777, gseAddress: local.agentAddress, exitProcess: false, handleSignals: false, logger: silentLogger });
  cleanups.push(() => app.shutdown());
  await local.waitFor((e) => e.type === "healthCheck" && e.healthy, { timeoutMs: 5_000 });
  assert.equal(app.game.constructor.name, "Game");
});

test("misuse is refused when the game is defined, naming the key", () => {
  const misuse = (fn, pattern) => assert.throws(fn, (e) => isGseError(e, "BAD_DECORATOR_USAGE") && pattern.test(e.message));
  misuse(() => defineGame({}), /onStartSession is required/);
  misuse(() => defineGame({ onStartsession() {} }), /unknown key 'onStartsession'/);
  misuse(() => defineGame({ onStartSession() {}, onHealthCheck: true }), /onHealthCheck must be a function/);
  misuse(() => defineGame(undefined), /object of hooks/);
});
