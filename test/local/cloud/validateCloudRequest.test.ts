import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CloudApiError, type CloudApiErrorCode } from "../../../src/local/cloud/CloudApiError.js";
import type { CloudActionName, CloudRequests, GameProperty } from "../../../src/local/cloud/cloudModels.js";
import { CLOUD_ACTIONS, isCloudAction, validateCloudRequest } from "../../../src/local/cloud/validateCloudRequest.js";

/** One valid request per action, typed so that a missing action fails to compile. */
const VALID: { [A in CloudActionName]: CloudRequests[A] } = {
  CreateGameServerSession: {
    FleetId: "fleet-1",
    MaximumPlayerSessionCount: 4,
    AliasId: "alias-1",
    CreatorId: "creator-1",
    GameProperties: [{ Key: "mode", Value: "duel" }],
    GameServerSessionData: "{\"map\":\"dust\"}",
    GameServerSessionId: "my-session",
    IdempotencyToken: "token-1",
    Name: "room 1",
  },
  DescribeGameServerSessions: { FleetId: "fleet-1", Limit: 10, NextToken: "next", StatusFilter: "ACTIVE" },
  DescribeGameServerSessionDetails: { AliasId: "alias-1", Limit: 0, StatusFilter: "TERMINATING" },
  SearchGameServerSessions: {
    AliasId: "alias-1",
    Limit: 20,
    NextToken: "next",
    FilterExpression: "playerSessionCount>=2 AND hasAvailablePlayerSessions=true",
    SortExpression: "creationTimeMillis ASC",
  },
  UpdateGameServerSession: {
    GameServerSessionId: "gss-1",
    MaximumPlayerSessionCount: 0,
    Name: "renamed",
    PlayerSessionCreationPolicy: "DENY_ALL",
    ProtectionPolicy: "TimeLimitProtection",
  },
  JoinGameServerSession: { GameServerSessionId: "gss-1", PlayerId: "player-1", PlayerData: "level=3" },
  JoinGameServerSessionBatch: {
    GameServerSessionId: "gss-1",
    PlayerIds: ["player-1", "player-2"],
    PlayerDataMap: { Key: "team", Value: "red" },
  },
  DescribePlayerSessions: {
    GameServerSessionId: "gss-1",
    Limit: 5,
    NextToken: "next",
    PlayerId: "player-1",
    PlayerSessionId: "psess-1",
    PlayerSessionStatusFilter: "RESERVED",
  },
  StartGameServerSessionPlacement: {
    PlacementId: "placement-1",
    GameServerSessionQueueName: "queue-1",
    MaximumPlayerSessionCount: 8,
    DesiredPlayerSessions: [{ PlayerId: "player-1", PlayerData: "" }],
    GameProperties: [{ Key: "mode", Value: "duel" }],
    GameServerSessionData: "data",
    GameServerSessionName: "room 2",
    PlayerLatencies: [{ PlayerId: "player-1", RegionIdentifier: "ap-shanghai", LatencyInMilliseconds: 30 }, {}],
  },
  DescribeGameServerSessionPlacement: { PlacementId: "placement-1" },
  StopGameServerSessionPlacement: { PlacementId: "placement-1" },
  GetGameServerSessionLogUrl: { GameServerSessionId: "gss-1" },
  EndGameServerSessionAndProcess: { IpAddress: "10.0.0.1", Port: 8888 },
};

/** What a form-encoded request turns the same parameters into: every leaf a string. */
function asForm(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asForm);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asForm(item)]));
  }
  return String(value);
}

function params(value: object): Record<string, unknown> {
  return { ...value };
}

function properties(count: number): GameProperty[] {
  return Array.from({ length: count }, (_, index) => ({ Key: `k${index}`, Value: `v${index}` }));
}

/** Asserts the code, and that the message names the field path and, if given, the rule. */
function assertRefused(
  action: CloudActionName,
  request: Record<string, unknown>,
  code: CloudApiErrorCode,
  path: string,
  rule?: RegExp,
): void {
  assert.throws(
    () => validateCloudRequest(action, request),
    (error: unknown) => {
      assert.ok(error instanceof CloudApiError, `expected a CloudApiError, got ${String(error)}`);
      assert.equal(error.code, code, error.message);
      assert.ok(error.message.includes(`'${path}'`), `message should name '${path}': ${error.message}`);
      if (rule) assert.match(error.message, rule);
      return true;
    },
  );
}

