// gse-sdk/cloud from CommonJS, through Node's require(esm) (Node 20.19+):
// the backend of a project that is not ESM. No build step touches this file.
const assert = require("node:assert/strict");
const { test } = require("node:test");
const { createGseCloudClient, GseCloudError } = require("gse-sdk/cloud");
const { createGseTestKit } = require("gse-sdk/testing");
const { defineGame } = require("gse-sdk");

test("a CommonJS backend creates, waits for ACTIVE and joins through the typed client", async (t) => {
  const kit = await createGseTestKit({ game: defineGame({ onStartSession() {} }) });
  t.after(() => kit.close());
  const cloud = createGseCloudClient({ endpoint: `http://${kit.local.cloudEndpoint}`, secretId: "cjs", secretKey: "cjs", pollIntervalMs: 10 });
  const { gameServerSession, playerSessions } = await cloud.createSessionAndJoin({ FleetId: "fleet-local", MaximumPlayerSessionCount: 2 }, ["ada"], { timeoutMs: 10_000 });
  assert.equal(gameServerSession.Status, "ACTIVE");
  assert.equal(playerSessions[0].Status, "RESERVED");
  await assert.rejects(cloud.JoinGameServerSession({ GameServerSessionId: "qcs::gse:local::gameserversession/fleet-local/gone", PlayerId: "bob" }), (error) => {
    return error instanceof GseCloudError && error.cloudCode === "ResourceNotFound";
  });
});
