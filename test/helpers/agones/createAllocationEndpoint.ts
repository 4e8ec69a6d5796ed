// A local counterpart of Agones' allocation endpoint as Kubernetes serves it
// (and of GET on the GameServer resource, which a backend reads to see the
// session active)
// (POST /apis/allocation.agones.dev/v1/namespaces/{namespace}/gameserverallocations,
// https://agones.dev/site/docs/reference/gameserverallocation/), over the
// one GameServer of an AgonesLocal. It answers as the API does: 201 with
// the GameServerAllocation and its status (state Allocated, UnAllocated or
// Contention, gameServerName, address, ports, nodeName), or a Kubernetes
// Status object for a request it cannot take. Selectors are tried in order;
// the first that matches allocates.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Ajv } from "ajv";
import type { AgonesLocal } from "./createAgonesLocal.js";
import { ALLOCATION_SCHEMA } from "./loadAgonesSchemas.js";

// Every request is also checked against the documented schema, so the
// backend helper cannot drift from the API it claims to speak.
const documented = new Ajv({ allErrors: true, strict: false }).compile(ALLOCATION_SCHEMA);

export interface AllocationEndpoint {
  /** http://127.0.0.1:port, the cluster's server in a KubeConfig. */
  readonly url: string;
  /** Every allocation request body received, in order (bounded). */
  readonly requests: readonly unknown[];
  close(): Promise<void>;
}

const GAME_SERVER = /^\/apis\/agones\.dev\/v1\/namespaces\/([a-z0-9-]{1,63})\/gameservers\/([a-z0-9.-]{1,253})$/;
const PATH = /^\/apis\/allocation\.agones\.dev\/v1\/namespaces\/([a-z0-9-]{1,63})\/gameserverallocations$/;
const MAX_BODY = 256 * 1024;
const MAX_REQUESTS = 1000;

export async function createAllocationEndpoint(local: AgonesLocal): Promise<AllocationEndpoint> {
  const requests: unknown[] = [];
  const server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url?.split("?")[0] ?? "";
    const read = GAME_SERVER.exec(path);
    if (req.method === "GET" && read) {
      // GET of the GameServer resource (agones.dev/v1), as kubectl get gs -o json shows it.
      const gs = local.gameServer();
      if (read[1] !== gs.namespace || read[2] !== gs.name) return status(res, 404, "NotFound", `gameservers.agones.dev "${read[2]}" not found`);
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          apiVersion: "agones.dev/v1",
          kind: "GameServer",
          metadata: { name: gs.name, namespace: gs.namespace, uid: gs.uid, labels: gs.labels, annotations: gs.annotations },
          status: { state: gs.state, address: gs.address, ports: gs.ports, lists: gs.lists, counters: gs.counters },
        }),
      );
      return;
    }
    const route = PATH.exec(path);
    if (req.method !== "POST" || !route) return status(res, 404, "NotFound", `the server could not find the requested resource (${req.method} ${req.url})`);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY) return status(res, 413, "RequestEntityTooLarge", "the request body is too large");
      chunks.push(chunk);
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
    } catch {
      return status(res, 400, "BadRequest", "the request body is not JSON");
    }
    requests.push(body);
    if (requests.length > MAX_REQUESTS) requests.shift();
    const problem =
      invalid(body) ?? (documented(body) ? undefined : (documented.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`).join("; "));
    if (problem) return status(res, 422, "Invalid", `GameServerAllocation is invalid: ${problem}`);

    const spec = body["spec"] as Spec;
    const namespace = route[1]!;
    let result: ReturnType<AgonesLocal["allocate"]> = { state: "UnAllocated" };
    if (namespace === local.gameServer().namespace) {
      for (const selector of spec.selectors ?? [{}]) {
        result = local.allocate({
          gameServerState: selector.gameServerState ?? "Ready",
          matchLabels: selector.matchLabels ?? {},
          labels: spec.metadata?.labels ?? {},
          annotations: spec.metadata?.annotations ?? {},
          lists: spec.lists ?? {},
        });
        if (result.state === "Allocated") break;
      }
    }
    const answer = {
      ...body,
      metadata: { namespace, creationTimestamp: new Date().toISOString() },
      status:
        result.state === "Allocated"
          ? { state: "Allocated", gameServerName: result.gameServerName, address: result.address, addresses: [{ type: "InternalIP", address: result.address }], ports: result.ports, nodeName: "local", source: "local", metadata: { labels: result.labels, annotations: result.annotations } }
          : { state: "UnAllocated" },
    };
    res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify(answer));
  }

  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

interface Selector {
  matchLabels?: Record<string, string>;
  gameServerState?: "Ready" | "Allocated";
}
interface Spec {
  selectors?: Selector[];
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  lists?: Record<string, { addValues?: string[]; capacity?: number }>;
}

/** The API's own checks on the fields this endpoint reads; the first failure, named. */
function invalid(body: Record<string, unknown>): string | undefined {
  if (body["apiVersion"] !== "allocation.agones.dev/v1") return `apiVersion must be allocation.agones.dev/v1, got ${JSON.stringify(body["apiVersion"])}`;
  if (body["kind"] !== "GameServerAllocation") return `kind must be GameServerAllocation, got ${JSON.stringify(body["kind"])}`;
  const spec = body["spec"];
  if (typeof spec !== "object" || spec === null) return "spec is required";
  const s = spec as Record<string, unknown>;
  const stringMap = (value: unknown, field: string) =>
    value === undefined || (typeof value === "object" && value !== null && Object.values(value).every((v) => typeof v === "string")) ? undefined : `${field} must be a map of strings`;
  if (s["selectors"] !== undefined) {
    if (!Array.isArray(s["selectors"])) return "spec.selectors must be an array";
    for (const [i, selector] of (s["selectors"] as Selector[]).entries()) {
      const bad = stringMap(selector.matchLabels, `spec.selectors[${i}].matchLabels`);
      if (bad) return bad;
      if (selector.gameServerState !== undefined && selector.gameServerState !== "Ready" && selector.gameServerState !== "Allocated") {
        return `spec.selectors[${i}].gameServerState: Unsupported value: ${JSON.stringify(selector.gameServerState)}: supported values: "Allocated", "Ready"`;
      }
    }
  }
  const metadata = (s["metadata"] ?? {}) as Record<string, unknown>;
  const badMeta = stringMap(metadata["labels"], "spec.metadata.labels") ?? stringMap(metadata["annotations"], "spec.metadata.annotations");
  if (badMeta) return badMeta;
  for (const [name, action] of Object.entries((s["lists"] ?? {}) as Record<string, { addValues?: unknown; capacity?: unknown }>)) {
    if (action.addValues !== undefined && (!Array.isArray(action.addValues) || !action.addValues.every((v) => typeof v === "string"))) return `spec.lists.${name}.addValues must be an array of strings`;
    if (action.capacity !== undefined && (!Number.isInteger(action.capacity) || (action.capacity as number) < 0 || (action.capacity as number) > 1000)) {
      return `spec.lists.${name}.capacity must be an integer from 0 to 1000`;
    }
  }
  return undefined;
}

function status(res: ServerResponse, code: number, reason: string, message: string): void {
  res.writeHead(code, { "content-type": "application/json" }).end(JSON.stringify({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, code }));
}
