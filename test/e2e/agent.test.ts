// gse-local's agent side with real game processes: metadata, idempotency,
// ownership, process death, search across several sessions.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterEach, test } from "node:test";
import { createChannel, createClient, Metadata, Status, type ClientError } from "nice-grpc";
import { GseGrpcSdkServiceDefinition, GseResponse_Status, type GseError } from "gse-sdk";
import { createGseLocal, type GseLocal, type GseLocalEvent } from "gse-sdk/local";
import { startTcpGame } from "../fixtures/tcpGame.js";
import { createOfficialGseClient, type OfficialGseClient } from "../helpers/officialGseClient.js";
import { spawnGame, type SpawnedGame } from "../helpers/spawnGame.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startLocal(): Promise<GseLocal> {
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, livenessIntervalMs: 50 });
  cleanups.push(() => local.close());
  return local;
}

function spawned(local: GseLocal): SpawnedGame {
  const game = spawnGame(local.agentAddress, { CHILD_EXIT_PROCESS: "true" });
  cleanups.push(() => game.kill());
  return game;
}

function rawAgent(local: GseLocal) {
  const channel = createChannel(local.agentAddress);
  cleanups.push(() => channel.close());
  return createClient(GseGrpcSdkServiceDefinition, channel);
}

const active = (id: string) => (e: GseLocalEvent) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === id && e.status === "ACTIVE";

/** Creates a session through the official client and waits until the game activated it. */
async function activeSession(local: GseLocal, cloud: OfficialGseClient): Promise<string> {
  const created = await cloud.call("CreateGameServerSession", { FleetId: "fleet-a", MaximumPlayerSessionCount: 2 });
  const id = created["GameServerSession"]["GameServerSessionId"] as string;
  await local.waitFor(active(id));
  return id;
}


test("every call needs pid and requestId metadata", async () => {
  const local = await startLocal();
  const agent = rawAgent(local);
  const request = { logPathsToUpload: [], clientPort: 7777, grpcPort: 7778 };
  await assert.rejects(agent.processReady(request), (e: ClientError) => e.code === Status.INVALID_ARGUMENT && /metadata 'pid'/.test(e.details));
  await assert.rejects(
    agent.processReady(request, { metadata: Metadata({ pid: String(process.pid) }) }),
    (e: ClientError) => e.code === Status.INVALID_ARGUMENT && /'requestId' is required/.test(e.details),
  );
  await assert.rejects(
    agent.processReady(request, { metadata: Metadata({ pid: "abc", requestid: "r1" }) }),
    (e: ClientError) => e.code === Status.INVALID_ARGUMENT,
  );
  assert.equal(local.processes().length, 0);
});

