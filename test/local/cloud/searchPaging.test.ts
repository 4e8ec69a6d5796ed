// SearchGameServerSessions orders only the page it answers (pageInOrder) and
// reads player counts from the core's index; DescribePlayerSessions looks a
// player session id up. Each must answer exactly as the plain way does: a
// scan of every record, a stable sort of all of it, and a slice.
import assert from "node:assert/strict";
import { test } from "node:test";
import { CloudApiError, createCore, createManualClock } from "gse-sdk/local";
import { createCloudDispatch } from "../../../src/local/cloud/actions/createCloudDispatch.js";
import { page, pageInOrder } from "../../../src/local/cloud/actions/paging.js";
import { parseFilterExpression, parseSortExpression, type SearchableSession } from "../../../src/local/cloud/searchExpression.js";
import { seededRandom } from "../../helpers/seededRandom.js";

test("pageInOrder gives the pages a stable sort of everything gives, ties included", () => {
  const random = seededRandom(3);
  for (let run = 0; run < 300; run++) {
    const length = Math.floor(random() * 120);
    // Few distinct keys, so many items compare equal and their input order must be kept.
    const items = Array.from({ length }, (_, index) => ({ key: Math.floor(random() * 6), index }));
    const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const limit = [undefined, 0, 1, 2, 5, 10, 50, 200][Math.floor(random() * 8)];
    let token: string | undefined;
    let expected = page([...items].sort(compare), limit, token);
    for (let pages = 0; pages < 200; pages++) {
      const actual = pageInOrder([...items], compare, limit, token);
      assert.deepEqual(actual, expected, `run ${run}, ${length} items, limit ${limit}, page ${pages}`);
      if (actual.next === null) break;
      token = actual.next;
      expected = page([...items].sort(compare), limit, token);
    }
  }
  assert.throws(() => pageInOrder([1], (a, b) => a - b, 1, "bm90LWEtdG9rZW4"), (e: unknown) => e instanceof CloudApiError && e.code === "InvalidParameterValue");
});

