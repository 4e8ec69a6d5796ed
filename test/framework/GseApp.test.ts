import assert from "node:assert/strict";
import { after, afterEach, describe, test } from "node:test";
import { GseApp, GseError, GseResponse_Status, Status, silentLogger, type GseAppOptions, type GameServerSession } from "gse-sdk";
import { createRecordingAgent, type RecordingAgent } from "../helpers/createRecordingAgent.js";
import { deferred } from "../helpers/deferred.js";
import { unassignedPort } from "../helpers/unassignedPort.js";
import { waitFor } from "../helpers/waitFor.js";
import type * as Fixtures from "../fixtures/games.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const builds: [string, typeof Fixtures][] = [
  ["standard decorators", await import("../fixtures/games.js")],
  // The same fixtures compiled with experimentalDecorators (test/legacy/tsconfig.json).
  ["legacy decorators", (await import(new URL("../../legacy/test/fixtures/games.js", import.meta.url).href)) as typeof Fixtures],
];

function session(id: string, maxPlayers = 4): GameServerSession {
  return {
    gameServerSessionId: id,
    fleetId: "fleet-local",
    name: "test",
    maxPlayers,
    joinable: true,
    gameProperties: [{ key: "mode", value: "arena" }],
    port: 7777,
    ipAddress: "127.0.0.1",
    gameServerSessionData: "",
    matchmakerData: "",
    dnsName: "",
  };
}

const apps: GseApp<object>[] = [];
const agents: RecordingAgent[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.shutdown()));
  await Promise.all(agents.splice(0).map((agent) => agent.close()));
});

async function start<T extends object>(
  gameClass: new (gse: never) => T,
  options: Partial<GseAppOptions> = {},
  agent?: RecordingAgent,
) {
  const a = agent ?? (await createRecordingAgent());
  if (!agent) agents.push(a);
  const app = await GseApp.run(gameClass as never, {
    clientPort: 7777,
    gseAddress: a.address,
    exitProcess: false,
    handleSignals: false,
    logger: silentLogger,
    ...options,
  });
  apps.push(app as GseApp<object>);
  return { app: app as GseApp<T>, agent: a, game: await a.game() };
}

