// One test per bug the reliability work found in gse-local (most by the fuzz
// suite, gseLocalFuzz.test.ts), so each stays fixed even where the fuzz's
// random walk would only find it again by luck.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import http from "node:http";
import { createRequire } from "node:module";
import { afterEach, test } from "node:test";
import { ClientError, Metadata, Status } from "nice-grpc";
import { GseResponse_Status, isGseError } from "gse-sdk";
import { createGseLocal, type GseLocal, type GseLocalOptions } from "gse-sdk/local";
import { checkInvariants } from "./fixtures/checkInvariants.js";
import { startLocalWithFakes, type FakeFleet } from "./fixtures/fakeProcesses.js";

const DEADLINE_MS = 10_000;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(options: GseLocalOptions = {}, processes = 1): Promise<{ local: GseLocal; fleet: FakeFleet }> {
  const { local, fleet, close } = await startLocalWithFakes(options, processes, { announce: true });
  cleanups.push(close);
  return { local, fleet };
}

interface Reply {
  status: number;
  body: string;
  json(): { Response: Record<string, unknown> & { Error?: { Code: string; Message: string } } };
}

function request(local: GseLocal, method: string, path: string, body = ""): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: local.httpPort, method, path, headers: { "content-length": String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, body: text, json: () => JSON.parse(text) as ReturnType<Reply["json"]> });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

const capi = async (local: GseLocal, body: string) => (await request(local, "POST", "/capi", body)).json().Response;