test("SearchGameServerSessions and DescribePlayerSessions answer as a scan of the records would", () => {
  const random = seededRandom(11);
  const core = createCore({ ipAddress: "127.0.0.1", clock: createManualClock(Date.UTC(2026, 0, 1)) });
  const dispatch = createCloudDispatch({ core, fleetId: "fleet-local", terminateProcess: () => {}, logUrl: () => "" });
  const call = (action: string, params: Record<string, unknown>) => dispatch(action, params, { action, requestId: "r", form: "capi" }) as Record<string, any>;

  for (let pid = 1; pid <= 80; pid++) {
    const { process } = core.processes.register({ pid, grpcPort: 1, clientPort: 7_000 + pid, logPaths: [] });
    core.processes.setStatus(process, "ACTIVE", "ready");
    const mode = ["ranked", "casual", undefined][pid % 3];
    const session = core.gameServerSessions.create({
      fleetId: "fleet-local",
      maximumPlayerSessionCount: 1 + Math.floor(random() * 4),
      ...(mode !== undefined && { gameProperties: [{ Key: "mode", Value: "x" }, { Key: "mode", Value: mode }] }),
    });
    if (pid % 10 !== 0) core.gameServerSessions.activate(process, session.gameServerSessionId, 0);
  }
  // Players reserve, are accepted, leave and time out, so counts differ and change.
  const players: string[] = [];
  for (let i = 0; i < 400; i++) {
    const sessions = [...core.tables.gameServerSessions.values()].filter((s) => s.status === "ACTIVE");
    const session = sessions[Math.floor(random() * sessions.length)]!;
    const process = core.processes.get(session.pid)!;
    const open = core.playerSessions.ofSession(session).filter((p) => p.status === "RESERVED" || p.status === "ACTIVE");
    const r = random();
    try {
      if (r < 0.5) players.push(call("JoinGameServerSession", { GameServerSessionId: session.gameServerSessionId, PlayerId: `player-${i % 37}` })["PlayerSession"]["PlayerSessionId"]);
      else if (r < 0.7 && open[0]?.status === "RESERVED") core.playerSessions.accept(process, session.gameServerSessionId, open[0].playerSessionId);
      else if (r < 0.85 && open[0]) core.playerSessions.remove(process, session.gameServerSessionId, open[0].playerSessionId);
      else if (open[0]?.status === "RESERVED") core.playerSessions.timeOut(open[0].playerSessionId);
    } catch (error) {
      assert.ok(error instanceof CloudApiError, String(error));
    }
  }

  const view = (id: string): SearchableSession => {
    const s = core.tables.gameServerSessions.get(id)!;
    const count = [...core.tables.playerSessions.values()].filter((p) => p.gameServerSessionId === id && (p.status === "RESERVED" || p.status === "ACTIVE")).length;
    return {
      gameServerSessionName: s.name,
      gameServerSessionId: s.gameServerSessionId,
      maximumSessions: s.maximumPlayerSessionCount,
      creationTimeMillis: s.creationTime,
      playerSessionCount: count,
      hasAvailablePlayerSessions: count < s.maximumPlayerSessionCount && s.playerSessionCreationPolicy === "ACCEPT_ALL",
      gameServerSessionProperties: Object.fromEntries(s.gameProperties.map((p) => [p.Key, p.Value])),
    };
  };
  const searches = [
    { FilterExpression: "hasAvailablePlayerSessions = true", SortExpression: "playerSessionCount DESC" },
    { FilterExpression: "gameServerSessionProperties.mode = 'ranked' OR playerSessionCount > 1", SortExpression: "maximumSessions ASC" },
    { SortExpression: "creationTimeMillis DESC" },
    { FilterExpression: "gameServerSessionProperties.mode <> 'casual'" },
  ];
  let compared = 0;
  for (const search of searches) {
    const active = [...core.tables.gameServerSessions.values()].filter((s) => s.fleetId === "fleet-local" && s.status === "ACTIVE").map((s) => view(s.gameServerSessionId));
    const filter = search.FilterExpression === undefined ? undefined : parseFilterExpression(search.FilterExpression);
    const matching = active.filter((v) => filter === undefined || filter.matches(v));
    const expected = search.SortExpression === undefined ? matching : [...matching].sort(parseSortExpression(search.SortExpression));
    for (const limit of [1, 3, 10, 30, 100]) {
      const got: string[] = [];
      let token: string | undefined;
      do {
        const answer = call("SearchGameServerSessions", { FleetId: "fleet-local", ...search, Limit: limit, ...(token !== undefined && { NextToken: token }) });
        got.push(...answer["GameServerSessions"].map((s: Record<string, unknown>) => s["GameServerSessionId"]));
        for (const s of answer["GameServerSessions"]) assert.equal(s["CurrentPlayerSessionCount"], view(s["GameServerSessionId"]).playerSessionCount);
        token = answer["NextToken"] ?? undefined;
      } while (token !== undefined);
      assert.deepEqual(got, expected.map((v) => v.gameServerSessionId), `${JSON.stringify(search)}, Limit ${limit}`);
      compared += got.length;
    }
  }
  assert.ok(compared > 500, `compared ${compared} results`);

  for (const id of players.slice(0, 60)) {
    const player = core.tables.playerSessions.get(id)!;
    assert.deepEqual(call("DescribePlayerSessions", { PlayerSessionId: id })["PlayerSessions"].map((p: Record<string, unknown>) => p["PlayerSessionId"]), [id]);
    assert.equal(call("DescribePlayerSessions", { PlayerSessionId: id, PlayerSessionStatusFilter: player.status === "ACTIVE" ? "RESERVED" : "ACTIVE" })["PlayerSessions"].length, 0);
    const other = [...core.tables.gameServerSessions.keys()].find((s) => s !== player.gameServerSessionId)!;
    assert.equal(call("DescribePlayerSessions", { PlayerSessionId: id, GameServerSessionId: other })["PlayerSessions"].length, 0, "a player session of another game server session");
    const byPlayer = call("DescribePlayerSessions", { PlayerId: player.playerId, Limit: 100 })["PlayerSessions"].map((p: Record<string, unknown>) => p["PlayerSessionId"]);
    assert.deepEqual(byPlayer, [...core.tables.playerSessions.values()].filter((p) => p.playerId === player.playerId).map((p) => p.playerSessionId));
  }
  assert.deepEqual(call("DescribePlayerSessions", { PlayerSessionId: "psess-none" })["PlayerSessions"], []);
  assert.throws(() => call("DescribePlayerSessions", { PlayerSessionId: players[0], GameServerSessionId: "gssess-none" }), (e: unknown) => e instanceof CloudApiError && e.code === "ResourceNotFound");
});
