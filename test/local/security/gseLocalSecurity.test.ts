// Issue 11 items 1-3 against a real gse-local: nobody acts as another
// process, gse-local signals only what it launched, and with keys every
// route is behind them.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, test } from "node:test";
import { ClientError, Metadata, Status } from "nice-grpc";
import { GseResponse_Status, silentLogger } from "gse-sdk";
import { createGseLocal, type GseLocal, type GseLocalOptions } from "gse-sdk/local";
import { startFakeFleet, type FakeFleet } from "../fixtures/fakeProcesses.js";
import { processState } from "../../helpers/gseLocalChild.js";

const DEADLINE_MS = 10_000;
const KEYS = { secretId: "AKIDsecurity", secretKey: "security-secret-key" };
const BASIC = `Basic ${Buffer.from(`${KEYS.secretId}:${KEYS.secretKey}`).toString("base64")}`;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(options: GseLocalOptions, processes: number, fleetOptions: Parameters<typeof startFakeFleet>[2] = {}): Promise<{ local: GseLocal; fleet: FakeFleet }> {
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, logger: silentLogger, ...options });
  cleanups.push(() => local.close());
  const fleet = await startFakeFleet(local.agentAddress, processes, fleetOptions);
  cleanups.push(() => fleet.close());
  return { local, fleet };
}

function request(local: GseLocal, method: string, path: string, body = "", headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: local.httpPort, method, path, headers: { "content-length": String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function capi(local: GseLocal, action: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Record<string, any>> {
  const reply = await request(local, "POST", "/capi", JSON.stringify(action), headers);
  return (JSON.parse(reply.body) as { Response: Record<string, any> }).Response;
}

test("a process gse-local did not launch is never signalled: at its terminationTime it is marked TERMINATED and left running (item 1)", { skip: process.platform !== "linux" && "reads /proc" }, async () => {
  // The fake processes borrow pids (fixtures/fakeProcesses.ts), so peers are not verified here.
  const { local, fleet } = await start({ verifyPeers: false }, 1, { endOnTerminate: false });
  const victim = fleet.processes[0]!;
  assert.equal((await victim.ready()).status, GseResponse_Status.OK);
  const since = local.history.length;
  const reply = await capi(local, { Action: "LocalTerminateProcess", Pid: victim.pid, TerminationDelaySeconds: 0 });
  assert.equal(reply.Error, undefined);
  await local.waitFor((e) => e.type === "processStatus" && e.pid === victim.pid && e.status === "TERMINATED", { since, timeoutMs: DEADLINE_MS });
  // One more round trip, so a kill right after the transition would have landed.
  await capi(local, { Action: "LocalDescribeProcesses" });
  const now = processState(victim.pid);
  assert.ok(now !== undefined && now !== "Z", `the process is ${now === undefined ? "gone" : "a zombie"}: gse-local killed a process it did not launch`);
});

test("a call naming another process's pid is refused PERMISSION_DENIED; the process's own calls go through (item 2)", { skip: process.platform !== "linux" && "needs /proc" }, async () => {
  const { local, fleet } = await start({}, 1);
  const game = fleet.processes[0]!;
  // This test process plays the attacker: the `sleep` child never opened a connection.
  const refused = await fleet.agent.processReady({ logPathsToUpload: [], clientPort: 4000, grpcPort: game.grpcPort }, { metadata: game.metadata() }).then(
    () => undefined,
    (error: unknown) => error,
  );
  assert.ok(refused instanceof ClientError, "ProcessReady with a borrowed pid was accepted");
  assert.equal(refused.code, Status.PERMISSION_DENIED);
  assert.match(refused.details, new RegExp(`metadata 'pid' ${game.pid} is not the process making this call: process ${game.pid} does not hold the connection`));
  assert.equal(local.processes().length, 0);
  // The same holds for every method, e.g. reading another process's players.
  const describe = await fleet.agent.describePlayerSessions({ gameServerSessionId: "x", playerId: "", playerSessionId: "", playerSessionStatusFilter: "", nextToken: "", limit: 0 }, { metadata: game.metadata() }).catch((e: ClientError) => e);
  assert.equal((describe as ClientError).code, Status.PERMISSION_DENIED);
  // The connection's own process: this test process, under its own pid, is accepted.
  const own = Metadata({ pid: String(process.pid), requestid: "own-1" });
  assert.equal((await fleet.agent.processReady({ logPathsToUpload: [], clientPort: 4001, grpcPort: game.grpcPort }, { metadata: own })).status, GseResponse_Status.OK);
  assert.equal(local.processes()[0]?.pid, process.pid);
});

test("with keys, /capi needs them, log URLs are pre-signed, and a log path is served only as a regular file its process could read (item 3)", { skip: process.platform !== "linux" && "needs /proc" }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "gse-sec-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "game.log"), "the game's log\n");
  writeFileSync(join(dir, "secret"), "TOP SECRET\n", { mode: 0o600 });
  symlinkSync(join(dir, "secret"), join(dir, "link.log"));
  const { local, fleet } = await start({ ...KEYS, verifyPeers: false }, 1);
  const game = fleet.processes[0]!;
  await fleet.agent.processReady({ logPathsToUpload: [join(dir, "game.log"), join(dir, "link.log"), dir], clientPort: 4000, grpcPort: game.grpcPort }, { metadata: game.metadata() });

  // Unsigned /capi: refused, naming the credential; with it, answered.
  const unsigned = await request(local, "POST", "/capi", JSON.stringify({ Action: "DescribeGameServerSessions", FleetId: "fleet-local" }));
  assert.equal(unsigned.status, 401);
  assert.match(unsigned.body, /AuthFailure.*HTTP Basic/);
  const wrong = await capi(local, { Action: "DescribeGameServerSessions", FleetId: "fleet-local" }, { authorization: `Basic ${Buffer.from(`${KEYS.secretId}:nope`).toString("base64")}` });
  assert.equal(wrong.Error?.Code, "AuthFailure");
  const created = await capi(local, { Action: "CreateGameServerSession", FleetId: "fleet-local", MaximumPlayerSessionCount: 2 }, { authorization: BASIC });
  assert.equal(created.Error, undefined, JSON.stringify(created.Error));
  const id = created.GameServerSession.GameServerSessionId as string;

  const url = new URL((await capi(local, { Action: "GetGameServerSessionLogUrl", GameServerSessionId: id }, { authorization: BASIC })).PreSignedUrl as string);
  assert.match(url.search, /^\?Expires=\d+&Signature=/);
  const bare = await request(local, "GET", url.pathname);
  assert.equal(bare.status, 403);
  assert.match(bare.body, /not signed/);
  const tampered = new URLSearchParams(url.search);
  tampered.set("Expires", String(Number(tampered.get("Expires")) + 3600));
  assert.match((await request(local, "GET", `${url.pathname}?${tampered}`)).body, /does not match/);
  const logs = await request(local, "GET", `${url.pathname}${url.search}`);
  assert.equal(logs.status, 200);
  assert.match(logs.body, /the game's log/);
  assert.doesNotMatch(logs.body, /TOP SECRET/);
  assert.match(logs.body, /link\.log <==\n\(not served: a symbolic link \(not followed\)\)/);
  assert.match(logs.body, /gse-sec-[^\n]* <==\n\(not served: not a regular file\)/);
});