async function activeSession(local: GseLocal, maximum: number): Promise<string> {
  const reply = await capi(local, JSON.stringify({ Action: "CreateGameServerSession", FleetId: "fleet-r", MaximumPlayerSessionCount: maximum }));
  const id = (reply["GameServerSession"] as { GameServerSessionId: string }).GameServerSessionId;
  await local.waitFor((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === id && e.status === "ACTIVE", { timeoutMs: DEADLINE_MS });
  return id;
}

test("GET /logs/ with broken percent-encoding is a 400; it used to throw out of the request listener and end gse-local", async () => {
  const { local } = await start({}, 0);
  for (const path of ["/logs/%E0%A4%A", "/logs/%", "/logs/%zz"]) assert.equal((await request(local, "GET", path)).status, 400, path);
  assert.equal((await request(local, "GET", "/logs/nope")).status, 404);
});

test("a /capi Action or Version that is not a string is InvalidParameter, however deeply nested; it used to be InternalError (stack overflow)", async () => {
  const { local } = await start({}, 0);
  const deep = "[".repeat(50_000) + "]".repeat(50_000);
  for (const field of ["Action", "Version"]) {
    const reply = await capi(local, `{"Action": "DescribeGameServerSessions", "${field}": ${deep}}`);
    assert.equal(reply.Error?.Code, "InvalidParameter", reply.Error?.Message);
    assert.match(reply.Error!.Message, new RegExp(`the ${field} field must be a string; got a list`));
  }
});

test("LocalTerminateProcess checks Pid and TerminationDelaySeconds by type and bound; a huge delay used to overflow the timer and end the process at once", async () => {
  const { local, fleet } = await start({}, 1);
  const pid = fleet.processes[0]!.pid;
  const deep = "[".repeat(50_000) + "]".repeat(50_000);
  const cases: [string, string, RegExp][] = [
    [`{"Action": "LocalTerminateProcess", "Pid": ${deep}}`, "InvalidParameter", /'Pid' must be a number, got a list/],
    [`{"Action": "LocalTerminateProcess", "Pid": "abc"}`, "InvalidParameter", /'Pid' must be a number/],
    [`{"Action": "LocalTerminateProcess", "Pid": 1.5}`, "InvalidParameterValue", /positive integer/],
    [`{"Action": "LocalTerminateProcess", "Pid": ${pid}, "TerminationDelaySeconds": 1e12}`, "InvalidParameterValue", /from 0 to 2000000/],
    [`{"Action": "LocalTerminateProcess", "Pid": ${pid}, "TerminationDelaySeconds": -1}`, "InvalidParameterValue", /TerminationDelaySeconds/],
  ];
  for (const [body, code, message] of cases) {
    const reply = await capi(local, body);
    assert.equal(reply.Error?.Code, code, body.slice(0, 80));
    assert.match(reply.Error!.Message, message);
  }
  assert.equal(local.processes()[0]!.status, "ACTIVE", "no request above started a termination");
  assert.equal((await capi(local, JSON.stringify({ Action: "LocalTerminateProcess", Pid: String(pid), TerminationDelaySeconds: "30" }))).Error, undefined, "form-style strings are numbers too");
});

test("UpdateGameServerSession cannot lower MaximumPlayerSessionCount below the open player sessions; it used to leave the session over-full", async () => {
  const { local } = await start({}, 1);
  const id = await activeSession(local, 4);
  for (const player of ["a", "b", "c"]) assert.equal((await capi(local, JSON.stringify({ Action: "JoinGameServerSession", GameServerSessionId: id, PlayerId: player }))).Error, undefined);
  const refused = await capi(local, JSON.stringify({ Action: "UpdateGameServerSession", GameServerSessionId: id, MaximumPlayerSessionCount: 2 }));
  assert.equal(refused.Error?.Code, "FailedOperation");
  assert.match(refused.Error!.Message, /MaximumPlayerSessionCount 2 is below the 3 player sessions/);
  assert.equal(local.gameServerSessions()[0]!.maximumPlayerSessionCount, 4);
  assert.equal((await capi(local, JSON.stringify({ Action: "UpdateGameServerSession", GameServerSessionId: id, MaximumPlayerSessionCount: 3 }))).Error, undefined);
  checkInvariants(local);
});

test("a requestId reused for another method is another request; the first method's cached answer used to come back in the other's reply type", async () => {
  const { fleet } = await start({}, 1);
  const fake = fleet.processes[0]!;
  const custom = await fleet.agent.reportCustomData({ currentCustomCount: 1, maxCustomCount: 1 }, { metadata: fake.metadata("shared-id") });
  assert.equal(custom.status, GseResponse_Status.OK);
  await assert.rejects(
    fleet.agent.describePlayerSessions({}, { metadata: fake.metadata("shared-id") }),
    (e: ClientError) => e.code === Status.FAILED_PRECONDITION && /one of gameServerSessionId/.test(e.details),
  );
});

test("bytes that are not a valid request message are INVALID_ARGUMENT; grpc-js used to answer INTERNAL", async () => {
  const { local, fleet } = await start({}, 1);
  const grpc = createRequire(import.meta.url)("@grpc/grpc-js") as typeof import("@grpc/grpc-js");
  const client = new grpc.Client(local.agentAddress, grpc.credentials.createInsecure());
  cleanups.push(() => client.close());
  const metadata = new grpc.Metadata();
  metadata.set("pid", String(fleet.processes[0]!.pid));
  metadata.set("requestid", "malformed-1");
  const error = await new Promise<import("@grpc/grpc-js").ServiceError | null>((resolve) =>
    client.makeUnaryRequest("/tencentcloud.gse.grpcsdk.GseGrpcSdkService/ReportCustomData", (b: Buffer) => b, (b: Buffer) => b, Buffer.from([0x0a, 0xff, 0xff]), metadata, (e) => resolve(e)),
  );
  assert.equal(error?.code, Status.INVALID_ARGUMENT);
  assert.match(error!.details, /not a valid ReportCustomDataRequest message/);
});

test("ProcessReady from a pid that is not running is refused; it used to register the process, ACTIVE and able to take a session until the next liveness sweep", async () => {
  const { local, fleet } = await start({}, 0);
  // A pid that was just reaped: not running (reuse within this test is out of reach of pid_max wrap-around).
  const child = spawn("true", { stdio: "ignore" });
  await once(child, "exit");
  const answer = await fleet.agent.processReady({ logPathsToUpload: [], clientPort: 7000, grpcPort: 7001 }, { metadata: Metadata({ pid: String(child.pid), requestid: "dead-1" }) });
  assert.equal(answer.status, GseResponse_Status.ERROR_400);
  assert.match(answer.errorMessage, new RegExp(`no process with pid ${child.pid} is running`));
  assert.equal(local.processes().length, 0);
});

test("a process re-announced on another port is still ended at its terminationTime; the timer used to die with the old gRPC link", async () => {
  // Long enough that the re-announcement lands before the terminationTime
  // even on a loaded machine: the point is the timer surviving the new link.
  const { local, fleet } = await start({ terminationGraceMs: 2_000 }, 2);
  const [a, b] = fleet.processes;
  local.terminateProcess(a!.pid);
  await local.waitFor((e) => e.type === "processStatus" && e.pid === a!.pid && e.status === "TERMINATING", { timeoutMs: DEADLINE_MS });
  // a re-announces with b's gRPC port: a new link replaces the old one.
  const answer = await fleet.agent.processReady({ logPathsToUpload: [], clientPort: a!.clientPort, grpcPort: b!.grpcPort }, { metadata: a!.metadata() });
  assert.equal(answer.status, GseResponse_Status.OK);
  const ended = await local.waitFor((e) => e.type === "processStatus" && e.pid === a!.pid && e.status === "TERMINATED", { timeoutMs: DEADLINE_MS });
  assert.match((ended as { reason: string }).reason, /terminationTime passed|ProcessEnding/);
});

test("durations too long for a Node timer are refused instead of firing after 1 ms", async () => {
  await assert.rejects(createGseLocal({ grpcPort: 0, httpPort: 0, healthCheckIntervalMs: 2 ** 31 }), (e: unknown) => isGseError(e) && /healthCheckIntervalMs/.test(e.message));
  const { local, fleet } = await start({}, 1);
  assert.throws(() => local.terminateProcess(fleet.processes[0]!.pid, { terminationDelayMs: 1e12 }), (e: unknown) => isGseError(e) && e.field === "terminationDelayMs");
  assert.equal(local.processes()[0]!.status, "ACTIVE");
});

test("refusals quote a caller's huge id in part, so the answer stays well under the caller's receive limit", async () => {
  const { fleet } = await start({}, 1);
  const huge = "g".repeat(3 * 1024 * 1024);
  const answer = await fleet.agent.acceptPlayerSession({ gameServerSessionId: huge, playerSessionId: "p" }, { metadata: fleet.processes[0]!.metadata() });
  assert.equal(answer.status, GseResponse_Status.ERROR_400);
  assert.ok(answer.errorMessage.length < 1_000, `${answer.errorMessage.length} characters`);
  assert.match(answer.errorMessage, /\(3145728 characters\)' does not exist/);
});
