// One agent outage, one re-announcement: the success that ends an outage can
// be the re-announcement's own ProcessReady, retried after a transient
// failure, and that must not start a second one.
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { ServerError } from "nice-grpc";
import { GseApp, GseResponse_Status, Status, silentLogger, type GameServerSession } from "gse-sdk";
import { createRecordingAgent } from "../helpers/createRecordingAgent.js";
import { waitFor } from "../helpers/waitFor.js";
import { defineGame } from "../fixtures/games.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const OK = { status: GseResponse_Status.OK, responseData: "", errorMessage: "" };
const session: GameServerSession = { gameServerSessionId: "s1", fleetId: "fleet", name: "", maxPlayers: 4, joinable: true, gameProperties: [], port: 7777, ipAddress: "127.0.0.1", gameServerSessionData: "", matchmakerData: "", dnsName: "" };

test("a re-announcement whose ProcessReady fails transiently is retried, not repeated", async () => {
  const agent = await createRecordingAgent();
  cleanups.push(() => agent.close());
  const app = await GseApp.run(defineGame({ events: [] }), {
    clientPort: 7777,
    gseAddress: agent.address,
    exitProcess: false,
    handleSignals: false,
    logger: silentLogger,
    retry: { maxAttempts: 4, initialBackoffMs: 10, maxBackoffMs: 20 },
  });
  cleanups.push(() => app.shutdown());
  const game = await agent.game();
  await game.onStartGameServerSession({ gameServerSession: session });
  await waitFor("the session to be active", () => app.gse.phase === "active");

  let reportFailures = 1;
  agent.respond("ReportCustomData", () => {
    if (reportFailures-- > 0) throw new ServerError(Status.UNAVAILABLE, "restarting");
    return OK;
  });
  let readyFailures = 1;
  agent.respond("ProcessReady", () => {
    if (readyFailures-- > 0) throw new ServerError(Status.UNAVAILABLE, "still restarting");
    return OK;
  });
  // The outage ends with this call's retry: the SDK re-announces, and that
  // ProcessReady fails once before it is answered.
  await app.gse.reportCustomData(1, 2);
  await agent.nextCall("DescribePlayerSessions");
  // A second re-announcement would have sent its ProcessReady before the
  // first one's DescribePlayerSessions; one more round trip to be sure.
  await app.gse.reportCustomData(2, 2);
  const count = (method: string) => agent.methods().filter((m) => m === method).length;
  assert.equal(count("ProcessReady"), 3, `the first, then one re-announcement tried twice: ${agent.methods().join(", ")}`);
  assert.equal(count("DescribePlayerSessions"), 1, agent.methods().join(", "));
});
