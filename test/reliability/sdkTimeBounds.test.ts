// The SDK's time bounds against a slow, silent or hostile agent (issue 11,
// items 9 to 11): every bound is a deadline the SDK keeps whatever the agent
// does. The agents are real: gse-local with fault injection, a TCP listener
// that accepts and never answers, and a raw gRPC client sending bytes the
// generated decoder cannot take.
import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer, type Socket } from "node:net";
import { afterEach, test } from "node:test";
import { BinaryWriter } from "@bufbuild/protobuf/wire";
import { Client, credentials, Metadata } from "@grpc/grpc-js";
import { GseApp, silentLogger, type GseError } from "gse-sdk";
import { createGseLocal, type GseLocal } from "gse-sdk/local";
import { defineGame } from "../fixtures/games.js";
import { createOfficialGseClient } from "../helpers/officialGseClient.js";
import { spawnGame } from "../helpers/spawnGame.js";

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startLocal(): Promise<GseLocal> {
  // No SIGKILL at terminationTime: what is measured is the SDK keeping the
  // bound by itself (gse-local kills at its own millisecond, which can be
  // up to a second before the whole second it announces).
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, killAtTerminationTime: false });
  cleanups.push(() => local.close());
  return local;
}

/** Rejects with `message` if `promise` has not settled within `ms`: the test's own bound, far above the SDK's. */
function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** A real TCP listener on port 0 that accepts every connection and never writes a byte. */
async function blackHole(): Promise<string> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return `127.0.0.1:${(server.address() as { port: number }).port}`;
}

test("item 9: with the agent black-holed during the ending, the process still exits (code 0) by terminationTime", async () => {
  const local = await startLocal();
  const game = spawnGame(local.agentAddress);
  cleanups.push(() => game.kill());
  await game.ready;
  const cloud = createOfficialGseClient(local.cloudEndpoint);
  const created = await cloud.call("CreateGameServerSession", { FleetId: "fleet-bounds", MaximumPlayerSessionCount: 2 });
  const id = created["GameServerSession"]["GameServerSessionId"] as string;
  await local.waitFor((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === id && e.status === "ACTIVE");
  // From now on the agent takes every call of this process and never answers.
  // The child game runs with the default 20 s call timeout and 4 attempts.
  local.faults.add({ method: "*", pid: game.pid, action: "drop" });
  local.terminateProcess(game.pid, { terminationDelayMs: 3_000 });
  const terminated = await within(
    new Promise<Record<string, unknown>>((resolve) => {
      const check = () => game.lines.find((l) => l["event"] === "terminate");
      const seen = check();
      if (seen) return resolve(seen);
      game.child.stdout!.on("data", () => {
        const line = check();
        if (line) resolve(line);
      });
    }),
    10_000,
    "the game never ran its terminate handler",
  );
  const terminationMs = (terminated["terminationTime"] as number) * 1000;
  const [code, signal] = await within(game.exited, terminationMs - Date.now() + 5_000, "the game was still running 5 s after terminationTime");
  const exitedAt = Date.now();
  assert.equal(signal, null, "the game exited by itself, not by a signal");
  assert.equal(code, 0);
  assert.ok(exitedAt <= terminationMs, `exited ${exitedAt - terminationMs} ms after terminationTime`);
  // The calls were made (and dropped): the SDK did try to tell the agent.
  const dropped = local.history.flatMap((e) => (e.type === "faultInjected" && e.pid === game.pid ? [e.method] : []));
  assert.ok(dropped.includes("TerminateGameServerSession"), dropped.join(", "));
  assert.ok(dropped.includes("ProcessEnding"), dropped.join(", "));
});

test("item 10: readyTimeoutMs is a hard bound against an agent that accepts TCP and never answers", async () => {
  const address = await blackHole();
  const started = Date.now();
  const running = GseApp.run(defineGame({ events: [] }), {
    clientPort: 7777,
    gseAddress: address,
    exitProcess: false,
    handleSignals: false,
    logger: silentLogger,
    readyTimeoutMs: 500,
    // Far above the bound: before the fix one attempt lasted this long.
    callTimeoutMs: 60_000,
  });
  const error = await within(running.then(() => undefined, (e: GseError) => e), 10_000, "GseApp.run was still waiting 10 s into a 500 ms readyTimeoutMs");
  const elapsed = Date.now() - started;
  assert.equal(error?.code, "PROCESS_READY_FAILED");
  assert.match(error!.message, /gave up after 500 ms/);
  assert.ok(elapsed < 5_000, `rejected after ${elapsed} ms`);
});

/** OnProcessTerminate with raw bytes: the generated client cannot encode an int64 beyond 2^53. */
function sendRawProcessTerminate(grpcPort: number, terminationTime: string): Promise<Buffer> {
  const client = new Client(`127.0.0.1:${grpcPort}`, credentials.createInsecure());
  const body = Buffer.from(new BinaryWriter().uint32(8).int64(terminationTime).finish());
  return new Promise<Buffer>((resolve, reject) => {
    client.makeUnaryRequest(
      "/tencentcloud.gse.grpcsdk.GameServerGrpcSdkService/OnProcessTerminate",
      (b: Buffer) => b,
      (b: Buffer) => b,
      body,
      new Metadata(),
      { deadline: Date.now() + 5_000 },
      (error, reply) => (error ? reject(error) : resolve(reply!)),
    );
  }).finally(() => client.close());
}

test("item 11: a terminationTime above 2^53 is clamped to now with a warning, and the process ends", async () => {
  const local = await startLocal();
  const warnings: { msg: string; fields: Record<string, unknown> }[] = [];
  const logger = { ...silentLogger, warn: (fields: Record<string, unknown>, msg: string) => void warnings.push({ msg, fields }) };
  const events: string[] = [];
  const terminationTimes: number[] = [];
  const app = await GseApp.run(defineGame({ events, terminate: (t) => void terminationTimes.push(t) }), {
    clientPort: 7777,
    gseAddress: local.agentAddress,
    exitProcess: false,
    handleSignals: false,
    logger,
  });
  cleanups.push(() => app.shutdown());
  const before = Math.floor(Date.now() / 1000);
  // Answered, not INTERNAL: the call is taken, whatever the value.
  await sendRawProcessTerminate(app.grpcPort, "18446744073709551");
  await within(app.ended, 5_000, "the game did not end after a terminationTime above 2^53");
  assert.ok(events.includes("terminate:agent"));
  assert.ok(terminationTimes[0]! >= before && terminationTimes[0]! <= Math.ceil(Date.now() / 1000), `the handler got ${terminationTimes[0]}`);
  assert.ok(warnings.some((w) => /terminationTime is not a usable time/.test(w.msg)), JSON.stringify(warnings));
  assert.ok(local.history.some((e) => e.type === "agentCall" && e.method === "ProcessEnding" && e.ok));
});