for (const [build, fixtures] of builds) {
  describe(`GseApp (${build})`, () => {
    test("serves on an ephemeral port, then calls ProcessReady with the bound ports and log paths", async () => {
      const events: string[] = [];
      const { app, agent } = await start(fixtures.defineGame({ events }), { logPaths: ["logs/game.log", "logs/err.log"], clientPort: 7001 });
      const ready = agent.calls[0]!;
      assert.equal(ready.method, "ProcessReady");
      assert.deepEqual(ready.request, { logPathsToUpload: ["logs/game.log", "logs/err.log"], clientPort: 7001, grpcPort: app.grpcPort });
      assert.ok(app.grpcPort > 0);
      assert.equal(app.gse.phase, "ready");
      assert.deepEqual(events, ["constructed"]);
      assert.ok(app.game instanceof Object && (app.game as { gse: unknown }).gse === app.gse, "the game got the Gse handle");
    });

    test("answers health checks from @OnHealthCheck, sync or async", async () => {
      let answer: () => boolean | Promise<boolean> = () => true;
      const { game } = await start(fixtures.defineGame({ events: [], health: () => answer() }));
      assert.deepEqual(await game.onHealthCheck({}), { healthStatus: true });
      answer = () => false;
      assert.deepEqual(await game.onHealthCheck({}), { healthStatus: false });
      answer = async () => true;
      assert.deepEqual(await game.onHealthCheck({}), { healthStatus: true });
    });

    test("a health handler that throws, rejects or hangs reports unhealthy, not a gRPC error", async () => {
      const errors: GseError[] = [];
      let answer: () => boolean | Promise<boolean> = () => {
        throw new Error("boom");
      };
      const { game } = await start(fixtures.defineGame({ events: [], health: () => answer() }), {
        healthCheckTimeoutMs: 100,
        onError: (e) => errors.push(e),
      });
      assert.deepEqual(await game.onHealthCheck({}), { healthStatus: false });
      answer = () => Promise.reject(new Error("nope"));
      assert.deepEqual(await game.onHealthCheck({}), { healthStatus: false });
      answer = () => new Promise<boolean>(() => {});
      assert.deepEqual(await game.onHealthCheck({}), { healthStatus: false });
      assert.deepEqual(errors.map((e) => e.code), ["HANDLER_FAILED", "HANDLER_FAILED", "HANDLER_FAILED"]);
    });

    test("eventLoopLag reports a blocked event loop, then resets", async () => {
      const { app } = await start(fixtures.defineMinimalGame([]));
      app.gse.eventLoopLag();
      const until = Date.now() + 150;
      while (Date.now() < until) {
        // Block the loop on purpose: the lag must show it.
      }
      // The monitor samples on its own 20 ms timer: wait for a few of its
      // ticks (this waits for the sampler, not for the code under test).
      await new Promise((resolve) => setTimeout(resolve, 60));
      const lag = app.gse.eventLoopLag();
      assert.ok(lag.maxMs >= 100, `max ${lag.maxMs} ms after a 150 ms block`);
      assert.ok(lag.p99Ms <= lag.maxMs && lag.meanMs <= lag.maxMs);
    });

    test("without @OnHealthCheck the process reports healthy", async () => {
      const { game } = await start(fixtures.defineMinimalGame([]));
      assert.deepEqual(await game.onHealthCheck({}), { healthStatus: true });
    });

    test("acknowledges OnStartGameServerSession, runs @OnStartSession, and only then activates", async () => {
      const gate = deferred();
      const events: string[] = [];
      const { app, agent, game } = await start(fixtures.defineGame({ events, start: () => gate.promise }));
      const ack = await game.onStartGameServerSession({ gameServerSession: session("gss-1", 6) });
      assert.equal(ack.status, GseResponse_Status.OK);
      await waitFor("the start handler to run", () => events.includes("start:gss-1"));
      assert.equal(app.gse.phase, "activating");
      assert.equal(app.gse.session?.gameServerSessionId, "gss-1");
      assert.ok(!agent.methods().includes("ActivateGameServerSession"), "no activation before the handler resolves");

      gate.resolve();
      const activate = await agent.nextCall("ActivateGameServerSession");
      assert.deepEqual(activate.request, { gameServerSessionId: "gss-1", maxPlayers: 6 });
      await waitFor("phase active", () => app.gse.phase === "active");
      assert.deepEqual(agent.methods(), ["ProcessReady", "ActivateGameServerSession"]);
      assert.deepEqual(events, ["constructed", "start:gss-1", "started:gss-1"]);
    });

    test("a start handler that throws is not activated: the session is terminated and the process stays ready", async () => {
      let fail = true;
      const errors: GseError[] = [];
      const { app, agent, game } = await start(
        fixtures.defineGame({
          events: [],
          start: () => {
            if (fail) throw new Error("map failed to load");
          },
        }),
        { onError: (e) => errors.push(e) },
      );
      await game.onStartGameServerSession({ gameServerSession: session("gss-bad") });
      const terminate = await agent.nextCall("TerminateGameServerSession");
      assert.deepEqual(terminate.request, { gameServerSessionId: "gss-bad" });
      await waitFor("phase ready", () => app.gse.phase === "ready");
      assert.equal(errors[0]?.code, "HANDLER_FAILED");
      assert.match(errors[0]!.message, /map failed to load/);

      fail = false;
      await game.onStartGameServerSession({ gameServerSession: session("gss-good") });
      const activate = await agent.nextCall("ActivateGameServerSession");
      assert.equal(activate.request["gameServerSessionId"], "gss-good");
      assert.deepEqual(agent.methods(), ["ProcessReady", "TerminateGameServerSession", "ActivateGameServerSession"]);
    });

    test("an activation the agent refuses ends the session instead of leaving it dangling", async () => {
      const errors: GseError[] = [];
      const { app, agent, game } = await start(fixtures.defineGame({ events: [] }), { onError: (e) => errors.push(e) });
      agent.failWith("ActivateGameServerSession", GseResponse_Status.ERROR_400, "session is not ACTIVATING");
      await game.onStartGameServerSession({ gameServerSession: session("gss-1") });
      const terminate = await agent.nextCall("TerminateGameServerSession");
      assert.deepEqual(terminate.request, { gameServerSessionId: "gss-1" });
      await waitFor("phase ready", () => app.gse.phase === "ready");
      assert.deepEqual(agent.methods(), ["ProcessReady", "ActivateGameServerSession", "TerminateGameServerSession"]);
      assert.equal(errors[0]?.code, "BAD_REQUEST_EXCEPTION");
    });

    test("a start handler that hangs past startTimeoutMs is treated as failed", async () => {
      let aborted = false;
      const { agent, game } = await start(
        fixtures.defineGame({
          events: [],
          start: (_s, signal) =>
            new Promise(() => {
              signal.addEventListener("abort", () => (aborted = true));
            }),
        }),
        { startTimeoutMs: 100 },
      );
      await game.onStartGameServerSession({ gameServerSession: session("gss-slow") });
      await agent.nextCall("TerminateGameServerSession");
      assert.ok(aborted, "the handler's signal fired at the deadline");
      assert.ok(!agent.methods().includes("ActivateGameServerSession"));
    });

    test("a second OnStartGameServerSession while a session is held is refused and changes nothing", async () => {
      const { app, agent, game } = await start(fixtures.defineGame({ events: [] }));
      await game.onStartGameServerSession({ gameServerSession: session("gss-1") });
      await agent.nextCall("ActivateGameServerSession");
      await waitFor("phase active", () => app.gse.phase === "active");
      const second = await game.onStartGameServerSession({ gameServerSession: session("gss-2") });
      assert.equal(second.status, GseResponse_Status.ERROR_400);
      assert.match(second.errorMessage, /already holds game server session 'gss-1'/);
      assert.equal(app.gse.session?.gameServerSessionId, "gss-1");
      assert.equal(app.gse.phase, "active");
      assert.deepEqual(agent.methods(), ["ProcessReady", "ActivateGameServerSession"]);
    });

    test("an offered session without an id or with negative maxPlayers is refused naming the field", async () => {
      const { app, game } = await start(fixtures.defineGame({ events: [] }));
      const noId = await game.onStartGameServerSession({ gameServerSession: session("") });
      assert.equal(noId.status, GseResponse_Status.ERROR_400);
      assert.match(noId.errorMessage, /gameServerSessionId must be a non-empty string/);
      const negative = await game.onStartGameServerSession({ gameServerSession: session("gss", -1) });
      assert.match(negative.errorMessage, /maxPlayers must be an integer >= 0/);
      const missing = await game.onStartGameServerSession({});
      assert.match(missing.errorMessage, /gameServerSession is missing/);
      assert.equal(app.gse.phase, "ready");
    });

    test("OnProcessTerminate runs @OnTerminate, then TerminateGameServerSession, then ProcessEnding, then closes", async () => {
      const events: string[] = [];
      let seen: { time: number; remaining: number } | undefined;
      const { app, agent, game } = await start(
        fixtures.defineGame({
          events,
          terminate: (time, context) => {
            seen = { time, remaining: context.remainingMs() };
          },
        }),
      );
      await game.onStartGameServerSession({ gameServerSession: session("gss-1") });
      await agent.nextCall("ActivateGameServerSession");
      const terminationTime = Math.floor(Date.now() / 1000) + 300;
      const ack = await game.onProcessTerminate({ terminationTime });
      assert.equal(ack.status, GseResponse_Status.OK);
      await app.ended;
      assert.deepEqual(agent.methods(), ["ProcessReady", "ActivateGameServerSession", "TerminateGameServerSession", "ProcessEnding"]);
      assert.deepEqual(agent.calls[2]!.request, { gameServerSessionId: "gss-1" });
      assert.ok(events.includes("terminate:agent"));
      assert.equal(seen?.time, terminationTime);
      assert.ok(seen!.remaining > 0 && seen!.remaining <= 30_000);
      assert.equal(app.gse.terminationTime, terminationTime);
      assert.equal(app.gse.phase, "ended");
      await assert.rejects(game.onHealthCheck({}), "the server is closed");
    });

    test("OnProcessTerminate without a session sends only ProcessEnding, and twice ends once", async () => {
      const { app, agent, game } = await start(fixtures.defineMinimalGame([]));
      await game.onProcessTerminate({ terminationTime: 0 });
      await game.onProcessTerminate({ terminationTime: 0 }).catch(() => undefined);
      await app.ended;
      await app.shutdown();
      assert.deepEqual(agent.methods(), ["ProcessReady", "ProcessEnding"]);
    });

    test("terminate during start: no activation; the offered session is terminated, then ProcessEnding", async () => {
      const gate = deferred();
      let startSignal: AbortSignal | undefined;
      const { app, agent, game } = await start(
        fixtures.defineGame({
          events: [],
          start: (_s, signal) => {
            startSignal = signal;
            return gate.promise;
          },
        }),
      );
      await game.onStartGameServerSession({ gameServerSession: session("gss-1") });
      await waitFor("the start handler", () => startSignal);
      await game.onProcessTerminate({ terminationTime: 0 });
      await app.ended;
      gate.resolve();
      assert.ok(startSignal!.aborted, "the start handler was told to stop");
      assert.deepEqual(agent.methods(), ["ProcessReady", "TerminateGameServerSession", "ProcessEnding"]);
    });

    test("a terminate handler that throws or hangs does not skip TerminateGameServerSession or ProcessEnding", async () => {
      let signalAborted = false;
      const { app, agent, game } = await start(
        fixtures.defineGame({
          events: [],
          terminate: (_t, context) =>
            new Promise(() => {
              context.signal.addEventListener("abort", () => (signalAborted = true));
            }),
        }),
        { terminateTimeoutMs: 150 },
      );
      await game.onStartGameServerSession({ gameServerSession: session("gss-1") });
      await agent.nextCall("ActivateGameServerSession");
      await game.onProcessTerminate({ terminationTime: 0 });
      await app.ended;
      assert.ok(signalAborted);
      assert.deepEqual(agent.methods().slice(-2), ["TerminateGameServerSession", "ProcessEnding"]);
    });

    test("the game ends its session, then hosts a new one on the same process", async () => {
      const { app, agent, game } = await start(fixtures.defineGame({ events: [] }));
      await game.onStartGameServerSession({ gameServerSession: session("gss-1") });
      await agent.nextCall("ActivateGameServerSession");
      await waitFor("active", () => app.gse.phase === "active");
      await app.gse.terminateGameServerSession();
      assert.equal(app.gse.phase, "ready");
      assert.equal(app.gse.session, undefined);
      await game.onStartGameServerSession({ gameServerSession: session("gss-2") });
      await agent.waitForCalls("ActivateGameServerSession", 2);
      await app.shutdown();
      assert.deepEqual(agent.methods(), [
        "ProcessReady",
        "ActivateGameServerSession",
        "TerminateGameServerSession",
        "ActivateGameServerSession",
        "TerminateGameServerSession",
        "ProcessEnding",
      ]);
      assert.deepEqual(
        agent.calls.filter((c) => c.method === "TerminateGameServerSession").map((c) => c.request["gameServerSessionId"]),
        ["gss-1", "gss-2"],
      );
    });

    test("the Gse handle defaults gameServerSessionId to the current session and validates input", async () => {
      const { app, agent, game } = await start(fixtures.defineGame({ events: [] }));
      await assert.rejects(app.gse.acceptPlayerSession("psess-1"), (e: GseError) => e.code === "GAME_SERVER_SESSION_NOT_READY");
      await game.onStartGameServerSession({ gameServerSession: session("gss-1") });
      await agent.nextCall("ActivateGameServerSession");
      await waitFor("active", () => app.gse.phase === "active");

      await app.gse.acceptPlayerSession("psess-1");
      await app.gse.removePlayerSession("psess-1");
      await app.gse.updatePlayerSessionCreationPolicy("DENY_ALL");
      await app.gse.reportCustomData(3, 10);
      await app.gse.acceptPlayerSession("psess-2", { gameServerSessionId: "gss-other" });
      assert.deepEqual(
        agent.calls.slice(2).map((c) => [c.method, c.request]),
        [
          ["AcceptPlayerSession", { gameServerSessionId: "gss-1", playerSessionId: "psess-1" }],
          ["RemovePlayerSession", { gameServerSessionId: "gss-1", playerSessionId: "psess-1" }],
          ["UpdatePlayerSessionCreationPolicy", { gameServerSessionId: "gss-1", newPlayerSessionCreationPolicy: "DENY_ALL" }],
          ["ReportCustomData", { currentCustomCount: 3, maxCustomCount: 10 }],
          ["AcceptPlayerSession", { gameServerSessionId: "gss-other", playerSessionId: "psess-2" }],
        ],
      );

      const before = agent.calls.length;
      const invalid = async (promise: Promise<unknown>, field: string, rule: RegExp) =>
        assert.rejects(promise, (e: GseError) => e.code === "BAD_REQUEST_EXCEPTION" && e.field === field && rule.test(e.message));
      await invalid(app.gse.acceptPlayerSession(""), "playerSessionId", /non-empty string/);
      await invalid(app.gse.acceptPlayerSession(42 as never), "playerSessionId", /non-empty string, got 42/);
      await invalid(app.gse.removePlayerSession("a b"), "playerSessionId", /whitespace/);
      await invalid(app.gse.updatePlayerSessionCreationPolicy("SOME" as never), "policy", /ACCEPT_ALL, DENY_ALL/);
      await invalid(app.gse.reportCustomData(-1, 10), "currentCustomCount", /integer from 0/);
      await invalid(app.gse.reportCustomData(1, 1.5), "maxCustomCount", /integer from 0/);
      await invalid(app.gse.describePlayerSessions({ limit: -2 }), "limit", /integer from 0/);
      assert.equal(agent.calls.length, before, "invalid input never reaches the agent");
    });

    test("describePlayerSessions passes the filter; allPlayerSessions follows nextToken across pages", async () => {
      const { app, agent, game } = await start(fixtures.defineGame({ events: [] }));
      await game.onStartGameServerSession({ gameServerSession: session("gss-1") });
      await agent.nextCall("ActivateGameServerSession");
      await waitFor("active", () => app.gse.phase === "active");
      const player = (id: string) => ({ playerSessionId: id, playerId: `p-${id}`, gameServerSessionId: "gss-1", fleetId: "", ipAddress: "", status: "ACTIVE", creationTime: 1, terminationTime: 0, port: 0, playerData: "", dnsName: "" });
      agent.respondDescribe((request) => {
        const token = request["nextToken"] as string;
        if (token === "") return { nextToken: "page2", playerSessions: [player("a"), player("b")] };
        if (token === "page2") return { nextToken: "page3", playerSessions: [player("c")] };
        return { nextToken: "", playerSessions: [player("d")] };
      });
      const first = await app.gse.describePlayerSessions({ playerSessionStatusFilter: "ACTIVE", limit: 2 });
      assert.deepEqual(first.playerSessions.map((p) => p.playerSessionId), ["a", "b"]);
      assert.deepEqual(agent.calls.at(-1)!.request, {
        gameServerSessionId: "gss-1",
        playerId: "",
        playerSessionId: "",
        playerSessionStatusFilter: "ACTIVE",
        nextToken: "",
        limit: 2,
      });
      const all: string[] = [];
      for await (const p of app.gse.allPlayerSessions({ limit: 2 })) all.push(p.playerSessionId);
      assert.deepEqual(all, ["a", "b", "c", "d"]);
      assert.deepEqual(agent.calls.slice(-3).map((c) => c.request["nextToken"]), ["", "page2", "page3"]);
    });

    test("agent errors become GseError with status, errorMessage and the requestId that was sent", async () => {
      const { app, agent, game } = await start(fixtures.defineGame({ events: [] }));
      await game.onStartGameServerSession({ gameServerSession: session("gss-1") });
      await agent.nextCall("ActivateGameServerSession");
      agent.failWith("AcceptPlayerSession", GseResponse_Status.ERROR_400, "player session psess-x is not reserved");
      const refusal = await app.gse.acceptPlayerSession("psess-x").catch((e: unknown) => e);
      assert.ok(refusal instanceof GseError);
      assert.equal(refusal.code, "BAD_REQUEST_EXCEPTION");
      assert.equal(refusal.status, GseResponse_Status.ERROR_400);
      assert.equal(refusal.errorMessage, "player session psess-x is not reserved");
      assert.equal(refusal.method, "AcceptPlayerSession");
      assert.equal(refusal.requestId, agent.calls.at(-1)!.requestId);

      agent.failWith("RemovePlayerSession", GseResponse_Status.ERROR_500, "db down");
      await assert.rejects(app.gse.removePlayerSession("psess-x"), (e: GseError) => e.code === "INTERNAL_SERVICE_EXCEPTION" && e.status === 2);

      agent.failWithGrpc("ReportCustomData", Status.UNAVAILABLE, "agent restarting");
      const failed = await app.gse.reportCustomData(1, 2).catch((e: unknown) => e);
      assert.ok(failed instanceof GseError);
      assert.equal(failed.code, "SERVICE_CALL_FAILED");
      assert.equal(failed.grpcCode, Status.UNAVAILABLE);
      assert.equal(failed.requestId, agent.calls.at(-1)!.requestId);
    });

    test("every agent call carries this pid and a fresh UUID requestId", async () => {
      const { app, agent, game } = await start(fixtures.defineGame({ events: [] }));
      await game.onStartGameServerSession({ gameServerSession: session("gss-1") });
      await agent.nextCall("ActivateGameServerSession");
      await waitFor("active", () => app.gse.phase === "active");
      await app.gse.acceptPlayerSession("psess-1");
      await app.gse.describePlayerSessions();
      await app.gse.reportCustomData(1, 4);
      await app.gse.updatePlayerSessionCreationPolicy("ACCEPT_ALL");
      await app.gse.removePlayerSession("psess-1");
      await app.shutdown();
      assert.equal(new Set(agent.methods()).size, 9, `all nine methods were called: ${agent.methods().join(", ")}`);
      for (const call of agent.calls) {
        assert.equal(call.pid, String(process.pid), `${call.method} pid`);
        assert.match(call.requestId ?? "", UUID_V4, `${call.method} requestId`);
      }
      assert.equal(new Set(agent.calls.map((c) => c.requestId)).size, agent.calls.length, "requestIds are unique");
    });

    test("decorator misuse throws at decoration time with a message that says what to do", () => {
      assert.throws(fixtures.defineDuplicateHook, (e: GseError) => e.code === "BAD_DECORATOR_USAGE" && /on both 'a' and 'b'.*remove one/.test(e.message));
      assert.throws(fixtures.defineStaticHook, (e: GseError) => e.code === "BAD_DECORATOR_USAGE" && /static method 'start'/.test(e.message));
      assert.throws(fixtures.defineFieldHook, (e: GseError) => e.code === "BAD_DECORATOR_USAGE" && /can only decorate a method/.test(e.message));
    });

    test("a class without @OnStartSession is refused before anything is served", async () => {
      const agent = await createRecordingAgent();
      agents.push(agent);
      await assert.rejects(
        GseApp.run(fixtures.defineNoStartGame(), { clientPort: 7777, gseAddress: agent.address, logger: silentLogger, exitProcess: false }),
        (e: GseError) => e.code === "BAD_DECORATOR_USAGE" && /NoStart has no @OnStartSession method\. Add one/.test(e.message),
      );
      assert.equal(agent.calls.length, 0);
    });

    test("a subclass inherits its parent's hooks and adds its own", async () => {
      const events: string[] = [];
      const { agent, game } = await start(fixtures.defineDerivedGame(events));
      assert.deepEqual(await game.onHealthCheck({}), { healthStatus: false });
      await game.onStartGameServerSession({ gameServerSession: session("gss-1") });
      await agent.nextCall("ActivateGameServerSession");
      assert.deepEqual(events, ["derived-health", "start:gss-1"]);
    });
  });
}

