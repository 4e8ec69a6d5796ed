// Fuzzes gse-local over its real sockets: the cloud API over HTTP (mutated
// and random requests, every envelope, signatures with keys configured) and
// the agent over gRPC (random field values and metadata, raw random bytes).
// Whatever arrives, every answer is a structured error or a success, never a
// 5xx, an InternalError, a gRPC UNKNOWN/INTERNAL or a dropped connection; the
// state keeps its invariants after every batch; and a known-good request
// still succeeds.
//
// Fixed seed in CI. A longer run is one command (docs/reliability-fuzz.md):
//   GSE_FUZZ_SEED=$RANDOM GSE_FUZZ_RUNS=2000 node --test .helper-dist/fuzz/test/local/gseLocalFuzz.test.js
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { createRequire } from "node:module";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import { ClientError, Metadata, Status } from "nice-grpc";
import {
  AcceptPlayerSessionRequest,
  ActivateGameServerSessionRequest,
  DescribePlayerSessionsRequest,
  GseResponse,
  GseResponse_Status,
  ProcessEndingRequest,
  ProcessReadyRequest,
  RemovePlayerSessionRequest,
  ReportCustomDataRequest,
  TerminateGameServerSessionRequest,
  UpdatePlayerSessionCreationPolicyRequest,
  type DescribePlayerSessionsResponse,
} from "gse-sdk";
import { createGseLocal, LOCAL_ACTIONS, type GseLocal, type GseLocalEvent } from "gse-sdk/local";
import { CLOUD_ACTIONS } from "../../src/local/cloud/validateCloudRequest.js";
import { computeHmacSignature } from "../../src/local/cloud/verifyHmacSignature.js";
import { computeTc3Signature, tc3Date } from "../../src/local/cloud/verifyTc3Signature.js";
import { checkInvariants } from "./fixtures/checkInvariants.js";
import { startFakeFleet, type FakeFleet } from "./fixtures/fakeProcesses.js";
import { unassignedPort } from "../helpers/unassignedPort.js";

const SEED = envInt("GSE_FUZZ_SEED", 20_260_501);
/** Batches per property; each batch is 1 to 6 requests sent together. */
const RUNS = envInt("GSE_FUZZ_RUNS", 60);
const FLEET = "fleet-fuzz";
const SECRET_ID = "AKIDfuzz0000000000000000000000000";
const SECRET_KEY = "fuzz-secret-key-00000000000000000";

/** Every code gse-local documents (docs/gse-local.md); InternalError is not among them. */
const DOCUMENTED_CODES = new Set([
  "AuthFailure.SignatureFailure",
  "AuthFailure.SignatureExpire",
  "AuthFailure.SecretIdNotFound",
  "FailedOperation",
  "InvalidAction",
  "InvalidParameter",
  "InvalidParameterValue",
  "LimitExceeded",
  "MissingParameter",
  "NoSuchVersion",
  "ResourceNotFound",
  "UnsupportedOperation",
  "UnknownParameter",
]);
const AUTH_CODES = new Set(["AuthFailure.SignatureFailure", "AuthFailure.SignatureExpire", "AuthFailure.SecretIdNotFound"]);

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got ${JSON.stringify(raw)}`);
  return value;
}

// ---------------------------------------------------------------------------
// The servers under test
// ---------------------------------------------------------------------------

let open: GseLocal;
let keyed: GseLocal;
let fleet: FakeFleet;
/** A port nothing listens on: a registered process's unreachable gRPC port. */
let closedPort: number;
const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
const logged: string[] = [];
const recordingLogger = {
  debug() {},
  info() {},
  warn() {},
  error(fields: Record<string, unknown>, message: string) {
    logged.push(`${message} ${JSON.stringify(fields)}`);
  },
};

before(async () => {
  // Short timers so health checks, reservations, activations, placements and
  // terminations run while the fuzz does. killAtTerminationTime is off: the
  // fuzz registers its own pid, and gse-local must never SIGKILL the runner.
  const timers = {
    grpcPort: 0,
    httpPort: 0,
    healthCheckIntervalMs: 100,
    healthCheckTimeoutMs: 200,
    reservationTimeoutMs: 1_000,
    activationTimeoutMs: 400,
    placementTimeoutMs: 400,
    terminationGraceMs: 600,
    livenessIntervalMs: 50,
    killAtTerminationTime: false,
    // Fake processes borrow pids (fixtures/fakeProcesses.ts).
    verifyPeers: false,
    fleetId: FLEET,
    logger: recordingLogger,
  };
  open = await createGseLocal(timers);
  keyed = await createGseLocal({ ...timers, secretId: SECRET_ID, secretKey: SECRET_KEY });
  fleet = await startFakeFleet(open.agentAddress, 6);
  await Promise.all(fleet.processes.map((p) => p.ready()));
  closedPort = await unassignedPort();
});

after(async () => {
  await fleet?.close();
  await open?.close();
  await keyed?.close();
  httpAgent.destroy();
});

// ---------------------------------------------------------------------------
// HTTP: sending and judging
// ---------------------------------------------------------------------------

interface HttpRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

interface HttpAnswer {
  status: number;
  contentType: string;
  text: string;
}

function send(local: GseLocal, request: HttpRequest): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: local.httpPort,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, "content-length": String(Buffer.byteLength(request.body)) },
        agent: httpAgent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    // A socket error here is a dropped connection: the fuzz fails on it.
    req.on("error", (error) => reject(new Error(`${request.method} ${request.path.slice(0, 80)}: connection failed: ${error.message}`)));
    req.end(request.body);
  });
}

interface CloudReply {
  Response: { RequestId: string; Error?: { Code: string; Message: string } } & Record<string, unknown>;
}

/** Asserts the answer is one of the shapes gse-local promises; returns the parsed reply (undefined for HEAD and /logs). */
function judgeHttp(request: HttpRequest, answer: HttpAnswer): CloudReply | undefined {
  const where = `${request.method} ${request.path.slice(0, 60)} ${request.body.slice(0, 120)}`;
  assert.ok(answer.status < 500, `${where}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
  const logs = request.method === "GET" && request.path.startsWith("/logs/");
  if (logs) {
    assert.ok([200, 400, 404].includes(answer.status), `${where}: /logs answered ${answer.status}`);
    return undefined;
  }
  assert.ok([200, 404, 405].includes(answer.status), `${where}: HTTP ${answer.status}`);
  if (request.method === "HEAD") return undefined;
  assert.match(answer.contentType, /^application\/json/, where);
  const reply = JSON.parse(answer.text) as CloudReply;
  assert.equal(typeof reply.Response, "object", where);
  assert.match(reply.Response.RequestId, /^[0-9a-f-]{36}$/, where);
  const error = reply.Response.Error;
  if (error !== undefined) {
    assert.ok(DOCUMENTED_CODES.has(error.Code), `${where}: undocumented code ${error.Code}: ${error.Message}`);
    assert.equal(typeof error.Message, "string", where);
    assert.ok(error.Message.length > 0, `${where}: empty message`);
  } else {
    assert.equal(answer.status, 200, `${where}: success with HTTP ${answer.status}`);
  }
  if (answer.status === 404) assert.equal(error?.Code, "ResourceNotFound", where);
  if (answer.status === 405) assert.equal(error?.Code, "UnsupportedOperation", where);
  return reply;
}

