// The arena example's pure parts: the game rules, the wire parser, the bots'
// move choice and the settings read from game properties.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseClientMessage } from "../../examples/arena/arenaProtocol.js";
import { createMatch, type MatchSnapshot } from "../../examples/arena/createMatch.js";
import { chooseMove } from "../../examples/bots/runBot.js";

// The game logs ignored settings as warnings on stdout, which is the test
// runner's channel here; the log level is read when the module loads.
process.env["ARENA_LOG_LEVEL"] = "silent";
const { readSettings, DEFAULT_SETTINGS } = await import("../../examples/arena/ArenaGame.js");

/** A match without coins, for movement rules. */
function emptyMatch(width = 5, height = 5) {
  return createMatch({ width, height, coins: 0, seed: 1 });
}

describe("createMatch", () => {
  test("places the configured number of coins, and players on free cells", () => {
    const match = createMatch({ width: 6, height: 4, coins: 5, seed: 42 });
    const a = match.join("a");
    const b = match.join("b");
    const { coins, players } = match.snapshot();
    assert.equal(coins.length, 5);
    assert.equal(new Set(coins.map((c) => `${c.x},${c.y}`)).size, 5, "coins never share a cell");
    for (const p of [a, b]) {
      assert.ok(p.x >= 0 && p.x < 6 && p.y >= 0 && p.y < 4);
      assert.ok(!coins.some((c) => c.x === p.x && c.y === p.y), "nobody spawns on a coin");
    }
    assert.notDeepEqual([a.x, a.y], [b.x, b.y]);
    assert.deepEqual(players.map((p) => p.score), [0, 0]);
  });

  test("is deterministic for a seed", () => {
    const play = (seed: number) => {
      const match = createMatch({ width: 8, height: 8, coins: 4, seed });
      match.join("a");
      match.join("b");
      for (let i = 0; i < 30; i++) {
        match.move("a", i % 3 === 0 ? "down" : "right");
        match.move("b", i % 2 === 0 ? "up" : "left");
        match.tick();
      }
      return match.snapshot();
    };
    assert.deepEqual(play(7), play(7));
    assert.notDeepEqual(play(7), play(8));
  });

  test("one step per tick; the last move before a tick wins; walls block", () => {
    const match = emptyMatch(3, 1);
    const start = match.join("a");
    match.move("a", "left");
    match.move("a", "right");
    match.tick();
    const after = match.snapshot().players[0]!;
    assert.equal(after.x, Math.min(start.x + 1, 2), "moved right, or stayed against the wall");
    // Walk into the right wall repeatedly: the position stops at x = 2.
    for (let i = 0; i < 5; i++) {
      match.move("a", "right");
      match.tick();
    }
    assert.equal(match.snapshot().players[0]!.x, 2);
    match.move("a", "up");
    match.tick();
    assert.equal(match.snapshot().players[0]!.y, 0, "the top wall blocks too");
    assert.equal(match.snapshot().tick, 7);
  });

  test("players block each other; the earlier joiner moves first", () => {
    // A 2x1 grid: both cells taken, nobody can move.
    const match = emptyMatch(2, 1);
    const a = match.join("a");
    const b = match.join("b");
    match.move("a", a.x === 0 ? "right" : "left");
    match.move("b", b.x === 0 ? "right" : "left");
    match.tick();
    assert.deepEqual(
      match.snapshot().players.map((p) => [p.id, p.x]),
      [["a", a.x], ["b", b.x]],
    );
    // When b leaves, a can take its cell.
    assert.equal(match.leave("b"), true);
    match.move("a", a.x === 0 ? "right" : "left");
    match.tick();
    assert.equal(match.snapshot().players[0]!.x, b.x);
  });

  test("stepping on a coin scores a point and the coin respawns elsewhere", () => {
    // 2x1 grid, one coin: the player spawns on the free cell, the coin is on the other.
    const match = createMatch({ width: 2, height: 1, coins: 1, seed: 3 });
    const a = match.join("a");
    const coin = match.snapshot().coins[0]!;
    assert.notEqual(coin.x, a.x);
    match.move("a", coin.x > a.x ? "right" : "left");
    const pickups = match.tick();
    assert.deepEqual(pickups, [{ playerId: "a", at: coin }]);
    const after = match.snapshot();
    assert.equal(after.players[0]!.score, 1);
    assert.deepEqual(after.coins, [{ x: a.x, y: 0 }], "the coin respawned on the only free cell");
    assert.deepEqual(match.scores(), [{ playerId: "a", score: 1 }]);
  });

  test("scores are best first", () => {
    const match = createMatch({ width: 3, height: 1, coins: 1, seed: 5 });
    match.join("a");
    match.join("b");
    // Whoever is next to the coin takes it.
    const { players, coins } = match.snapshot();
    const taker = players.find((p) => Math.abs(p.x - coins[0]!.x) === 1)!;
    match.move(taker.id, coins[0]!.x > taker.x ? "right" : "left");
    match.tick();
    assert.equal(match.scores()[0]!.playerId, taker.id);
    assert.equal(match.scores()[0]!.score, 1);
  });

  test("refuses a duplicate player, a full grid, and moves of unknown players", () => {
    const match = emptyMatch(1, 2);
    match.join("a");
    assert.throws(() => match.join("a"), /already in the match/);
    match.join("b");
    assert.throws(() => match.join("c"), /grid is full/);
    assert.equal(match.move("nobody", "up"), false);
    assert.equal(match.leave("nobody"), false);
  });

  test("validates its options", () => {
    assert.throws(() => createMatch({ width: 0, height: 3, coins: 1, seed: 1 }), /width must be an integer/);
    assert.throws(() => createMatch({ width: 3, height: 2.5, coins: 1, seed: 1 }), /height must be an integer/);
    assert.throws(() => createMatch({ width: 3, height: 3, coins: -1, seed: 1 }), /coins must be an integer/);
  });
});

