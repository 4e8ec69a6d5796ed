import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { CloudApiError } from "../../../src/local/cloud/CloudApiError.js";
import {
  MAX_SEARCH_EXPRESSION_LENGTH,
  parseFilterExpression,
  parseSortExpression,
  type SearchableSession,
} from "../../../src/local/cloud/searchExpression.js";

function session(overrides: Partial<SearchableSession> = {}): SearchableSession {
  return {
    gameServerSessionName: "room",
    gameServerSessionId: "qcs::gse:ap-guangzhou:uin/1:gameserversession/fleet-1/gssess-1",
    maximumSessions: 10,
    creationTimeMillis: 1_700_000_000_000,
    playerSessionCount: 5,
    hasAvailablePlayerSessions: true,
    gameServerSessionProperties: {},
    ...overrides,
  };
}

function matches(expression: string, s: SearchableSession): boolean {
  return parseFilterExpression(expression).matches(s);
}

function grouping(expression: string): string {
  return String(parseFilterExpression(expression));
}

function assertInvalid(parse: (text: string) => unknown, text: string, message: string): void {
  assert.throws(
    () => parse(text),
    (error: unknown) => {
      assert.ok(error instanceof CloudApiError, `expected a CloudApiError, got ${String(error)}`);
      assert.equal(error.code, "InvalidParameter");
      assert.equal(error.message, message);
      return true;
    },
  );
}

/** Sessions whose properties A, B, C are "1" (true) or "0" (false), for truth tables. */
function atoms(a: boolean, b: boolean, c: boolean): SearchableSession {
  const bit = (v: boolean) => (v ? "1" : "0");
  return session({ gameServerSessionProperties: { A: bit(a), B: bit(b), C: bit(c) } });
}
const A = "gameServerSessionProperties.A = '1'";
const B = "gameServerSessionProperties.B = '1'";
const C = "gameServerSessionProperties.C = '1'";

function forAllAssignments(check: (a: boolean, b: boolean, c: boolean) => void): void {
  for (const a of [false, true]) for (const b of [false, true]) for (const c of [false, true]) check(a, b, c);
}

describe("parseFilterExpression: GSE's documented examples", () => {
  it("playerSessionCount>=2 AND hasAvailablePlayerSessions=true", () => {
    const filter = parseFilterExpression("playerSessionCount>=2 AND hasAvailablePlayerSessions=true");
    assert.equal(filter.matches(session({ playerSessionCount: 2 })), true);
    assert.equal(filter.matches(session({ playerSessionCount: 1 })), false);
    assert.equal(filter.matches(session({ playerSessionCount: 9, hasAvailablePlayerSessions: false })), false);
  });

  it("K1 = 'V1' AND K2 = 'V2' OR K3 = 'V3' groups as (K1 AND K2) OR K3", () => {
    const text =
      "gameServerSessionProperties.K1 = 'V1' AND gameServerSessionProperties.K2 = 'V2' OR gameServerSessionProperties.K3 = 'V3'";
    assert.equal(
      grouping(text),
      "((gameServerSessionProperties.K1 = 'V1' AND gameServerSessionProperties.K2 = 'V2') OR gameServerSessionProperties.K3 = 'V3')",
    );
    const withProps = (props: Record<string, string>) => session({ gameServerSessionProperties: props });
    assert.equal(matches(text, withProps({ K1: "V1", K2: "V2", K3: "V3" })), true);
    assert.equal(matches(text, withProps({ K1: "V1", K2: "V2" })), true);
    assert.equal(matches(text, withProps({ K3: "V3" })), true);
    assert.equal(matches(text, withProps({ K1: "V1", K3: "nope" })), false);
    assert.equal(matches(text, withProps({})), false);
  });
});

