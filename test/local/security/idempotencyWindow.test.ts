// Issue 11 item 5: the idempotency memory evicted by global count, so after
// 10,000 calls from elsewhere a retried AcceptPlayerSession was handled
// afresh and refused although its first attempt had succeeded. Answers are
// now kept per process for the SDK's whole retry window.
import assert from "node:assert/strict";
import http from "node:http";
import { afterEach, test } from "node:test";
import { Metadata } from "nice-grpc";
import { GseResponse_Status } from "gse-sdk";
import { createIdempotencyMiddleware, IDEMPOTENCY_PER_PROCESS } from "../../../src/local/agent/middleware/createIdempotencyMiddleware.js";
import { createManualClock } from "../../../src/local/core/createManualClock.js";
import { seededRandom } from "../../helpers/seededRandom.js";
import { startLocalWithFakes } from "../fixtures/fakeProcesses.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function capi(port: number, body: Record<string, unknown>): Promise<Record<string, any>> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/capi", headers: { "content-length": String(Buffer.byteLength(text)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve((JSON.parse(Buffer.concat(chunks).toString()) as { Response: Record<string, any> }).Response));
    });
    req.on("error", reject);
    req.end(text);
  });
}

test("a retried AcceptPlayerSession gets its first answer after 10,000 other calls", { timeout: 120_000 }, async () => {
  const { local, fleet, close } = await startLocalWithFakes({}, 2, { announce: true });
  cleanups.push(close);
  const [game, busy] = fleet.processes as [typeof fleet.processes[0], typeof fleet.processes[0]];
  const created = await capi(local.httpPort, { Action: "CreateGameServerSession", FleetId: "fleet-local", MaximumPlayerSessionCount: 2 });
  const sessionId = created.GameServerSession.GameServerSessionId as string;
  await local.waitFor((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === sessionId && e.status === "ACTIVE");
  const owner = local.gameServerSessions()[0]!.pid === game.pid ? game : busy;
  const other = owner === game ? busy : game;
  const player = (await capi(local.httpPort, { Action: "JoinGameServerSession", GameServerSessionId: sessionId, PlayerId: "p1" })).PlayerSession.PlayerSessionId as string;
  const accept = () => fleet.agent.acceptPlayerSession({ gameServerSessionId: sessionId, playerSessionId: player }, { metadata: owner.metadata("accept-1") });
  assert.equal((await accept()).status, GseResponse_Status.OK);

  // 10,001 calls from the other process, 500 at a time.
  for (let i = 0; i < 10_001; i += 500) {
    await Promise.all(Array.from({ length: Math.min(500, 10_001 - i) }, (_, j) => fleet.agent.reportCustomData({ currentCustomCount: 0, maxCustomCount: 1 }, { metadata: Metadata({ pid: String(other.pid), requestid: `busy-${i + j}` }) })));
  }
  // The retry of the first attempt, same requestId: the first answer, no second transition.
  const since = local.history.length;
  const retried = await accept();
  assert.equal(retried.status, GseResponse_Status.OK, retried.errorMessage);
  assert.ok(local.history.slice(since).some((e) => e.type === "agentCall" && e.method === "AcceptPlayerSession" && e.repeated));
});

/** A middleware over a manual clock, and a call through it that a counter answers. */
function memoryOnClock(options: { windowMs: number; perProcess?: number; processes?: number }) {
  const clock = createManualClock();
  const memory = createIdempotencyMiddleware(() => undefined, { clock, ...options });
  let handled = 0;
  const call = async (pid: number, requestId: string) => {
    const generator = memory.middleware(
      { method: { path: "/x/ReportCustomData" }, request: {}, requestStream: false, responseStream: false, next: async function* () { handled++; return { ok: handled }; } } as never,
      { method: "ReportCustomData", pid, requestId } as never,
    );
    let step = await generator.next();
    while (!step.done) step = await generator.next();
    return step.value as { ok: number };
  };
  return { clock, memory, call };
}

test("answers expire per process after the window, and a process's own flood evicts only its own", async () => {
  const { clock, memory, call } = memoryOnClock({ windowMs: 1_000 });
  const first = await call(1, "a");
  assert.deepEqual(await call(1, "a"), first);
  for (let i = 0; i <= IDEMPOTENCY_PER_PROCESS; i++) await call(2, `flood-${i}`);
  assert.deepEqual(await call(1, "a"), first, "another process's flood pushed this one's answer out");
  assert.ok(memory.size() <= IDEMPOTENCY_PER_PROCESS + 1);
  clock.advance(1_001);
  const after = await call(1, "a");
  assert.notDeepEqual(after, first, "remembered past the window");
  // Process 2's answers went with the window too (it has not called since).
  assert.equal(memory.size(), 1);
});

test("the memory answers as a per-process model does, over a seeded run of calls, expiries and evictions", async () => {
  // Small bounds, so the run reaches each of them many times.
  const windowMs = 20;
  const perProcess = 3;
  const processes = 4;
  const { clock, memory, call } = memoryOnClock({ windowMs, perProcess, processes });
  // The model: each process's answers oldest first; processes least recently calling first.
  const model = new Map<number, { requestId: string; at: number; ok: number }[]>();
  const random = seededRandom(11);
  let handled = 0;
  for (let step = 0; step < 3_000; step++) {
    // In steps of 5 ms, so answers land exactly on the window's edge too.
    clock.advance(5 * Math.floor(random() * 3));
    const pid = 1 + Math.floor(random() * 6);
    const requestId = `r${Math.floor(random() * 6)}`;
    for (const [p, answers] of model) {
      const kept = answers.filter((a) => a.at > clock.now() - windowMs);
      if (kept.length === 0) model.delete(p);
      else model.set(p, kept);
    }
    const own = model.get(pid);
    if (own) {
      model.delete(pid);
      model.set(pid, own);
    }
    const remembered = own?.find((a) => a.requestId === requestId);
    let expected: number;
    if (remembered) expected = remembered.ok;
    else {
      expected = ++handled;
      if (own) {
        own.push({ requestId, at: clock.now(), ok: expected });
        if (own.length > perProcess) own.shift();
      } else {
        model.set(pid, [{ requestId, at: clock.now(), ok: expected }]);
        for (const p of model.keys()) {
          if (model.size <= processes || p === pid) break;
          model.delete(p);
        }
      }
    }
    assert.equal((await call(pid, requestId)).ok, expected, `step ${step}: pid ${pid} ${requestId}`);
    assert.equal(memory.size(), [...model.values()].reduce((n, answers) => n + answers.length, 0), `step ${step}: answers remembered`);
  }
});