describe("parseClientMessage", () => {
  test("accepts join and move, nothing else", () => {
    assert.deepEqual(parseClientMessage('{"type":"join","playerSessionId":"psess-1"}'), { type: "join", playerSessionId: "psess-1" });
    assert.deepEqual(parseClientMessage('{"type":"move","dir":"left","extra":1}'), { type: "move", dir: "left" });
    for (const bad of ["", "nope", "null", "[]", '{"type":"move","dir":"north"}', '{"type":"join"}', '{"type":"join","playerSessionId":5}', `{"type":"join","playerSessionId":"${"x".repeat(300)}"}`]) {
      assert.equal(parseClientMessage(bad), undefined, bad);
    }
  });
});

describe("chooseMove", () => {
  const state = (me: { x: number; y: number }, coins: { x: number; y: number }[]): MatchSnapshot => ({
    tick: 1,
    width: 10,
    height: 10,
    players: [{ id: "me", score: 0, ...me }],
    coins,
  });

  test("heads for the nearest coin along the longer axis, usually", () => {
    const never = () => 0.99;
    assert.equal(chooseMove(state({ x: 5, y: 5 }, [{ x: 9, y: 6 }, { x: 0, y: 0 }]), "me", never), "right");
    assert.equal(chooseMove(state({ x: 5, y: 5 }, [{ x: 5, y: 1 }]), "me", never), "up");
    // Sometimes sideways, so two bots cannot block each other forever.
    assert.equal(chooseMove(state({ x: 5, y: 5 }, [{ x: 9, y: 6 }]), "me", () => 0.1), "down");
  });

  test("has nothing to do without coins or when not in the match", () => {
    assert.equal(chooseMove(state({ x: 1, y: 1 }, []), "me"), undefined);
    assert.equal(chooseMove(state({ x: 1, y: 1 }, [{ x: 2, y: 2 }]), "someone else"), undefined);
  });
});

describe("readSettings", () => {
  test("takes integer game properties within bounds and ignores the rest", () => {
    const settings = readSettings([
      { key: "matchMs", value: "2500" },
      { key: "tickMs", value: "fast" },
      { key: "coins", value: "-3" },
      { key: "gridWidth", value: "20" },
      { key: "mode", value: "arena" },
    ]);
    assert.deepEqual(settings, { ...DEFAULT_SETTINGS, matchMs: 2500, gridWidth: 20 });
  });
});