describe("validateCloudRequest", () => {
  describe("accepts a valid request", () => {
    for (const action of CLOUD_ACTIONS) {
      it(`${action}, JSON-typed`, () => {
        assert.deepEqual(validateCloudRequest(action, params(VALID[action])), VALID[action]);
      });
      it(`${action}, form-typed (string leaves)`, () => {
        const form = asForm(VALID[action]) as Record<string, unknown>;
        assert.deepEqual(validateCloudRequest(action, form), VALID[action]);
      });
    }

    it("the alternatives of the cross-field rules", () => {
      validateCloudRequest("CreateGameServerSession", { AliasId: "alias-1", MaximumPlayerSessionCount: 1 });
      validateCloudRequest("DescribeGameServerSessions", { GameServerSessionId: "gss-1" });
      validateCloudRequest("DescribeGameServerSessionDetails", { FleetId: "fleet-1" });
      validateCloudRequest("SearchGameServerSessions", { FleetId: "fleet-1" });
      validateCloudRequest("DescribePlayerSessions", { PlayerSessionId: "psess-1" });
      validateCloudRequest("DescribePlayerSessions", { PlayerId: "player-1" });
      validateCloudRequest("EndGameServerSessionAndProcess", { GameServerSessionId: "gss-1" });
    });

    it("limits at their bounds", () => {
      validateCloudRequest("CreateGameServerSession", {
        ...VALID.CreateGameServerSession,
        CreatorId: "c".repeat(1024),
        GameProperties: [{ Key: "k".repeat(32), Value: "v".repeat(96) }, ...properties(15)],
        IdempotencyToken: "t".repeat(48),
      });
      validateCloudRequest("JoinGameServerSessionBatch", {
        GameServerSessionId: "g".repeat(256),
        PlayerIds: Array.from({ length: 25 }, (_, index) => `player-${index}`),
      });
      validateCloudRequest("EndGameServerSessionAndProcess", { IpAddress: "10.0.0.1", Port: 1025 });
      validateCloudRequest("EndGameServerSessionAndProcess", { IpAddress: "10.0.0.1", Port: "60000" });
    });
  });

  describe("refuses a missing required parameter (MissingParameter)", () => {
    const cases: [CloudActionName, Record<string, unknown>, string][] = [
      ["CreateGameServerSession", { FleetId: "fleet-1" }, "MaximumPlayerSessionCount"],
      ["UpdateGameServerSession", { Name: "x" }, "GameServerSessionId"],
      ["JoinGameServerSession", { GameServerSessionId: "gss-1" }, "PlayerId"],
      ["JoinGameServerSessionBatch", { GameServerSessionId: "gss-1" }, "PlayerIds"],
      ["StartGameServerSessionPlacement", { GameServerSessionQueueName: "q", MaximumPlayerSessionCount: 1 }, "PlacementId"],
      ["StartGameServerSessionPlacement", { PlacementId: "p", MaximumPlayerSessionCount: 1 }, "GameServerSessionQueueName"],
      ["StartGameServerSessionPlacement", { PlacementId: "p", GameServerSessionQueueName: "q" }, "MaximumPlayerSessionCount"],
      ["DescribeGameServerSessionPlacement", {}, "PlacementId"],
      ["StopGameServerSessionPlacement", {}, "PlacementId"],
      ["GetGameServerSessionLogUrl", {}, "GameServerSessionId"],
      // A null is an unset field.
      ["GetGameServerSessionLogUrl", { GameServerSessionId: null }, "GameServerSessionId"],
      // Nested required fields, with their path.
      [
        "CreateGameServerSession",
        { ...VALID.CreateGameServerSession, GameProperties: [{ Key: "a", Value: "b" }, { Key: "c" }] },
        "GameProperties.1.Value",
      ],
      ["JoinGameServerSessionBatch", { ...VALID.JoinGameServerSessionBatch, PlayerDataMap: { Value: "v" } }, "PlayerDataMap.Key"],
      [
        "StartGameServerSessionPlacement",
        { ...VALID.StartGameServerSessionPlacement, DesiredPlayerSessions: [{ PlayerId: "player-1" }] },
        "DesiredPlayerSessions.0.PlayerData",
      ],
    ];
    for (const [action, request, path] of cases) {
      it(`${action}: ${path}`, () => {
        assertRefused(action, request, "MissingParameter", path, /^The request is missing a required parameter '/);
      });
    }

    it("names the alternatives of a cross-field rule", () => {
      const cases: [CloudActionName, Record<string, unknown>, RegExp][] = [
        ["CreateGameServerSession", { MaximumPlayerSessionCount: 1 }, /'FleetId' or 'AliasId'\.$/],
        ["DescribeGameServerSessions", { Limit: 1 }, /'GameServerSessionId' or 'FleetId' or 'AliasId'/],
        ["DescribeGameServerSessionDetails", {}, /'GameServerSessionId' or 'FleetId' or 'AliasId'/],
        ["SearchGameServerSessions", { FilterExpression: "x" }, /'FleetId' or 'AliasId'/],
        ["DescribePlayerSessions", { Limit: 3 }, /'GameServerSessionId' or 'PlayerId' or 'PlayerSessionId'/],
        ["EndGameServerSessionAndProcess", { IpAddress: "10.0.0.1" }, /'GameServerSessionId' or 'IpAddress' with 'Port'/],
        ["EndGameServerSessionAndProcess", { Port: 8888 }, /'GameServerSessionId' or 'IpAddress' with 'Port'/],
      ];
      for (const [action, request, message] of cases) {
        assert.throws(
          () => validateCloudRequest(action, request),
          (error: unknown) => error instanceof CloudApiError && error.code === "MissingParameter" && message.test(error.message),
          action,
        );
      }
    });
  });

  describe("refuses a value of the wrong type (InvalidParameter)", () => {
    const cases: [CloudActionName, Record<string, unknown>, string, RegExp][] = [
      ["CreateGameServerSession", { ...VALID.CreateGameServerSession, MaximumPlayerSessionCount: "four" }, "MaximumPlayerSessionCount", /must be an integer/],
      ["CreateGameServerSession", { ...VALID.CreateGameServerSession, FleetId: 5 }, "FleetId", /must be a string, got 5/],
      ["CreateGameServerSession", { ...VALID.CreateGameServerSession, GameProperties: { Key: "k", Value: "v" } }, "GameProperties", /must be a list/],
      ["CreateGameServerSession", { ...VALID.CreateGameServerSession, GameProperties: ["mode=duel"] }, "GameProperties.0", /must be an object/],
      ["DescribeGameServerSessions", { ...VALID.DescribeGameServerSessions, Limit: 1.5 }, "Limit", /must be an integer/],
      ["DescribeGameServerSessionDetails", { ...VALID.DescribeGameServerSessionDetails, FleetId: 42 }, "FleetId", /must be a string/],
      ["SearchGameServerSessions", { ...VALID.SearchGameServerSessions, FilterExpression: ["x"] }, "FilterExpression", /must be a string, got a list/],
      ["UpdateGameServerSession", { ...VALID.UpdateGameServerSession, Name: true }, "Name", /must be a string/],
      ["JoinGameServerSession", { ...VALID.JoinGameServerSession, PlayerId: 7 }, "PlayerId", /must be a string/],
      ["JoinGameServerSessionBatch", { ...VALID.JoinGameServerSessionBatch, PlayerIds: "player-1" }, "PlayerIds", /must be a list/],
      ["JoinGameServerSessionBatch", { ...VALID.JoinGameServerSessionBatch, PlayerIds: ["a", 5] }, "PlayerIds.1", /must be a string/],
      ["JoinGameServerSessionBatch", { ...VALID.JoinGameServerSessionBatch, PlayerDataMap: [] }, "PlayerDataMap", /must be an object/],
      ["DescribePlayerSessions", { ...VALID.DescribePlayerSessions, Limit: "ten" }, "Limit", /must be an integer/],
      ["StartGameServerSessionPlacement", { ...VALID.StartGameServerSessionPlacement, MaximumPlayerSessionCount: "8.0" }, "MaximumPlayerSessionCount", /must be an integer/],
      [
        "StartGameServerSessionPlacement",
        { ...VALID.StartGameServerSessionPlacement, PlayerLatencies: [{ LatencyInMilliseconds: "30ms" }] },
        "PlayerLatencies.0.LatencyInMilliseconds",
        /must be an integer/,
      ],
      ["DescribeGameServerSessionPlacement", { PlacementId: 1 }, "PlacementId", /must be a string/],
      ["StopGameServerSessionPlacement", { PlacementId: {} }, "PlacementId", /must be a string/],
      ["GetGameServerSessionLogUrl", { GameServerSessionId: false }, "GameServerSessionId", /must be a string/],
      ["EndGameServerSessionAndProcess", { IpAddress: "10.0.0.1", Port: "88a" }, "Port", /must be an integer/],
    ];
    for (const [action, request, path, rule] of cases) {
      it(`${action}: ${path}`, () => assertRefused(action, request, "InvalidParameter", path, rule));
    }
  });

  describe("refuses a string over its length (InvalidParameterValue)", () => {
    const long = (n: number) => "x".repeat(n);
    const cases: [CloudActionName, Record<string, unknown>, string, RegExp][] = [
      ["CreateGameServerSession", { ...VALID.CreateGameServerSession, CreatorId: long(1025) }, "CreatorId", /must be at most 1024 characters/],
      ["CreateGameServerSession", { ...VALID.CreateGameServerSession, Name: long(1025) }, "Name", /at most 1024/],
      ["CreateGameServerSession", { ...VALID.CreateGameServerSession, IdempotencyToken: long(49) }, "IdempotencyToken", /at most 48/],
      ["CreateGameServerSession", { ...VALID.CreateGameServerSession, GameServerSessionData: long(4097) }, "GameServerSessionData", /at most 4096/],
      ["CreateGameServerSession", { ...VALID.CreateGameServerSession, GameServerSessionId: long(4097) }, "GameServerSessionId", /at most 4096/],
      [
        "CreateGameServerSession",
        { ...VALID.CreateGameServerSession, GameProperties: [...properties(3), { Key: long(33), Value: "v" }] },
        "GameProperties.3.Key",
        /must be at most 32 characters \(UTF-8 bytes\), got 33/,
      ],
      [
        "CreateGameServerSession",
        { ...VALID.CreateGameServerSession, GameProperties: [{ Key: "k", Value: long(97) }] },
        "GameProperties.0.Value",
        /at most 96/,
      ],
      // api.json counts ASCII characters: 11 CJK characters are 33 UTF-8 bytes.
      [
        "CreateGameServerSession",
        { ...VALID.CreateGameServerSession, GameProperties: [{ Key: "键".repeat(11), Value: "v" }] },
        "GameProperties.0.Key",
        /at most 32 .*got 33/,
      ],
      ["DescribeGameServerSessions", { ...VALID.DescribeGameServerSessions, GameServerSessionId: long(257) }, "GameServerSessionId", /at most 256/],
      ["DescribeGameServerSessions", { ...VALID.DescribeGameServerSessions, NextToken: long(1025) }, "NextToken", /at most 1024/],
      ["DescribeGameServerSessions", { ...VALID.DescribeGameServerSessions, NextToken: "" }, "NextToken", /at least 1 character/],
      ["DescribeGameServerSessionDetails", { ...VALID.DescribeGameServerSessionDetails, GameServerSessionId: long(257) }, "GameServerSessionId", /at most 256/],
      ["SearchGameServerSessions", { ...VALID.SearchGameServerSessions, NextToken: long(1025) }, "NextToken", /at most 1024/],
      ["UpdateGameServerSession", { ...VALID.UpdateGameServerSession, GameServerSessionId: long(257) }, "GameServerSessionId", /at most 256/],
      ["UpdateGameServerSession", { ...VALID.UpdateGameServerSession, Name: "" }, "Name", /at least 1/],
      ["JoinGameServerSession", { ...VALID.JoinGameServerSession, PlayerId: long(1025) }, "PlayerId", /at most 1024/],
      ["JoinGameServerSession", { ...VALID.JoinGameServerSession, PlayerData: long(2049) }, "PlayerData", /at most 2048/],
      ["JoinGameServerSessionBatch", { ...VALID.JoinGameServerSessionBatch, GameServerSessionId: "" }, "GameServerSessionId", /at least 1/],
      ["JoinGameServerSessionBatch", { ...VALID.JoinGameServerSessionBatch, PlayerIds: [long(1025)] }, "PlayerIds.0", /at most 1024/],
      ["JoinGameServerSessionBatch", { ...VALID.JoinGameServerSessionBatch, PlayerDataMap: { Key: "k", Value: long(2049) } }, "PlayerDataMap.Value", /at most 2048/],
      ["JoinGameServerSessionBatch", { ...VALID.JoinGameServerSessionBatch, PlayerDataMap: { Key: "", Value: "v" } }, "PlayerDataMap.Key", /at least 1/],
      ["DescribePlayerSessions", { ...VALID.DescribePlayerSessions, PlayerId: long(1025) }, "PlayerId", /at most 1024/],
      ["DescribePlayerSessions", { ...VALID.DescribePlayerSessions, PlayerSessionId: long(1025) }, "PlayerSessionId", /at most 1024/],
      ["StartGameServerSessionPlacement", { ...VALID.StartGameServerSessionPlacement, PlacementId: long(49) }, "PlacementId", /at most 48/],
      ["StartGameServerSessionPlacement", { ...VALID.StartGameServerSessionPlacement, PlacementId: "bad id!" }, "PlacementId", /must match/],
      ["StartGameServerSessionPlacement", { ...VALID.StartGameServerSessionPlacement, PlacementId: "" }, "PlacementId", /must match/],
      ["StartGameServerSessionPlacement", { ...VALID.StartGameServerSessionPlacement, GameServerSessionName: long(4097) }, "GameServerSessionName", /at most 4096/],
      ["GetGameServerSessionLogUrl", { GameServerSessionId: long(257) }, "GameServerSessionId", /at most 256/],
    ];
    for (const [action, request, path, rule] of cases) {
      it(`${action}: ${path}`, () => assertRefused(action, request, "InvalidParameterValue", path, rule));
    }
  });

  describe("refuses a list over its length (InvalidParameterValue)", () => {
    it("CreateGameServerSession: GameProperties, at most 16", () => {
      assertRefused(
        "CreateGameServerSession",
        { ...VALID.CreateGameServerSession, GameProperties: properties(17) },
        "InvalidParameterValue",
        "GameProperties",
        /must have at most 16 items, got 17/,
      );
    });
    it("StartGameServerSessionPlacement: GameProperties, at most 16", () => {
      assertRefused(
        "StartGameServerSessionPlacement",
        { ...VALID.StartGameServerSessionPlacement, GameProperties: properties(17) },
        "InvalidParameterValue",
        "GameProperties",
        /at most 16 items/,
      );
    });
    it("JoinGameServerSessionBatch: PlayerIds, 1 to 25", () => {
      const ids = Array.from({ length: 26 }, (_, index) => `player-${index}`);
      assertRefused("JoinGameServerSessionBatch", { ...VALID.JoinGameServerSessionBatch, PlayerIds: ids }, "InvalidParameterValue", "PlayerIds", /at most 25 items/);
      assertRefused("JoinGameServerSessionBatch", { ...VALID.JoinGameServerSessionBatch, PlayerIds: [] }, "InvalidParameterValue", "PlayerIds", /at least 1 item,/);
    });
  });

  describe("refuses a number out of range (InvalidParameterValue)", () => {
    const cases: [CloudActionName, Record<string, unknown>, string, RegExp][] = [
      ["CreateGameServerSession", { ...VALID.CreateGameServerSession, MaximumPlayerSessionCount: -1 }, "MaximumPlayerSessionCount", /must be an integer >= 0, got -1/],
      ["CreateGameServerSession", { ...VALID.CreateGameServerSession, MaximumPlayerSessionCount: "-1" }, "MaximumPlayerSessionCount", /must be an integer >= 0/],
      ["UpdateGameServerSession", { ...VALID.UpdateGameServerSession, MaximumPlayerSessionCount: -3 }, "MaximumPlayerSessionCount", />= 0/],
      ["DescribeGameServerSessions", { ...VALID.DescribeGameServerSessions, Limit: -1 }, "Limit", />= 0/],
      ["DescribeGameServerSessionDetails", { ...VALID.DescribeGameServerSessionDetails, Limit: "-1" }, "Limit", />= 0/],
      ["SearchGameServerSessions", { ...VALID.SearchGameServerSessions, Limit: -1 }, "Limit", />= 0/],
      ["DescribePlayerSessions", { ...VALID.DescribePlayerSessions, Limit: -1 }, "Limit", />= 0/],
      ["StartGameServerSessionPlacement", { ...VALID.StartGameServerSessionPlacement, MaximumPlayerSessionCount: 0 }, "MaximumPlayerSessionCount", /must be an integer >= 1, got 0/],
      [
        "StartGameServerSessionPlacement",
        { ...VALID.StartGameServerSessionPlacement, PlayerLatencies: [{}, { LatencyInMilliseconds: -5 }] },
        "PlayerLatencies.1.LatencyInMilliseconds",
        />= 0/,
      ],
      ["EndGameServerSessionAndProcess", { IpAddress: "10.0.0.1", Port: 1024 }, "Port", /must be an integer from 1025 to 60000, got 1024/],
      ["EndGameServerSessionAndProcess", { IpAddress: "10.0.0.1", Port: "60001" }, "Port", /from 1025 to 60000/],
    ];
    for (const [action, request, path, rule] of cases) {
      it(`${action}: ${path}`, () => assertRefused(action, request, "InvalidParameterValue", path, rule));
    }
  });

  describe("refuses a value outside its enumeration (InvalidParameterValue)", () => {
    const cases: [CloudActionName, Record<string, unknown>, string, RegExp][] = [
      ["DescribeGameServerSessions", { FleetId: "f", StatusFilter: "RUNNING" }, "StatusFilter", /must be one of ACTIVE, ACTIVATING, TERMINATED, TERMINATING, ERROR, got "RUNNING"/],
      ["DescribeGameServerSessionDetails", { FleetId: "f", StatusFilter: "active" }, "StatusFilter", /one of/],
      ["DescribePlayerSessions", { PlayerId: "p", PlayerSessionStatusFilter: "TIMED_OUT" }, "PlayerSessionStatusFilter", /RESERVED, ACTIVE, COMPLETED, TIMEDOUT/],
      ["UpdateGameServerSession", { GameServerSessionId: "g", PlayerSessionCreationPolicy: "accept_all" }, "PlayerSessionCreationPolicy", /ACCEPT_ALL, DENY_ALL/],
      ["UpdateGameServerSession", { GameServerSessionId: "g", ProtectionPolicy: "Full" }, "ProtectionPolicy", /NoProtection, TimeLimitProtection, FullProtection/],
    ];
    for (const [action, request, path, rule] of cases) {
      it(`${action}: ${path}`, () => assertRefused(action, request, "InvalidParameterValue", path, rule));
    }
  });

  describe("unknown parameters (UnknownParameter)", () => {
    it("refuses a top-level parameter the action does not define", () => {
      assertRefused("CreateGameServerSession", { ...VALID.CreateGameServerSession, Fleetid: "x" }, "UnknownParameter", "Fleetid", /is not recognized/);
      assertRefused("DescribeGameServerSessionPlacement", { PlacementId: "p", FleetId: "f" }, "UnknownParameter", "FleetId");
    });
    it("refuses a nested one, naming its path", () => {
      assertRefused(
        "CreateGameServerSession",
        { ...VALID.CreateGameServerSession, GameProperties: [{ Key: "k", Value: "v" }, { Key: "k", Kye: "v" }] },
        "UnknownParameter",
        "GameProperties.1.Kye",
      );
      assertRefused("JoinGameServerSessionBatch", { ...VALID.JoinGameServerSessionBatch, PlayerDataMap: { Key: "k", Value: "v", Extra: "x" } }, "UnknownParameter", "PlayerDataMap.Extra");
    });
    it("lets signature v1 common parameters through and leaves them out of the request", () => {
      const request = validateCloudRequest("GetGameServerSessionLogUrl", {
        Action: "GetGameServerSessionLogUrl",
        Version: "2019-11-12",
        Region: "ap-shanghai",
        Timestamp: "1700000000",
        Nonce: "123",
        SecretId: "id",
        Signature: "sig",
        SignatureMethod: "HmacSHA256",
        GameServerSessionId: "gss-1",
      });
      assert.deepEqual(request, { GameServerSessionId: "gss-1" });
    });
    it("does not let common parameter names through inside objects", () => {
      assertRefused("JoinGameServerSessionBatch", { ...VALID.JoinGameServerSessionBatch, PlayerDataMap: { Key: "k", Value: "v", Region: "x" } }, "UnknownParameter", "PlayerDataMap.Region");
    });
  });

  describe("coercion", () => {
    it("turns decimal integer strings into numbers", () => {
      const request = validateCloudRequest("DescribeGameServerSessions", { FleetId: "f", Limit: "5" });
      assert.equal(request.Limit, 5);
      assert.equal(validateCloudRequest("DescribeGameServerSessions", { FleetId: "f", Limit: "007" }).Limit, 7);
      assert.equal(validateCloudRequest("DescribeGameServerSessions", { FleetId: "f", Limit: "0" }).Limit, 0);
    });
    it("refuses strings that are not plain integers", () => {
      for (const text of ["5.5", "abc", "", " 5", "5 ", "+5", "1e3", "0x10", "Infinity", "9007199254740993"]) {
        assertRefused("DescribeGameServerSessions", { FleetId: "f", Limit: text }, "InvalidParameter", "Limit", /must be an integer/);
      }
    });
    it("refuses JSON numbers that are not safe integers", () => {
      for (const value of [5.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
        assertRefused("DescribeGameServerSessions", { FleetId: "f", Limit: value }, "InvalidParameter", "Limit", /must be an integer/);
      }
    });
    it("does not turn numbers or booleans into strings", () => {
      assertRefused("JoinGameServerSession", { GameServerSessionId: "g", PlayerId: 12 }, "InvalidParameter", "PlayerId");
      assertRefused("JoinGameServerSession", { GameServerSessionId: "g", PlayerId: true }, "InvalidParameter", "PlayerId");
    });
    it("coerces inside lists of objects", () => {
      const request = validateCloudRequest("StartGameServerSessionPlacement", {
        PlacementId: "p",
        GameServerSessionQueueName: "q",
        MaximumPlayerSessionCount: "2",
        PlayerLatencies: [{ LatencyInMilliseconds: "12" }],
      });
      assert.equal(request.MaximumPlayerSessionCount, 2);
      assert.deepEqual(request.PlayerLatencies, [{ LatencyInMilliseconds: 12 }]);
    });
    it("drops optional fields sent as null", () => {
      const request = validateCloudRequest("JoinGameServerSession", { GameServerSessionId: "g", PlayerId: "p", PlayerData: null });
      assert.deepEqual(request, { GameServerSessionId: "g", PlayerId: "p" });
    });
  });

  describe("action names", () => {
    it("CLOUD_ACTIONS lists the 13 served actions", () => {
      assert.deepEqual([...CLOUD_ACTIONS].sort(), Object.keys(VALID).sort());
      assert.equal(CLOUD_ACTIONS.length, 13);
      assert.ok(Object.isFrozen(CLOUD_ACTIONS));
    });
    it("isCloudAction knows them and nothing else", () => {
      assert.ok(isCloudAction("JoinGameServerSession"));
      assert.ok(!isCloudAction("DescribeFleets"));
      assert.ok(!isCloudAction("toString"));
      assert.ok(!isCloudAction("joinGameServerSession"));
    });
    it("an untyped caller's unknown action is InvalidAction", () => {
      assert.throws(
        () => validateCloudRequest("DescribeFleets" as CloudActionName, {}),
        (error: unknown) => error instanceof CloudApiError && error.code === "InvalidAction" && error.message.includes("'DescribeFleets'"),
      );
    });
  });
});
