// The orchestrator's timers on a manual clock, against fake links and a
// fake host: no sockets, no waiting on real time.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GseResponse_Status, silentLogger } from "gse-sdk";
import { createCore, createManualClock } from "gse-sdk/local";
import { createOrchestrator, type OrchestratorTimings } from "../../../src/local/orchestrator/createOrchestrator.js";
import type { ProcessLinks } from "../../../src/local/links/ProcessLinks.js";

const TIMINGS: OrchestratorTimings = {
  healthCheckIntervalMs: 1_000,
  healthCheckTimeoutMs: 500,
  unhealthyThreshold: 2,
  reservationTimeoutMs: 5_000,
  activationTimeoutMs: 3_000,
  placementTimeoutMs: 4_000,
  terminationGraceMs: 10_000,
  livenessIntervalMs: 1_000,
  killAtTerminationTime: true,
  fleetId: "fleet-local",
};

/** Lets the fake links' promises settle: no time passes on any clock. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

function setup(timings: Partial<OrchestratorTimings> = {}) {
  const clock = createManualClock();
  const core = createCore({ ipAddress: "127.0.0.1", clock });
  const calls: string[] = [];
  const alive = new Set<number>();
  const killed: number[] = [];
  const launched = new Set<number>();
  let healthy = true;
  const ok = { status: GseResponse_Status.OK, responseData: "", errorMessage: "" };
  const linked = new Set<number>();
  /** What the orchestrator read of the host's /proc, in order. */
  const hostReads: string[] = [];
  const links: ProcessLinks = {
    link: (pid) => (linked.has(pid) ? false : (linked.add(pid), true)),
    has: (pid) => linked.has(pid),
    unlink: (pid) => void linked.delete(pid),
    unlinkAll: () => linked.clear(),
    healthCheck: async (pid) => (calls.push(`OnHealthCheck ${pid}`), { healthStatus: healthy }),
    startSession: async (pid, session) => (calls.push(`OnStartGameServerSession ${pid} ${session.maxPlayers}`), ok),
    terminate: async (pid) => (calls.push(`OnProcessTerminate ${pid}`), ok),
  };
  const orchestrator = createOrchestrator({
    ...TIMINGS,
    ...timings,
    core,
    links,
    host: {
      isAlive: (pid) => alive.has(pid),
      kill: (pid) => void killed.push(pid),
      cwd: async (pid) => (hostReads.push(`cwd ${pid}`), `/games/${pid}`),
      credentials: (pid) => (hostReads.push(`credentials ${pid}`), { uid: 1000 + pid, gid: 100, groups: [] }),
    },
    processCallTimeoutMs: 1_000,
    // Only pids the test says gse-local launched may be signalled.
    mayKill: (pid) => launched.has(pid),
    logger: silentLogger,
    random: () => 0.5,
  });
  const register = (pid: number, launchedHere = true, logPaths: string[] = []) => {
    alive.add(pid);
    if (launchedHere) launched.add(pid);
    return core.processes.register({ pid, grpcPort: 1, clientPort: 2, logPaths }).process;
  };
  return { clock, core, calls, alive, killed, hostReads, orchestrator, register, setHealthy: (value: boolean) => (healthy = value) };
}