// ---------------------------------------------------------------------------
// Cloud requests: templates, references to live state, mutations
// ---------------------------------------------------------------------------

/**
 * A placeholder resolved when the batch is sent, so a generated request can
 * name a session, player session, placement or process that exists by then.
 */
type RefKind = "session" | "live" | "player" | "placement" | "pid";
const ref = (kind: RefKind, index: number) => `@@ref:${kind}:${index}@@`;
/** A placeholder for a deeply nested list, spliced into the JSON text (JSON.stringify cannot write one). */
const deep = (depth: number) => `@@deep:${depth}@@`;

function resolveRefs(value: unknown, local: GseLocal): unknown {
  if (typeof value === "string") {
    const match = /^@@ref:(\w+):(\d+)@@$/.exec(value);
    if (!match) return value;
    const index = Number(match[2]);
    const pick = <T>(items: T[], made: T): T => (items.length === 0 ? made : items[index % items.length]!);
    switch (match[1]) {
      case "session":
        return pick(local.gameServerSessions().map((s) => s.gameServerSessionId), `qcs::gse:local::gameserversession/${FLEET}/gssess-none`);
      case "live": {
        // An ACTIVE session if there is one: joins and updates need one to get past the first check.
        const active = local.gameServerSessions().filter((s) => s.status === "ACTIVE");
        return pick((active.length > 0 ? active : local.gameServerSessions()).map((s) => s.gameServerSessionId), `qcs::gse:local::gameserversession/${FLEET}/gssess-none`);
      }
      case "player":
        return pick(local.playerSessions().map((p) => p.playerSessionId), "psess-none");
      case "placement":
        return pick(local.placements().map((p) => p.placementId), "placement-none");
      case "pid":
        return pick(local.processes().map((p) => p.pid), 4_194_305);
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, local));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveRefs(item, local)]));
  }
  return value;
}

function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"@@deep:(\d+)@@"/g, (_, depth: string) => "[".repeat(Number(depth)) + "]".repeat(Number(depth)));
}