describe("parseFilterExpression: precedence and parentheses", () => {
  it("groups NOT over AND over OR", () => {
    assert.equal(grouping(`${A} OR ${B} AND ${C}`), `(${A} OR (${B} AND ${C}))`);
    assert.equal(grouping(`${A} AND ${B} OR ${C}`), `((${A} AND ${B}) OR ${C})`);
    assert.equal(grouping(`NOT ${A} AND ${B}`), `(NOT ${A} AND ${B})`);
    assert.equal(grouping(`NOT ${A} OR NOT ${B} AND ${C}`), `(NOT ${A} OR (NOT ${B} AND ${C}))`);
    assert.equal(grouping(`${A} AND ${B} OR ${C} AND ${A}`), `((${A} AND ${B}) OR (${C} AND ${A}))`);
    assert.equal(grouping(`NOT NOT ${A}`), `NOT NOT ${A}`);
  });

  it("flattens chains of one operator", () => {
    assert.equal(grouping(`${A} OR ${B} OR ${C}`), `(${A} OR ${B} OR ${C})`);
    assert.equal(grouping(`${A} AND ${B} AND ${C}`), `(${A} AND ${B} AND ${C})`);
  });

  it("lets parentheses override precedence, nested or redundant", () => {
    assert.equal(grouping(`(${A} OR ${B}) AND ${C}`), `((${A} OR ${B}) AND ${C})`);
    assert.equal(grouping(`NOT (${A} AND ${B})`), `NOT (${A} AND ${B})`);
    assert.equal(grouping(`((((${A}))))`), A);
    assert.equal(grouping(`(${A} AND (${B} OR (${C})))`), `(${A} AND (${B} OR ${C}))`);
  });

  it("evaluates by the same precedence (truth tables)", () => {
    forAllAssignments((a, b, c) => {
      const s = atoms(a, b, c);
      assert.equal(matches(`${A} OR ${B} AND ${C}`, s), a || (b && c));
      assert.equal(matches(`${A} AND ${B} OR ${C}`, s), (a && b) || c);
      assert.equal(matches(`(${A} OR ${B}) AND ${C}`, s), (a || b) && c);
      assert.equal(matches(`NOT ${A} AND ${B}`, s), !a && b);
      assert.equal(matches(`NOT (${A} AND ${B})`, s), !(a && b));
      assert.equal(matches(`NOT ${A} OR ${B}`, s), !a || b);
      assert.equal(matches(`NOT NOT ${A}`, s), a);
      assert.equal(matches(`${A} AND NOT ${B} OR NOT ${C}`, s), (a && !b) || !c);
    });
  });
});

describe("parseFilterExpression: operators and variables", () => {
  const numberVariables = ["maximumSessions", "creationTimeMillis", "playerSessionCount"] as const;
  const numberCases: readonly [string, (x: number, y: number) => boolean][] = [
    ["=", (x, y) => x === y],
    ["<>", (x, y) => x !== y],
    ["<", (x, y) => x < y],
    ["<=", (x, y) => x <= y],
    [">", (x, y) => x > y],
    [">=", (x, y) => x >= y],
  ];

  for (const variable of numberVariables) {
    it(`compares Number variable ${variable} with all six operators`, () => {
      for (const [op, expected] of numberCases) {
        for (const literal of [4, 5, 6]) {
          const s = session({ [variable]: 5 });
          assert.equal(matches(`${variable} ${op} ${literal}`, s), expected(5, literal), `${variable} ${op} ${literal}`);
        }
      }
    });
  }

  for (const variable of ["gameServerSessionName", "gameServerSessionId"] as const) {
    it(`compares String variable ${variable} with = and <>, case-sensitively`, () => {
      const s = session({ [variable]: "Alpha" });
      assert.equal(matches(`${variable} = 'Alpha'`, s), true);
      assert.equal(matches(`${variable} = 'alpha'`, s), false);
      assert.equal(matches(`${variable} <> 'Alpha'`, s), false);
      assert.equal(matches(`${variable} <> 'Beta'`, s), true);
    });
  }

  it("compares hasAvailablePlayerSessions with bare, quoted and any-case true/false", () => {
    const open = session({ hasAvailablePlayerSessions: true });
    const full = session({ hasAvailablePlayerSessions: false });
    for (const literal of ["true", "TRUE", "True", "'true'", '"true"']) {
      assert.equal(matches(`hasAvailablePlayerSessions = ${literal}`, open), true, literal);
      assert.equal(matches(`hasAvailablePlayerSessions = ${literal}`, full), false, literal);
      assert.equal(matches(`hasAvailablePlayerSessions <> ${literal}`, full), true, literal);
    }
    for (const literal of ["false", "FALSE", "'false'"]) {
      assert.equal(matches(`hasAvailablePlayerSessions = ${literal}`, full), true, literal);
      assert.equal(matches(`hasAvailablePlayerSessions <> ${literal}`, open), true, literal);
    }
  });

  it("compares gameServerSessionProperties.<Key> with = and <>", () => {
    const s = session({ gameServerSessionProperties: { mode: "ranked" } });
    assert.equal(matches("gameServerSessionProperties.mode = 'ranked'", s), true);
    assert.equal(matches("gameServerSessionProperties.mode = 'Ranked'", s), false);
    assert.equal(matches("gameServerSessionProperties.mode <> 'ranked'", s), false);
    assert.equal(matches("gameServerSessionProperties.mode <> 'casual'", s), true);
  });

  it("treats a missing property as equal to nothing: = is false, <> is true, like NOT =", () => {
    const s = session({ gameServerSessionProperties: { other: "x" } });
    assert.equal(matches("gameServerSessionProperties.mode = 'ranked'", s), false);
    assert.equal(matches("gameServerSessionProperties.mode = ''", s), false);
    assert.equal(matches("gameServerSessionProperties.mode <> 'ranked'", s), true);
    assert.equal(matches("NOT gameServerSessionProperties.mode = 'ranked'", s), true);
  });

  it("reads properties from a Map or a record, never from Object.prototype", () => {
    const fromMap = session({ gameServerSessionProperties: new Map([["mode", "ranked"]]) });
    assert.equal(matches("gameServerSessionProperties.mode = 'ranked'", fromMap), true);
    assert.equal(matches("gameServerSessionProperties.map = 'ranked'", fromMap), false);
    const empty = session({ gameServerSessionProperties: {} });
    assert.equal(matches("gameServerSessionProperties.constructor <> 'x'", empty), true);
    assert.equal(matches("gameServerSessionProperties.toString = 'x'", empty), false);
    const own = session({ gameServerSessionProperties: { constructor: "x" } });
    assert.equal(matches("gameServerSessionProperties.constructor = 'x'", own), true);
  });

  it("reads property keys with dots, dashes and digits bare, and any key quoted", () => {
    const s = session({ gameServerSessionProperties: { "a.b-c": "1", "1v1": "yes", "odd key=": "2", "": "3" } });
    assert.equal(matches("gameServerSessionProperties.a.b-c = '1'", s), true);
    assert.equal(matches("gameServerSessionProperties.1v1='yes'", s), true);
    assert.equal(matches("gameServerSessionProperties.'odd key=' = '2'", s), true);
    assert.equal(matches('gameServerSessionProperties."a.b-c" = "1"', s), true);
    assert.equal(grouping("gameServerSessionProperties.'odd key=' = '2'"), "gameServerSessionProperties.'odd key=' = '2'");
  });
});

