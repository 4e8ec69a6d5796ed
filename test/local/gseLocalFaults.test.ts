// gse-local's fault injection: delay, drop, fail and refuse chosen agent calls
// and calls to processes, restart the gRPC listener with or without its state,
// and the --fault CLI flag. A faulted call changes no state; a dropped call
// never leaks past its caller's deadline or gse-local's close().
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { afterEach, describe, test } from "node:test";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ClientError, Status } from "nice-grpc";
import { GseResponse_Status, isGseError, silentLogger } from "gse-sdk";
import { createGseLocal, parseFaultRule, type FaultRule, type GseLocal, type GseLocalEvent, type GseLocalOptions } from "gse-sdk/local";
import { startTcpGame } from "../fixtures/tcpGame.js";
import { createOfficialGseClient } from "../helpers/officialGseClient.js";
import { checkInvariants } from "./fixtures/checkInvariants.js";
import { startFakeFleet, startLocalWithFakes, type FakeFleet } from "./fixtures/fakeProcesses.js";

const DEADLINE_MS = 10_000;
// Found through the package's own name, so the compiled test finds it from any output directory.
const bin = join(dirname(createRequire(import.meta.url).resolve("gse-sdk/package.json")), "bin", "gse-local.js");
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(options: GseLocalOptions = {}, processes = 1): Promise<{ local: GseLocal; fleet: FakeFleet }> {
  const { local, fleet, close } = await startLocalWithFakes(options, processes);
  cleanups.push(close);
  return { local, fleet };
}

// Checks come often, but each may take long: gse-local's default deadline
// (the interval, 30 ms) is what a loaded machine trips, and these tests are
// about the failures the fault rules inject, not about slow answers.
const FAST_HEALTH = { healthCheckIntervalMs: 30, healthCheckTimeoutMs: 5_000 } as const;

const injected = (method: string, action?: string) => (e: GseLocalEvent) =>
  e.type === "faultInjected" && e.method === method && (action === undefined || e.action === action);
const count = (local: GseLocal, predicate: (e: GseLocalEvent) => boolean) => local.history.filter(predicate).length;