describe("the orchestrator", () => {
  test("a new session is offered to its process, and becomes ERROR if not activated in time", async () => {
    const { clock, core, calls, orchestrator, register } = setup();
    register(7);
    const session = core.gameServerSessions.create({ fleetId: "fleet-a", maximumPlayerSessionCount: 3 });
    await settle();
    assert.deepEqual(calls, ["OnStartGameServerSession 7 3"]);
    clock.advance(2_999);
    assert.equal(session.status, "ACTIVATING");
    clock.advance(1);
    assert.equal(session.status, "ERROR");
    orchestrator.close();
  });

  test("a reservation not accepted in time times out; an accepted one does not", () => {
    const { clock, core, orchestrator, register } = setup();
    const process = register(7);
    const session = core.gameServerSessions.create({ fleetId: "fleet-a", maximumPlayerSessionCount: 3 });
    core.gameServerSessions.activate(process, session.gameServerSessionId, 0);
    const [waiting, accepted] = core.playerSessions.join(session, [{ playerId: "a" }, { playerId: "b" }]);
    core.playerSessions.accept(process, session.gameServerSessionId, accepted!.playerSessionId);
    clock.advance(5_000);
    assert.equal(waiting!.status, "TIMEDOUT");
    assert.equal(accepted!.status, "ACTIVE");
    orchestrator.close();
  });

  test("failed health checks make a process UNHEALTHY, sent OnProcessTerminate, then ended and killed at its terminationTime", async () => {
    const { clock, core, calls, killed, orchestrator, register, setHealthy } = setup();
    const process = register(7);
    setHealthy(false);
    clock.advance(500); // the first check, spread to the middle of the interval
    await settle();
    assert.equal(process.healthFailures, 1);
    clock.advance(1_000);
    await settle();
    assert.equal(process.status, "UNHEALTHY");
    assert.equal(process.statusReason, "2 consecutive failed health checks");
    assert.ok(calls.includes("OnProcessTerminate 7"));
    // 1.5 s into the clock's second: the grace ends mid-second, and the game is told the next whole second.
    assert.equal(process.terminationTime, Math.ceil((clock.now() + 10_000) / 1000) * 1000);
    clock.advance(10_000);
    assert.equal(core.processes.get(7)?.status, "UNHEALTHY", "not ended before the second it was told");
    assert.deepEqual(killed, []);
    clock.advance(499);
    assert.deepEqual(killed, []);
    clock.advance(1);
    assert.equal(core.processes.get(7)?.status, "TERMINATED");
    assert.deepEqual(killed, [7]);
    orchestrator.close();
  });

  test("the kill comes no earlier than the terminationTime the game was told (whole seconds, rounded up)", async () => {
    const { clock, core, killed, orchestrator, register } = setup();
    const told: number[] = [];
    core.onEvent((e) => void (e.type === "processCall" && e.method === "OnProcessTerminate" && told.push(e.pid)));
    const process = register(11);
    clock.advance(250); // mid-second
    orchestrator.terminateProcess(process, "scale-in", 1_000);
    await settle();
    assert.deepEqual(told, [11]);
    const toldSeconds = process.terminationTime! / 1000;
    assert.ok(Number.isInteger(toldSeconds), "the record keeps the second the game was told");
    clock.advance(1_000); // the exact millisecond of now + delay: too early
    assert.deepEqual(killed, []);
    assert.equal(process.status, "TERMINATING");
    clock.advance(toldSeconds * 1000 - clock.now() - 1);
    assert.deepEqual(killed, []);
    clock.advance(1);
    assert.deepEqual(killed, [11]);
    assert.equal(process.status, "TERMINATED");
    orchestrator.close();
  });

  test("a process gse-local did not launch is asked to end, then marked TERMINATED, never signalled (issue 11 item 1)", async () => {
    const { clock, core, calls, killed, orchestrator, register, setHealthy } = setup();
    const process = register(9, false);
    setHealthy(false);
    clock.advance(500);
    await settle();
    clock.advance(1_000);
    await settle();
    assert.equal(process.status, "UNHEALTHY");
    assert.ok(calls.includes("OnProcessTerminate 9"));
    clock.advance(10_500); // to the whole second after the grace
    assert.equal(core.processes.get(9)?.status, "TERMINATED");
    assert.deepEqual(killed, []);
    orchestrator.close();
  });

  test("a pid that dies is noticed by the liveness sweep", () => {
    const { clock, alive, orchestrator, register } = setup();
    const process = register(8);
    alive.delete(8);
    clock.advance(1_000);
    assert.equal(process.status, "TERMINATED");
    assert.equal(process.statusReason, "the process exited");
    orchestrator.close();
  });

  test("a placement waits for a free process, then reserves its players once its session is ACTIVE", async () => {
    const { clock, core, calls, orchestrator, register } = setup();
    const placement = core.placements.start({
      placementId: "p1",
      queueName: "q",
      maximumPlayerSessionCount: 2,
      desiredPlayerSessions: [{ PlayerId: "ada", PlayerData: "" }],
    });
    clock.advance(1_000);
    const process = register(9);
    await settle();
    assert.deepEqual(calls, ["OnStartGameServerSession 9 2"]);
    core.gameServerSessions.activate(process, placement.gameServerSessionId!, 0);
    assert.equal(placement.status, "FULFILLED");
    assert.equal(placement.placedPlayerSessions[0]?.PlayerId, "ada");
    orchestrator.close();
  });

  test("a placement waiting on a latency cap is placed when the cap relaxes, with no other event (a timer on the core's clock)", async () => {
    const { clock, core, calls, orchestrator, register } = setup({ placementTimeoutMs: 60_000 });
    core.control.routing.createQueue(
      "near-first",
      {
        destinations: ["fleet-local"],
        timeoutInSeconds: 30,
        playerLatencyPolicies: [
          { maximumIndividualPlayerLatencyMilliseconds: 50, policyDurationSeconds: 2 },
          { maximumIndividualPlayerLatencyMilliseconds: 80, policyDurationSeconds: 3 },
          { maximumIndividualPlayerLatencyMilliseconds: 200 },
        ],
      },
      "ap-guangzhou",
      10,
    );
    register(9);
    const placement = core.placements.start({
      placementId: "p-lat",
      queueName: "near-first",
      maximumPlayerSessionCount: 2,
      playerLatencies: [{ PlayerId: "ada", LatencyInMilliseconds: 120 }],
    });
    await settle();
    assert.equal(placement.gameServerSessionId, undefined, "120 ms is over the 50 ms cap");
    clock.advance(4_999); // the 80 ms cap from 2 s on: still over
    await settle();
    assert.equal(placement.gameServerSessionId, undefined);
    assert.deepEqual(calls.filter((c) => c.startsWith("OnStart")), []);
    clock.advance(1); // 5 s: the 200 ms cap
    await settle();
    assert.ok(placement.gameServerSessionId, "placed the moment the cap relaxed");
    assert.deepEqual(calls.filter((c) => c.startsWith("OnStart")), ["OnStartGameServerSession 9 2"]);
    orchestrator.close();
    assert.equal(clock.pending, 0, "no re-check timer left behind");
  });

  test("a placement no process takes times out", () => {
    const { clock, core, orchestrator } = setup();
    const placement = core.placements.start({ placementId: "p2", queueName: "q", maximumPlayerSessionCount: 1 });
    clock.advance(4_000);
    assert.equal(placement.status, "TIMED_OUT");
    orchestrator.close();
  });

  test("a process's working directory and credentials are read once it lists log paths, and only then", async () => {
    const { core, hostReads, orchestrator, register } = setup();
    register(7);
    await settle();
    assert.deepEqual(hostReads, [], "no log paths: nothing of /proc is needed");
    // Re-announced (the SDK after an agent restart), now with a log path.
    register(7, true, ["game.log"]);
    await settle();
    assert.deepEqual(hostReads, ["credentials 7", "cwd 7"]);
    assert.deepEqual(core.processes.get(7)?.credentials, { uid: 1007, gid: 100, groups: [] });
    assert.equal(core.processes.get(7)?.cwd, "/games/7");
    register(7, true, ["game.log"]);
    register(8, true, ["/var/log/game.log"]);
    await settle();
    assert.deepEqual(hostReads, ["credentials 7", "cwd 7", "credentials 8", "cwd 8"], "learned once per process");
    orchestrator.close();
  });

  test("an activation or a reservation that ends drops its deadline then, not when it would have fired", async () => {
    const { clock, core, orchestrator, register } = setup();
    const process = register(7);
    await settle();
    const idle = clock.pending; // the health check and the liveness sweep
    const session = core.gameServerSessions.create({ fleetId: "fleet-a", maximumPlayerSessionCount: 3 });
    assert.equal(clock.pending, idle + 1, "the activation's deadline");
    core.gameServerSessions.activate(process, session.gameServerSessionId, 0);
    assert.equal(clock.pending, idle, "activated: its deadline is gone");
    const [accepted, removed, waiting] = core.playerSessions.join(session, [{ playerId: "a" }, { playerId: "b" }, { playerId: "c" }]);
    assert.equal(clock.pending, idle + 3, "one deadline per reservation");
    core.playerSessions.accept(process, session.gameServerSessionId, accepted!.playerSessionId);
    core.playerSessions.remove(process, session.gameServerSessionId, removed!.playerSessionId);
    assert.equal(clock.pending, idle + 1, "only the reservation still waiting keeps one");
    clock.advance(5_000);
    assert.equal(waiting!.status, "TIMEDOUT");
    assert.equal(accepted!.status, "ACTIVE");
    orchestrator.close();
    assert.equal(clock.pending, 0);
  });

  test("close() leaves no timer behind", () => {
    const { clock, orchestrator, register } = setup();
    register(1);
    orchestrator.close();
    assert.equal(clock.pending, 0);
  });
});
