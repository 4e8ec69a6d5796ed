// Issue 11 item 4: one small form-encoded request froze gse-local (quadratic
// parsing of dotted parameter names). The parse is now linear and bounded;
// these tests bound the work done and the event-loop delay a hostile request
// causes, relative to a benign request of the same size in the same run.
import assert from "node:assert/strict";
import http from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { after, before, describe, it } from "node:test";
import { createGseLocal, type GseLocal } from "gse-sdk/local";
import { CloudApiError } from "../../../src/local/cloud/CloudApiError.js";
import { FORM_LIMITS, unflattenParams, type UnflattenStats } from "../../../src/local/cloud/unflattenParams.js";

const BODY_BYTES = 40_000;

function post(local: GseLocal, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: local.httpPort,
        method: "POST",
        path: "/",
        headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Max event-loop delay (ms) while `count` copies of `body` are answered. */
async function maxDelayDuring(local: GseLocal, body: string, count: number): Promise<{ maxMs: number; replies: string[] }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const replies: string[] = [];
  for (let i = 0; i < count; i++) replies.push(await post(local, body));
  histogram.disable();
  return { maxMs: histogram.max / 1e6, replies };
}

const prefix = "Action=DescribeGameServerSessions&Version=2019-11-12&FleetId=fleet-local";

describe("form parameters: bounded and linear", () => {
  let local: GseLocal;
  before(async () => {
    local = await createGseLocal({ grpcPort: 0, httpPort: 0 });
  });
  after(() => local.close());

  it("a hostile dotted key costs no more event-loop delay than a benign body of the same size", async () => {
    const benign = `${prefix}&Name=${"a".repeat(BODY_BYTES)}`;
    const hostile = `${prefix}&X${".a".repeat(BODY_BYTES / 2)}=1`;
    // Warm up both paths so JIT compilation counts for neither.
    await post(local, benign);
    await post(local, hostile);
    const baseline = await maxDelayDuring(local, benign, 5);
    const attack = await maxDelayDuring(local, hostile, 5);
    // Generous: quadratic parsing of this body blocked the loop for seconds.
    const bound = Math.max(100, baseline.maxMs * 10);
    assert.ok(attack.maxMs < bound, `hostile requests delayed the event loop ${attack.maxMs.toFixed(1)} ms (benign ${baseline.maxMs.toFixed(1)} ms)`);
    for (const reply of attack.replies) assert.match(reply, /InvalidParameter/);
    assert.match(attack.replies[0]!, /at most 256 are accepted/);
  });

  it("work is linear in the input: steps never exceed the segments given", () => {
    // Many keys within every bound: lists of objects, the densest legal shape.
    const entries: Array<[string, string]> = [];
    for (let i = 0; i < FORM_LIMITS.maxKeys / 2; i++) {
      entries.push([`A.${i}.B.C.D.E.F.G`, "x"], [`B.${i}`, "y"]);
    }
    const stats: UnflattenStats = { steps: 0 };
    const result = unflattenParams(entries, {}, stats);
    const segments = entries.reduce((sum, [key]) => sum + key.split(".").length, 0);
    assert.equal((result.A as unknown[]).length, FORM_LIMITS.maxKeys / 2);
    // One step per segment, plus one per list for the gap check.
    assert.ok(stats.steps <= segments + 2, `${stats.steps} steps for ${segments} segments`);
  });

  it("names the bound that a request passes", () => {
    const refuses = (entries: Array<[string, string]>, message: RegExp): void =>
      assert.throws(() => unflattenParams(entries), (error: unknown) => {
        assert.ok(error instanceof CloudApiError);
        assert.equal(error.code, "InvalidParameter");
        assert.match(error.message, message);
        return true;
      });
    refuses([[`X${".a".repeat(200)}`, "1"]], /256 are accepted/);
    refuses([["A.b.c.d.e.f.g.h.i", "1"]], /has 9 segments; at most 8/);
    refuses(Array.from({ length: FORM_LIMITS.maxKeys + 1 }, (_, i): [string, string] => [`K${i}`, "v"]), /more than 2000 parameters/);
    // A sparse list would otherwise make the gap check walk every slot.
    refuses([["A.1999", "x"]], /A\.0" is missing/);
    refuses([["A.2000", "x"]], /over 1999/);
  });
});
