// gse-local under concurrent load, through real sockets: a thousand joins
// race for ten slots, bursts of creates race for N processes. Each decision
// (count free slots and reserve, pick a free process and assign it) happens
// in one synchronous step of the store, so exactly the capacity is handed
// out, whatever the interleaving of requests over HTTP.
import assert from "node:assert/strict";
import http from "node:http";
import { after, before, describe, test } from "node:test";
import { GseResponse_Status } from "gse-sdk";
import { createGseLocal, type GseLocal } from "gse-sdk/local";
import { createOfficialGseClient, type OfficialGseClient } from "../helpers/officialGseClient.js";
import { checkInvariants } from "./fixtures/checkInvariants.js";
import { startFakeFleet, type FakeFleet } from "./fixtures/fakeProcesses.js";

const DEADLINE_MS = 10_000;
const FLEET = "fleet-load";

let local: GseLocal;
let fleet: FakeFleet;
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 64 });

before(async () => {
  local = await createGseLocal({ grpcPort: 0, httpPort: 0, fleetId: FLEET, verifyPeers: false });
  fleet = await startFakeFleet(local.agentAddress, 8);
  await Promise.all(fleet.processes.map((p) => p.ready()));
});

after(async () => {
  await fleet?.close();
  await local?.close();
  keepAlive.destroy();
});

type Outcome = { ok: true; reply: Record<string, unknown> } | { ok: false; code: string; message: string };

/** A cloud call over raw HTTP on a keep-alive connection: the /capi form or the TC3 JSON form (unsigned: no keys configured). */
function rawCall(form: "capi" | "tc3", action: string, params: Record<string, unknown>): Promise<Outcome> {
  const body = JSON.stringify(form === "capi" ? { Action: action, ...params } : params);
  const headers: Record<string, string> = { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) };
  if (form === "tc3") Object.assign(headers, { "x-tc-action": action, "x-tc-version": "2019-11-12", "x-tc-region": "ap-guangzhou" });
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: local.httpPort, method: "POST", path: form === "capi" ? "/capi" : "/", headers, agent: keepAlive }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        try {
          assert.equal(res.statusCode, 200);
          const { Response } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { Response: Record<string, unknown> & { Error?: { Code: string; Message: string } } };
          resolve(Response.Error ? { ok: false, code: Response.Error.Code, message: Response.Error.Message } : { ok: true, reply: Response });
        } catch (error) {
          reject(error as Error);
        }
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

function officialCall(client: OfficialGseClient, action: string, params: Record<string, unknown>): Promise<Outcome> {
  return client.call(action, params).then(
    (reply) => ({ ok: true, reply }),
    (error: { code?: string; message: string }) => {
      if (error.code === undefined) throw error; // a transport failure, not an answer
      return { ok: false, code: error.code, message: error.message };
    },
  );
}

/** The i-th of n calls, spread evenly over the four ways in: official TC3, official HmacSHA256, raw /capi, raw TC3 JSON. */
function spread(clients: OfficialGseClient[], i: number, action: string, params: Record<string, unknown>): Promise<Outcome> {
  switch (i % 4) {
    case 0:
      return officialCall(clients[0]!, action, params);
    case 1:
      return officialCall(clients[1]!, action, params);
    case 2:
      return rawCall("capi", action, params);
    default:
      return rawCall("tc3", action, params);
  }
}

function tally(outcomes: Outcome[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o.ok ? "ok" : o.code, (counts.get(o.ok ? "ok" : o.code) ?? 0) + 1);
  return counts;
}

/** Ends every live session through its process, as games do, so every process is free again. */
async function freeEveryProcess(): Promise<void> {
  for (const fake of fleet.processes) {
    const id = local.processes().find((p) => p.pid === fake.pid)?.gameServerSessionId;
    if (id === undefined) continue;
    const answer = await fleet.agent.terminateGameServerSession({ gameServerSessionId: id }, { metadata: fake.metadata() });
    assert.equal(answer.status, GseResponse_Status.OK, answer.errorMessage);
  }
  assert.ok(local.processes().every((p) => p.status === "ACTIVE" && p.gameServerSessionId === undefined));
}

