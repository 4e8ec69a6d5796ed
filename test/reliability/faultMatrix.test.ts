// The fault matrix: each row injects one fault into a real gse-local (or the
// process) and asserts the exact sequence of calls the agent saw. The rows
// are listed, with what each guarantees, in docs/reliability.md.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterEach, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { GseApp, silentLogger, type GseError, type GseAppOptions, type Logger } from "gse-sdk";
import { createGseLocal, type GseLocal, type GseLocalEvent, type GseLocalOptions } from "gse-sdk/local";
import { defineGame, type Probe } from "../fixtures/games.js";
import { deferred } from "../helpers/deferred.js";
import { processesWith, startGseLocalChild } from "../helpers/gseLocalChild.js";
import { createOfficialGseClient } from "../helpers/officialGseClient.js";
import { spawnGame } from "../helpers/spawnGame.js";
import { waitFor } from "../helpers/waitFor.js";
import { unassignedPort } from "../helpers/unassignedPort.js";

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** What the agent saw from `pid`: calls, refusals (✗), repeats, and faults (!action). */
function seen(local: GseLocal, pid = process.pid): string[] {
  return local.history.flatMap((e) => {
    if (e.type === "agentCall" && e.pid === pid) return [`${e.method}${e.ok ? "" : "✗"}${e.repeated ? " (repeat)" : ""}`];
    if (e.type === "faultInjected" && e.pid === pid) return [`${e.method}!${e.action}`];
    return [];
  });
}

function requestIds(local: GseLocal, method: string, pid = process.pid): string[] {
  return local.history.flatMap((e) =>
    (e.type === "agentCall" || e.type === "faultInjected") && e.method === method && e.pid === pid && e.requestId ? [e.requestId] : [],
  );
}

async function startLocal(options: GseLocalOptions = {}): Promise<GseLocal> {
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, ...options });
  cleanups.push(() => local.close());
  return local;
}

async function startGame(local: GseLocal | string, probe: Partial<Probe> = {}, options: Partial<GseAppOptions> = {}) {
  const events: string[] = [];
  const errors: GseError[] = [];
  const app = await GseApp.run(defineGame({ events, ...probe }), {
    clientPort: 7777,
    gseAddress: typeof local === "string" ? local : local.agentAddress,
    exitProcess: false,
    handleSignals: false,
    logger: silentLogger,
    onError: (e) => errors.push(e),
    retry: { maxAttempts: 4, initialBackoffMs: 20, maxBackoffMs: 100 },
    ...options,
  });
  cleanups.push(() => app.shutdown());
  return { app, events, errors };
}

const sessionIs = (id: string, status: string) => (e: GseLocalEvent) =>
  e.type === "gameServerSessionStatus" && e.gameServerSessionId === id && e.status === status;

async function createSession(local: GseLocal): Promise<string> {
  const cloud = createOfficialGseClient(local.cloudEndpoint);
  const created = await cloud.call("CreateGameServerSession", { FleetId: "fleet-faults", MaximumPlayerSessionCount: 4 });
  return created["GameServerSession"]["GameServerSessionId"] as string;
}

async function activeSession(local: GseLocal): Promise<string> {
  const id = await createSession(local);
  await local.waitFor(sessionIs(id, "ACTIVE"));
  return id;
}

