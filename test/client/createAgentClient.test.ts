import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { createAgentClient, GseResponse_Status, Status, type AgentClient, type GseError } from "gse-sdk";
import { createRecordingAgent, type RecordingAgent } from "../helpers/createRecordingAgent.js";
import { deferred } from "../helpers/deferred.js";

const agents: RecordingAgent[] = [];
const clients: AgentClient[] = [];
afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(agents.splice(0).map((a) => a.close()));
});

async function setup(options: { timeoutMs?: number } = {}) {
  const agent = await createRecordingAgent();
  agents.push(agent);
  const client = createAgentClient({ address: agent.address, retry: { maxAttempts: 1, initialBackoffMs: 0, maxBackoffMs: 0 }, ...options });
  clients.push(client);
  return { agent, client };
}

const ok = { status: GseResponse_Status.OK, responseData: "", errorMessage: "" };

test("every call has a deadline: an unanswered call fails with DEADLINE_EXCEEDED, and the next call does not inherit it", async () => {
  const { agent, client } = await setup({ timeoutMs: 5_000 });
  const hang = deferred<typeof ok>();
  agent.respond("ReportCustomData", () => hang.promise);
  const started = Date.now();
  const error = (await client.call("reportCustomData", { currentCustomCount: 1, maxCustomCount: 2 }, { timeoutMs: 150 }).catch((e: unknown) => e)) as GseError;
  assert.equal(error.code, "SERVICE_CALL_FAILED");
  assert.equal(error.grpcCode, Status.DEADLINE_EXCEEDED);
  assert.match(error.message, /no answer from the agent within 150 ms/);
  assert.ok(Date.now() - started < 4_000, "the per-call timeout, not the client default, applied");
  hang.resolve(ok);

  // A slow but in-time answer under the default deadline: no leftover short deadline.
  const slow = deferred<typeof ok>();
  agent.respond("ProcessEnding", () => slow.promise);
  const pending = client.call("processEnding", {});
  setTimeout(() => slow.resolve(ok), 300);
  assert.equal((await pending).status, GseResponse_Status.OK);
});

test("a caller's AbortSignal cancels the call with ABORTED and is never retried", async () => {
  const { agent, client } = await setup();
  agent.respond("ReportCustomData", () => new Promise(() => {}));
  const controller = new AbortController();
  const pending = client.call("reportCustomData", { currentCustomCount: 1, maxCustomCount: 2 }, { signal: controller.signal, retry: { maxAttempts: 5, initialBackoffMs: 1, maxBackoffMs: 1 } });
  await agent.nextCall("ReportCustomData");
  controller.abort();
  await assert.rejects(pending, (e: GseError) => e.code === "ABORTED");
  assert.equal(agent.calls.filter((c) => c.method === "ReportCustomData").length, 1);
});

test("after close(), calls fail fast with SERVICE_CALL_FAILED", async () => {
  const { client } = await setup();
  client.close();
  await assert.rejects(client.call("processEnding", {}), (e: GseError) => e.code === "SERVICE_CALL_FAILED" && /closed/.test(e.message));
});