async function activeSession(maximum: number): Promise<string> {
  const created = await rawCall("capi", "CreateGameServerSession", { FleetId: FLEET, MaximumPlayerSessionCount: maximum });
  assert.ok(created.ok, JSON.stringify(created));
  const id = (created.reply["GameServerSession"] as { GameServerSessionId: string }).GameServerSessionId;
  await local.waitFor((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === id && e.status === "ACTIVE", { timeoutMs: DEADLINE_MS });
  return id;
}

const clients = () => [createOfficialGseClient(local.cloudEndpoint), createOfficialGseClient(local.cloudEndpoint, { signMethod: "HmacSHA256" })];

describe("gse-local under load", () => {
  test("1,000 concurrent JoinGameServerSession for 10 free slots reserve exactly 10; 990 are LimitExceeded", async () => {
    await freeEveryProcess();
    // 12 slots, 2 already taken: exactly 10 free.
    const id = await activeSession(12);
    for (const playerId of ["early-1", "early-2"]) assert.ok((await rawCall("capi", "JoinGameServerSession", { GameServerSessionId: id, PlayerId: playerId })).ok);

    const both = clients();
    const outcomes = await Promise.all(Array.from({ length: 1_000 }, (_, i) => spread(both, i, "JoinGameServerSession", { GameServerSessionId: id, PlayerId: `player-${i}` })));

    assert.deepEqual(Object.fromEntries(tally(outcomes)), { ok: 10, LimitExceeded: 990 });
    for (const o of outcomes) if (!o.ok) assert.match(o.message, /is full: 0 of 12 slots free, 1 requested/);
    const reserved = local.playerSessions().filter((p) => p.gameServerSessionId === id && p.status === "RESERVED");
    assert.equal(reserved.length, 12);
    const winners = outcomes.flatMap((o) => (o.ok ? [(o.reply["PlayerSession"] as { PlayerSessionId: string }).PlayerSessionId] : []));
    assert.equal(new Set(winners).size, 10, "ten distinct player sessions");
    for (const playerSessionId of winners) assert.ok(reserved.some((p) => p.playerSessionId === playerSessionId));
    checkInvariants(local);
  });

  test("concurrent JoinGameServerSessionBatch of mixed sizes never over-reserve, and each batch is all or none", async () => {
    await freeEveryProcess();
    const id = await activeSession(10);
    const both = clients();
    const sizes = Array.from({ length: 200 }, (_, i) => 1 + (i % 4));
    const outcomes = await Promise.all(
      sizes.map((size, i) => spread(both, i, "JoinGameServerSessionBatch", { GameServerSessionId: id, PlayerIds: Array.from({ length: size }, (_, k) => `b${i}-${k}`) })),
    );
    let granted = 0;
    outcomes.forEach((o, i) => {
      if (o.ok) {
        assert.equal((o.reply["PlayerSessions"] as unknown[]).length, sizes[i], "a batch gets every slot it asked for");
        granted += sizes[i]!;
      } else {
        assert.equal(o.code, "LimitExceeded", o.message);
      }
    });
    const open = local.playerSessions().filter((p) => p.gameServerSessionId === id && p.status === "RESERVED").length;
    assert.equal(open, granted);
    // Free slots only shrink; had one stayed free, all 50 single-player
    // batches would have fit, which takes 50 slots. So all 10 went.
    assert.equal(granted, 10);
    checkInvariants(local);
  });

  test("bursts of concurrent CreateGameServerSession against N processes: exactly N succeed, each on its own process", async () => {
    const n = fleet.processes.length;
    const both = clients();
    for (let round = 0; round < 3; round++) {
      await freeEveryProcess();
      const outcomes = await Promise.all(Array.from({ length: 200 }, (_, i) => spread(both, i + round, "CreateGameServerSession", { FleetId: FLEET, MaximumPlayerSessionCount: 2 })));
      assert.deepEqual(Object.fromEntries(tally(outcomes)), { ok: n, LimitExceeded: 200 - n }, `round ${round}`);
      const created = outcomes.flatMap((o) => (o.ok ? [(o.reply["GameServerSession"] as { GameServerSessionId: string }).GameServerSessionId] : []));
      const pids = created.map((id) => local.gameServerSessions().find((s) => s.gameServerSessionId === id)!.pid);
      assert.equal(new Set(pids).size, n, "one session per process");
      assert.deepEqual(new Set(pids), new Set(fleet.processes.map((p) => p.pid)));
      await Promise.all(created.map((id) => local.waitFor((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === id && e.status === "ACTIVE", { timeoutMs: DEADLINE_MS })));
      checkInvariants(local);
    }
  });

  test("creates and placements racing for the same processes: N sessions in all, the rest LimitExceeded or PENDING", async () => {
    await freeEveryProcess();
    const n = fleet.processes.length;
    const both = clients();
    const since = local.history.length;
    const outcomes = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        i % 3 === 0
          ? spread(both, i, "StartGameServerSessionPlacement", { PlacementId: `race-${i}`, GameServerSessionQueueName: "q", MaximumPlayerSessionCount: 2 })
          : spread(both, i, "CreateGameServerSession", { FleetId: FLEET, MaximumPlayerSessionCount: 2 }),
      ),
    );
    const created = local.history.slice(since).filter((e) => e.type === "gameServerSessionStatus" && e.status === "ACTIVATING");
    assert.equal(created.length, n, "exactly one new session per process");
    const creates = outcomes.filter((_, i) => i % 3 !== 0);
    const placements = local.placements().filter((p) => p.placementId.startsWith("race-"));
    assert.equal(placements.length, 40);
    const placed = placements.filter((p) => p.gameServerSessionId !== undefined).length;
    assert.equal(creates.filter((o) => o.ok).length + placed, n);
    for (const o of creates) if (!o.ok) assert.equal(o.code, "LimitExceeded");
    assert.ok(placements.filter((p) => p.gameServerSessionId === undefined).every((p) => p.status === "PENDING"));
    checkInvariants(local);
    // Stop the leftover placements so they do not take the processes the next test frees.
    await Promise.all(placements.filter((p) => p.status === "PENDING" && p.gameServerSessionId === undefined).map((p) => rawCall("capi", "StopGameServerSessionPlacement", { PlacementId: p.placementId })));
  });

  test("concurrent creates with one IdempotencyToken make one session", async () => {
    await freeEveryProcess();
    const both = clients();
    const outcomes = await Promise.all(Array.from({ length: 100 }, (_, i) => spread(both, i, "CreateGameServerSession", { FleetId: FLEET, MaximumPlayerSessionCount: 2, IdempotencyToken: "once" })));
    const ids = new Set(outcomes.map((o) => (o.ok ? (o.reply["GameServerSession"] as { GameServerSessionId: string }).GameServerSessionId : o.code)));
    assert.equal(ids.size, 1, [...ids].join(", "));
    assert.equal(local.processes().filter((p) => p.gameServerSessionId !== undefined).length, 1);
    checkInvariants(local);
  });
});