describe("parseFilterExpression: lexical details", () => {
  it("needs no whitespace around operators and parentheses, and accepts any amount", () => {
    const s = session({ playerSessionCount: 3, gameServerSessionName: "x" });
    assert.equal(matches("playerSessionCount>=2", s), true);
    assert.equal(matches("(playerSessionCount>2)AND(gameServerSessionName='x')", s), true);
    assert.equal(matches("NOT(playerSessionCount<>3)", s), true);
    assert.equal(matches("gameServerSessionName='x'AND playerSessionCount=3", s), true);
    assert.equal(matches("  \t\n playerSessionCount \n=\t3 \r\n  and\n\tgameServerSessionName  =  'x'  ", s), true);
  });

  it("reads keywords in any case", () => {
    forAllAssignments((a, b, c) => {
      const s = atoms(a, b, c);
      assert.equal(matches(`not ${A} and ${B} Or ${C}`, s), (!a && b) || c);
      assert.equal(matches(`nOt (${A} oR ${B}) AnD ${C}`, s), !(a || b) && c);
    });
  });

  it("reads single- and double-quoted strings with escapes", () => {
    const named = (name: string) => session({ gameServerSessionName: name });
    assert.equal(matches("gameServerSessionName = 'Matt\\'s Game'", named("Matt's Game")), true);
    assert.equal(matches('gameServerSessionName = "Matt\'s Game"', named("Matt's Game")), true);
    assert.equal(matches("gameServerSessionName = 'say \"hi\"'", named('say "hi"')), true);
    assert.equal(matches('gameServerSessionName = "say \\"hi\\""', named('say "hi"')), true);
    assert.equal(matches("gameServerSessionName = 'back\\\\slash'", named("back\\slash")), true);
    assert.equal(matches("gameServerSessionName = 'a\\nb\\tc\\rd'", named("a\nb\tc\rd")), true);
    assert.equal(matches("gameServerSessionName = ''", named("")), true);
    assert.equal(matches("gameServerSessionName = '房间 AND 1 (x)'", named("房间 AND 1 (x)")), true);
    assert.equal(matches("gameServerSessionName = '😀'", named("😀")), true);
  });

  it("renders strings so that they parse back to the same value", () => {
    const text = "gameServerSessionName = \"it's \\\\ \\\" here\"";
    const rendered = grouping(text);
    assert.equal(rendered, "gameServerSessionName = 'it\\'s \\\\ \" here'");
    assert.equal(grouping(rendered), rendered);
    assert.equal(matches(rendered, session({ gameServerSessionName: 'it\'s \\ " here' })), true);
  });

  it("reads integers, decimals, negatives and leading zeros", () => {
    const s = session({ playerSessionCount: 3, creationTimeMillis: 1_700_000_000_123 });
    assert.equal(matches("playerSessionCount = 3.0", s), true);
    assert.equal(matches("playerSessionCount < 3.5", s), true);
    assert.equal(matches("playerSessionCount > 2.99", s), true);
    assert.equal(matches("playerSessionCount > -1", s), true);
    assert.equal(matches("playerSessionCount>-1", s), true);
    assert.equal(matches("playerSessionCount = 003", s), true);
    assert.equal(matches("playerSessionCount <> -0", s), true);
    assert.equal(matches("creationTimeMillis = 1700000000123", s), true);
    assert.equal(matches("creationTimeMillis >= 1700000000124", s), false);
  });

  it("accepts exactly 1024 characters", () => {
    const base = "playerSessionCount = 5";
    const text = base + " ".repeat(MAX_SEARCH_EXPRESSION_LENGTH - base.length);
    assert.equal(text.length, 1024);
    assert.equal(matches(text, session()), true);
  });
});