async function join(local: GseLocal, id: string): Promise<string> {
  const cloud = createOfficialGseClient(local.cloudEndpoint);
  return (await cloud.call("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "p" }))["PlayerSession"]["PlayerSessionId"] as string;
}


function capture(): { logger: Logger; lines: { msg: string; fields: Record<string, unknown> }[] } {
  const lines: { msg: string; fields: Record<string, unknown> }[] = [];
  const log = (fields: Record<string, unknown>, msg: string) => void lines.push({ msg, fields });
  return { logger: { debug: log, info: log, warn: log, error: log }, lines };
}

describe("fault matrix: the agent", () => {
  test("agent not up yet: ProcessReady retries with backoff until it answers, then once", async () => {
    const port = await unassignedPort();
    const { logger, lines } = capture();
    const running = GseApp.run(defineGame({ events: [] }), {
      clientPort: 7777, gseAddress: `127.0.0.1:${port}`, exitProcess: false, handleSignals: false, logger, readyTimeoutMs: 30_000,
    });
    await waitFor("two failed ProcessReady attempts", () => lines.filter((l) => /ProcessReady attempt \d+ failed/.test(l.msg)).length >= 2);
    const local = await startLocal({ grpcPort: port });
    const app = await running;
    cleanups.push(() => app.shutdown());
    assert.deepEqual(seen(local), ["ProcessReady"]);
    assert.equal(app.gse.phase, "ready");
  });

  test("agent never comes: GseApp.run rejects after readyTimeoutMs with PROCESS_READY_FAILED", async () => {
    const port = await unassignedPort();
    await assert.rejects(
      GseApp.run(defineGame({ events: [] }), { clientPort: 7777, gseAddress: `127.0.0.1:${port}`, exitProcess: false, handleSignals: false, logger: silentLogger, readyTimeoutMs: 400 }),
      (e: GseError) => e.code === "PROCESS_READY_FAILED" && /gave up after 400 ms/.test(e.message) && e.message.includes(String(port)),
    );
  });

  test("ProcessReady answered UNAVAILABLE twice: retried with the same requestId", async () => {
    const local = await startLocal({ faults: [{ method: "ProcessReady", action: "fail", code: "UNAVAILABLE", times: 2 }] });
    await startGame(local);
    assert.deepEqual(seen(local), ["ProcessReady!fail", "ProcessReady!fail", "ProcessReady"]);
    assert.equal(new Set(requestIds(local, "ProcessReady")).size, 1);
  });

  test("a transient failure of an in-game call is retried with the same requestId; one transition", async () => {
    const local = await startLocal();
    const { app } = await startGame(local);
    const id = await activeSession(local);
    const player = await join(local, id);
    local.faults.add({ method: "AcceptPlayerSession", action: "fail", code: "UNAVAILABLE", times: 2 });
    await app.gse.acceptPlayerSession(player);
    assert.deepEqual(seen(local), ["ProcessReady", "ActivateGameServerSession", "AcceptPlayerSession!fail", "AcceptPlayerSession!fail", "AcceptPlayerSession"]);
    assert.equal(new Set(requestIds(local, "AcceptPlayerSession")).size, 1);
    assert.equal(local.history.filter((e) => e.type === "playerSessionStatus" && e.status === "ACTIVE").length, 1);
  });

  test("a dropped call hits its deadline and is retried with the same requestId", async () => {
    const local = await startLocal();
    // The deadline applies to every call: short enough to keep the drop quick,
    // long enough that no other call on a loaded machine is retried too.
    const { app } = await startGame(local, {}, { callTimeoutMs: 1_000 });
    const id = await activeSession(local);
    const player = await join(local, id);
    local.faults.add({ method: "AcceptPlayerSession", action: "drop", times: 1 });
    await app.gse.acceptPlayerSession(player);
    assert.deepEqual(seen(local).slice(2), ["AcceptPlayerSession!drop", "AcceptPlayerSession"]);
    assert.equal(new Set(requestIds(local, "AcceptPlayerSession")).size, 1);
  });

  test("an answer slower than the deadline: the retry is recognised, the transition happens once", async () => {
    const local = await startLocal();
    // Only the delayed answer may outlast the deadline: a retry that did too
    // on a loaded machine would add a repeat the assertions do not expect.
    const { app } = await startGame(local, {}, { callTimeoutMs: 1_000 });
    const id = await activeSession(local);
    const player = await join(local, id);
    local.faults.add({ method: "AcceptPlayerSession", action: "delay", ms: 2_000, times: 1 });
    await app.gse.acceptPlayerSession(player);
    await waitFor("the delayed original to be handled", () => seen(local).filter((s) => s.startsWith("AcceptPlayerSession")).length >= 3);
    const accepts = seen(local).filter((s) => s.startsWith("AcceptPlayerSession"));
    assert.equal(accepts[0], "AcceptPlayerSession!delay");
    assert.deepEqual(accepts.slice(1).sort(), ["AcceptPlayerSession", "AcceptPlayerSession (repeat)"]);
    assert.equal(local.history.filter((e) => e.type === "playerSessionStatus" && e.status === "ACTIVE").length, 1);
  });

  test("non-transient failures are not retried", async () => {
    const local = await startLocal();
    const { app } = await startGame(local);
    const id = await activeSession(local);
    const player = await join(local, id);
    local.faults.add({ method: "AcceptPlayerSession", action: "refuse", status: "ERROR_400", message: "no", times: 1 });
    await assert.rejects(app.gse.acceptPlayerSession(player), (e: GseError) => e.code === "BAD_REQUEST_EXCEPTION" && e.errorMessage === "no");
    local.faults.add({ method: "AcceptPlayerSession", action: "fail", code: "INVALID_ARGUMENT", times: 1 });
    await assert.rejects(app.gse.acceptPlayerSession(player), (e: GseError) => e.code === "SERVICE_CALL_FAILED");
    assert.deepEqual(seen(local).slice(2), ["AcceptPlayerSession!refuse", "AcceptPlayerSession!fail"]);
  });

  test("the agent restarts mid-session (state kept): calls in the gap are retried, the process re-announces itself, nothing is doubled", async () => {
    const local = await startLocal();
    const { app } = await startGame(local, {}, { retry: { maxAttempts: 20, initialBackoffMs: 50, maxBackoffMs: 200 } });
    const id = await activeSession(local);
    const restarted = local.restartAgent({ downMs: 400 });
    await local.waitFor((e) => e.type === "agentRestart" && e.phase === "down");
    await app.gse.reportCustomData(3, 8);
    await restarted;
    await local.waitFor((e) => e.type === "processRegistered" && e.reannounced);
    // After re-announcing while it holds a session, the SDK asks about that
    // session once (DescribePlayerSessions): an agent that lost it would say so.
    await local.waitFor((e) => e.type === "agentCall" && e.method === "DescribePlayerSessions");
    // The restart may cut the activation's answer on its way back: the SDK
    // then retries it with the same requestId and the agent answers from
    // memory ("(repeat)", no second transition). The retried call and the
    // re-announcement race each other after the reconnect; either order is right.
    const calls = seen(local);
    assert.ok(calls.filter((c) => c.endsWith("(repeat)")).every((c) => c === "ActivateGameServerSession (repeat)"), calls.join(", "));
    const firstTime = calls.filter((c) => !c.endsWith("(repeat)"));
    assert.deepEqual(firstTime.slice(0, 2), ["ProcessReady", "ActivateGameServerSession"]);
    assert.deepEqual(firstTime.slice(2).sort(), ["DescribePlayerSessions", "ProcessReady", "ReportCustomData"]);
    assert.equal(local.history.filter(sessionIs(id, "ACTIVE")).length, 1);
    assert.equal(local.gameServerSessions().find((s) => s.gameServerSessionId === id)?.status, "ACTIVE");
    assert.equal(local.processes().length, 1);
    await app.gse.terminateGameServerSession();
    assert.deepEqual(seen(local).slice(-1), ["TerminateGameServerSession"]);
  });

  test("the agent restarts and forgets everything: the process registers again and hosts new sessions", async () => {
    const local = await startLocal();
    const { app, errors } = await startGame(local, {}, { retry: { maxAttempts: 20, initialBackoffMs: 50, maxBackoffMs: 200 } });
    await activeSession(local);
    await local.restartAgent({ downMs: 200, forgetState: true });
    await app.gse.reportCustomData(1, 1).catch(() => undefined);
    await local.waitFor((e) => e.type === "processRegistered" && !e.reannounced, { since: 1 });
    assert.equal(local.processes().length, 1);
    // The game's session is unknown to the new agent: ending it is refused, the game is free anyway.
    await assert.rejects(app.gse.terminateGameServerSession());
    assert.equal(app.gse.phase, "ready");
    const next = await activeSession(local);
    assert.equal(app.gse.session?.gameServerSessionId, next);
    void errors;
  });

  test("ProcessEnding failing transiently is retried; the process still ends", async () => {
    const local = await startLocal();
    const { app } = await startGame(local);
    local.faults.add({ method: "ProcessEnding", action: "fail", code: "UNAVAILABLE", times: 2 });
    await app.shutdown();
    assert.deepEqual(seen(local), ["ProcessReady", "ProcessEnding!fail", "ProcessEnding!fail", "ProcessEnding"]);
    assert.equal(local.processes()[0]?.status, "TERMINATED");
  });

  test("the agent refuses activation: the session is ended, the process takes the next one", async () => {
    const local = await startLocal();
    const { app, errors } = await startGame(local);
    local.faults.add({ method: "ActivateGameServerSession", action: "refuse", status: "ERROR_500", times: 1 });
    const first = await createSession(local);
    await local.waitFor(sessionIs(first, "TERMINATED"));
    const second = await activeSession(local);
    assert.deepEqual(seen(local), ["ProcessReady", "ActivateGameServerSession!refuse", "TerminateGameServerSession", "ActivateGameServerSession"]);
    assert.equal(app.gse.session?.gameServerSessionId, second);
    assert.equal(errors[0]?.code, "INTERNAL_SERVICE_EXCEPTION");
  });
});

describe("fault matrix: the game's handlers", () => {
  test("start handler throws: no activation, the session is terminated, the next session works", async () => {
    const local = await startLocal();
    let fail = true;
    await startGame(local, { start: () => { if (fail) throw new Error("bad map"); } });
    const first = await createSession(local);
    await local.waitFor(sessionIs(first, "TERMINATED"));
    fail = false;
    await activeSession(local);
    assert.deepEqual(seen(local), ["ProcessReady", "TerminateGameServerSession", "ActivateGameServerSession"]);
  });

  test("start handler hangs past its deadline: terminated, never activated", async () => {
    const local = await startLocal();
    await startGame(local, { start: () => new Promise(() => {}) }, { startTimeoutMs: 200 });
    const id = await createSession(local);
    await local.waitFor(sessionIs(id, "TERMINATED"));
    assert.deepEqual(seen(local), ["ProcessReady", "TerminateGameServerSession"]);
  });

  test("terminate during start: no activation; TerminateGameServerSession then ProcessEnding", async () => {
    const local = await startLocal();
    const gate = deferred();
    const { app } = await startGame(local, { start: () => gate.promise });
    const id = await createSession(local);
    await waitFor("the start handler", () => app.gse.phase === "activating");
    local.terminateProcess(process.pid, { terminationDelayMs: 60_000 });
    await app.ended;
    gate.resolve();
    await local.waitFor(sessionIs(id, "TERMINATED"));
    assert.deepEqual(seen(local), ["ProcessReady", "TerminateGameServerSession", "ProcessEnding"]);
  });

  test("terminate twice (OnProcessTerminate, then shutdown()): one ending sequence", async () => {
    const local = await startLocal();
    const { app } = await startGame(local);
    await activeSession(local);
    local.terminateProcess(process.pid);
    await Promise.all([app.shutdown(), app.ended]);
    assert.deepEqual(seen(local), ["ProcessReady", "ActivateGameServerSession", "TerminateGameServerSession", "ProcessEnding"]);
  });

  test("terminate handler hangs: its signal fires at the grace deadline, and ProcessEnding still comes before terminationTime", async () => {
    const local = await startLocal();
    let aborted = false;
    const { app } = await startGame(local, {
      terminate: (_t, context) => new Promise(() => context.signal.addEventListener("abort", () => (aborted = true))),
    });
    await activeSession(local);
    local.terminateProcess(process.pid, { terminationDelayMs: 3_000 });
    const terminationTime = local.processes()[0]!.terminationTime!;
    await app.ended;
    assert.ok(aborted);
    assert.ok(Date.now() < terminationTime, "ProcessEnding was sent before terminationTime");
    assert.deepEqual(seen(local).slice(-2), ["TerminateGameServerSession", "ProcessEnding"]);
  });

  test("health handler throws or hangs: answers unhealthy; the agent terminates the process, which ends cleanly", async () => {
    // gse-local waits longer than the game's own 30 ms deadline, so the answer
    // is always the game's "unhealthy", never gse-local's own timeout: at 50 ms
    // each, a loaded machine let gse-local's fire first.
    const local = await startLocal({ healthCheckIntervalMs: 50, healthCheckTimeoutMs: 2_000 });
    const { app } = await startGame(local, { health: () => new Promise<boolean>(() => {}) }, { healthCheckTimeoutMs: 30 });
    await activeSession(local);
    await local.waitFor((e) => e.type === "processStatus" && e.status === "UNHEALTHY");
    await app.ended;
    assert.deepEqual(seen(local).slice(-2), ["TerminateGameServerSession", "ProcessEnding"]);
    assert.ok(local.history.filter((e) => e.type === "healthCheck" && !e.healthy && e.detail === "the process reported unhealthy").length >= 3, JSON.stringify(local.history.filter((e) => e.type === "healthCheck" || e.type === "processStatus")));
  });

  test("the game ends its session, then hosts a new one on the same process", async () => {
    const local = await startLocal();
    const { app } = await startGame(local);
    await activeSession(local);
    await app.gse.terminateGameServerSession();
    await activeSession(local);
    assert.deepEqual(seen(local), ["ProcessReady", "ActivateGameServerSession", "TerminateGameServerSession", "ActivateGameServerSession"]);
  });
});

describe("fault matrix: the process", () => {
  test("SIGTERM, then the agent's OnProcessTerminate: one sequence, exit 0", async () => {
    const local = await startLocal();
    const game = spawnGame(local.agentAddress);
    cleanups.push(() => game.kill());
    await game.ready;
    const id = await activeSession(local);
    game.kill("SIGTERM");
    try {
      local.terminateProcess(game.pid);
    } catch {
      // Already gone: the signal won the race.
    }
    const [code] = await game.exited;
    assert.equal(code, 0);
    await local.waitFor(sessionIs(id, "TERMINATED"));
    assert.deepEqual(seen(local, game.pid), ["ProcessReady", "ActivateGameServerSession", "TerminateGameServerSession", "ProcessEnding"]);
  });

  test("a process killed outright: the agent closes its session and player sessions", async () => {
    const local = await startLocal({ livenessIntervalMs: 50 });
    const game = spawnGame(local.agentAddress);
    cleanups.push(() => game.kill());
    await game.ready;
    const id = await activeSession(local);
    const player = await join(local, id);
    game.kill("SIGKILL");
    await local.waitFor(sessionIs(id, "TERMINATED"));
    assert.equal(local.playerSessions().find((p) => p.playerSessionId === player)?.status, "COMPLETED");
    assert.equal(local.processes().find((p) => p.pid === game.pid)?.status, "TERMINATED");
  });
});

describe("fault matrix: gse-local", () => {
  test("gse-local kill -9 with launched games: the restarted one re-adopts the game, checks its health, and a normal shutdown ends it cleanly", { skip: process.platform !== "linux" && "re-adoption needs /proc" }, async () => {
    // The game logs to stdout on every health check: with its stdout a pipe
    // to the crashed gse-local, that write would end it (EPIPE).
    const game = fileURLToPath(new URL("../local/persistence/fixtures/crashGame.js", import.meta.url));
    const dir = mkdtempSync(joinPath(tmpdir(), "gse-matrix-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    // A failed assertion must not leave the game behind: gse-local's own
    // shutdown is what this test checks, so the cleanup cannot rely on it.
    cleanups.push(() => {
      for (const leftover of processesWith(game, dir)) {
        try {
          process.kill(leftover, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
    });
    const args = ["--state-dir", dir, "--health-interval", "200", "--launch", `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(game)} ${JSON.stringify(dir)}`];
    const first = startGseLocalChild(["--grpc-port", "0", "--http-port", "0", ...args]);
    cleanups.push(() => first.end("SIGKILL"));
    const listening = await first.event("listening", (l) => l["event"] === "listening");
    const [pid] = await first.until("the game registered", () => (first.registered().length === 1 ? first.registered() : undefined));
    await first.healthy(pid!);
    await first.end("SIGKILL");

    const second = startGseLocalChild(["--grpc-port", String(listening["grpcPort"]), "--http-port", String(listening["httpPort"]), ...args]);
    cleanups.push(() => second.end("SIGKILL"));
    const checks = () => second.lines.filter((l) => l["event"] === "healthCheck" && l["pid"] === pid && l["healthy"] === true).length;
    // Two healthy checks: the game wrote its log line after the first and lived.
    await second.until("two healthy checks of the adopted game", () => (checks() >= 2 ? true : undefined));
    assert.deepEqual(processesWith(game, dir), [pid], "the adopted game, and no second one");
    await second.end("SIGTERM");
    assert.deepEqual(processesWith(game, dir), []);
    // The SIGTERM reached the game, which ended the GSE way.
    const calls = second.lines.filter((l) => l["event"] === "agentCall" && l["pid"] === pid).map((l) => l["method"]);
    assert.deepEqual(calls, ["ProcessEnding"]);
  });
});
