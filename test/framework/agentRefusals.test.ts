// The SDK's answer to an agent that says why it refuses (the gse-refusal
// trailer, src/protocol/refusal.ts): a real gRPC agent on port 0 sends the
// trailer; the SDK re-announces and ends the lost session locally.
import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { ServerError } from "nice-grpc";
import { GseApp, GseResponse_Status, REFUSAL_METADATA, Status, silentLogger, type GameServerSession, type GseError } from "gse-sdk";
import { createRecordingAgent, type RecordingAgent } from "../helpers/createRecordingAgent.js";
import { waitFor } from "../helpers/waitFor.js";
import type * as Fixtures from "../fixtures/games.js";

const builds: [string, typeof Fixtures][] = [
  ["standard decorators", await import("../fixtures/games.js")],
  ["legacy decorators", (await import(new URL("../../legacy/test/fixtures/games.js", import.meta.url).href)) as typeof Fixtures],
];

function session(id: string): GameServerSession {
  return { gameServerSessionId: id, fleetId: "fleet", name: "", maxPlayers: 4, joinable: true, gameProperties: [], port: 7777, ipAddress: "127.0.0.1", gameServerSessionData: "", matchmakerData: "", dnsName: "" };
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

for (const [mode, fixtures] of builds) {
  describe(`agent refusals with a reason (${mode})`, () => {
    async function activeApp(): Promise<{ agent: RecordingAgent; app: GseApp<object>; events: string[] }> {
      const agent = await createRecordingAgent();
      cleanups.push(() => agent.close());
      const events: string[] = [];
      const app = await GseApp.run(fixtures.defineGame({ events }), {
        clientPort: 7777,
        gseAddress: agent.address,
        exitProcess: false,
        handleSignals: false,
        logger: silentLogger,
        retry: { maxAttempts: 4, initialBackoffMs: 10, maxBackoffMs: 20 },
      });
      cleanups.push(() => app.shutdown());
      const game = await agent.game();
      await game.onStartGameServerSession({ gameServerSession: session("s1") });
      await agent.nextCall("ActivateGameServerSession");
      await waitFor("the session to be active", () => app.gse.phase === "active");
      return { agent, app, events };
    }

    test("unknown-process: the call rejects PROCESS_NOT_READY, the session ends locally (@OnSessionEnd), ProcessReady again, the next session is hosted", async () => {
      const { agent, app, events } = await activeApp();
      agent.respond("AcceptPlayerSession", (_request, _call, context) => {
        context.trailer.set(REFUSAL_METADATA, "unknown-process");
        return { status: GseResponse_Status.ERROR_400, responseData: "", errorMessage: "whatever text the agent likes" };
      });
      await assert.rejects(app.gse.acceptPlayerSession("p1"), (e: GseError) => e.code === "PROCESS_NOT_READY" && e.refusal === "unknown-process");
      await agent.waitForCalls("ProcessReady", 2);
      assert.equal(app.gse.phase, "ready");
      await waitFor("@OnSessionEnd", () => events.includes("sessionEnd:s1:lostByAgent"));
      // Nothing is sent about a session the agent does not know.
      assert.ok(!agent.methods().includes("TerminateGameServerSession"), agent.methods().join(", "));
      const game = await agent.game();
      const answer = await game.onStartGameServerSession({ gameServerSession: session("s2") });
      assert.equal(answer.status, GseResponse_Status.OK);
      await waitFor("s2 active", () => app.gse.phase === "active" && app.gse.session?.gameServerSessionId === "s2");
    });

    test("the same refusal without the trailer changes nothing: no text is parsed", async () => {
      const { agent, app, events } = await activeApp();
      agent.failWith("AcceptPlayerSession", GseResponse_Status.ERROR_400, "process 1 is not registered with this agent (call ProcessReady first)");
      await assert.rejects(app.gse.acceptPlayerSession("p1"), (e: GseError) => e.code === "BAD_REQUEST_EXCEPTION" && e.refusal === undefined);
      assert.equal(app.gse.phase, "active");
      assert.equal(agent.calls.filter((c) => c.method === "ProcessReady").length, 1);
      assert.ok(!events.some((e) => e.startsWith("sessionEnd")));
    });

    test("unknown-session after a re-announcement: the SDK asks about its session and ends it locally", async () => {
      const { agent, app, events } = await activeApp();
      let failures = 1;
      agent.respond("ReportCustomData", () => {
        if (failures-- > 0) throw new ServerError(Status.UNAVAILABLE, "restarting");
        return { status: GseResponse_Status.OK, responseData: "", errorMessage: "" };
      });
      agent.respond("DescribePlayerSessions", (_request, _call, context) => {
        context.trailer.set(REFUSAL_METADATA, "unknown-session");
        throw new ServerError(Status.FAILED_PRECONDITION, "no such session");
      });
      // A transient failure, then success: the SDK re-announces and checks its session.
      await app.gse.reportCustomData(1, 2);
      const [, probe] = await Promise.all([agent.waitForCalls("ProcessReady", 2), agent.nextCall("DescribePlayerSessions")]);
      assert.equal(probe.request["gameServerSessionId"], "s1");
      await waitFor("@OnSessionEnd", () => events.includes("sessionEnd:s1:lostByAgent"));
      assert.equal(app.gse.phase, "ready");
    });
  });
}