describe("parseFilterExpression: errors name the token and its position", () => {
  const cases: readonly [string, string][] = [
    ["playerSessionCount>=>= 2", "unexpected token '>=' at position 20, expected a value"],
    ["playerSessionCount >= >= 2", "unexpected token '>=' at position 22, expected a value"],
    ["playerSessionCount >=", "unexpected end of expression at position 21, expected a value"],
    ["foo = 1", "unknown variable 'foo' at position 0"],
    ["playerSessionCount = 1 AND foo = 1", "unknown variable 'foo' at position 27"],
    ["playersessioncount = 1", "unknown variable 'playersessioncount' at position 0 (did you mean 'playerSessionCount'?)"],
    ["gameSessionName = 'x'", "unknown variable 'gameSessionName' at position 0 (did you mean 'gameServerSessionName'?)"],
    [
      "gameSessionProperties.mode = 'x'",
      "unknown variable 'gameSessionProperties.mode' at position 0 (did you mean 'gameServerSessionProperties'?)",
    ],
    [
      "playerSessionCount.x = 1",
      "unknown variable 'playerSessionCount.x' at position 0 (only gameServerSessionProperties takes a '.Key')",
    ],
    [
      "gameServerSessionProperties = 'x'",
      "variable 'gameServerSessionProperties' at position 0 needs a key, as in gameServerSessionProperties.mode = 'ranked'",
    ],
    [
      "gameServerSessionProperties. 'k' = 'x'",
      "expected a property key right after 'gameServerSessionProperties.' at position 28",
    ],
    ["gameServerSessionProperties.'' = 'x'", "empty property key at position 28"],
    [
      "gameServerSessionName > 'a'",
      "operator '>' is not allowed on String variable 'gameServerSessionName' at position 22; use = or <>",
    ],
    [
      "gameServerSessionId <= 'a'",
      "operator '<=' is not allowed on String variable 'gameServerSessionId' at position 20; use = or <>",
    ],
    [
      "hasAvailablePlayerSessions < true",
      "operator '<' is not allowed on String variable 'hasAvailablePlayerSessions' at position 27; use = or <>",
    ],
    [
      "gameServerSessionProperties.k >= 'a'",
      "operator '>=' is not allowed on String variable 'gameServerSessionProperties.k' at position 30; use = or <>",
    ],
    ["gameServerSessionName = 'abc", "unterminated string starting at position 24"],
    ['x = "abc', "unknown variable 'x' at position 0"],
    ["gameServerSessionName = 'abc\\", "unterminated string starting at position 24"],
    [
      "gameServerSessionName = 'a\\qb'",
      "unknown escape '\\q' at position 26, expected one of \\\\ \\' \\\" \\n \\r \\t",
    ],
    [
      "playerSessionCount = '2'",
      "Number variable 'playerSessionCount' cannot be compared with string '2' at position 21, expected a number",
    ],
    [
      "maximumSessions = true",
      "Number variable 'maximumSessions' cannot be compared with boolean true at position 18, expected a number",
    ],
    [
      "gameServerSessionName = 5",
      "String variable 'gameServerSessionName' cannot be compared with number 5 at position 24, expected a quoted string",
    ],
    [
      "gameServerSessionProperties.ranked = true",
      "String variable 'gameServerSessionProperties.ranked' cannot be compared with boolean true at position 37, expected a quoted string",
    ],
    [
      "hasAvailablePlayerSessions = 1",
      "String variable 'hasAvailablePlayerSessions' cannot be compared with number 1 at position 29, expected true or false",
    ],
    [
      "hasAvailablePlayerSessions = 'yes'",
      "hasAvailablePlayerSessions can only be compared with 'true' or 'false', not 'yes' at position 29",
    ],
    [
      "hasAvailablePlayerSessions = 'TRUE'",
      "hasAvailablePlayerSessions can only be compared with 'true' or 'false', not 'TRUE' at position 29",
    ],
    [
      "gameServerSessionName = ranked",
      "unexpected token 'ranked' at position 24, expected a value (quote strings with ' or \")",
    ],
    [
      "playerSessionCount 2",
      "unexpected number 2 at position 19, expected a comparison operator (=, <>, <, <=, >, >=)",
    ],
    ["playerSessionCount != 2", "operator '!=' at position 19 is not supported, use '<>'"],
    ["playerSessionCount == 2", "unexpected token '=' at position 20, expected a value"],
    ["playerSessionCount = 2AND maximumSessions = 1", "malformed number '2AND' at position 21"],
    ["playerSessionCount = 2.", "malformed number '2.' at position 21"],
    ["playerSessionCount = 1.5.3", "malformed number '1.5.3' at position 21"],
    ["playerSessionCount = - 2", "unexpected character '-' at position 21, expected a number"],
    [`playerSessionCount = ${"9".repeat(400)}`, "number '9999999999999999999999999999999999999...' at position 21 is out of range"],
    ["playerSessionCount = 2 maximumSessions = 1", "unexpected token 'maximumSessions' at position 23, expected AND, OR or end of expression"],
    ["playerSessionCount = 2 AND", "unexpected end of expression at position 26, expected a variable, NOT or '('"],
    ["AND playerSessionCount = 2", "unexpected token 'AND' at position 0, expected a variable, NOT or '('"],
    ["playerSessionCount = 2 OR OR maximumSessions = 1", "unexpected token 'OR' at position 26, expected a variable, NOT or '('"],
    ["NOT", "unexpected end of expression at position 3, expected a variable, NOT or '('"],
    ["(playerSessionCount = 2", "unexpected end of expression at position 23, expected AND, OR or ')'"],
    ["(playerSessionCount = 2))", "unexpected token ')' at position 24, expected AND, OR or end of expression"],
    ["()", "unexpected token ')' at position 1, expected a variable, NOT or '('"],
    ["'x' = gameServerSessionName", "unexpected string 'x' at position 0, expected a variable, NOT or '('"],
    ["2 < playerSessionCount", "unexpected number 2 at position 0, expected a variable, NOT or '('"],
    ["playerSessionCount = 2, maximumSessions = 1", "unexpected token ',' at position 22, expected AND, OR or end of expression"],
    ["playerSessionCount = 2 # comment", "unexpected character '#' at position 23"],
    ["玩家 = 1", "unexpected character '玩' at position 0"],
    ["😀 = 1", "unexpected character '😀' at position 0"],
    ["", "unexpected end of expression at position 0, expected a variable, NOT or '('"],
    ["   ", "unexpected end of expression at position 3, expected a variable, NOT or '('"],
  ];

  for (const [text, message] of cases) {
    it(JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text), () => {
      assertInvalid(parseFilterExpression, text, `FilterExpression: ${message}`);
    });
  }

  it("reports the leftmost problem, not one found by reading ahead", () => {
    assertInvalid(parseFilterExpression, "foo = 'abc", "FilterExpression: unknown variable 'foo' at position 0");
    assertInvalid(
      parseFilterExpression,
      "playerSessionCount > 'x' AND #",
      "FilterExpression: Number variable 'playerSessionCount' cannot be compared with string 'x' at position 21, expected a number",
    );
  });

  it("clips long tokens in messages", () => {
    const name = "x".repeat(200);
    assertInvalid(parseFilterExpression, `${name} = 1`, `FilterExpression: unknown variable '${"x".repeat(37)}...' at position 0`);
  });

  it("refuses expressions over 1024 characters", () => {
    const text = "playerSessionCount = 5" + " ".repeat(1003);
    assert.equal(text.length, 1025);
    assertInvalid(parseFilterExpression, text, "FilterExpression: expression is 1025 characters long, the limit is 1024");
  });
});

