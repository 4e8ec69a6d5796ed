// The core on its own: no sockets, a manual clock. Transitions, refusals,
// the order events are delivered in, and the change stream.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CoreRefusal, createCore, createManualClock, type GseLocalEvent, type StateChange } from "gse-sdk/local";

function setup() {
  const clock = createManualClock(1_000_000);
  const core = createCore({ ipAddress: "10.0.0.1", clock });
  const events: GseLocalEvent[] = [];
  core.onEvent((e) => events.push(e));
  const register = (pid: number, clientPort = 7000 + pid) => core.processes.register({ pid, grpcPort: 9000 + pid, clientPort, logPaths: [] }).process;
  return { clock, core, events, register };
}

const refusal = (reason: string) => (error: unknown) => error instanceof CoreRefusal && error.reason === reason;

describe("the core", () => {
  test("a session goes from a free process through activation to players, stamped by the core's clock", () => {
    const { clock, core, events, register } = setup();
    const process = register(11);
    clock.advance(500);
    const session = core.gameServerSessions.create({ fleetId: "fleet-a", maximumPlayerSessionCount: 2 });
    assert.equal(session.pid, 11);
    assert.equal(session.creationTime, 1_000_500);
    assert.equal(session.ipAddress, "10.0.0.1");
    assert.equal(core.processes.get(11)?.gameServerSessionId, session.gameServerSessionId);
    core.gameServerSessions.activate(process, session.gameServerSessionId, 0);
    const [player] = core.playerSessions.join(session, [{ playerId: "ada" }]);
    core.playerSessions.accept(process, session.gameServerSessionId, player!.playerSessionId);
    assert.equal(core.gameServerSessions.openPlayerCount(session), 1);
    assert.deepEqual(
      events.map((e) => e.type === "gameServerSessionStatus" || e.type === "playerSessionStatus" ? `${e.type}:${e.status}` : e.type),
      ["processRegistered", "gameServerSessionStatus:ACTIVATING", "gameServerSessionStatus:ACTIVE", "playerSessionStatus:RESERVED", "playerSessionStatus:ACTIVE"],
    );
  });

  test("refusals carry one of the closed reasons", () => {
    const { core, register } = setup();
    assert.throws(() => core.gameServerSessions.create({ fleetId: "fleet-a", maximumPlayerSessionCount: 1 }), refusal("NO_CAPACITY"));
    const a = register(1);
    const b = register(2);
    const session = core.gameServerSessions.create({ fleetId: "fleet-a", maximumPlayerSessionCount: 1 });
    assert.throws(() => core.gameServerSessions.activate(b, session.gameServerSessionId, 0), refusal("NOT_OWNER"));
    assert.throws(() => core.playerSessions.join(session, [{ playerId: "p" }]), refusal("WRONG_STATE"));
    core.gameServerSessions.activate(a, session.gameServerSessionId, 0);
    assert.throws(() => core.gameServerSessions.activate(a, session.gameServerSessionId, 0), refusal("WRONG_STATE"));
    assert.throws(() => core.playerSessions.join(session, [{ playerId: "p" }, { playerId: "q" }]), refusal("NO_CAPACITY"));
    core.gameServerSessions.setCreationPolicy(session, "DENY_ALL");
    assert.throws(() => core.playerSessions.join(session, [{ playerId: "p" }]), refusal("NOT_ACCEPTING"));
    assert.throws(() => core.processes.live(99), refusal("NOT_REGISTERED"));
    assert.throws(() => core.gameServerSessions.require("nope"), refusal("NOT_FOUND"));
    core.placements.start({ placementId: "p1", queueName: "q", maximumPlayerSessionCount: 1 });
    assert.throws(() => core.placements.start({ placementId: "p1", queueName: "q", maximumPlayerSessionCount: 1 }), refusal("ALREADY_EXISTS"));
  });

  test("an idempotency token gives the same session again", () => {
    const { core, register } = setup();
    register(1);
    register(2);
    const first = core.gameServerSessions.create({ fleetId: "fleet-a", maximumPlayerSessionCount: 1, idempotencyToken: "t" });
    const again = core.gameServerSessions.create({ fleetId: "fleet-a", maximumPlayerSessionCount: 1, idempotencyToken: "t" });
    assert.equal(again, first);
    assert.equal(core.gameServerSessions.list().length, 1);
  });

  test("listeners hear of a transition once it is whole: the ended session's process is already free", () => {
    const { core, register } = setup();
    const process = register(5);
    const session = core.gameServerSessions.create({ fleetId: "fleet-a", maximumPlayerSessionCount: 1 });
    core.gameServerSessions.activate(process, session.gameServerSessionId, 0);
    let freeWhenHeard: boolean | undefined;
    core.onEvent((e) => {
      if (e.type === "gameServerSessionStatus" && e.status === "TERMINATED") freeWhenHeard = core.processes.free()?.pid === 5;
    });
    core.gameServerSessions.terminateByProcess(process, session.gameServerSessionId);
    assert.equal(freeWhenHeard, true);
  });

  test("every write is a StateChange, in order, and a listener that throws stops nobody", () => {
    const errors: unknown[] = [];
    const core = createCore({ ipAddress: "10.0.0.1", clock: createManualClock(), onListenerError: (e) => errors.push(e) });
    const changes: StateChange[] = [];
    core.onEvent(() => {
      throw new Error("a careless listener");
    });
    core.onChange((c) => changes.push(c));
    core.processes.register({ pid: 3, grpcPort: 1, clientPort: 2, logPaths: [] });
    core.gameServerSessions.create({ fleetId: "fleet-a", maximumPlayerSessionCount: 1 });
    assert.deepEqual(
      changes.map((c) => (c.kind === "reset" ? "reset" : `${c.kind} ${c.domain}`)),
      // instanceUsage: the registered process is listed in its instance's life (instance log URLs).
      ["put processes", "put instanceUsage", "put gameServerSessions", "put processes"],
    );
    assert.equal(errors.length, 2);
    // Records are plain data: a journal can keep them as JSON.
    const last = changes.at(-1);
    assert.ok(last && last.kind === "put");
    assert.deepEqual(JSON.parse(JSON.stringify(last.record)).pid, 3);
    core.reset();
    assert.equal(changes.at(-1)?.kind, "reset");
    assert.equal(core.processes.list().length, 0);
  });

  test("CoreRefusal is recognised across copies of the package by its brand", () => {
    const foreign = Object.assign(new Error("from another copy"), { reason: "NOT_FOUND" });
    Object.defineProperty(foreign, Symbol.for("gse-sdk.CoreRefusal"), { value: true });
    assert.ok(foreign instanceof CoreRefusal);
    assert.ok(!(new Error("plain") instanceof CoreRefusal));
  });
});