async function activeSession(local: GseLocal, maxPlayers = 4): Promise<string> {
  const cloud = createOfficialGseClient(local.cloudEndpoint);
  const id = (await cloud.call("CreateGameServerSession", { FleetId: "fleet-f", MaximumPlayerSessionCount: maxPlayers }))["GameServerSession"]["GameServerSessionId"] as string;
  await local.waitFor((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === id && e.status === "ACTIVE", { timeoutMs: DEADLINE_MS });
  return id;
}

describe("agent methods", () => {
  test("fail answers the gRPC status for the next N calls, changes nothing, then expires", async () => {
    const { local, fleet } = await start({ faults: [{ method: "ProcessReady", action: "fail", code: "UNAVAILABLE", times: 2 }] });
    const [fake] = fleet.processes;
    for (let i = 0; i < 2; i++) {
      await assert.rejects(fake!.ready(), (e: ClientError) => e.code === Status.UNAVAILABLE && /fault injected by gse-local \(UNAVAILABLE\)/.test(e.details));
    }
    assert.equal(local.processes().length, 0, "a failed call registers nothing");
    assert.equal(count(local, injected("ProcessReady", "fail")), 2);
    assert.equal((await fake!.ready()).status, GseResponse_Status.OK, "the rule expired after 2 calls");
    assert.deepEqual(local.faults.list(), []);
    checkInvariants(local);
  });

  test("refuse answers GseResponse ERROR_400/ERROR_500, or FAILED_PRECONDITION where the reply has no status", async () => {
    const { local, fleet } = await start();
    const [fake] = fleet.processes;
    await fake!.ready();
    local.faults.add({ method: "ReportCustomData", action: "refuse", status: "ERROR_500", message: "agent overloaded", times: 1 });
    local.faults.add({ method: "DescribePlayerSessions", action: "refuse", status: "ERROR_400", times: 1 });
    const refused = await fleet.agent.reportCustomData({ currentCustomCount: 3, maxCustomCount: 9 }, { metadata: fake!.metadata() });
    assert.deepEqual(refused, { status: GseResponse_Status.ERROR_500, responseData: "", errorMessage: "agent overloaded" });
    assert.equal(local.processes()[0]!.currentCustomCount, 0, "a refused call changes nothing");
    await assert.rejects(
      fleet.agent.describePlayerSessions({ playerId: "p" }, { metadata: fake!.metadata() }),
      (e: ClientError) => e.code === Status.FAILED_PRECONDITION && /refused with ERROR_400/.test(e.details),
    );
    assert.equal((await fleet.agent.reportCustomData({ currentCustomCount: 3, maxCustomCount: 9 }, { metadata: fake!.metadata() })).status, GseResponse_Status.OK);
    assert.equal(local.processes()[0]!.currentCustomCount, 3);
  });

  test("a failed call is not remembered: a retry with the same requestId is handled afresh", async () => {
    const { local, fleet } = await start();
    const [fake] = fleet.processes;
    await fake!.ready();
    local.faults.add({ method: "ReportCustomData", action: "fail", code: "INTERNAL", times: 1 });
    const metadata = fake!.metadata("retry-1");
    await assert.rejects(fleet.agent.reportCustomData({ currentCustomCount: 5, maxCustomCount: 5 }, { metadata }), (e: ClientError) => e.code === Status.INTERNAL);
    assert.equal((await fleet.agent.reportCustomData({ currentCustomCount: 5, maxCustomCount: 5 }, { metadata })).status, GseResponse_Status.OK);
    assert.equal(local.processes()[0]!.currentCustomCount, 5);
  });

  test("delay answers late; the call takes effect even when the caller gave up, and its retry gets that answer", async () => {
    const { local, fleet } = await start();
    const [fake] = fleet.processes;
    await fake!.ready();
    local.faults.add({ method: "ReportCustomData", action: "delay", ms: 300, times: 1 });
    const metadata = fake!.metadata("slow-1");
    const startedAt = Date.now();
    await assert.rejects(
      fleet.agent.reportCustomData({ currentCustomCount: 7, maxCustomCount: 8 }, { metadata, signal: AbortSignal.timeout(50) }),
      (e: Error) => e.name === "AbortError" || e.name === "TimeoutError",
    );
    await local.waitFor((e) => e.type === "customData" && e.currentCustomCount === 7, { timeoutMs: DEADLINE_MS });
    assert.ok(Date.now() - startedAt >= 290, "applied after the delay");
    const retry = await fleet.agent.reportCustomData({ currentCustomCount: 7, maxCustomCount: 8 }, { metadata });
    assert.equal(retry.status, GseResponse_Status.OK);
    assert.equal(count(local, (e) => e.type === "customData"), 1, "the retry was answered from memory");
    assert.ok(local.history.some((e) => e.type === "agentCall" && e.requestId === "slow-1" && e.repeated));
  });

  test("drop never answers: the caller's deadline or cancellation ends the call, and nothing changes", async () => {
    const { local, fleet } = await start();
    const [fake] = fleet.processes;
    await fake!.ready();
    const remove = local.faults.add({ method: "*", action: "drop" });
    await assert.rejects(
      fleet.agent.reportCustomData({ currentCustomCount: 1, maxCustomCount: 1 }, { metadata: fake!.metadata(), signal: AbortSignal.timeout(100) }),
      (e: Error) => e.name === "AbortError" || e.name === "TimeoutError",
    );
    const cancel = new AbortController();
    const pending = fleet.agent.processEnding({}, { metadata: fake!.metadata(), signal: cancel.signal });
    await local.waitFor(injected("ProcessEnding", "drop"), { timeoutMs: DEADLINE_MS });
    cancel.abort();
    await assert.rejects(pending, (e: Error) => e.name === "AbortError");
    remove();
    assert.equal(local.processes()[0]!.status, "ACTIVE", "ProcessEnding was dropped before its transition");
    assert.equal(local.processes()[0]!.currentCustomCount, 0);
    assert.equal((await fleet.agent.reportCustomData({ currentCustomCount: 1, maxCustomCount: 1 }, { metadata: fake!.metadata() })).status, GseResponse_Status.OK);
  });

  test("close() ends dropped calls at once: none outlives gse-local", async () => {
    const local = await createGseLocal({ grpcPort: 0, httpPort: 0, verifyPeers: false, logger: silentLogger, faults: [{ method: "ReportCustomData", action: "drop" }] });
    const fleet = await startFakeFleet(local.agentAddress, 1);
    cleanups.push(() => fleet.close());
    await fleet.processes[0]!.ready();
    const pending = fleet.agent.reportCustomData({ currentCustomCount: 1, maxCustomCount: 1 }, { metadata: fleet.processes[0]!.metadata() });
    await local.waitFor(injected("ReportCustomData", "drop"), { timeoutMs: DEADLINE_MS });
    const closing = Date.now();
    await local.close();
    await assert.rejects(pending, (e: ClientError) => e instanceof ClientError);
    assert.ok(Date.now() - closing < 2_000, "close() did not wait for a deadline");
  });

  test("rules match by method and pid, in the order added; '*' is every agent method", async () => {
    const { local, fleet } = await start({}, 2);
    const [a, b] = fleet.processes;
    await a!.ready();
    await b!.ready();
    local.faults.add({ method: "ReportCustomData", pid: a!.pid, action: "refuse", status: "ERROR_400", times: 1 });
    local.faults.add({ method: "*", action: "fail", code: "ABORTED", times: 1 });
    // b does not match the first rule; the second, for any method, takes it.
    await assert.rejects(fleet.agent.reportCustomData({ currentCustomCount: 1, maxCustomCount: 1 }, { metadata: b!.metadata() }), (e: ClientError) => e.code === Status.ABORTED);
    assert.equal((await fleet.agent.reportCustomData({ currentCustomCount: 1, maxCustomCount: 1 }, { metadata: a!.metadata() })).status, GseResponse_Status.ERROR_400);
    assert.equal((await fleet.agent.reportCustomData({ currentCustomCount: 1, maxCustomCount: 1 }, { metadata: a!.metadata() })).status, GseResponse_Status.OK);
    const events = local.history.filter((e): e is Extract<GseLocalEvent, { type: "faultInjected" }> => e.type === "faultInjected");
    assert.deepEqual(
      events.map(({ method, pid, action }) => ({ method, pid, action })),
      [
        { method: "ReportCustomData", pid: b!.pid, action: "fail" },
        { method: "ReportCustomData", pid: a!.pid, action: "refuse" },
      ],
    );
  });

  test("add() returns a remover, clear() removes all, list() shows what is left; bad rules are refused", async () => {
    const { local } = await start();
    const remove = local.faults.add({ method: "AcceptPlayerSession", action: "fail", code: "UNAVAILABLE", times: 3 });
    local.faults.add({ method: "*", action: "delay", ms: 10 });
    assert.deepEqual(local.faults.list(), [
      { method: "AcceptPlayerSession", action: "fail", code: "UNAVAILABLE", times: 3 },
      { method: "*", action: "delay", ms: 10 },
    ]);
    remove();
    remove();
    assert.equal(local.faults.list().length, 1);
    local.faults.clear();
    assert.deepEqual(local.faults.list(), []);
    const bad: unknown[] = [
      { method: "Nope", action: "drop" },
      { method: "*", action: "explode" },
      { method: "*", action: "delay", ms: -1 },
      { method: "*", action: "delay", ms: 2 ** 31 },
      { method: "*", action: "fail", code: "OK" },
      { method: "*", action: "refuse", status: "ERROR_404" },
      { method: "*", action: "drop", times: 0 },
      { method: "*", action: "drop", pid: -5 },
    ];
    for (const rule of bad) assert.throws(() => local.faults.add(rule as FaultRule), (e: unknown) => isGseError(e) && e.code === "BAD_REQUEST_EXCEPTION", JSON.stringify(rule));
    await assert.rejects(createGseLocal({ grpcPort: 0, httpPort: 0, faults: [{ method: "*", action: "delay" } as unknown as FaultRule] }), (e: unknown) => isGseError(e));
  });
});

describe("calls to processes", () => {
  test("OnHealthCheck failing UNAVAILABLE reads as an unreachable process: TERMINATED at the threshold; '*' leaves health checks alone", async () => {
    const { local, fleet } = await start({ ...FAST_HEALTH, unhealthyThreshold: 2 });
    const [fake] = fleet.processes;
    await fake!.ready();
    // Every agent method refused, yet health checks still reach the process.
    local.faults.add({ method: "*", action: "refuse", status: "ERROR_500" });
    const since = local.history.length;
    await local.waitFor((e) => e.type === "healthCheck" && e.pid === fake!.pid && e.healthy, { since, timeoutMs: DEADLINE_MS });
    local.faults.clear();
    local.faults.add({ method: "OnHealthCheck", pid: fake!.pid, action: "fail", code: "UNAVAILABLE" });
    const ended = await local.waitFor((e) => e.type === "processStatus" && e.pid === fake!.pid && e.status === "TERMINATED", { timeoutMs: DEADLINE_MS });
    assert.match((ended as { reason: string }).reason, /stopped answering/);
    assert.ok(local.history.some(injected("OnHealthCheck", "fail")));
  });

  test("OnHealthCheck refused reads as unhealthy: UNHEALTHY, then OnProcessTerminate", async () => {
    const { local, fleet } = await start({ ...FAST_HEALTH, unhealthyThreshold: 2 }, 1);
    const [fake] = fleet.processes;
    local.faults.add({ method: "OnHealthCheck", action: "refuse", status: "ERROR_500" });
    await fake!.ready();
    await local.waitFor((e) => e.type === "processStatus" && e.pid === fake!.pid && e.status === "UNHEALTHY", { timeoutMs: DEADLINE_MS });
    await local.waitFor((e) => e.type === "processCall" && e.method === "OnProcessTerminate" && e.pid === fake!.pid, { timeoutMs: DEADLINE_MS });
  });

  test("OnStartGameServerSession refused or failed ends the session in ERROR and frees the process", async () => {
    const { local, fleet } = await start({}, 1);
    await fleet.processes[0]!.ready();
    local.faults.add({ method: "OnStartGameServerSession", action: "refuse", status: "ERROR_400", times: 1 });
    local.faults.add({ method: "OnStartGameServerSession", action: "fail", code: "UNAVAILABLE", times: 1 });
    const cloud = createOfficialGseClient(local.cloudEndpoint);
    for (const why of [/refused the session/, /OnStartGameServerSession failed/]) {
      const id = (await cloud.call("CreateGameServerSession", { FleetId: "fleet-f", MaximumPlayerSessionCount: 2 }))["GameServerSession"]["GameServerSessionId"] as string;
      const failed = await local.waitFor((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === id && e.status === "ERROR", { timeoutMs: DEADLINE_MS });
      assert.match((failed as { reason: string }).reason, why);
    }
    assert.equal(fleet.processes[0]!.sessions.length, 0, "the process never heard of either session");
    await activeSession(local);
    checkInvariants(local);
  });

  test("OnProcessTerminate dropped: the process never hears it and is ended at its terminationTime", async () => {
    const { local, fleet } = await start({ terminationGraceMs: 200 }, 1);
    const [fake] = fleet.processes;
    await fake!.ready();
    local.faults.add({ method: "OnProcessTerminate", action: "drop" });
    local.terminateProcess(fake!.pid);
    const ended = await local.waitFor((e) => e.type === "processStatus" && e.pid === fake!.pid && e.status === "TERMINATED", { timeoutMs: DEADLINE_MS });
    assert.match((ended as { reason: string }).reason, /terminationTime passed/);
  });
});

/**
 * A call right after a restart can still meet the connection the restart
 * cut (CANCELLED) or the client's reconnect backoff (UNAVAILABLE); the SDK
 * retries those, and so does this, each time once the channel is READY.
 */
async function afterRestart<T>(fleet: FakeFleet, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await fleet.connected();
    try {
      return await call();
    } catch (error) {
      const transient = error instanceof ClientError && (error.code === Status.UNAVAILABLE || error.code === Status.CANCELLED);
      if (!transient || attempt >= 5) throw error;
    }
  }
}

describe("restartAgent", () => {
  test("keeps state by default: the listener is down, then back on the same port with every process and session", async () => {
    const { local, fleet } = await start();
    const [fake] = fleet.processes;
    await fake!.ready();
    const id = await activeSession(local);
    const restarting = local.restartAgent({ downMs: 150 });
    await local.waitFor((e) => e.type === "agentRestart" && e.phase === "down", { timeoutMs: DEADLINE_MS });
    await assert.rejects(
      fleet.agent.reportCustomData({ currentCustomCount: 1, maxCustomCount: 1 }, { metadata: fake!.metadata() }),
      (e: ClientError) => e.code === Status.UNAVAILABLE,
    );
    await restarting;
    assert.ok(local.history.some((e) => e.type === "agentRestart" && e.phase === "up" && e.grpcPort === local.grpcPort && !e.forgotState));
    const answer = await afterRestart(fleet, () => fleet.agent.reportCustomData({ currentCustomCount: 1, maxCustomCount: 1 }, { metadata: fake!.metadata() }));
    assert.equal(answer.status, GseResponse_Status.OK, "the process is still registered");
    assert.equal(local.gameServerSessions().find((s) => s.gameServerSessionId === id)?.status, "ACTIVE");
    await assert.rejects(local.restartAgent({ downMs: -1 }), (e: unknown) => isGseError(e) && e.code === "BAD_REQUEST_EXCEPTION");
  });

  test("a delayed call in flight when the agent restarts is abandoned, and changes nothing", async () => {
    const { local, fleet } = await start();
    const [fake] = fleet.processes;
    await fake!.ready();
    local.faults.add({ method: "ReportCustomData", action: "delay", ms: 5_000 });
    const pending = fleet.agent.reportCustomData({ currentCustomCount: 4, maxCustomCount: 4 }, { metadata: fake!.metadata() });
    await local.waitFor(injected("ReportCustomData", "delay"), { timeoutMs: DEADLINE_MS });
    await local.restartAgent();
    await assert.rejects(pending, (e: ClientError) => e instanceof ClientError);
    assert.equal(local.processes()[0]!.currentCustomCount, 0);
  });

  test("forgetState comes back as a fresh agent: nothing registered, requestIds forgotten, ProcessReady registers anew", async () => {
    const { local, fleet } = await start();
    const [fake] = fleet.processes;
    await fake!.ready();
    await activeSession(local);
    const metadata = fake!.metadata("before-restart");
    assert.equal((await fleet.agent.reportCustomData({ currentCustomCount: 2, maxCustomCount: 2 }, { metadata })).status, GseResponse_Status.OK);
    await local.restartAgent({ forgetState: true });
    assert.deepEqual([local.processes(), local.gameServerSessions(), local.playerSessions(), local.placements()], [[], [], [], []]);
    const answer = await afterRestart(fleet, () => fleet.agent.reportCustomData({ currentCustomCount: 2, maxCustomCount: 2 }, { metadata }));
    assert.equal(answer.status, GseResponse_Status.ERROR_400, "not answered from memory: the process is unknown now");
    assert.match(answer.errorMessage, /not registered/);
    assert.equal((await afterRestart(fleet, () => fake!.ready())).status, GseResponse_Status.OK);
    assert.equal(local.history.filter((e) => e.type === "processRegistered" && e.pid === fake!.pid && !e.reannounced).length, 2);
    await activeSession(local);
    checkInvariants(local);
  });

  test("a GseApp game whose call meets the restart retries, reconnects and announces itself again", async () => {
    const { local } = await start({}, 0);
    const game = await startTcpGame(local.agentAddress);
    cleanups.push(() => game.close());
    await local.waitFor((e) => e.type === "processRegistered" && e.pid === process.pid, { timeoutMs: DEADLINE_MS });
    const since = local.history.length;
    const restarting = local.restartAgent({ downMs: 300 });
    // Sent while the agent is down: UNAVAILABLE, retried by the SDK. Its
    // retries can all fall inside grpc-js's reconnect backoff, so the game
    // may have to call again; the first success after a failure is the SDK's
    // cue to announce itself again.
    for (let attempt = 1; ; attempt++) {
      const outcome = await game.app.gse.reportCustomData(1, 2).then(
        () => "ok",
        (e: unknown) => (isGseError(e) ? e.code : String(e)),
      );
      if (outcome === "ok") break;
      assert.ok(outcome === "SERVICE_CALL_FAILED" && attempt < 10, outcome);
    }
    await restarting;
    await local.waitFor((e) => e.type === "processRegistered" && e.pid === process.pid && e.reannounced, { since, timeoutMs: DEADLINE_MS });
    await activeSession(local);
    checkInvariants(local);
  });
});

describe("--fault", () => {
  test("parses <method>:<action>[:arg][xN]", () => {
    assert.deepEqual(parseFaultRule("AcceptPlayerSession:fail:UNAVAILABLEx2"), { method: "AcceptPlayerSession", action: "fail", code: "UNAVAILABLE", times: 2 });
    assert.deepEqual(parseFaultRule("*:delay:200"), { method: "*", action: "delay", ms: 200 });
    assert.deepEqual(parseFaultRule("processready:drop"), { method: "ProcessReady", action: "drop" });
    assert.deepEqual(parseFaultRule("TerminateGameServerSession:refuse:error_500x1"), { method: "TerminateGameServerSession", action: "refuse", status: "ERROR_500", times: 1 });
    assert.deepEqual(parseFaultRule("OnHealthCheck:fail:DEADLINE_EXCEEDED"), { method: "OnHealthCheck", action: "fail", code: "DEADLINE_EXCEEDED" });
    for (const bad of ["", "ProcessReady", "Nope:drop", "*:delay", "*:delay:abc", "*:drop:1", "*:fail:OK", "*:fail", "*:refuse:ERROR_404", "*:boom", "*:dropx0", "a:b:c:d"]) {
      assert.throws(() => parseFaultRule(bad), (e: unknown) => isGseError(e) && /syntax <method>:<action>\[:arg\]\[xN\]/.test(e.message), bad);
    }
  });

  test("the CLI applies --fault rules and logs each application as a JSON line", async () => {
    const child = spawn(process.execPath, [bin, "--grpc-port", "0", "--http-port", "0", "--verify-peers", "off", "--fault", "ProcessReady:fail:UNAVAILABLEx1", "--fault", "*:delay:20"], { stdio: ["ignore", "pipe", "pipe"] });
    cleanups.push(() => void (child.exitCode === null && child.kill("SIGKILL")));
    const lines: Record<string, unknown>[] = [];
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const waiters: (() => void)[] = [];
    createInterface({ input: child.stdout! }).on("line", (text) => {
      lines.push(JSON.parse(text) as Record<string, unknown>);
      for (const wake of waiters.splice(0)) wake();
    });
    const line = (event: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${event}" line within ${DEADLINE_MS} ms; stderr: ${stderr}`)), DEADLINE_MS);
        const look = () => {
          const found = lines.find((l) => l["event"] === event);
          if (found) {
            clearTimeout(timer);
            resolve(found);
          } else waiters.push(look);
        };
        look();
      });
    const grpcPort = (await line("listening"))["grpcPort"] as number;
    const fleet = await startFakeFleet(`127.0.0.1:${grpcPort}`, 1);
    cleanups.push(() => fleet.close());
    await assert.rejects(fleet.processes[0]!.ready(), (e: ClientError) => e.code === Status.UNAVAILABLE);
    assert.equal((await fleet.processes[0]!.ready()).status, GseResponse_Status.OK);
    await line("processRegistered");
    assert.deepEqual(
      lines.filter((l) => l["event"] === "faultInjected").map((l) => l["action"]),
      ["fail", "delay"],
    );
    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number | null];
    assert.equal(code, 0);
  });

  test("a bad --fault is a usage error (exit 2) naming the syntax", async () => {
    const child = spawn(process.execPath, [bin, "--grpc-port", "0", "--http-port", "0", "--fault", "ProcessReady:explode"], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const [code] = (await once(child, "exit")) as [number | null];
    assert.equal(code, 2);
    assert.match(stderr, /unknown action "explode"/);
  });
});
