// The ending sequence's pure parts on their own: the deadline budget
// (planEnding), the reading of a hostile terminationTime, and the lifecycle
// queue that lets a stuck call hold up the ending only halfway to its deadline.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createLifecycleQueue } from "../../src/framework/createLifecycleQueue.js";
import { ENDING_RESERVE_MS, EXIT_RESERVE_MS, MIN_CALL_MS, planEnding } from "../../src/framework/planEnding.js";
import { readTerminationTime } from "../../src/framework/readTerminationTime.js";
import { settleBy } from "../../src/framework/settleBy.js";

const NOW = 1_800_000_000_000;

test("without a terminationTime the handler gets its timeout, then the calls, close and exit their reserves", () => {
  const plan = planEnding(NOW, undefined, 30_000);
  assert.equal(plan.endBy, NOW + 30_000 + ENDING_RESERVE_MS);
  assert.equal(plan.handlerDeadline, NOW + 30_000);
  assert.equal(plan.closeDeadline, plan.endBy - EXIT_RESERVE_MS / 2);
  const callsEnd = plan.endBy - EXIT_RESERVE_MS;
  // The session's call gets half of what is left, so ProcessEnding keeps the other half.
  assert.deepEqual(plan.callDeadlines(plan.handlerDeadline, true), { session: plan.handlerDeadline + (callsEnd - plan.handlerDeadline) / 2, processEnding: callsEnd });
  assert.deepEqual(plan.callDeadlines(plan.handlerDeadline, false), { session: plan.handlerDeadline, processEnding: callsEnd });
});

test("a terminationTime sooner than the handler's timeout shortens the grace, keeping the calls' reserve", () => {
  const plan = planEnding(NOW, NOW + 5_000, 30_000);
  assert.equal(plan.endBy, NOW + 5_000);
  assert.equal(plan.handlerDeadline, NOW + 5_000 - ENDING_RESERVE_MS);
});

test("a terminationTime already past gives the handler nothing and every call still its minimum try", () => {
  const plan = planEnding(NOW, NOW - 60_000, 30_000);
  assert.equal(plan.handlerDeadline, NOW);
  assert.deepEqual(plan.callDeadlines(NOW, true), { session: NOW + MIN_CALL_MS, processEnding: NOW + 2 * MIN_CALL_MS });
  assert.deepEqual(plan.callDeadlines(NOW, false), { session: NOW, processEnding: NOW + MIN_CALL_MS });
});

test("terminationTime: 0 is absent, seconds and milliseconds are both read, a hostile value becomes now", () => {
  assert.deepEqual(readTerminationTime(0, NOW), { kind: "absent" });
  assert.deepEqual(readTerminationTime(1_800_000_060, NOW), { kind: "given", epochMs: 1_800_000_060_000, asSent: 1_800_000_060 });
  assert.deepEqual(readTerminationTime(NOW + 60_000, NOW), { kind: "given", epochMs: NOW + 60_000, asSent: NOW + 60_000 });
  for (const hostile of [2 ** 53 + 2, -1, Number.NaN, Infinity, 1.5]) {
    const read = readTerminationTime(hostile, NOW);
    assert.equal(read.kind, "hostile", String(hostile));
    assert.ok(read.kind === "hostile" && read.epochMs === NOW && read.asSent === Math.floor(NOW / 1000), String(hostile));
    assert.match(read.kind === "hostile" ? read.problem : "", /^terminationTime /);
  }
  // A hostile time planned as "now" ends at once: the handler gets no grace.
  const read = readTerminationTime(2 ** 60, NOW);
  assert.equal(planEnding(NOW, read.kind === "absent" ? undefined : read.epochMs, 30_000).handlerDeadline, NOW);
});

test("the lifecycle queue runs steps in order, past a failed one, and waits for a stuck one only halfway to a deadline", { timeout: 5_000 }, async () => {
  const queue = createLifecycleQueue();
  const ran: string[] = [];
  await assert.rejects(queue.enqueue(async () => {
    ran.push("a");
    throw new Error("a failed");
  }));
  await queue.enqueue(async () => ran.push("b"));
  let stuckStarted = false;
  void queue.enqueue(() => {
    stuckStarted = true;
    return new Promise(() => {});
  });
  // A step without a deadline would wait for the stuck one forever; one with a deadline goes ahead of it.
  const late = queue.enqueueBefore(Date.now() + 100, async () => ran.push("c"));
  const after = queue.enqueue(async () => ran.push("d"));
  await Promise.all([late, after]);
  assert.ok(stuckStarted);
  assert.deepEqual(ran, ["a", "b", "c", "d"]);
});

test("settleBy settles as the promise does, or rejects with SERVICE_CALL_FAILED at the deadline", async () => {
  assert.equal(await settleBy(Promise.resolve(7), Date.now() + 1_000, "x"), 7);
  await assert.rejects(settleBy(Promise.reject(new Error("own")), Date.now() + 1_000, "x"), /own/);
  await assert.rejects(settleBy(new Promise(() => {}), Date.now() + 20, "ProcessEnding"), (error: Error & { code?: string }) => {
    assert.equal(error.code, "SERVICE_CALL_FAILED");
    assert.match(error.message, /ProcessEnding did not settle before the ending's deadline/);
    return true;
  });
});
