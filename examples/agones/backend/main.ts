// Allocates one arena match on a real cluster and prints where to connect:
//   node dist/examples/agones/backend/main.js [fleet] [namespace]
// The kubeconfig is the usual one ($KUBECONFIG or ~/.kube/config); the
// account needs `create` on gameserverallocations.allocation.agones.dev.
import { randomUUID } from "node:crypto";
import { KubeConfig } from "@kubernetes/client-node";
import { createAgonesAllocator } from "./createAgonesAllocator.js";

const [fleet = "arena", namespace = "default"] = process.argv.slice(2);
const kubeConfig = new KubeConfig();
kubeConfig.loadFromDefault();
const allocator = createAgonesAllocator({ kubeConfig, fleet, namespace });
const tickets = [randomUUID(), randomUUID()];
const allocation = await allocator.createSession({ maxPlayers: 4, gameProperties: { matchMs: "30000" }, playerSessionIds: tickets });
if (!allocation) {
  process.stderr.write(`no Ready GameServer in fleet '${fleet}' (UnAllocated): scale the fleet or wait for the autoscaler\n`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify({ ...allocation, tickets }, null, 2)}\n`);
