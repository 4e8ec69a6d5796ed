// The dashboard's memory keeps each process's last 20 health samples in a
// ring of typed arrays. Against the plain model (an array of sample objects,
// the oldest shifted out): the same samples, the same folding of healthy
// checks in the timeline, through rings that wrap many times.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { GseLocalEvent } from "gse-sdk/local";
import { createDashboardMemory } from "../../../src/local/observe/createDashboardMemory.js";
import type { HealthSample } from "../../../src/local/observe/createDashboardViews.js";
import { seededRandom } from "../../helpers/seededRandom.js";

test("health samples and the timeline's folding are what the plain model gives", () => {
  const random = seededRandom(5);
  const heard: unknown[][] = [];
  let entries = 0;
  const memory = createDashboardMemory({ onEntry: () => entries++, onHealth: (...sample) => void heard.push(sample) });
  const model = new Map<number, HealthSample[]>();
  let expectedEntries = 0;
  for (let i = 0; i < 3_000; i++) {
    const pid = 1 + Math.floor(random() * 7);
    const healthy = random() < 0.8;
    const timed = random() < 0.9;
    const event = {
      type: "healthCheck",
      pid,
      healthy,
      ...(timed && { durationMs: random() * 30 }),
      ...(!healthy && random() < 0.7 && { detail: `failure ${i}` }),
    } as GseLocalEvent & { type: "healthCheck" };
    const before = Date.now();
    memory.observe(event);
    const samples = model.get(pid) ?? [];
    const previous = samples.at(-1);
    const ms = event.durationMs === undefined ? undefined : Math.round(event.durationMs * 10) / 10;
    const sample = heard.at(-1)!;
    assert.deepEqual(sample.slice(0, 1).concat(sample.slice(2)), [pid, healthy, ms, event.detail], `check ${i}: what the stream is told`);
    const at = sample[1] as number;
    assert.ok(at >= before && at <= Date.now());
    samples.push({ at, healthy, ...(ms !== undefined && { ms }), ...(event.detail !== undefined && { detail: event.detail }) });
    if (samples.length > 20) samples.shift();
    model.set(pid, samples);
    if (!healthy || previous?.healthy !== true) expectedEntries++;
    assert.deepEqual(memory.healthOf(pid), samples, `check ${i}: samples of ${pid}`);
  }
  assert.equal(entries, expectedEntries, "timeline entries: a healthy check after a healthy one is folded");
  assert.ok(entries > 500 && entries < 3_000, `${entries} entries`);
  assert.deepEqual(memory.healthOf(99), []);
});