/** Form-encoding flattening, as the official client does for the legacy signature. */
function flatten(value: unknown, prefix: string, into: [string, string][]): [string, string][] {
  if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${prefix}.${i}`, into));
  else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) flatten(item, prefix === "" ? key : `${prefix}.${key}`, into);
  else into.push([prefix, String(value)]);
  return into;
}

const templates = fc.oneof(
  // Creates and joins weigh more: the state must fill up for the other actions to reach their transitions.
  fc.record({ action: fc.constant("CreateGameServerSession"), params: fc.record({ FleetId: fc.constant(FLEET), MaximumPlayerSessionCount: fc.integer({ min: 0, max: 6 }), Name: fc.string({ maxLength: 10 }), GameProperties: fc.array(fc.record({ Key: fc.constantFrom("mode", "map"), Value: fc.string({ maxLength: 6 }) }), { maxLength: 3 }) }, { requiredKeys: ["FleetId", "MaximumPlayerSessionCount"] }) }),
  fc.record({ action: fc.constant("CreateGameServerSession"), params: fc.record({ FleetId: fc.constant(FLEET), MaximumPlayerSessionCount: fc.integer({ min: 1, max: 4 }) }) }),
  fc.record({ action: fc.constant("JoinGameServerSession"), params: fc.record({ GameServerSessionId: fc.nat().map((i) => ref("live", i)), PlayerId: fc.string({ minLength: 1, maxLength: 8 }) }) }),
  fc.record({ action: fc.constantFrom("DescribeGameServerSessions", "DescribeGameServerSessionDetails"), params: fc.oneof(fc.record({ FleetId: fc.constant(FLEET), Limit: fc.integer({ min: 0, max: 5 }) }), fc.record({ GameServerSessionId: fc.nat().map((i) => ref("session", i)) })) }),
  fc.record({ action: fc.constant("SearchGameServerSessions"), params: fc.record({ FleetId: fc.constant(FLEET), FilterExpression: fc.constantFrom("playerSessionCount >= 0", "hasAvailablePlayerSessions = true AND NOT maximumSessions < 2", "gameServerSessionProperties.mode = 'x'", "((((", "maximumSessions = 'two'"), SortExpression: fc.constantFrom("creationTimeMillis DESC", "playerSessionCount ASC", "nonsense") }, { requiredKeys: ["FleetId"] }) }),
  fc.record({ action: fc.constant("UpdateGameServerSession"), params: fc.record({ GameServerSessionId: fc.nat().map((i) => ref("live", i)), MaximumPlayerSessionCount: fc.integer({ min: 0, max: 6 }), Name: fc.string({ minLength: 1, maxLength: 8 }), PlayerSessionCreationPolicy: fc.constantFrom("ACCEPT_ALL", "DENY_ALL"), ProtectionPolicy: fc.constantFrom("NoProtection", "FullProtection") }, { requiredKeys: ["GameServerSessionId"] }) }),
  fc.record({ action: fc.constant("JoinGameServerSession"), params: fc.record({ GameServerSessionId: fc.nat().map((i) => ref("live", i)), PlayerId: fc.string({ maxLength: 8 }), PlayerData: fc.string({ maxLength: 8 }) }, { requiredKeys: ["GameServerSessionId", "PlayerId"] }) }),
  fc.record({ action: fc.constant("JoinGameServerSessionBatch"), params: fc.record({ GameServerSessionId: fc.nat().map((i) => ref("live", i)), PlayerIds: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), PlayerDataMap: fc.record({ Key: fc.constant("a"), Value: fc.constant("x") }) }, { requiredKeys: ["GameServerSessionId", "PlayerIds"] }) }),
  fc.record({ action: fc.constant("DescribePlayerSessions"), params: fc.oneof(fc.record({ GameServerSessionId: fc.nat().map((i) => ref("session", i)) }), fc.record({ PlayerSessionId: fc.nat().map((i) => ref("player", i)) }), fc.record({ PlayerId: fc.string({ minLength: 1, maxLength: 4 }), PlayerSessionStatusFilter: fc.constantFrom("RESERVED", "ACTIVE", "TIMEDOUT") })) }),
  fc.record({ action: fc.constant("StartGameServerSessionPlacement"), params: fc.record({ PlacementId: fc.uuid(), GameServerSessionQueueName: fc.constant("q"), MaximumPlayerSessionCount: fc.integer({ min: 1, max: 4 }), DesiredPlayerSessions: fc.array(fc.record({ PlayerId: fc.string({ maxLength: 4 }), PlayerData: fc.constant("") }), { maxLength: 3 }) }, { requiredKeys: ["PlacementId", "GameServerSessionQueueName", "MaximumPlayerSessionCount"] }) }),
  fc.record({ action: fc.constantFrom("DescribeGameServerSessionPlacement", "StopGameServerSessionPlacement"), params: fc.record({ PlacementId: fc.nat().map((i) => ref("placement", i)) }) }),
  fc.record({ action: fc.constant("GetGameServerSessionLogUrl"), params: fc.record({ GameServerSessionId: fc.nat().map((i) => ref("session", i)) }) }),
  fc.record({ action: fc.constant("EndGameServerSessionAndProcess"), params: fc.oneof(fc.record({ GameServerSessionId: fc.nat().map((i) => ref("session", i)) }), fc.record({ IpAddress: fc.constant("127.0.0.1"), Port: fc.integer({ min: 20_000, max: 20_004 }) })) }),
  fc.record({ action: fc.constantFrom(...LOCAL_ACTIONS), params: fc.record({ Pid: fc.nat().map((i) => ref("pid", i)), TerminationDelaySeconds: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2 }), fc.constant(1e12)) }, { requiredKeys: [] }) }),
  fc.record({ action: fc.oneof(fc.constantFrom("DeleteEverything", "createGameServerSession", "", "Describe-Sessions", "__proto__", "constructor", "toString"), fc.stringMatching(/^[\x21-\x7e]{0,20}$/)), params: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }) }),
);

const FIELD_NAMES = [
  "FleetId", "AliasId", "MaximumPlayerSessionCount", "GameServerSessionId", "PlayerId", "PlayerIds", "PlayerData", "PlayerDataMap", "GameProperties",
  "Limit", "NextToken", "StatusFilter", "FilterExpression", "SortExpression", "PlacementId", "DesiredPlayerSessions", "IpAddress", "Port", "Pid",
  "IdempotencyToken", "PlayerSessionCreationPolicy", "Name", "__proto__", "constructor", "Action", "Version", "Region", "Signature",
];

const hugeString = fc.tuple(fc.integer({ min: 1_000, max: 400_000 }), fc.constantFrom("a", "é", "𝄞", "\u0000", "%", ".")).map(([n, c]) => c.repeat(n));
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 200_000 }).map(deep) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -(2 ** 53), max: 2 ** 53 }), fc.double(), fc.constantFrom(-1, 0, 2 ** 31, 2 ** 63, 1e308, -0.5)) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, "", [], {}, "5", "-1", "1e3", " 7", "0x10", "NaN", "Infinity", "fleet-", "alias-x", "offset:5") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.array(fc.record({ Key: fc.jsonValue({ maxDepth: 1 }), Value: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] }), { maxLength: 20 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom<RefKind>("session", "live", "player", "placement", "pid"), fc.nat()).map(([kind, i]) => ref(kind, i)) },
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), field: fc.nat() }),
  fc.record({ kind: fc.constant("set" as const), field: fc.oneof(fc.nat().map(String), fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 12 })), value: junk }),
);

const mutatedCloudRequest = fc
  .tuple(templates, fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) }))
  .map(([{ action, params }, mutations]) => {
    const mutated: Record<string, unknown> = { ...(params as Record<string, unknown>) };
    for (const m of mutations) {
      const keys = Object.keys(mutated);
      if (m.kind === "delete") {
        if (keys.length > 0) delete mutated[keys[m.field % keys.length]!];
      } else {
        // A number names an existing field (wrong value for a real field); a string adds or replaces one.
        const name = /^\d+$/.test(m.field) && keys.length > 0 ? keys[Number(m.field) % keys.length]! : m.field;
        Object.defineProperty(mutated, name, { value: m.value, enumerable: true, writable: true, configurable: true });
      }
    }
    return { action, params: mutated };
  });

type Envelope = "tc3" | "tc3-get" | "hmac" | "hmac-get" | "capi";
const envelope = fc.constantFrom<Envelope>("tc3", "tc3", "tc3-get", "hmac", "hmac-get", "capi", "capi");

/** An unsigned request in one of the wire forms (gse-local without keys checks no signature). */
function buildUnsigned(local: GseLocal, form: Envelope, action: string, rawParams: Record<string, unknown>): HttpRequest {
  const params = resolveRefs(rawParams, local) as Record<string, unknown>;
  switch (form) {
    case "tc3":
      return { method: "POST", path: "/", headers: { "content-type": "application/json", "x-tc-action": action, "x-tc-version": "2019-11-12", "x-tc-region": "ap-guangzhou" }, body: toJsonText(params) };
    case "tc3-get": {
      const query = new URLSearchParams(flatten(params, "", []).slice(0, 50)).toString();
      return { method: "GET", path: `/?${query}`.slice(0, 6_000), headers: { "x-tc-action": action, "x-tc-version": "2019-11-12" }, body: "" };
    }
    case "hmac":
      return { method: "POST", path: "/", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams([["Action", action], ["Version", "2019-11-12"], ...flatten(params, "", [])]).toString() };
    case "hmac-get": {
      const query = new URLSearchParams([["Action", action], ["Version", "2019-11-12"], ...flatten(params, "", []).slice(0, 50)]).toString();
      return { method: "GET", path: `/?${query}`.slice(0, 6_000), headers: {}, body: "" };
    }
    case "capi":
      return { method: "POST", path: "/capi", headers: {}, body: toJsonText({ ...params, Action: action }) };
  }
}

// ---------------------------------------------------------------------------
// gRPC: sending and judging
// ---------------------------------------------------------------------------

const AGENT_SERVICE = "/tencentcloud.gse.grpcsdk.GseGrpcSdkService";
const FORBIDDEN_GRPC = new Set([Status.UNKNOWN, Status.INTERNAL]);

function judgeGrpcError(error: unknown, where: string): void {
  if (error instanceof ClientError) {
    assert.ok(!FORBIDDEN_GRPC.has(error.code), `${where}: ${Status[error.code]} ${error.details}`);
    assert.ok(error.details.length > 0, `${where}: ${Status[error.code]} without a message`);
    return;
  }
  // The caller's own deadline or cancellation.
  assert.ok(error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError"), `${where}: ${String(error)}`);
}

function judgeGseResponse(answer: GseResponse, where: string): void {
  assert.ok([GseResponse_Status.OK, GseResponse_Status.ERROR_400, GseResponse_Status.ERROR_500].includes(answer.status), `${where}: status ${answer.status}`);
  if (answer.status !== GseResponse_Status.OK) assert.ok(answer.errorMessage.length > 0, `${where}: refusal without a message`);
}

/** The agent describes only the caller's own sessions' player sessions. */
function judgeDescribe(local: GseLocal, answer: DescribePlayerSessionsResponse, pid: string | undefined, where: string): void {
  for (const player of answer.playerSessions) {
    const session = local.gameServerSessions().find((s) => s.gameServerSessionId === player.gameServerSessionId);
    assert.equal(String(session?.pid), pid, `${where}: described player session ${player.playerSessionId} of another process`);
  }
}

const METHODS = ["processReady", "activateGameServerSession", "acceptPlayerSession", "removePlayerSession", "describePlayerSessions", "updatePlayerSessionCreationPolicy", "terminateGameServerSession", "processEnding", "reportCustomData"] as const;
type MethodName = (typeof METHODS)[number];

const DEAD_PID = 4_194_305; // above Linux's highest possible pid_max (2^22): never a running process
const text = fc.oneof(
  { weight: 2, arbitrary: fc.nat().map((i) => ref("session", i)) },
  { weight: 2, arbitrary: fc.nat().map((i) => ref("live", i)) },
  { weight: 3, arbitrary: fc.nat().map((i) => ref("player", i)) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 300_000 }).map((n) => "x".repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom("", "ACCEPT_ALL", "DENY_ALL", "RESERVED", "ACTIVE", "COMPLETED", "TIMEDOUT", "1", "-1", "1e3", "50") },
);
const int32 = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: -2, max: 1_001 }));
/** Ports a registration may name: never another program's on this host (gse-local would call it). */
const port = fc.oneof(fc.constantFrom("fake0", "fake1", "closed"), fc.constantFrom(0, -1, 65_536, 2 ** 31 - 1, -(2 ** 31)));

const grpcRequest = fc.record({
  method: fc.constantFrom(...METHODS),
  fields: fc.record({
    logPathsToUpload: fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("/dev/null", "relative.log", "\u0000")), { maxLength: 3 }),
    clientPort: port,
    grpcPort: port,
    gameServerSessionId: text,
    maxPlayers: int32,
    playerSessionId: text,
    playerId: text,
    playerSessionStatusFilter: text,
    nextToken: text,
    limit: int32,
    newPlayerSessionCreationPolicy: text,
    currentCustomCount: int32,
    maxCustomCount: int32,
  }),
  pid: fc.oneof(
    { weight: 4, arbitrary: fc.nat({ max: 3 }).map((i) => `fake:${i}`) },
    { weight: 1, arbitrary: fc.constant("self") },
    { weight: 1, arbitrary: fc.constant(String(DEAD_PID)) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, "", "0", "-1", "abc", "1e3", " 12", "99999999999", "0x10", "4294967297", "12 13") },
  ),
  requestId: fc.oneof(
    { weight: 4, arbitrary: fc.constant("fresh") },
    { weight: 2, arbitrary: fc.constantFrom("r1", "r2") },
    { weight: 1, arbitrary: fc.constantFrom(undefined, "") },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /^[\x20-\x7e]+$/.test(s.trim()) && s === s.trim()) },
  ),
  // "x-" keys only: grpc-js owns te, content-type, user-agent and grpc-*.
  extraMetadata: fc.dictionary(fc.stringMatching(/^x-[a-z0-9-]{0,10}$/).filter((k) => !k.endsWith("-bin")), fc.stringMatching(/^[\x21-\x7e]{0,20}$/), { maxKeys: 2 }),
  deadlineMs: fc.option(fc.integer({ min: 1, max: 30 }), { freq: 6 }),
  /**
   * Half the calls are coherent: the session, player session and pid belong
   * together, so the calls get past ownership checks into the transitions.
   */
  coherent: fc.option(fc.nat(), { freq: 2 }),
});

function resolvePid(pid: string | undefined): string | undefined {
  if (pid === "self") return String(process.pid);
  if (pid?.startsWith("fake:")) return String(fleet.processes[Number(pid.slice(5))]!.pid);
  return pid;
}

function resolvePort(value: string | number): number {
  if (value === "fake0") return fleet.processes[0]!.grpcPort;
  if (value === "fake1") return fleet.processes[1]!.grpcPort;
  if (value === "closed") return closedPort;
  return value as number;
}

type GrpcRequest = typeof grpcRequest extends fc.Arbitrary<infer T> ? T : never;

async function callAgent(local: GseLocal, generated: GrpcRequest): Promise<void> {
  const fields = resolveRefs(generated.fields, local) as Record<string, unknown>;
  fields["clientPort"] = resolvePort(generated.fields.clientPort);
  fields["grpcPort"] = resolvePort(generated.fields.grpcPort);
  let pid = resolvePid(generated.pid);
  if (generated.coherent !== null) {
    const index = generated.coherent;
    const players = local.playerSessions().filter((p) => p.status === "RESERVED" || p.status === "ACTIVE");
    const sessions = local.gameServerSessions().filter((s) => s.status !== "TERMINATED");
    const player = players.length > 0 && index % 3 !== 0 ? players[index % players.length] : undefined;
    const session = player ? local.gameServerSessions().find((s) => s.gameServerSessionId === player.gameServerSessionId) : sessions[index % Math.max(1, sessions.length)];
    if (session) {
      fields["gameServerSessionId"] = session.gameServerSessionId;
      if (player) fields["playerSessionId"] = player.playerSessionId;
      pid = String(session.pid);
    }
  }
  const requestId = generated.requestId === "fresh" ? randomUUID() : generated.requestId;
  const metadata = Metadata(generated.extraMetadata);
  if (pid !== undefined) metadata.set("pid", pid);
  if (requestId !== undefined) metadata.set("requestid", requestId);
  const options = { metadata, ...(generated.deadlineMs !== null && { signal: AbortSignal.timeout(generated.deadlineMs) }) };
  const where = `${generated.method} pid=${String(pid)} requestId=${String(requestId).slice(0, 20)} ${JSON.stringify(fields).slice(0, 200)}`;
  const agent = fleet.agent as unknown as Record<MethodName, (request: object, options: object) => Promise<unknown>>;
  try {
    const answer = await agent[generated.method](fields, options);
    if (generated.method === "describePlayerSessions") judgeDescribe(local, answer as DescribePlayerSessionsResponse, pid, where);
    else judgeGseResponse(answer as GseResponse, where);
  } catch (error) {
    judgeGrpcError(error, where);
  }
}

// grpc-js directly, to send bytes that are not a valid message at all.
const requireCjs = createRequire(import.meta.url);
const grpcJs = requireCjs("@grpc/grpc-js") as typeof import("@grpc/grpc-js");
let rawClient: import("@grpc/grpc-js").Client | undefined;

function rawCall(local: GseLocal, path: string, bytes: Uint8Array, metadata: Record<string, string>): Promise<{ error?: import("@grpc/grpc-js").ServiceError; response?: Buffer }> {
  rawClient ??= new grpcJs.Client(local.agentAddress, grpcJs.credentials.createInsecure());
  const md = new grpcJs.Metadata();
  for (const [key, value] of Object.entries(metadata)) md.set(key, value);
  return new Promise((resolve) => {
    rawClient!.makeUnaryRequest(
      path,
      (value: Buffer) => value,
      (value: Buffer) => value,
      Buffer.from(bytes),
      md,
      { deadline: Date.now() + 5_000 },
      (error, response) => resolve({ ...(error && { error }), ...(response && { response }) }),
    );
  });
}

const CODECS: Record<string, { encode(message: never): { finish(): Uint8Array }; fromPartial(value: object): unknown }> = {
  ProcessReady: ProcessReadyRequest,
  ActivateGameServerSession: ActivateGameServerSessionRequest,
  AcceptPlayerSession: AcceptPlayerSessionRequest,
  RemovePlayerSession: RemovePlayerSessionRequest,
  DescribePlayerSessions: DescribePlayerSessionsRequest,
  UpdatePlayerSessionCreationPolicy: UpdatePlayerSessionCreationPolicyRequest,
  TerminateGameServerSession: TerminateGameServerSessionRequest,
  ProcessEnding: ProcessEndingRequest,
  ReportCustomData: ReportCustomDataRequest,
};

// ---------------------------------------------------------------------------
// After every batch
// ---------------------------------------------------------------------------

/**
 * Fake processes the fuzz ended (ProcessEnding with their pid, scale-in)
 * register again, as a fleet would replace them; and when every process is
 * busy, the oldest session ends, as games end, so creates keep succeeding.
 */
async function repairFleet(local: GseLocal): Promise<void> {
  const busy = local.processes().filter((p) => p.status === "ACTIVE");
  const fake = busy.every((p) => p.gameServerSessionId !== undefined) ? fleet.processes.find((f) => busy.some((p) => p.pid === f.pid)) : undefined;
  const session = fake && local.processes().find((p) => p.pid === fake.pid)?.gameServerSessionId;
  if (fake && session !== undefined) judgeGseResponse(await fleet.agent.terminateGameServerSession({ gameServerSessionId: session }, { metadata: fake.metadata() }), "churn");
  await Promise.all(
    fleet.processes.map(async (fake) => {
      const record = local.processes().find((p) => p.pid === fake.pid);
      if (record && record.status !== "TERMINATED") return;
      judgeGseResponse(await fake.ready(), "repair ProcessReady");
    }),
  );
}

let knownGood = 0;

async function stillServes(local: GseLocal, signed = false): Promise<void> {
  checkInvariants(local);
  const request = signed
    ? signTc3(local, "DescribeGameServerSessions", { FleetId: FLEET }, {})
    : buildUnsigned(local, "tc3", "DescribeGameServerSessions", { FleetId: FLEET });
  const reply = judgeHttp(request, await send(local, request));
  assert.equal(reply?.Response.Error, undefined, `known-good cloud request failed: ${JSON.stringify(reply?.Response.Error)}`);
  if (local === open) {
    await repairFleet(local);
    // ProcessReady from a live pid with its real ports succeeds in every state
    // (new registration or re-announcement), unlike calls that need the
    // process to still be registered, which a health check or a late
    // OnProcessTerminate may have just ended.
    const fake = fleet.processes[knownGood++ % fleet.processes.length]!;
    const answer = await fake.ready();
    assert.equal(answer.status, GseResponse_Status.OK, `known-good agent call failed: ${answer.errorMessage}`);
  }
  checkInvariants(local);
}

/** What the fuzz reached, for the TAP diagnostics: answers per action and code, states visited. */
function coverage(local: GseLocal): string {
  const answers = new Map<string, number>();
  const states = new Map<string, number>();
  for (const event of local.history) {
    if (event.type === "cloudCall") answers.set(`${event.action || "?"}:${event.code ?? "ok"}`, (answers.get(`${event.action || "?"}:${event.code ?? "ok"}`) ?? 0) + 1);
    if (event.type === "agentCall") answers.set(`${event.method}:${event.ok ? "ok" : "refused"}`, (answers.get(`${event.method}:${event.ok ? "ok" : "refused"}`) ?? 0) + 1);
    if (event.type === "gameServerSessionStatus") states.set(`session ${event.status}`, (states.get(`session ${event.status}`) ?? 0) + 1);
    if (event.type === "playerSessionStatus") states.set(`player ${event.status}`, (states.get(`player ${event.status}`) ?? 0) + 1);
    if (event.type === "placementStatus") states.set(`placement ${event.status}`, (states.get(`placement ${event.status}`) ?? 0) + 1);
    if (event.type === "processStatus") states.set(`process ${event.status}`, (states.get(`process ${event.status}`) ?? 0) + 1);
  }
  const list = (map: Map<string, number>) => [...map].sort().map(([k, n]) => `${k}=${n}`).join(" ");
  return `answers: ${list(answers)}\nstates: ${list(states)}`;
}

function noInternalErrors(local: GseLocal): void {
  const internal = local.history.filter((e): e is Extract<GseLocalEvent, { type: "cloudCall" }> => e.type === "cloudCall" && e.code === "InternalError");
  assert.deepEqual(internal, [], "no request may end in InternalError");
  assert.deepEqual(
    logged.filter((line) => !line.startsWith("serving logs")),
    [],
    "gse-local logged no internal error",
  );
}

/**
 * Reports a failure with its cause and a readable counterexample (huge
 * strings shortened), which fast-check's default report, under node:test,
 * leaves out or drowns in megabytes of generated text.
 */
function report<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const shorten = (_key: string, value: unknown) =>
    typeof value === "string" && value.length > 120 ? `${value.slice(0, 60)}…(${value.length} characters)` : value;
  const cause = details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance);
  throw new Error(
    `fuzz failed after ${details.numRuns} batches (GSE_FUZZ_SEED=${details.seed}, path ${details.counterexamplePath ?? "?"})\n${cause}\n` +
      `counterexample: ${JSON.stringify(details.counterexample, shorten)?.slice(0, 4_000)}`,
  );
}

const runs = (n = RUNS) => ({ seed: SEED, numRuns: n, endOnFailure: true, reporter: report });

// ---------------------------------------------------------------------------
// Signed requests for the keyed instance
// ---------------------------------------------------------------------------

interface SignOptions {
  secretId?: string;
  secretKey?: string;
  /** Seconds added to now for X-TC-Timestamp / Timestamp. */
  skew?: number;
}

function signTc3(local: GseLocal, action: string, params: Record<string, unknown>, options: SignOptions): HttpRequest {
  const body = toJsonText(params);
  const timestamp = Math.floor(Date.now() / 1000) + (options.skew ?? 0);
  const date = tc3Date(timestamp);
  const host = `127.0.0.1:${local.httpPort}`;
  const headers = { "content-type": "application/json; charset=utf-8", host };
  const signature = computeTc3Signature({
    method: "POST",
    path: "/",
    query: "",
    headers,
    signedHeaders: ["content-type", "host"],
    body: Buffer.from(body),
    timestamp: String(timestamp),
    date,
    service: "gse",
    secretKey: options.secretKey ?? SECRET_KEY,
  });
  return {
    method: "POST",
    path: "/",
    headers: {
      ...headers,
      "x-tc-action": action,
      "x-tc-version": "2019-11-12",
      "x-tc-timestamp": String(timestamp),
      authorization: `TC3-HMAC-SHA256 Credential=${options.secretId ?? SECRET_ID}/${date}/gse/tc3_request, SignedHeaders=content-type;host, Signature=${signature}`,
    },
    body,
  };
}

function signHmac(local: GseLocal, action: string, params: Record<string, unknown>, options: SignOptions & { method?: "HmacSHA256" | "HmacSHA1" }): HttpRequest {
  const all = new Map<string, string>([
    ["Action", action],
    ["Version", "2019-11-12"],
    ["Region", "ap-guangzhou"],
    ["Timestamp", String(Math.floor(Date.now() / 1000) + (options.skew ?? 0))],
    ["Nonce", "12345"],
    ["SecretId", options.secretId ?? SECRET_ID],
    ["SignatureMethod", options.method ?? "HmacSHA256"],
    ...flatten(params, "", []),
  ]);
  const host = `127.0.0.1:${local.httpPort}`;
  all.set("Signature", computeHmacSignature({ method: "POST", host, path: "/", params: all, signatureMethod: options.method ?? "HmacSHA256", secretKey: options.secretKey ?? SECRET_KEY }));
  return { method: "POST", path: "/", headers: { "content-type": "application/x-www-form-urlencoded", host }, body: new URLSearchParams([...all]).toString() };
}

// ---------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------

describe(`gse-local fuzz (seed ${SEED}, ${RUNS} batches per property)`, () => {
  after(() => {
    if (process.env["GSE_FUZZ_COVERAGE"]) console.log(coverage(open));
  });

  test("cloud API and agent together: mutated requests of every action in every wire form, interleaved with agent calls", async () => {
    // Both sides in one batch, so agent calls meet the sessions and players cloud calls just made, and the other way round.
    const step = fc.oneof(
      { weight: 3, arbitrary: fc.record({ cloud: fc.tuple(envelope, mutatedCloudRequest) }) },
      { weight: 2, arbitrary: fc.record({ agent: grpcRequest }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (batch) => {
        await Promise.all(
          batch.map(async (item) => {
            if ("agent" in item) return callAgent(open, item.agent);
            const [form, { action, params }] = item.cloud;
            const request = buildUnsigned(open, form, action, params);
            judgeHttp(request, await send(open, request));
          }),
        );
        await stillServes(open);
      }),
      runs(RUNS * 2),
    );
    noInternalErrors(open);
  });

  test("cloud API: random envelopes, headers, paths and bodies", async () => {
    const header = fc.oneof(fc.stringMatching(/^[\x21-\x7e]{0,40}$/), fc.constantFrom("", "2019-11-12", "2017-03-12", "CreateGameServerSession", "TC3-HMAC-SHA256 Credential=x", "application/json", "application/x-www-form-urlencoded", "text/plain", "99999999999999"));
    const body = fc.oneof(
      fc.json({ maxDepth: 3 }),
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v).slice(0, -1)),
      // The envelope's own fields with values of every type, nested deep and huge.
      fc.tuple(fc.constantFrom("Action", "Version"), fc.oneof(junk, fc.integer({ min: 5_000, max: 200_000 }).map(deep))).map(([key, value]) => toJsonText({ [key]: value })),
      fc.tuple(fc.constantFrom("Pid", "TerminationDelaySeconds"), fc.oneof(junk, fc.integer({ min: 5_000, max: 200_000 }).map(deep))).map(([key, value]) => toJsonText({ Action: "LocalTerminateProcess", [key]: value })),
      fc.array(fc.tuple(fc.oneof(fc.constantFrom("Action", "Version", "a.0.b", "a.b", "a.0", "GameProperties.0.Key", "PlayerIds.99999999", "__proto__.x", "x..y", ".", "a.__proto__"), fc.string({ maxLength: 10 })), fc.string({ maxLength: 10 })), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs).toString()),
      fc.integer({ min: 10, max: 300_000 }).map((n) => `{"Action": ${"[".repeat(n)}${"]".repeat(n)}}`),
      fc.integer({ min: 10, max: 300_000 }).map((n) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`),
      fc.constantFrom("", "null", "[]", "\"x\"", "{", "{\"Action\":null}", "{\"Action\":\"LocalTerminateProcess\",\"Pid\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}", "x".repeat(1_100_000)),
    );
    const request = fc.record({
      method: fc.oneof({ weight: 4, arbitrary: fc.constant("POST") }, { weight: 2, arbitrary: fc.constant("GET") }, { weight: 1, arbitrary: fc.constantFrom("PUT", "DELETE", "PATCH", "HEAD", "OPTIONS") }),
      path: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom("/", "/capi", "/capi/") },
        { weight: 2, arbitrary: fc.constantFrom("/capi?x=1", "/?Action=DescribeGameServerSessions&Version=2019-11-12&FleetId=fleet-x", "//", "/nope", "/?a=1&a=2", "/?%zz=1", "/?Action=X&Action=Y") },
        { weight: 2, arbitrary: fc.constantFrom("/logs/", "/logs/%E0%A4%A", "/logs/%", "/logs/%zz", "/logs/qcs%3A%3Agse") },
        { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((s) => `/logs/${encodeURIComponent(s)}`) },
        { weight: 1, arbitrary: fc.stringMatching(/^\/[\x21-\x7e]{0,40}$/) },
      ),
      headers: fc.record(
        {
          "content-type": header,
          "x-tc-action": fc.oneof(fc.constantFrom(...CLOUD_ACTIONS, "Nope", ""), header),
          "x-tc-version": header,
          "x-tc-region": header,
          "x-tc-timestamp": header,
          "x-tc-language": header,
          "x-tc-traceid": header,
          authorization: header,
        },
        { requiredKeys: [] },
      ),
      body,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: 1, maxLength: 5 }), async (batch) => {
        const requests = batch.map((r) => ({ ...r, body: r.method === "HEAD" ? "" : r.body }));
        const answers = await Promise.all(requests.map((r) => send(open, r)));
        requests.forEach((r, i) => judgeHttp(r, answers[i]!));
        await stillServes(open);
      }),
      runs(),
    );
    noInternalErrors(open);
  });

  test("cloud API with keys: bad signatures are AuthFailure, good ones pass, in both signing forms", async () => {
    const corruption = fc.constantFrom("none", "none", "key", "secretId", "stale", "body", "signature", "authorization", "missing", "contentType", "host", "hmacMethod");
    const signed = fc.record({ form: fc.constantFrom("tc3", "hmac"), corruption, request: mutatedCloudRequest });
    await fc.assert(
      fc.asyncProperty(fc.array(signed, { minLength: 1, maxLength: 4 }), async (batch) => {
        const requests = batch.map(({ form, corruption, request }) => {
          const params = resolveRefs(request.params, keyed) as Record<string, unknown>;
          const options: SignOptions = corruption === "key" ? { secretKey: "wrong" } : corruption === "secretId" ? { secretId: "AKIDother" } : corruption === "stale" ? { skew: -3_600 } : {};
          const built = form === "tc3" ? signTc3(keyed, request.action, params, options) : signHmac(keyed, request.action, params, { ...options, ...(corruption === "hmacMethod" && { method: "HmacSHA1" }) });
          switch (corruption) {
            case "body":
              built.body = form === "tc3" ? `${built.body} ` : `${built.body}&Extra=1`;
              break;
            case "signature":
              if (form === "tc3") built.headers["authorization"] = built.headers["authorization"]!.replace(/Signature=(.)/, (_, c: string) => `Signature=${c === "a" ? "b" : "a"}`);
              else built.body = built.body.replace(/Signature=[^&]*/, "Signature=AAAA");
              break;
            case "authorization":
              if (form === "tc3") built.headers["authorization"] = "TC3-HMAC-SHA256 garbage";
              else built.body = built.body.replace(/SignatureMethod=[^&]*/, "SignatureMethod=MD5");
              break;
            case "missing":
              if (form === "tc3") delete built.headers["authorization"];
              else built.body = built.body.replace(/&?Signature=[^&]*/, "");
              break;
            case "contentType":
              if (form === "tc3") built.headers["content-type"] = "application/json";
              else built.body = built.body.replace(/Nonce=\d+/, "Nonce=54321");
              break;
            case "host":
              built.headers["host"] = "evil.example:1";
              break;
          }
          // HmacSHA1 is a valid method: re-signed with it, the request is still good.
          return { built, bad: corruption !== "none" && corruption !== "hmacMethod" };
        });
        const answers = await Promise.all(requests.map(({ built }) => send(keyed, built)));
        requests.forEach(({ built, bad }, i) => {
          const reply = judgeHttp(built, answers[i]!)!;
          const code = reply.Response.Error?.Code;
          if (bad) {
            assert.ok(code !== undefined && (AUTH_CODES.has(code) || code === "MissingParameter" || code === "InvalidParameter"), `a corrupted request must be refused, got ${String(code)}: ${reply.Response.Error?.Message}`);
          } else {
            assert.ok(code === undefined || !AUTH_CODES.has(code), `a well-signed request was refused: ${code}: ${reply.Response.Error?.Message}`);
          }
        });
        await stillServes(keyed, true);
      }),
      runs(Math.ceil(RUNS / 2)),
    );
    noInternalErrors(keyed);
  });

  test("agent: random field values, metadata and pids for every method", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(grpcRequest, { minLength: 1, maxLength: 6 }), async (batch) => {
        await Promise.all(batch.map((r) => callAgent(open, r)));
        await stillServes(open);
      }),
      runs(),
    );
  });

  test("agent: raw bytes that are not a valid message, and unknown methods", async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      // A valid message with bytes flipped or cut: mostly still decodable, sometimes not.
      fc.tuple(fc.constantFrom(...Object.keys(CODECS)), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([name, at, value]) => {
        const valid = CODECS[name]!.encode(CODECS[name]!.fromPartial({ gameServerSessionId: "g", playerSessionId: "p", clientPort: 7000, grpcPort: 7001, logPathsToUpload: ["a"] }) as never).finish();
        const copy = Uint8Array.from(valid);
        if (copy.length > 0) copy[at % copy.length] = value;
        return at % 3 === 0 ? copy.slice(0, at % (copy.length + 1)) : copy;
      }),
      fc.constantFrom(Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f), Uint8Array.of(0x08), Uint8Array.of(0x0f), Uint8Array.of(0x12, 0x05, 0x41)),
    );
    const call = fc.record({
      method: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...Object.keys(CODECS)) }, { weight: 1, arbitrary: fc.constantFrom("Nope", "processReady", "OnHealthCheck") }),
      bytes,
      pid: fc.constantFrom("fake", "none", "garbage"),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 6 }), async (batch) => {
        await Promise.all(
          batch.map(async ({ method, bytes, pid }) => {
            const metadata: Record<string, string> = { requestid: randomUUID() };
            if (pid === "fake") metadata["pid"] = String(fleet.processes[2]!.pid);
            if (pid === "garbage") metadata["pid"] = "-7";
            const where = `raw ${method} [${Buffer.from(bytes).toString("hex").slice(0, 80)}] pid=${pid}`;
            const { error, response } = await rawCall(open, `${AGENT_SERVICE}/${method}`, bytes, metadata);
            if (error) {
              assert.ok(!FORBIDDEN_GRPC.has(error.code), `${where}: ${Status[error.code]} ${error.details}`);
              assert.ok(error.details.length > 0, `${where}: no message`);
            } else if (method !== "DescribePlayerSessions") {
              judgeGseResponse(GseResponse.decode(response!), where);
            }
          }),
        );
        await stillServes(open);
      }),
      runs(),
    );
  });

  test("agent: a message over the size limit is RESOURCE_EXHAUSTED, and the agent keeps serving", async () => {
    const fake = fleet.processes[3]!;
    await assert.rejects(
      fleet.agent.acceptPlayerSession({ gameServerSessionId: "g", playerSessionId: "x".repeat(5 * 1024 * 1024) }, { metadata: fake.metadata() }),
      (error: ClientError) => error.code === Status.RESOURCE_EXHAUSTED,
    );
    await stillServes(open);
  });
});