describe("parseSortExpression", () => {
  const s1 = session({ gameServerSessionId: "s1", gameServerSessionName: "b", playerSessionCount: 2, maximumSessions: 8, creationTimeMillis: 300 });
  const s2 = session({ gameServerSessionId: "s2", gameServerSessionName: "a", playerSessionCount: 7, maximumSessions: 4, creationTimeMillis: 100 });
  const s3 = session({ gameServerSessionId: "s3", gameServerSessionName: "C", playerSessionCount: 5, maximumSessions: 6, creationTimeMillis: 200 });
  const ids = (sessions: readonly SearchableSession[]) => sessions.map((s) => s.gameServerSessionId);
  const sorted = (expression: string, sessions: readonly SearchableSession[]) => ids([...sessions].sort(parseSortExpression(expression)));

  it("sorts by each sortable variable, ASC and DESC", () => {
    const all = [s1, s2, s3];
    assert.deepEqual(sorted("playerSessionCount ASC", all), ["s1", "s3", "s2"]);
    assert.deepEqual(sorted("playerSessionCount DESC", all), ["s2", "s3", "s1"]);
    assert.deepEqual(sorted("maximumSessions ASC", all), ["s2", "s3", "s1"]);
    assert.deepEqual(sorted("maximumSessions DESC", all), ["s1", "s3", "s2"]);
    assert.deepEqual(sorted("creationTimeMillis ASC", all), ["s2", "s3", "s1"]);
    assert.deepEqual(sorted("creationTimeMillis DESC", all), ["s1", "s3", "s2"]);
    // Code-unit order: upper case before lower case, the same on every machine.
    assert.deepEqual(sorted("gameServerSessionName ASC", all), ["s3", "s2", "s1"]);
    assert.deepEqual(sorted("gameServerSessionName DESC", all), ["s1", "s2", "s3"]);
    assert.deepEqual(sorted("gameServerSessionId ASC", [s3, s1, s2]), ["s1", "s2", "s3"]);
    assert.deepEqual(sorted("gameServerSessionId DESC", [s1, s3, s2]), ["s3", "s2", "s1"]);
  });

  it("defaults to ASC and reads keywords in any case and any whitespace", () => {
    const all = [s1, s2, s3];
    assert.deepEqual(sorted("playerSessionCount", all), ["s1", "s3", "s2"]);
    assert.deepEqual(sorted("  playerSessionCount\tdesc  ", all), ["s2", "s3", "s1"]);
    assert.deepEqual(sorted("playerSessionCount Asc", all), ["s1", "s3", "s2"]);
  });

  it("breaks ties by creationTimeMillis then gameServerSessionId, ascending in both directions", () => {
    const t1 = session({ gameServerSessionId: "t1", playerSessionCount: 1, creationTimeMillis: 50 });
    const t2 = session({ gameServerSessionId: "t2", playerSessionCount: 1, creationTimeMillis: 10 });
    const t3 = session({ gameServerSessionId: "t3", playerSessionCount: 1, creationTimeMillis: 10 });
    const t4 = session({ gameServerSessionId: "t4", playerSessionCount: 2, creationTimeMillis: 99 });
    for (const order of [[t1, t2, t3, t4], [t4, t3, t2, t1], [t3, t1, t4, t2]]) {
      assert.deepEqual(sorted("playerSessionCount ASC", order), ["t2", "t3", "t1", "t4"]);
      assert.deepEqual(sorted("playerSessionCount DESC", order), ["t4", "t2", "t3", "t1"]);
    }
  });

  it("keeps input order for sessions equal in every tie-breaker", () => {
    const x = session({ gameServerSessionId: "same", gameServerSessionName: "x" });
    const y = session({ gameServerSessionId: "same", gameServerSessionName: "y" });
    const compare = parseSortExpression("playerSessionCount DESC");
    assert.equal(compare(x, y), 0);
    assert.deepEqual([x, y].sort(compare), [x, y]);
    assert.deepEqual([y, x].sort(compare), [y, x]);
  });

  it("is a total order: antisymmetric and transitive on random sessions", () => {
    const rng = new Rng(7);
    const pool = Array.from({ length: 40 }, () => randomSession(rng));
    for (const expression of ["playerSessionCount ASC", "gameServerSessionName DESC", "maximumSessions DESC"]) {
      const compare = parseSortExpression(expression);
      for (const a of pool) {
        for (const b of pool) {
          assert.equal(Math.sign(compare(a, b)) + Math.sign(compare(b, a)), 0);
          for (const c of pool.slice(0, 10)) {
            if (compare(a, b) <= 0 && compare(b, c) <= 0) assert.ok(compare(a, c) <= 0);
          }
        }
      }
    }
  });

  const errors: readonly [string, string][] = [
    ["", "unexpected end of expression at position 0, expected a variable"],
    ["ASC", "unexpected token 'ASC' at position 0, expected a variable"],
    ["foo ASC", "unknown variable 'foo' at position 0"],
    [
      "hasAvailablePlayerSessions ASC",
      "cannot sort by 'hasAvailablePlayerSessions' at position 0; sortable variables are gameServerSessionName, gameServerSessionId, maximumSessions, creationTimeMillis, playerSessionCount",
    ],
    [
      " gameServerSessionProperties.mode DESC",
      "cannot sort by 'gameServerSessionProperties.mode' at position 1; sortable variables are gameServerSessionName, gameServerSessionId, maximumSessions, creationTimeMillis, playerSessionCount",
    ],
    ["playerSessionCount UP", "unexpected token 'UP' at position 19, expected ASC, DESC or end of expression"],
    ["playerSessionCount ASC DESC", "unexpected token 'DESC' at position 23, expected ASC, DESC or end of expression"],
    [
      "playerSessionCount DESC, creationTimeMillis ASC",
      "unexpected token ',' at position 23; SortExpression takes a single sort key",
    ],
    ["playerSessionCount > 1", "unexpected token '>' at position 19, expected ASC, DESC or end of expression"],
    [`playerSessionCount${" ".repeat(1010)}`, "expression is 1028 characters long, the limit is 1024"],
  ];
  for (const [text, message] of errors) {
    it(`refuses ${JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)}`, () => {
      assertInvalid(parseSortExpression, text, `SortExpression: ${message}`);
    });
  }
});

