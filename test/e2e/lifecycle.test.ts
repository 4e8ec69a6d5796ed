// gse-local + a game built with the framework + the official TencentCloud
// client, over real sockets: the whole session and player lifecycle.
import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { createGseLocal, type GseLocal, type GseLocalEvent, type GseLocalOptions } from "gse-sdk/local";
import { connectPlayer, startTcpGame } from "../fixtures/tcpGame.js";
import { createOfficialGseClient, type OfficialGseClient } from "../helpers/officialGseClient.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(localOptions: GseLocalOptions = {}) {
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, ...localOptions });
  cleanups.push(() => local.close());
  const game = await startTcpGame(local.agentAddress);
  cleanups.push(() => game.close());
  const cloud = createOfficialGseClient(local.cloudEndpoint);
  return { local, game, cloud };
}

const sessionStatus = (id: string, status: string) => (e: GseLocalEvent) =>
  e.type === "gameServerSessionStatus" && e.gameServerSessionId === id && e.status === status;
const playerStatus = (id: string, status: string) => (e: GseLocalEvent) =>
  e.type === "playerSessionStatus" && e.playerSessionId === id && e.status === status;

async function activeSession(local: GseLocal, cloud: OfficialGseClient, request: Record<string, unknown> = {}) {
  const created = await cloud.call("CreateGameServerSession", { FleetId: "fleet-e2e", MaximumPlayerSessionCount: 2, ...request });
  const id = created["GameServerSession"]["GameServerSessionId"] as string;
  await local.waitFor(sessionStatus(id, "ACTIVE"));
  return { id, created };
}

