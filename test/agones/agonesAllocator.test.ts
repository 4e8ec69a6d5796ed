// The backend's allocation helper through @kubernetes/client-node against a
// local counterpart of the allocation endpoint, over the SDK counterpart's
// GameServer: what the backend sends is what the game's SDK reads.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createAgonesAllocator, SESSION_LABEL } from "../../examples/agones/backend/createAgonesAllocator.js";
import { createAgonesLocal } from "../helpers/agones/createAgonesLocal.js";
import { createAllocationEndpoint } from "../helpers/agones/createAllocationEndpoint.js";
import { localKubeConfig } from "../helpers/agones/localKubeConfig.js";

async function setUp(t: { after: (fn: () => unknown) => void }) {
  const local = await createAgonesLocal({
    gameServer: { name: "arena-x7k2p", state: "Ready", labels: { "agones.dev/fleet": "arena" }, lists: { players: { capacity: 8, values: [] } }, ports: [{ name: "default", port: 7654 }] },
  });
  const endpoint = await createAllocationEndpoint(local);
  t.after(async () => {
    await endpoint.close();
    await local.close();
  });
  // No game runs here to activate the session: return at allocation.
  const allocator = createAgonesAllocator({ kubeConfig: localKubeConfig(endpoint.url), fleet: "arena", activeTimeoutMs: 0 });
  return { local, endpoint, allocator };
}

test("createSession allocates a Ready GameServer of the fleet with the session as metadata and reads back address and port", async (t) => {
  const { local, endpoint, allocator } = await setUp(t);
  const allocation = await allocator.createSession({
    gameServerSessionId: "match-1",
    maxPlayers: 3,
    gameProperties: { matchMs: "800" },
    gameServerSessionData: "seed=7",
    matchmakerData: "{}",
    playerSessionIds: ["ps-a", "ps-b"],
  });
  assert.deepEqual(allocation, { gameServerSessionId: "match-1", gameServerName: "arena-x7k2p", ipAddress: "127.0.0.1", port: 7654, ports: [{ name: "default", port: 7654 }], nodeName: "local" });
  const gs = local.gameServer();
  assert.equal(gs.state, "Allocated");
  assert.equal(gs.labels[SESSION_LABEL], "match-1");
  assert.equal(gs.annotations["gse-sdk/game-properties"], '{"matchMs":"800"}');
  assert.equal(gs.annotations["gse-sdk/max-players"], "3");
  assert.equal(gs.annotations["gse-sdk/game-server-session-data"], "seed=7");
  assert.deepEqual(gs.lists["players"], { capacity: 3, values: ["ps-a", "ps-b"] });
  const sent = endpoint.requests[0] as { spec: { selectors: unknown[] } };
  assert.deepEqual(sent.spec.selectors, [{ matchLabels: { "agones.dev/fleet": "arena" }, gameServerState: "Ready" }]);

  // The fleet has no other Ready GameServer: UnAllocated, not an error.
  assert.equal(await allocator.createSession({ maxPlayers: 2 }), undefined);

  // A late joiner: the running session's GameServer, found by its label.
  const joined = await allocator.joinSession("match-1", ["ps-c"]);
  assert.equal(joined?.gameServerName, "arena-x7k2p");
  assert.deepEqual(local.gameServer().lists["players"]?.values, ["ps-a", "ps-b", "ps-c"]);
  assert.equal(await allocator.joinSession("match-2", ["ps-d"]), undefined);
});

test("createSession refuses what the API or the label syntax would refuse", async (t) => {
  const { allocator, endpoint } = await setUp(t);
  await assert.rejects(allocator.createSession({ gameServerSessionId: "not a label", maxPlayers: 2 }), /must be a Kubernetes label value/);
  await assert.rejects(allocator.createSession({ maxPlayers: 1001 }), /maxPlayers must be an integer from 0 to 1000/);
  // The endpoint answers a malformed allocation as Kubernetes does: a Status, 422.
  const response = await fetch(`${endpoint.url}/apis/allocation.agones.dev/v1/namespaces/default/gameserverallocations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ apiVersion: "allocation.agones.dev/v1", kind: "GameServerAllocation", spec: { selectors: [{ gameServerState: "Shutdown" }] } }),
  });
  assert.equal(response.status, 422);
  const status = (await response.json()) as { kind: string; reason: string; message: string };
  assert.equal(status.kind, "Status");
  assert.match(status.message, /spec\.selectors\[0\]\.gameServerState: Unsupported value/);
});