// ---------------------------------------------------------------------------
// Property-based tests with a tiny seeded generator, so failures reproduce.

class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32: small, fast, good enough to shuffle test inputs. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const NAMES = ["a", "b", "it's", "", "say \"hi\""];
const KEYS = ["mode", "map", "odd key"];
const VALUES = ["x", "y", "z z"];

function randomSession(rng: Rng): SearchableSession {
  const properties: Record<string, string> = {};
  for (const key of KEYS) if (rng.chance(0.6)) properties[key] = rng.pick(VALUES);
  return {
    gameServerSessionName: rng.pick(NAMES),
    gameServerSessionId: `id-${rng.int(20)}`,
    maximumSessions: rng.int(10),
    creationTimeMillis: rng.int(5) * 1000,
    playerSessionCount: rng.int(10),
    hasAvailablePlayerSessions: rng.chance(0.5),
    gameServerSessionProperties: rng.chance(0.5) ? properties : new Map(Object.entries(properties)),
  };
}

/** A generated expression: its text, its precedence, and an independent reference meaning. */
interface Generated {
  text: string;
  precedence: number; // 1 OR, 2 AND, 3 NOT, 4 comparison or parenthesised
  holds: (s: SearchableSession) => boolean;
}

function quoteRandomly(rng: Rng, value: string): string {
  const q = rng.pick(["'", '"']);
  let out = q;
  for (const ch of value) out += ch === q || ch === "\\" ? `\\${ch}` : ch;
  return out + q;
}