describe("gse-local end to end, driven by the official TencentCloud client", () => {
  test("create → ACTIVE → join → connect → accept → describe → leave → terminate → a second session on the same process", async () => {
    const { local, game, cloud } = await setup();
    const created = await cloud.call("CreateGameServerSession", {
      FleetId: "fleet-e2e",
      MaximumPlayerSessionCount: 2,
      Name: "duel",
      GameProperties: [{ Key: "map", Value: "canyon" }],
    });
    const session = created["GameServerSession"];
    assert.equal(session["Status"], "ACTIVATING");
    assert.equal(session["Port"], game.port);
    assert.equal(session["IpAddress"], "127.0.0.1");
    assert.match(created["RequestId"], /^[0-9a-f-]{36}$/);
    const id = session["GameServerSessionId"] as string;
    assert.match(id, /^qcs::gse:local::gameserversession\/fleet-e2e\/gssess-/);

    await local.waitFor(sessionStatus(id, "ACTIVE"));
    assert.equal(game.app.gse.session?.gameServerSessionId, id);
    assert.deepEqual(game.app.gse.session?.gameProperties, [{ key: "map", value: "canyon" }]);
    const described = await cloud.call("DescribeGameServerSessions", { GameServerSessionId: id });
    assert.equal(described["GameServerSessions"][0]["Status"], "ACTIVE");

    const joined = await cloud.call("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "alice", PlayerData: "lvl 3" });
    const ticket = joined["PlayerSession"];
    assert.equal(ticket["Status"], "RESERVED");
    assert.equal(ticket["Port"], game.port);
    const alice = await connectPlayer(ticket["IpAddress"], ticket["Port"], ticket["PlayerSessionId"]);
    assert.equal(alice.verdict, "ACCEPTED");
    await local.waitFor(playerStatus(ticket["PlayerSessionId"], "ACTIVE"));

    // The same player session id cannot be used twice; an unknown one is refused.
    const again = await connectPlayer(ticket["IpAddress"], ticket["Port"], ticket["PlayerSessionId"]);
    assert.match(again.verdict, /^REJECTED .*is ACTIVE; only a RESERVED player session can be accepted/);
    const stranger = await connectPlayer(ticket["IpAddress"], ticket["Port"], "psess-not-issued");
    assert.match(stranger.verdict, /^REJECTED .*not a player session of game server session/);
    again.socket.destroy();
    stranger.socket.destroy();

    const players = await cloud.call("DescribePlayerSessions", { GameServerSessionId: id });
    assert.deepEqual(players["PlayerSessions"].map((p: Record<string, string>) => [p["PlayerId"], p["Status"], p["PlayerData"]]), [["alice", "ACTIVE", "lvl 3"]]);

    await game.app.gse.reportCustomData(7, 20);
    const withLoad = await cloud.call("DescribeGameServerSessionDetails", { GameServerSessionId: id });
    const detail = withLoad["GameServerSessionDetails"][0];
    assert.equal(detail["GameServerSession"]["CurrentCustomCount"], 7);
    assert.equal(detail["GameServerSession"]["MaxCustomCount"], 20);
    assert.equal(detail["GameServerSession"]["CurrentPlayerSessionCount"], 1);
    assert.equal(detail["ProtectionPolicy"], "NoProtection");

    alice.socket.destroy();
    await local.waitFor(playerStatus(ticket["PlayerSessionId"], "COMPLETED"));
    await game.app.gse.terminateGameServerSession();
    await local.waitFor(sessionStatus(id, "TERMINATED"));
    const ended = await cloud.call("DescribeGameServerSessions", { GameServerSessionId: id });
    assert.equal(ended["GameServerSessions"][0]["Status"], "TERMINATED");
    assert.ok(ended["GameServerSessions"][0]["TerminationTime"]);

    const second = await activeSession(local, cloud);
    assert.notEqual(second.id, id);
    assert.equal(game.app.gse.session?.gameServerSessionId, second.id);
  });

  test("a reservation not accepted in time becomes TIMEDOUT and frees its slot", async () => {
    const { local, cloud } = await setup({ reservationTimeoutMs: 200 });
    const { id } = await activeSession(local, cloud, { MaximumPlayerSessionCount: 1 });
    const ticket = (await cloud.call("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "late" }))["PlayerSession"];
    const full = await cloud.fail("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "other" });
    assert.equal(full.code, "LimitExceeded");
    await local.waitFor(playerStatus(ticket["PlayerSessionId"], "TIMEDOUT"));
    const next = await cloud.call("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "other" });
    assert.equal(next["PlayerSession"]["Status"], "RESERVED");
    const timedOut = await cloud.call("DescribePlayerSessions", { PlayerSessionId: ticket["PlayerSessionId"] });
    assert.equal(timedOut["PlayerSessions"][0]["Status"], "TIMEDOUT");
  });

  test("a full session and DENY_ALL refuse new players with their documented codes", async () => {
    const { local, game, cloud } = await setup();
    const { id } = await activeSession(local, cloud);
    const batch = await cloud.call("JoinGameServerSessionBatch", {
      GameServerSessionId: id,
      PlayerIds: ["p1", "p2"],
      PlayerDataMap: { Key: "p1", Value: "captain" },
    });
    assert.deepEqual(batch["PlayerSessions"].map((p: Record<string, string>) => [p["PlayerId"], p["PlayerData"]]), [["p1", "captain"], ["p2", ""]]);
    const full = await cloud.fail("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "p3" });
    assert.equal(full.code, "LimitExceeded");
    assert.match(full.message, /is full: 0 of 2 slots free/);

    await cloud.call("UpdateGameServerSession", { GameServerSessionId: id, MaximumPlayerSessionCount: 4, PlayerSessionCreationPolicy: "DENY_ALL" });
    const denied = await cloud.fail("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "p3" });
    assert.equal(denied.code, "UnsupportedOperation");
    assert.match(denied.message, /DENY_ALL/);

    await game.app.gse.updatePlayerSessionCreationPolicy("ACCEPT_ALL");
    const reopened = await cloud.call("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "p3" });
    assert.equal(reopened["PlayerSession"]["Status"], "RESERVED");
    await game.app.gse.updatePlayerSessionCreationPolicy("DENY_ALL");
    assert.equal((await cloud.fail("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "p4" })).code, "UnsupportedOperation");
  });

  test("joining a session that is not ACTIVE is refused; IdempotencyToken returns the first session", async () => {
    const { local, game, cloud } = await setup();
    const first = await cloud.call("CreateGameServerSession", { FleetId: "fleet-e2e", MaximumPlayerSessionCount: 2, IdempotencyToken: "match-42" });
    const repeat = await cloud.call("CreateGameServerSession", { FleetId: "fleet-e2e", MaximumPlayerSessionCount: 2, IdempotencyToken: "match-42" });
    const id = first["GameServerSession"]["GameServerSessionId"];
    assert.equal(repeat["GameServerSession"]["GameServerSessionId"], id);
    await local.waitFor(sessionStatus(id, "ACTIVE"));
    await game.app.gse.terminateGameServerSession();
    const closed = await cloud.fail("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "x" });
    assert.equal(closed.code, "FailedOperation");
    assert.match(closed.message, /TERMINATED; players can join only an ACTIVE session/);
  });

  test("no free process: CreateGameServerSession is LimitExceeded", async () => {
    const { local, cloud } = await setup();
    await activeSession(local, cloud);
    const busy = await cloud.fail("CreateGameServerSession", { FleetId: "fleet-e2e", MaximumPlayerSessionCount: 2 });
    assert.equal(busy.code, "LimitExceeded");
  });

  test("placement: queued while no process is free, fulfilled with reserved players when one frees up; stop and timeout", async () => {
    const { local, game, cloud } = await setup({ placementTimeoutMs: 300 });
    const { id: busyId } = await activeSession(local, cloud);
    const started = await cloud.call("StartGameServerSessionPlacement", {
      PlacementId: "placement-1",
      GameServerSessionQueueName: "queue-main",
      MaximumPlayerSessionCount: 4,
      DesiredPlayerSessions: [
        { PlayerId: "a", PlayerData: "x" },
        { PlayerId: "b", PlayerData: "y" },
      ],
      GameProperties: [{ Key: "mode", Value: "ranked" }],
    });
    assert.equal(started["GameServerSessionPlacement"]["Status"], "PENDING");
    await cloud.call("StartGameServerSessionPlacement", { PlacementId: "placement-2", GameServerSessionQueueName: "queue-main", MaximumPlayerSessionCount: 2 });
    const stopped = await cloud.call("StopGameServerSessionPlacement", { PlacementId: "placement-2" });
    assert.equal(stopped["GameServerSessionPlacement"]["Status"], "CANCELLED");

    // The process frees up: the oldest pending placement takes it.
    await game.app.gse.terminateGameServerSession();
    await local.waitFor(sessionStatus(busyId, "TERMINATED"));
    await local.waitFor((e) => e.type === "placementStatus" && e.placementId === "placement-1" && e.status === "FULFILLED");
    const placed = (await cloud.call("DescribeGameServerSessionPlacement", { PlacementId: "placement-1" }))["GameServerSessionPlacement"];
    assert.equal(placed["Status"], "FULFILLED");
    assert.equal(placed["Port"], game.port);
    assert.deepEqual(placed["PlacedPlayerSessions"].map((p: Record<string, string>) => p["PlayerId"]), ["a", "b"]);
    const player = await connectPlayer(placed["IpAddress"], placed["Port"], placed["PlacedPlayerSessions"][0]["PlayerSessionId"]);
    assert.equal(player.verdict, "ACCEPTED");
    player.socket.destroy();
    assert.equal((await cloud.fail("StopGameServerSessionPlacement", { PlacementId: "placement-1" })).code, "FailedOperation");

    // The process is busy again: a new placement times out.
    await cloud.call("StartGameServerSessionPlacement", { PlacementId: "placement-3", GameServerSessionQueueName: "queue-main", MaximumPlayerSessionCount: 2 });
    await local.waitFor((e) => e.type === "placementStatus" && e.placementId === "placement-3" && e.status === "TIMED_OUT");
    assert.equal((await cloud.fail("DescribeGameServerSessionPlacement", { PlacementId: "nope" })).code, "ResourceNotFound");
  });

  test("health: three failed checks → UNHEALTHY → OnProcessTerminate → TerminateGameServerSession → ProcessEnding", async () => {
    // The game answers unhealthy on purpose; gse-local's default deadline (the
    // 50 ms interval) would let a loaded machine fail checks before that.
    const { local, game, cloud } = await setup({ healthCheckIntervalMs: 50, healthCheckTimeoutMs: 5_000 });
    const { id } = await activeSession(local, cloud);
    const pid = process.pid;
    game.controls.healthy = false;
    await local.waitFor((e) => e.type === "processStatus" && e.pid === pid && e.status === "UNHEALTHY");
    await game.app.ended;
    await local.waitFor(sessionStatus(id, "TERMINATED"));
    await local.waitFor((e) => e.type === "processStatus" && e.pid === pid && e.status === "TERMINATED");
    const calls = local.history.filter((e) => e.type === "agentCall" && e.pid === pid).map((e) => (e as { method: string }).method);
    assert.deepEqual(calls.slice(-2), ["TerminateGameServerSession", "ProcessEnding"]);
    assert.ok(game.controls.events.includes("terminate"));
    const failures = local.history.filter((e) => e.type === "healthCheck" && !e.healthy);
    assert.ok(failures.length >= 3);
    assert.equal(game.app.gse.terminationTime !== undefined, true);
  });

  test("EndGameServerSessionAndProcess and LocalTerminateProcess send OnProcessTerminate; the game ends itself", async () => {
    const { local, game, cloud } = await setup();
    const { id } = await activeSession(local, cloud);
    await cloud.call("EndGameServerSessionAndProcess", { GameServerSessionId: id });
    await game.app.ended;
    await local.waitFor(sessionStatus(id, "TERMINATED"));
    assert.ok(game.controls.events.includes("terminate"));
    const again = await cloud.fail("EndGameServerSessionAndProcess", { GameServerSessionId: id });
    assert.equal(again.code, "FailedOperation");
  });

  test("GetGameServerSessionLogUrl serves the process's log files", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "gse-logs-"));
    await writeFile(join(dir, "game.log"), "match started\nmatch over\n");
    const local = await createGseLocal({ grpcPort: 0, httpPort: 0 });
    cleanups.push(() => local.close());
    const game = await startTcpGame(local.agentAddress, { logPaths: [join(dir, "game.log")] });
    cleanups.push(() => game.close());
    const cloud = createOfficialGseClient(local.cloudEndpoint);
    const { id } = await activeSession(local, cloud);
    const { PreSignedUrl: url } = await cloud.call("GetGameServerSessionLogUrl", { GameServerSessionId: id });
    const text = await (await fetch(url as string)).text();
    assert.match(text, /==> .*game\.log <==\nmatch started\nmatch over/);
  });
});
