// Issue 11 items 5 and 6 in the core and at the cloud boundary: ended player
// sessions are a bounded history, and ids, integers and text that could never
// be used again are refused where they enter, naming the field.
import assert from "node:assert/strict";
import http from "node:http";
import { after, before, describe, test } from "node:test";
import { createCore, createManualClock, createGseLocal, type GseLocal } from "gse-sdk/local";
import { silentLogger } from "gse-sdk";
import { ENDED_PLAYER_SESSION_HISTORY } from "../../../src/local/core/playerSessions.js";

test("ended player sessions are kept up to a bound; the longest-ended are forgotten first", () => {
  const clock = createManualClock(1_000);
  const core = createCore({ ipAddress: "10.0.0.1", clock, endedPlayerSessionHistory: 3 });
  const process = core.processes.register({ pid: 5, grpcPort: 9005, clientPort: 7005, logPaths: [] }).process;
  const session = core.gameServerSessions.create({ fleetId: "fleet-a", maximumPlayerSessionCount: 100 });
  core.gameServerSessions.activate(process, session.gameServerSessionId, 0);
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) {
    const [player] = core.playerSessions.join(session, [{ playerId: `p${i}` }]);
    ids.push(player!.playerSessionId);
    core.playerSessions.accept(process, session.gameServerSessionId, player!.playerSessionId);
    core.playerSessions.remove(process, session.gameServerSessionId, player!.playerSessionId);
  }
  const [open] = core.playerSessions.join(session, [{ playerId: "still-here" }]);
  assert.deepEqual(core.playerSessions.list().map((p) => p.playerId), ["p3", "p4", "p5", "still-here"]);
  assert.deepEqual(core.gameServerSessions.get(session.gameServerSessionId)!.playerSessionIds, [...ids.slice(3), open!.playerSessionId]);
  assert.equal(ENDED_PLAYER_SESSION_HISTORY, 10_000);
});

describe("ids, integers and text at the cloud boundary", () => {
  let local: GseLocal;
  before(async () => {
    local = await createGseLocal({ grpcPort: 0, httpPort: 0, logger: silentLogger });
  });
  after(() => local.close());

  const capi = (body: Record<string, unknown>): Promise<Record<string, any>> =>
    new Promise((resolve, reject) => {
      const text = JSON.stringify(body);
      const req = http.request({ host: "127.0.0.1", port: local.httpPort, method: "POST", path: "/capi", headers: { "content-length": String(Buffer.byteLength(text)) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve((JSON.parse(Buffer.concat(chunks).toString()) as { Response: Record<string, any> }).Response));
      });
      req.on("error", reject);
      req.end(text);
    });
  const refused = async (body: Record<string, unknown>, code: string, message: RegExp) => {
    const reply = await capi(body);
    assert.equal(reply.Error?.Code, code, `${JSON.stringify(body).slice(0, 100)}: ${JSON.stringify(reply)}`);
    assert.match(reply.Error.Message, message);
  };

  test("one id limit: what CreateGameServerSession accepts, every other action can name", async () => {
    await refused({ Action: "CreateGameServerSession", FleetId: "f".repeat(129), MaximumPlayerSessionCount: 1 }, "InvalidParameterValue", /'FleetId' must be at most 128/);
    // The id is qcs::gse:local::gameserversession/<fleet>/<id>: 4,096 bytes of custom id cannot fit 256.
    await refused({ Action: "CreateGameServerSession", FleetId: "fleet-local", GameServerSessionId: "s".repeat(4096), MaximumPlayerSessionCount: 1 }, "InvalidParameterValue", /GameServerSessionId .* at most 256/);
  });

  test("integers the game's int32 wire cannot carry are refused, naming the field", async () => {
    await refused({ Action: "CreateGameServerSession", FleetId: "fleet-local", MaximumPlayerSessionCount: 2 ** 31 }, "InvalidParameterValue", /'MaximumPlayerSessionCount' must be an integer from 0 to 2147483647/);
  });

  test("a lone UTF-16 surrogate and an empty PlayerId are refused, naming the field", async () => {
    await refused({ Action: "CreateGameServerSession", FleetId: "fleet-local", GameServerSessionId: "a\uD800b", MaximumPlayerSessionCount: 1 }, "InvalidParameterValue", /'GameServerSessionId' must be valid Unicode text/);
    await refused({ Action: "JoinGameServerSession", GameServerSessionId: "qcs::gse:local::gameserversession/fleet-local/x", PlayerId: "" }, "InvalidParameterValue", /'PlayerId' must be at least 1 character/);
    await refused({ Action: "JoinGameServerSessionBatch", GameServerSessionId: "qcs::gse:local::gameserversession/fleet-local/x", PlayerIds: ["a", ""] }, "InvalidParameterValue", /'PlayerIds\.1' must be at least 1 character/);
  });
});