function randomCase(rng: Rng, word: string): string {
  return [...word].map((ch) => (rng.chance(0.5) ? ch.toLowerCase() : ch.toUpperCase())).join("");
}

function generateComparison(rng: Rng): Generated {
  const ws = () => rng.pick(["", " ", "  ", "\t", "\n"]);
  switch (rng.int(4)) {
    case 0: {
      const variable = rng.pick(["maximumSessions", "creationTimeMillis", "playerSessionCount"] as const);
      const op = rng.pick(["=", "<>", "<", "<=", ">", ">="] as const);
      const value = variable === "creationTimeMillis" ? rng.int(5) * 1000 : rng.int(12) - 1 + rng.pick([0, 0, 0.5]);
      const test = (x: number): boolean =>
        op === "=" ? x === value : op === "<>" ? x !== value : op === "<" ? x < value : op === "<=" ? x <= value : op === ">" ? x > value : x >= value;
      return { text: `${variable}${ws()}${op}${ws()}${value}`, precedence: 4, holds: (s) => test(s[variable]) };
    }
    case 1: {
      const variable = rng.pick(["gameServerSessionName", "gameServerSessionId"] as const);
      const op = rng.pick(["=", "<>"]);
      const value = variable === "gameServerSessionName" ? rng.pick(NAMES) : `id-${rng.int(20)}`;
      return {
        text: `${variable}${ws()}${op}${ws()}${quoteRandomly(rng, value)}`,
        precedence: 4,
        holds: (s) => (s[variable] === value) === (op === "="),
      };
    }
    case 2: {
      const key = rng.pick(KEYS);
      const op = rng.pick(["=", "<>"]);
      const value = rng.pick(VALUES);
      const keyText = key.includes(" ") || rng.chance(0.2) ? quoteRandomly(rng, key) : key;
      const lookup = (s: SearchableSession) => {
        const p = s.gameServerSessionProperties;
        return p instanceof Map ? p.get(key) : (p as Record<string, string>)[key];
      };
      return {
        text: `gameServerSessionProperties.${keyText}${ws()}${op}${ws()}${quoteRandomly(rng, value)}`,
        precedence: 4,
        holds: (s) => (lookup(s) === value) === (op === "="),
      };
    }
    default: {
      const op = rng.pick(["=", "<>"]);
      const value = rng.chance(0.5);
      const literal = rng.chance(0.5) ? randomCase(rng, String(value)) : quoteRandomly(rng, String(value));
      return {
        text: `hasAvailablePlayerSessions${ws()}${op}${ws()}${literal}`,
        precedence: 4,
        holds: (s) => (s.hasAvailablePlayerSessions === value) === (op === "="),
      };
    }
  }
}

/** Parenthesises only where precedence needs it (plus sometimes for fun), so parsing must get precedence right. */
function wrap(rng: Rng, g: Generated, needed: number): string {
  const ws = () => rng.pick(["", " ", "\n"]);
  return g.precedence < needed || rng.chance(0.1) ? `(${ws()}${g.text}${ws()})` : g.text;
}

