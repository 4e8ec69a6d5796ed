// gse-sdk/cloud end to end: the typed client signs through the official
// tencentcloud-sdk-nodejs client and talks to gse-local over HTTP, with a real
// game process (in this process) on its agent.
import assert from "node:assert/strict";
import { after, before, describe, test, type TestContext } from "node:test";
import { GSE_CLOUD_ACTIONS, GseCloudError, createGseCloudClient, type GseCloudClient } from "gse-sdk/cloud";
import { isGseError } from "gse-sdk";
import { createGseLocal, type GseLocal } from "gse-sdk/local";
import { connectPlayer, startTcpGame } from "../fixtures/tcpGame.js";

describe("gse-sdk/cloud against gse-local", () => {
  let local: GseLocal;
  let cloud: GseCloudClient;

  /** A game process of its own for the test: EndGameServerSessionAndProcess ends it. */
  async function startGame(t: TestContext) {
    const game = await startTcpGame(local.agentAddress);
    t.after(() => game.close());
    return game;
  }

  before(async () => {
    local = await createGseLocal({ grpcPort: 0, httpPort: 0, secretId: "AKIDtest", secretKey: "test-key", livenessIntervalMs: 50 });
    cloud = createGseCloudClient({ endpoint: `http://${local.cloudEndpoint}`, secretId: "AKIDtest", secretKey: "test-key", pollIntervalMs: 20 });
  });
  after(async () => {
    await local?.close();
  });

  test("every one of the 74 actions is a method", () => {
    assert.equal(GSE_CLOUD_ACTIONS.length, 74);
    for (const action of GSE_CLOUD_ACTIONS) assert.equal(typeof cloud[action], "function", action);
  });

  test("create, wait ACTIVE, join, connect: the player is accepted", async (t) => {
    await startGame(t);
    const { gameServerSession, playerSessions } = await cloud.createSessionAndJoin({ FleetId: "fleet-local", MaximumPlayerSessionCount: 2 }, ["ada", "bob"], {
      timeoutMs: 10_000,
    });
    assert.equal(gameServerSession.Status, "ACTIVE");
    assert.deepEqual(
      playerSessions.map((p) => [p.PlayerId, p.Status]),
      [
        ["ada", "RESERVED"],
        ["bob", "RESERVED"],
      ],
    );
    const { verdict, socket } = await connectPlayer(gameServerSession.IpAddress, gameServerSession.Port, playerSessions[0]!.PlayerSessionId);
    socket.destroy();
    assert.equal(verdict, "ACCEPTED");
    const { PlayerSessions } = await cloud.DescribePlayerSessions({ PlayerSessionId: playerSessions[0]!.PlayerSessionId });
    assert.notEqual(PlayerSessions?.[0]?.Status, "RESERVED");
    await cloud.UpdateGameServerSession({ GameServerSessionId: gameServerSession.GameServerSessionId, PlayerSessionCreationPolicy: "DENY_ALL" });
    await cloud.EndGameServerSessionAndProcess({ GameServerSessionId: gameServerSession.GameServerSessionId });
    const ended = await cloud.waitForGameServerSession(gameServerSession.GameServerSessionId, { status: "TERMINATED", timeoutMs: 10_000 });
    assert.equal(ended.Status, "TERMINATED");
  });

  test("a refusal becomes a GseCloudError with the cloud's code, message and requestId", async () => {
    const error = await cloud.CreateGameServerSession({ FleetId: "not-a-fleet", MaximumPlayerSessionCount: 1 }).catch((e: unknown) => e);
    assert.ok(error instanceof GseCloudError);
    assert.ok(isGseError(error, "CLOUD_API_ERROR"));
    assert.equal(error.cloudCode, "InvalidParameterValue");
    assert.equal(error.action, "CreateGameServerSession");
    assert.match(error.message, /^CreateGameServerSession InvalidParameterValue: FleetId 'not-a-fleet'/);
    assert.ok(error.requestId);
  });

  test("a wrong key is refused by gse-local's signature check, through the official signing", async () => {
    const wrong = createGseCloudClient({ endpoint: local.cloudEndpoint, protocol: "http://", secretId: "AKIDtest", secretKey: "other" });
    const error = await wrong.DescribeGameServerSessionQueues({}).catch((e: unknown) => e);
    assert.ok(error instanceof GseCloudError);
    assert.match(error.cloudCode ?? "", /^AuthFailure/);
  });

  test("waiting for a status the session can no longer reach fails at once, naming the status", async (t) => {
    await startGame(t);
    const session = await cloud.createActiveGameServerSession({ FleetId: "fleet-local", MaximumPlayerSessionCount: 1 }, { timeoutMs: 10_000 });
    await cloud.EndGameServerSessionAndProcess({ GameServerSessionId: session.GameServerSessionId });
    await cloud.waitForGameServerSession(session.GameServerSessionId, { status: "TERMINATED", timeoutMs: 10_000 });
    const error = await cloud.waitForGameServerSession(session.GameServerSessionId, { timeoutMs: 60_000 }).catch((e: unknown) => e);
    assert.ok(error instanceof GseCloudError);
    assert.equal(error.code, "CLOUD_WAIT_FAILED");
    assert.equal(error.lastStatus, "TERMINATED");
  });

  test("the wait's deadline and AbortSignal both end a wait that cannot succeed", async () => {
    const placementId = `never-${Date.now()}`;
    // No game process runs during this test: the placement stays PENDING.
    await cloud.StartGameServerSessionPlacement({ PlacementId: placementId, GameServerSessionQueueName: "any-queue", MaximumPlayerSessionCount: 1 });
    const { GameServerSessionPlacement } = await cloud.DescribeGameServerSessionPlacement({ PlacementId: placementId });
    assert.equal(GameServerSessionPlacement.Status, "PENDING");
    const timedOut = await cloud.waitForPlacement(placementId, { timeoutMs: 100 }).catch((e: unknown) => e);
    assert.ok(timedOut instanceof GseCloudError);
    assert.equal(timedOut.code, "CLOUD_WAIT_FAILED");
    assert.equal(timedOut.lastStatus, "PENDING");
    const controller = new AbortController();
    const waiting = cloud.waitForPlacement(placementId, { signal: controller.signal, timeoutMs: 60_000 });
    controller.abort();
    await assert.rejects(waiting, (e: GseCloudError) => e.code === "ABORTED");
    await cloud.StopGameServerSessionPlacement({ PlacementId: placementId });
  });

  test("an unreachable endpoint is a CLOUD_API_ERROR without a cloud code", async () => {
    const closed = await createGseLocal({ grpcPort: 0, httpPort: 0 });
    const endpoint = closed.cloudEndpoint;
    await closed.close();
    const error = await createGseCloudClient({ endpoint, protocol: "http://", secretId: "a", secretKey: "b" })
      .DescribeGameServerSessionQueues({})
      .catch((e: unknown) => e);
    assert.ok(error instanceof GseCloudError);
    assert.equal(error.code, "CLOUD_API_ERROR");
    assert.equal(error.cloudCode, undefined);
  });

  test("options are validated, naming the field", () => {
    assert.throws(() => createGseCloudClient({ secretId: "a", secretKey: "b", endpoint: "http://x/y/z" }), /endpoint/);
    assert.throws(() => createGseCloudClient({ secretId: "a", secretKey: "b", timeoutMs: 0 }), /timeoutMs/);
    const saved = process.env["TENCENTCLOUD_SECRET_ID"];
    delete process.env["TENCENTCLOUD_SECRET_ID"];
    try {
      assert.throws(() => createGseCloudClient({ secretKey: "b" }), (e: GseCloudError) => e.field === "secretId");
    } finally {
      if (saved !== undefined) process.env["TENCENTCLOUD_SECRET_ID"] = saved;
    }
  });
});