describe("GseApp.run failures", () => {
  const fixtures = builds[0]![1];

  test("ProcessReady refused by the agent rejects run with PROCESS_READY_FAILED and keeps the agent's answer", async () => {
    const agent = await createRecordingAgent();
    agents.push(agent);
    agent.failWith("ProcessReady", GseResponse_Status.ERROR_400, "clientPort in use");
    const error = await GseApp.run(fixtures.defineMinimalGame([]), {
      clientPort: 7777,
      gseAddress: agent.address,
      logger: silentLogger,
      exitProcess: false,
      handleSignals: false,
    }).catch((e: unknown) => e);
    assert.ok(error instanceof GseError);
    assert.equal(error.code, "PROCESS_READY_FAILED");
    assert.equal(error.errorMessage, "clientPort in use");
    assert.equal(error.requestId, agent.calls[0]!.requestId);
  });

  test("an unreachable agent rejects run with PROCESS_READY_FAILED naming the address", async () => {
    const address = `127.0.0.1:${await unassignedPort()}`;
    await assert.rejects(
      GseApp.run(fixtures.defineMinimalGame([]), { clientPort: 7777, gseAddress: address, logger: silentLogger, exitProcess: false, handleSignals: false, callTimeoutMs: 2_000, readyTimeoutMs: 300 }),
      (e: GseError) => e.code === "PROCESS_READY_FAILED" && e.message.includes(address),
    );
  });

  test("bad options are refused naming the field", async () => {
    const game = fixtures.defineMinimalGame([]);
    await assert.rejects(GseApp.run(game, { clientPort: 0 }), (e: GseError) => e.field === "clientPort" && /from 1 to 65535/.test(e.message));
    await assert.rejects(GseApp.run(game, { clientPort: 70000 }), (e: GseError) => e.field === "clientPort");
    await assert.rejects(GseApp.run(game, { clientPort: 1, grpcPort: -1 }), (e: GseError) => e.field === "grpcPort");
    await assert.rejects(GseApp.run(game, { clientPort: 1, logPaths: [""] }), (e: GseError) => e.field === "logPaths[0]");
    await assert.rejects(GseApp.run(game, { clientPort: 1, healthCheckTimeoutMs: 0 }), (e: GseError) => e.field === "healthCheckTimeoutMs");
  });
});

after(() => {
  // Nothing should be left: every app shut down, every agent closed.
  assert.equal(apps.length, 0);
});