function generateExpression(rng: Rng, depth: number): Generated {
  if (depth === 0 || rng.chance(0.3)) return generateComparison(rng);
  const sep = () => rng.pick([" ", "  ", "\n", "\t "]);
  switch (rng.int(3)) {
    case 0: {
      const inner = generateExpression(rng, depth - 1);
      return { text: `${randomCase(rng, "NOT")}${sep()}${wrap(rng, inner, 3)}`, precedence: 3, holds: (s) => !inner.holds(s) };
    }
    case 1: {
      const left = generateExpression(rng, depth - 1);
      const right = generateExpression(rng, depth - 1);
      // Left-associative: the left side may be another AND, the right side must bind tighter.
      return {
        text: `${wrap(rng, left, 2)}${sep()}${randomCase(rng, "AND")}${sep()}${wrap(rng, right, 3)}`,
        precedence: 2,
        holds: (s) => left.holds(s) && right.holds(s),
      };
    }
    default: {
      const left = generateExpression(rng, depth - 1);
      const right = generateExpression(rng, depth - 1);
      return {
        text: `${wrap(rng, left, 1)}${sep()}${randomCase(rng, "OR")}${sep()}${wrap(rng, right, 2)}`,
        precedence: 1,
        holds: (s) => left.holds(s) || right.holds(s),
      };
    }
  }
}

function assertCloudApiErrorWithPosition(error: unknown, text: string, label: string): void {
  assert.ok(error instanceof CloudApiError, `${JSON.stringify(text)} threw ${String(error)}`);
  assert.equal(error.code, "InvalidParameter");
  assert.ok(error.message.startsWith(`${label}: `), error.message);
  const position = /at position (\d+)/.exec(error.message);
  if (position === null) {
    assert.match(error.message, /characters long, the limit is 1024$/);
  } else {
    assert.ok(Number(position[1]) <= text.length, `${error.message} for ${JSON.stringify(text)}`);
  }
}

describe("property-based", () => {
  it("random well-formed expressions parse, agree with a reference evaluator, and render back to themselves", () => {
    const rng = new Rng(20240601);
    const sessions = Array.from({ length: 25 }, () => randomSession(rng));
    let tried = 0;
    while (tried < 400) {
      const generated = generateExpression(rng, 4);
      if (generated.text.length > MAX_SEARCH_EXPRESSION_LENGTH) continue;
      tried++;
      const filter = parseFilterExpression(generated.text);
      const rendered = String(filter);
      const reparsed = parseFilterExpression(rendered);
      assert.equal(String(reparsed), rendered, generated.text);
      for (const s of sessions) {
        assert.equal(filter.matches(s), generated.holds(s), `${generated.text}\n${JSON.stringify(s)}`);
        assert.equal(reparsed.matches(s), generated.holds(s), rendered);
      }
    }
  });

  it("random garbage is refused only with a positioned CloudApiError", () => {
    const rng = new Rng(99);
    const fragments = [
      "playerSessionCount", "gameServerSessionName", "hasAvailablePlayerSessions", "gameServerSessionProperties.",
      "gameServerSessionProperties.k", "AND", "or", "not", "ASC", "desc", "true", "(", ")", "=", "<>", "<", ">=",
      "!", "!=", "'", '"', "\\", "'x'", '"y"', "1", "-", "-2.5", ".", ",", " ", " ", "\n", "é", "😀", "\u0000", "#",
    ];
    for (let i = 0; i < 3000; i++) {
      let text = "";
      const count = 1 + rng.int(12);
      for (let j = 0; j < count; j++) text += rng.pick(fragments);
      for (const [parse, label] of [[parseFilterExpression, "FilterExpression"], [parseSortExpression, "SortExpression"]] as const) {
        try {
          parse(text);
        } catch (error) {
          assertCloudApiErrorWithPosition(error, text, label);
        }
      }
    }
  });

  it("single-character mutations of valid expressions parse or fail with a positioned CloudApiError", () => {
    const rng = new Rng(4242);
    const alphabet = ["(", ")", "'", '"', "\\", "=", "<", ">", " ", "x", "1", "-", ".", "N"];
    for (let i = 0; i < 300; i++) {
      const { text } = generateExpression(rng, 3);
      for (let j = 0; j < 5; j++) {
        const at = rng.int(text.length + 1);
        const mutated = rng.chance(0.5)
          ? text.slice(0, at) + rng.pick(alphabet) + text.slice(at)
          : text.slice(0, at) + text.slice(at + 1);
        try {
          parseFilterExpression(mutated).matches(randomSession(rng));
        } catch (error) {
          assertCloudApiErrorWithPosition(error, mutated, "FilterExpression");
        }
      }
    }
  });
});
