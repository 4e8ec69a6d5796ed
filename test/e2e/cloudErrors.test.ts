// Every cloud action refuses bad requests with TencentCloud's documented
// codes, through the official client, in every signing form; keys enforce
// signatures; GSE Local's /capi form works too.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createGseLocal, type GseLocal } from "gse-sdk/local";
import { createOfficialGseClient, type SignMethod } from "../helpers/officialGseClient.js";

const UNKNOWN = "qcs::gse:local::gameserversession/fleet-x/gssess-unknown";

// [action, request, expected code, message pattern]
const badRequests: [string, Record<string, unknown>, string, RegExp][] = [
  ["CreateGameServerSession", { FleetId: "fleet-x" }, "MissingParameter", /MaximumPlayerSessionCount/],
  ["CreateGameServerSession", { MaximumPlayerSessionCount: 2 }, "MissingParameter", /FleetId/],
  ["CreateGameServerSession", { FleetId: "fleet-x", MaximumPlayerSessionCount: -1 }, "InvalidParameterValue", /MaximumPlayerSessionCount/],
  ["CreateGameServerSession", { FleetId: "nofleet", MaximumPlayerSessionCount: 1 }, "InvalidParameterValue", /FleetId/],
  ["CreateGameServerSession", { FleetId: "fleet-x", MaximumPlayerSessionCount: 1, GameProperties: Array.from({ length: 17 }, (_, i) => ({ Key: `k${i}`, Value: "v" })) }, "InvalidParameterValue", /GameProperties/],
  ["CreateGameServerSession", { FleetId: "fleet-x", MaximumPlayerSessionCount: 1 }, "LimitExceeded", /No game server process is free/],
  ["DescribeGameServerSessions", {}, "MissingParameter", /GameServerSessionId/],
  ["DescribeGameServerSessions", { GameServerSessionId: UNKNOWN }, "ResourceNotFound", /does not exist/],
  ["DescribeGameServerSessions", { FleetId: "fleet-x", StatusFilter: "SLEEPING" }, "InvalidParameterValue", /StatusFilter/],
  ["DescribeGameServerSessions", { FleetId: "fleet-x", NextToken: "forged" }, "InvalidParameterValue", /NextToken/],
  ["DescribeGameServerSessionDetails", { GameServerSessionId: UNKNOWN }, "ResourceNotFound", /does not exist/],
  ["SearchGameServerSessions", {}, "MissingParameter", /FleetId/],
  ["SearchGameServerSessions", { FleetId: "fleet-x", FilterExpression: "playerSessionCount >" }, "InvalidParameter", /position/],
  ["SearchGameServerSessions", { FleetId: "fleet-x", SortExpression: "colour ASC" }, "InvalidParameter", /colour/],
  ["UpdateGameServerSession", {}, "MissingParameter", /GameServerSessionId/],
  ["UpdateGameServerSession", { GameServerSessionId: UNKNOWN }, "ResourceNotFound", /does not exist/],
  ["UpdateGameServerSession", { GameServerSessionId: UNKNOWN, PlayerSessionCreationPolicy: "SOME" }, "InvalidParameterValue", /PlayerSessionCreationPolicy/],
  ["JoinGameServerSession", { GameServerSessionId: UNKNOWN }, "MissingParameter", /PlayerId/],
  ["JoinGameServerSession", { GameServerSessionId: UNKNOWN, PlayerId: "p" }, "ResourceNotFound", /does not exist/],
  ["JoinGameServerSessionBatch", { GameServerSessionId: UNKNOWN, PlayerIds: Array.from({ length: 26 }, (_, i) => `p${i}`) }, "InvalidParameterValue", /PlayerIds/],
  ["JoinGameServerSessionBatch", { GameServerSessionId: UNKNOWN, PlayerIds: ["p"] }, "ResourceNotFound", /does not exist/],
  ["DescribePlayerSessions", {}, "MissingParameter", /GameServerSessionId/],
  ["DescribePlayerSessions", { GameServerSessionId: UNKNOWN }, "ResourceNotFound", /does not exist/],
  ["DescribePlayerSessions", { PlayerId: "p", PlayerSessionStatusFilter: "GONE" }, "InvalidParameterValue", /PlayerSessionStatusFilter/],
  ["StartGameServerSessionPlacement", { PlacementId: "p-1", GameServerSessionQueueName: "q" }, "MissingParameter", /MaximumPlayerSessionCount/],
  ["StartGameServerSessionPlacement", { PlacementId: "bad id!", GameServerSessionQueueName: "q", MaximumPlayerSessionCount: 1 }, "InvalidParameterValue", /PlacementId/],
  ["StartGameServerSessionPlacement", { PlacementId: "p-2", GameServerSessionQueueName: "q", MaximumPlayerSessionCount: 1, DesiredPlayerSessions: [{ PlayerId: "a", PlayerData: "" }, { PlayerId: "b", PlayerData: "" }] }, "InvalidParameterValue", /more than MaximumPlayerSessionCount/],
  ["DescribeGameServerSessionPlacement", {}, "MissingParameter", /PlacementId/],
  ["DescribeGameServerSessionPlacement", { PlacementId: "nope" }, "ResourceNotFound", /does not exist/],
  ["StopGameServerSessionPlacement", { PlacementId: "nope" }, "ResourceNotFound", /does not exist/],
  ["GetGameServerSessionLogUrl", {}, "MissingParameter", /GameServerSessionId/],
  ["GetGameServerSessionLogUrl", { GameServerSessionId: UNKNOWN }, "ResourceNotFound", /does not exist/],
  ["EndGameServerSessionAndProcess", {}, "MissingParameter", /GameServerSessionId/],
  ["EndGameServerSessionAndProcess", { GameServerSessionId: UNKNOWN }, "ResourceNotFound", /does not exist/],
  ["EndGameServerSessionAndProcess", { IpAddress: "127.0.0.1", Port: 1 }, "InvalidParameterValue", /Port/],
];

