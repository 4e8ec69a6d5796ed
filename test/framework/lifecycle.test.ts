import assert from "node:assert/strict";
import { test } from "node:test";
import { lifecycleTransition as transition, type GameServerSession, type LifecycleEvent, type LifecycleState } from "gse-sdk";

const s = (id: string) => ({ gameServerSessionId: id, maxPlayers: 2 }) as GameServerSession;

const states: Record<string, LifecycleState> = {
  starting: { phase: "starting" },
  ready: { phase: "ready" },
  "activating(A)": { phase: "activating", session: s("A") },
  "active(A)": { phase: "active", session: s("A") },
  "ending(A)": { phase: "ending", session: s("A") },
  ending: { phase: "ending", session: undefined },
  ended: { phase: "ended" },
};
const events: Record<string, LifecycleEvent> = {
  processReady: { type: "processReady" },
  "offer(B)": { type: "sessionOffered", session: s("B") },
  "activated(A)": { type: "sessionActivated", gameServerSessionId: "A" },
  "activated(B)": { type: "sessionActivated", gameServerSessionId: "B" },
  "ended(A)": { type: "sessionEnded", gameServerSessionId: "A" },
  "ended(B)": { type: "sessionEnded", gameServerSessionId: "B" },
  endRequested: { type: "endRequested" },
  processEnded: { type: "processEnded" },
};

// Every (state, event) pair and what must follow: a state name, or "-" for refused.
const expected: Record<string, Record<string, string>> = {
  starting: { processReady: "ready", "offer(B)": "activating(B)", "activated(A)": "-", "activated(B)": "-", "ended(A)": "-", "ended(B)": "-", endRequested: "ending", processEnded: "-" },
  ready: { processReady: "ready", "offer(B)": "activating(B)", "activated(A)": "-", "activated(B)": "-", "ended(A)": "-", "ended(B)": "-", endRequested: "ending", processEnded: "-" },
  "activating(A)": { processReady: "activating(A)", "offer(B)": "-", "activated(A)": "active(A)", "activated(B)": "-", "ended(A)": "ready", "ended(B)": "-", endRequested: "ending(A)", processEnded: "-" },
  "active(A)": { processReady: "active(A)", "offer(B)": "-", "activated(A)": "-", "activated(B)": "-", "ended(A)": "ready", "ended(B)": "-", endRequested: "ending(A)", processEnded: "-" },
  "ending(A)": { processReady: "ending(A)", "offer(B)": "-", "activated(A)": "-", "activated(B)": "-", "ended(A)": "ending", "ended(B)": "-", endRequested: "-", processEnded: "ended" },
  ending: { processReady: "ending", "offer(B)": "-", "activated(A)": "-", "activated(B)": "-", "ended(A)": "-", "ended(B)": "-", endRequested: "-", processEnded: "ended" },
  ended: { processReady: "-", "offer(B)": "-", "activated(A)": "-", "activated(B)": "-", "ended(A)": "-", "ended(B)": "-", endRequested: "-", processEnded: "-" },
};

function name(state: LifecycleState): string {
  return "session" in state && state.session ? `${state.phase}(${state.session.gameServerSessionId})` : state.phase;
}

test("the lifecycle state machine: every state × event pair", () => {
  for (const [stateName, state] of Object.entries(states)) {
    for (const [eventName, event] of Object.entries(events)) {
      const result = transition(state, event);
      const got = result.ok ? name(result.state) : "-";
      assert.equal(got, expected[stateName]![eventName], `${stateName} --${eventName}-->`);
      if (!result.ok) assert.ok(result.reason.length > 10, "a refusal says why");
    }
  }
});

test("random walks never hold two sessions, never activate twice, and end only through ending", () => {
  // A fixed-seed walk over the event space: cheap property check of invariants.
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pool = Object.values(events).concat([{ type: "sessionOffered", session: s("A") }]);
  for (let walk = 0; walk < 500; walk++) {
    let state: LifecycleState = { phase: "starting" };
    const activated = new Set<string>();
    for (let step = 0; step < 30; step++) {
      const event = pool[Math.floor(random() * pool.length)]!;
      const result = transition(state, event);
      if (!result.ok) continue;
      if (event.type === "sessionActivated") {
        assert.ok(!activated.has(event.gameServerSessionId) || state.phase === "activating");
        activated.add(event.gameServerSessionId);
      }
      if (result.state.phase === "ended") assert.equal(state.phase, "ending");
      if (event.type === "sessionOffered") assert.ok(!("session" in state && state.session));
      state = result.state;
    }
  }
});