test("a repeated requestId gets the first answer and causes no second transition", async () => {
  const local = await startLocal();
  const game = await startTcpGame(local.agentAddress);
  cleanups.push(() => game.close());
  const cloud = createOfficialGseClient(local.cloudEndpoint);
  const id = await activeSession(local, cloud);
  const agent = rawAgent(local);
  const metadata = Metadata({ pid: String(process.pid), requestid: randomUUID() });
  const first = await agent.terminateGameServerSession({ gameServerSessionId: id }, { metadata });
  const repeat = await agent.terminateGameServerSession({ gameServerSessionId: id }, { metadata });
  assert.deepEqual(repeat, first);
  assert.equal(first.status, GseResponse_Status.OK);
  const transitions = local.history.filter((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === id && e.status === "TERMINATED");
  assert.equal(transitions.length, 1);
  assert.ok(local.history.some((e) => e.type === "agentCall" && e.repeated));
  // A new requestId is a new request: the session is already over.
  const fresh = await agent.terminateGameServerSession({ gameServerSessionId: id }, { metadata: Metadata({ pid: String(process.pid), requestid: randomUUID() }) });
  assert.equal(fresh.status, GseResponse_Status.ERROR_400);
  assert.match(fresh.errorMessage, /already TERMINATED/);
});

test("a process acts only on its own session; sessions spread over processes; search filters and sorts them", async () => {
  const local = await startLocal();
  const games = [spawned(local), spawned(local)];
  await Promise.all(games.map((g) => g.ready));
  const inProcess = await startTcpGame(local.agentAddress);
  cleanups.push(() => inProcess.close());
  const cloud = createOfficialGseClient(local.cloudEndpoint);

  const ids: string[] = [];
  for (const [i, mode] of ["casual", "ranked", "ranked"].entries()) {
    const created = await cloud.call("CreateGameServerSession", {
      FleetId: "fleet-a",
      MaximumPlayerSessionCount: 2 + i,
      Name: `room-${i}`,
      GameProperties: [{ Key: "mode", Value: mode }],
    });
    ids.push(created["GameServerSession"]["GameServerSessionId"]);
  }
  await Promise.all(ids.map((id) => local.waitFor(active(id))));
  const pids = new Set(local.gameServerSessions().map((s) => s.pid));
  assert.equal(pids.size, 3, "three sessions on three processes");

  const ranked = await cloud.call("SearchGameServerSessions", {
    FleetId: "fleet-a",
    FilterExpression: "gameServerSessionProperties.mode = 'ranked' AND hasAvailablePlayerSessions = true",
    SortExpression: "maximumSessions DESC",
  });
  assert.deepEqual(ranked["GameServerSessions"].map((s: Record<string, string>) => s["Name"]), ["room-2", "room-1"]);
  const bad = await cloud.fail("SearchGameServerSessions", { FleetId: "fleet-a", FilterExpression: "playerSessionCount >= 'two'" });
  assert.equal(bad.code, "InvalidParameter");
  assert.match(bad.message, /position \d+/);
  const paged = await cloud.call("DescribeGameServerSessions", { FleetId: "fleet-a", Limit: 2 });
  assert.equal(paged["GameServerSessions"].length, 2);
  const rest = await cloud.call("DescribeGameServerSessions", { FleetId: "fleet-a", Limit: 2, NextToken: paged["NextToken"] });
  assert.equal(rest["GameServerSessions"].length, 1);
  assert.equal(rest["NextToken"], null);

  // The in-process game tries to accept a player of another process's session.
  const foreign = local.gameServerSessions().find((s) => s.pid !== process.pid)!;
  const ticket = (await cloud.call("JoinGameServerSession", { GameServerSessionId: foreign.gameServerSessionId, PlayerId: "p" }))["PlayerSession"];
  await assert.rejects(
    inProcess.app.gse.acceptPlayerSession(ticket["PlayerSessionId"], { gameServerSessionId: foreign.gameServerSessionId }),
    (e: GseError) => e.code === "BAD_REQUEST_EXCEPTION" && /belongs to process \d+, not to process/.test(e.message),
  );
  await assert.rejects(
    inProcess.app.gse.terminateGameServerSession({ gameServerSessionId: foreign.gameServerSessionId }),
    (e: GseError) => e.code === "BAD_REQUEST_EXCEPTION",
  );
  assert.equal(local.gameServerSessions().find((s) => s.gameServerSessionId === foreign.gameServerSessionId)?.status, "ACTIVE");
});

test("a process that dies is marked TERMINATED and its session and player sessions are closed", async () => {
  const local = await startLocal();
  const game = spawned(local);
  await game.ready;
  const cloud = createOfficialGseClient(local.cloudEndpoint);
  const id = await activeSession(local, cloud);
  const ticket = (await cloud.call("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "p" }))["PlayerSession"];
  game.kill("SIGKILL");
  await local.waitFor((e) => e.type === "processStatus" && e.pid === game.pid && e.status === "TERMINATED");
  const session = (await cloud.call("DescribeGameServerSessions", { GameServerSessionId: id }))["GameServerSessions"][0];
  assert.equal(session["Status"], "TERMINATED");
  const player = (await cloud.call("DescribePlayerSessions", { PlayerSessionId: ticket["PlayerSessionId"] }))["PlayerSessions"][0];
  assert.equal(player["Status"], "COMPLETED");
  assert.equal((await cloud.fail("CreateGameServerSession", { FleetId: "fleet-a", MaximumPlayerSessionCount: 1 })).code, "LimitExceeded");
});

test("LocalTerminateProcess rehearses scale-in on a real process: it ends its session, calls ProcessEnding and exits 0", async () => {
  const local = await startLocal();
  const game = spawned(local);
  await game.ready;
  const cloud = createOfficialGseClient(local.cloudEndpoint);
  await activeSession(local, cloud);
  const response = await fetch(`http://${local.cloudEndpoint}/capi`, {
    method: "POST",
    body: JSON.stringify({ Action: "LocalTerminateProcess", Pid: game.pid, TerminationDelaySeconds: 30 }),
  });
  assert.ok(((await response.json()) as { Response: Record<string, unknown> }).Response["RequestId"]);
  const [code] = await game.exited;
  assert.equal(code, 0);
  const terminate = game.lines.find((l) => l["event"] === "terminate");
  assert.ok(terminate && Math.abs((terminate["terminationTime"] as number) - (Date.now() / 1000 + 30)) < 10, "terminationTime is about 30 s ahead, in epoch seconds");
  const calls = local.history.filter((e) => e.type === "agentCall" && e.pid === game.pid).map((e) => (e as { method: string }).method);
  assert.deepEqual(calls, ["ProcessReady", "ActivateGameServerSession", "TerminateGameServerSession", "ProcessEnding"]);
});

test("a placement whose process refuses the session is placed on another process", async () => {
  const local = await startLocal();
  const first = spawned(local);
  await first.ready;
  const second = spawned(local);
  await second.ready;
  local.faults.add({ method: "OnStartGameServerSession", action: "refuse", status: "ERROR_400", pid: first.pid });
  const cloud = createOfficialGseClient(local.cloudEndpoint);
  await cloud.call("StartGameServerSessionPlacement", { PlacementId: "retry-me", GameServerSessionQueueName: "q", MaximumPlayerSessionCount: 2 });
  await local.waitFor((e) => e.type === "placementStatus" && e.placementId === "retry-me" && e.status === "FULFILLED");
  const placement = local.placements().find((p) => p.placementId === "retry-me")!;
  const session = local.gameServerSessions().find((s) => s.gameServerSessionId === placement.gameServerSessionId)!;
  assert.equal(session.pid, second.pid);
  const failed = local.gameServerSessions().filter((s) => s.status === "ERROR");
  assert.deepEqual(failed.map((s) => s.pid), [first.pid]);
});