let local: GseLocal;
before(async () => {
  local = await createGseLocal({ grpcPort: 0, httpPort: 0 });
});
after(() => local.close());

for (const signMethod of ["TC3-HMAC-SHA256", "HmacSHA256"] as SignMethod[]) {
  describe(`bad requests of every action get their documented codes (${signMethod})`, () => {
    for (const [action, request, code, message] of badRequests) {
      test(`${action} ${JSON.stringify(request).slice(0, 80)} → ${code}`, async () => {
        const error = await createOfficialGseClient(local.cloudEndpoint, { signMethod }).fail(action, request);
        assert.equal(error.code, code, error.message);
        assert.match(error.message, message);
        assert.match(error.requestId, /^[0-9a-f-]{36}$/);
      });
    }
  });
}

test("an unknown action is InvalidAction, and gse-local keeps serving", async () => {
  const response = await fetch(`http://${local.cloudEndpoint}/capi`, { method: "POST", body: JSON.stringify({ Action: "DeleteEverything" }) });
  const body = (await response.json()) as { Response: { Error: { Code: string } } };
  assert.equal(body.Response.Error.Code, "InvalidAction");
  const ok = await createOfficialGseClient(local.cloudEndpoint).call("DescribeGameServerSessions", { FleetId: "fleet-x" });
  assert.deepEqual(ok["GameServerSessions"], []);
});

test("GSE Local's /capi form answers like GSE Local", async () => {
  const response = await fetch(`http://${local.cloudEndpoint}/capi`, {
    method: "POST",
    body: JSON.stringify({ Action: "DescribeGameServerSessions", FleetId: "fleet-1235" }),
  });
  const body = (await response.json()) as { Response: Record<string, unknown> };
  assert.deepEqual(body.Response["GameServerSessions"], []);
  assert.ok(body.Response["RequestId"]);
});

test("with an access key pair configured, requests must be signed with it", async () => {
  const signed = await createGseLocal({ grpcPort: 0, httpPort: 0, secretId: "AKIDsecure", secretKey: "s3cret" });
  try {
    for (const signMethod of ["TC3-HMAC-SHA256", "HmacSHA256", "HmacSHA1"] as SignMethod[]) {
      const good = createOfficialGseClient(signed.cloudEndpoint, { signMethod, secretId: "AKIDsecure", secretKey: "s3cret" });
      assert.deepEqual((await good.call("DescribeGameServerSessions", { FleetId: "fleet-x" }))["GameServerSessions"], []);
      const wrong = createOfficialGseClient(signed.cloudEndpoint, { signMethod, secretId: "AKIDsecure", secretKey: "guess" });
      assert.equal((await wrong.fail("DescribeGameServerSessions", { FleetId: "fleet-x" })).code, "AuthFailure.SignatureFailure");
    }
    const capi = await fetch(`http://${signed.cloudEndpoint}/`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-tc-action": "DescribeGameServerSessions", "x-tc-version": "2019-11-12" },
      body: JSON.stringify({ FleetId: "fleet-x" }),
    });
    const body = (await capi.json()) as { Response: { Error: { Code: string } } };
    assert.match(body.Response.Error.Code, /^AuthFailure/);
  } finally {
    await signed.close();
  }
});
