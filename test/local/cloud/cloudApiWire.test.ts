import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it, type TestContext } from "node:test";
import { CloudApiError } from "../../../src/local/cloud/CloudApiError.js";
import {
  createCloudApiHandler,
  type CloudApiHandlerOptions,
  type CloudDispatch,
  type CloudRequestContext,
  type CloudRequestEvent,
} from "../../../src/local/cloud/createCloudApiHandler.js";
import { unflattenParams } from "../../../src/local/cloud/unflattenParams.js";
import { computeHmacSignature } from "../../../src/local/cloud/verifyHmacSignature.js";
import { computeTc3Signature, tc3Date } from "../../../src/local/cloud/verifyTc3Signature.js";
import { createOfficialGseClient, type OfficialGseClient, type SignMethod } from "../../helpers/officialGseClient.js";

const SECRET_ID = "AKIDgselocaltest0000000000000000";
const SECRET_KEY = "gse-local-test-secret-key-000000";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;


interface Call {
  action: string;
  params: Record<string, unknown>;
  context: CloudRequestContext;
}

interface Harness {
  port: number;
  /** `127.0.0.1:<port>`, as the official client's endpoint. */
  endpoint: string;
  url: string;
  calls: Call[];
  events: CloudRequestEvent[];
  internalErrors: unknown[];
}

interface CloudReply {
  Response: { Error?: { Code: string; Message: string }; RequestId: string } & Record<string, unknown>;
}

const SESSION_ID = "qcs::gse:local::gameserversession/fleet-1235/gssess-1";

/** Answers the two actions the tests drive, the way a GSE backend would. */
const echoDispatch: CloudDispatch = (action, params) => {
  if (action === "CreateGameServerSession") {
    return {
      GameServerSession: {
        GameServerSessionId: SESSION_ID,
        FleetId: params["FleetId"],
        Name: params["Name"],
        GameProperties: params["GameProperties"],
        MaximumPlayerSessionCount: 5,
        Status: "ACTIVATING",
        IpAddress: "127.0.0.1",
        Port: 7777,
      },
    };
  }
  if (action === "JoinGameServerSessionBatch") {
    const playerIds = params["PlayerIds"] as string[];
    return {
      PlayerSessions: playerIds.map((playerId, i) => ({
        PlayerId: playerId,
        PlayerSessionId: `psess-${i}`,
        GameServerSessionId: params["GameServerSessionId"],
        Status: "RESERVED",
      })),
    };
  }
  return {};
};

async function startServer(t: TestContext, options: Partial<CloudApiHandlerOptions> = {}): Promise<Harness> {
  const calls: Call[] = [];
  const events: CloudRequestEvent[] = [];
  const internalErrors: unknown[] = [];
  const dispatch = options.dispatch ?? echoDispatch;
  const handler = createCloudApiHandler({
    onInternalError: (error) => internalErrors.push(error),
    ...options,
    dispatch: (action, params, context) => {
      calls.push({ action, params, context });
      return dispatch(action, params, context);
    },
    onRequest: (event) => events.push(event),
  });
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  t.after(async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Both clients keep connections alive; close() alone would wait them out.
    server.closeAllConnections();
    await closed;
  });
  const { port } = server.address() as AddressInfo;
  return { port, endpoint: `127.0.0.1:${port}`, url: `http://127.0.0.1:${port}`, calls, events, internalErrors };
}

function officialClient(
  harness: Harness,
  signMethod: SignMethod,
  { secretId = SECRET_ID, secretKey = SECRET_KEY, reqMethod = "POST" as "POST" | "GET" } = {},
): OfficialGseClient {
  return createOfficialGseClient(harness.endpoint, { signMethod, secretId, secretKey, reqMethod });
}

async function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<{ status: number; reply: CloudReply; headers: Headers }> {
  const response = await fetch(url, { method: init.method ?? "POST", headers: init.headers ?? {}, body: init.body ?? null });
  const text = await response.text();
  return { status: response.status, reply: JSON.parse(text) as CloudReply, headers: response.headers };
}

function tc3Headers(action: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    "Content-Type": "application/json",
    "X-TC-Action": action,
    "X-TC-Version": "2019-11-12",
    "X-TC-Region": "ap-guangzhou",
    "X-TC-Timestamp": String(Math.floor(Date.now() / 1000)),
    ...extra,
  };
}

/** A TC3 request signed by hand, for what the official client never sends. */
function signedTc3(
  harness: Harness,
  action: string,
  body: string,
  { timestamp = Math.floor(Date.now() / 1000), secretKey = SECRET_KEY } = {},
): Record<string, string> {
  const date = tc3Date(timestamp);
  const signature = computeTc3Signature({
    method: "POST",
    path: "/",
    query: "",
    headers: { "content-type": "application/json", host: harness.endpoint },
    signedHeaders: ["content-type", "host"],
    body: Buffer.from(body),
    timestamp: String(timestamp),
    date,
    service: "gse",
    secretKey,
  });
  return tc3Headers(action, {
    "X-TC-Timestamp": String(timestamp),
    Authorization: `TC3-HMAC-SHA256 Credential=${SECRET_ID}/${date}/gse/tc3_request, SignedHeaders=content-type;host, Signature=${signature}`,
  });
}

/** A form-encoded request signed by hand with HmacSHA256. */
function signedForm(harness: Harness, params: Record<string, string>, timestamp = Math.floor(Date.now() / 1000)): string {
  const all = new Map(
    Object.entries({
      Version: "2019-11-12",
      Region: "ap-guangzhou",
      Nonce: "4242",
      SecretId: SECRET_ID,
      SignatureMethod: "HmacSHA256",
      Timestamp: String(timestamp),
      ...params,
    }),
  );
  all.set(
    "Signature",
    computeHmacSignature({ method: "POST", host: harness.endpoint, path: "/", params: all, signatureMethod: "HmacSHA256", secretKey: SECRET_KEY }),
  );
  return new URLSearchParams([...all]).toString();
}

const FORM_HEADERS = { "Content-Type": "application/x-www-form-urlencoded" };

const createRequest = {
  FleetId: "fleet-1235",
  Name: "房间 1 & more=yes",
  MaximumPlayerSessionCount: 5,
  GameProperties: [
    { Key: "mode", Value: "ranked" },
    { Key: "map", Value: "de_dust+2" },
  ],
  GameServerSessionData: '{"seed":42}',
};

const joinRequest = {
  GameServerSessionId: SESSION_ID,
  PlayerIds: ["player-a", "player-b", "player-c"],
  PlayerDataMap: { Key: "team", Value: "red" },
};

/** What a request looks like after the form encoding: same tree, scalars as strings. */
function asFormValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asFormValues);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asFormValues(v)]));
  }
  return String(value);
}

describe("official client → gse-local, every signature form", () => {
  const forms: Array<{ signMethod: SignMethod; reqMethod: "POST" | "GET"; form: "tc3" | "hmac"; typed: boolean }> = [
    { signMethod: "TC3-HMAC-SHA256", reqMethod: "POST", form: "tc3", typed: true },
    // The client's TC3 GET flattens the request into the query string.
    { signMethod: "TC3-HMAC-SHA256", reqMethod: "GET", form: "tc3", typed: false },
    { signMethod: "HmacSHA256", reqMethod: "POST", form: "hmac", typed: false },
    { signMethod: "HmacSHA256", reqMethod: "GET", form: "hmac", typed: false },
    { signMethod: "HmacSHA1", reqMethod: "POST", form: "hmac", typed: false },
  ];

  for (const { signMethod, reqMethod, form, typed } of forms) {
    it(`${signMethod} ${reqMethod}: verified, unflattened, answered`, async (t) => {
      const harness = await startServer(t, { secretId: SECRET_ID, secretKey: SECRET_KEY });
      const client = officialClient(harness, signMethod, { reqMethod });

      const created = await client.call("CreateGameServerSession", createRequest);
      const join = await client.call("JoinGameServerSessionBatch", joinRequest);

      assert.equal(harness.calls.length, 2);
      const [createCall, joinCall] = harness.calls as [Call, Call];
      assert.equal(createCall.action, "CreateGameServerSession");
      assert.deepEqual(createCall.params, typed ? createRequest : asFormValues(createRequest));
      assert.equal(joinCall.action, "JoinGameServerSessionBatch");
      // Nothing numeric here, so every form delivers the identical tree.
      assert.deepEqual(joinCall.params, joinRequest);
      assert.equal(createCall.context.form, form);
      assert.equal(createCall.context.region, "ap-guangzhou");
      assert.equal(createCall.context.secretId, SECRET_ID);
      assert.match(createCall.context.requestId, UUID);
      assert.ok(createCall.context.signal instanceof AbortSignal);

      const session = created["GameServerSession"] as Record<string, unknown>;
      assert.equal(session["GameServerSessionId"], SESSION_ID);
      assert.equal(session["Name"], createRequest.Name);
      assert.equal(session["Port"], 7777);
      assert.deepEqual(session["GameProperties"], typed ? createRequest.GameProperties : asFormValues(createRequest.GameProperties));
      assert.equal(created["RequestId"], createCall.context.requestId);
      const playerSessions = join["PlayerSessions"] as Array<Record<string, unknown>>;
      assert.deepEqual(
        playerSessions.map((p) => p["PlayerId"]),
        joinRequest.PlayerIds,
      );
      assert.equal(join["RequestId"], joinCall.context.requestId);

      assert.deepEqual(
        harness.events.map((e) => [e.action, e.form, e.code]),
        [
          ["CreateGameServerSession", form, undefined],
          ["JoinGameServerSessionBatch", form, undefined],
        ],
      );
      assert.ok(harness.events.every((e) => e.durationMs >= 0));
    });
  }

  for (const signMethod of ["TC3-HMAC-SHA256", "HmacSHA256", "HmacSHA1"] as const) {
    it(`${signMethod}: a wrong SecretKey surfaces as AuthFailure.SignatureFailure`, async (t) => {
      const harness = await startServer(t, { secretId: SECRET_ID, secretKey: SECRET_KEY });
      const client = officialClient(harness, signMethod, { secretKey: "not-the-key" });
      const error = await client.fail("CreateGameServerSession", createRequest);
      assert.equal(error.code, "AuthFailure.SignatureFailure");
      assert.match(error.message, /signature does not match/);
      assert.match(error.requestId, UUID);
      // The client's X-TC-TraceId comes back and lands on the error.
      assert.ok(error.traceId.length > 0);
      assert.equal(harness.calls.length, 0);
      assert.equal(harness.events[0]?.code, "AuthFailure.SignatureFailure");
    });

    it(`${signMethod}: an unknown SecretId surfaces as AuthFailure.SecretIdNotFound`, async (t) => {
      const harness = await startServer(t, { secretId: SECRET_ID, secretKey: SECRET_KEY });
      const client = officialClient(harness, signMethod, { secretId: "AKIDsomebodyelse" });
      const error = await client.fail("JoinGameServerSessionBatch", joinRequest);
      assert.equal(error.code, "AuthFailure.SecretIdNotFound");
      assert.match(error.message, /AKIDsomebodyelse/);
      assert.equal(harness.calls.length, 0);
    });

    it(`${signMethod}: no keys configured, any credentials pass`, async (t) => {
      const harness = await startServer(t);
      const client = officialClient(harness, signMethod, { secretId: "AKIDanything", secretKey: "whatever" });
      const join = await client.call("JoinGameServerSessionBatch", joinRequest);
      assert.equal((join["PlayerSessions"] as unknown[]).length, 3);
      assert.deepEqual(harness.calls[0]?.params, joinRequest);
      assert.equal(harness.calls[0]?.context.secretId, "AKIDanything");
    });
  }
});

describe("signatures and timestamps, crafted by hand", () => {
  it("a correctly signed TC3 request passes, the same request an hour old is SignatureExpire", async (t) => {
    const harness = await startServer(t, { secretId: SECRET_ID, secretKey: SECRET_KEY });
    const body = JSON.stringify({ FleetId: "fleet-1235" });

    const fresh = await send(harness.url, { headers: signedTc3(harness, "CreateGameServerSession", body), body });
    assert.equal(fresh.reply.Response.Error, undefined);

    const old = Math.floor(Date.now() / 1000) - 3600;
    const stale = await send(harness.url, { headers: signedTc3(harness, "CreateGameServerSession", body, { timestamp: old }), body });
    assert.equal(stale.status, 200);
    assert.equal(stale.reply.Response.Error?.Code, "AuthFailure.SignatureExpire");
    assert.match(stale.reply.Response.Error?.Message ?? "", /X-TC-Timestamp .* at most 300 s/);
    assert.match(stale.reply.Response.RequestId, UUID);
    assert.equal(harness.calls.length, 1);
  });

  it("a timestamp from the future past maxClockSkewSeconds is SignatureExpire too", async (t) => {
    const harness = await startServer(t, { secretId: SECRET_ID, secretKey: SECRET_KEY, maxClockSkewSeconds: 10 });
    const body = "{}";
    const future = Math.floor(Date.now() / 1000) + 60;
    const { reply } = await send(harness.url, { headers: signedTc3(harness, "DescribeGameServerSessions", body, { timestamp: future }), body });
    assert.equal(reply.Response.Error?.Code, "AuthFailure.SignatureExpire");
  });

  it("a stale form-encoded request is SignatureExpire, a fresh one passes", async (t) => {
    const harness = await startServer(t, { secretId: SECRET_ID, secretKey: SECRET_KEY });
    const params = { Action: "JoinGameServerSessionBatch", GameServerSessionId: SESSION_ID, "PlayerIds.0": "a" };

    const fresh = await send(harness.url, { headers: FORM_HEADERS, body: signedForm(harness, params) });
    assert.equal(fresh.reply.Response.Error, undefined);
    assert.deepEqual(harness.calls[0]?.params, { GameServerSessionId: SESSION_ID, PlayerIds: ["a"] });

    const stale = await send(harness.url, { headers: FORM_HEADERS, body: signedForm(harness, params, Math.floor(Date.now() / 1000) - 1000) });
    assert.equal(stale.reply.Response.Error?.Code, "AuthFailure.SignatureExpire");
    assert.match(stale.reply.Response.Error?.Message ?? "", /Timestamp parameter/);
  });

  it("keys configured: unsigned requests in either form are refused", async (t) => {
    const harness = await startServer(t, { secretId: SECRET_ID, secretKey: SECRET_KEY });
    const tc3 = await send(harness.url, { headers: tc3Headers("DescribeGameServerSessions"), body: "{}" });
    assert.equal(tc3.reply.Response.Error?.Code, "AuthFailure.SignatureFailure");
    assert.match(tc3.reply.Response.Error?.Message ?? "", /Authorization header is missing/);

    const form = await send(harness.url, {
      headers: FORM_HEADERS,
      body: new URLSearchParams({ Action: "DescribeGameServerSessions", Version: "2019-11-12", SecretId: SECRET_ID, Timestamp: String(Math.floor(Date.now() / 1000)) }).toString(),
    });
    assert.equal(form.reply.Response.Error?.Code, "AuthFailure.SignatureFailure");
    assert.match(form.reply.Response.Error?.Message ?? "", /Signature parameter is missing/);

    const garbled = await send(harness.url, { headers: tc3Headers("DescribeGameServerSessions", { Authorization: "TC3-HMAC-SHA256 nonsense" }), body: "{}" });
    assert.equal(garbled.reply.Response.Error?.Code, "AuthFailure.SignatureFailure");
    assert.equal(harness.calls.length, 0);
  });

  it("keys configured: a body changed after signing is refused", async (t) => {
    const harness = await startServer(t, { secretId: SECRET_ID, secretKey: SECRET_KEY });
    const headers = signedTc3(harness, "CreateGameServerSession", JSON.stringify({ FleetId: "fleet-1" }));
    const { reply } = await send(harness.url, { headers, body: JSON.stringify({ FleetId: "fleet-2" }) });
    assert.equal(reply.Response.Error?.Code, "AuthFailure.SignatureFailure");
    assert.equal(harness.calls.length, 0);
  });

  it("no keys configured: unsigned TC3 and form requests pass", async (t) => {
    const harness = await startServer(t);
    const tc3 = await send(harness.url, {
      headers: tc3Headers("CreateGameServerSession"),
      body: JSON.stringify({ FleetId: "fleet-1", GameProperties: [{ Key: "k", Value: "v" }] }),
    });
    assert.equal(tc3.reply.Response.Error, undefined);
    const form = await send(harness.url, {
      headers: FORM_HEADERS,
      body: "Action=CreateGameServerSession&Version=2019-11-12&FleetId=fleet-1&GameProperties.0.Key=k&GameProperties.0.Value=v",
    });
    assert.equal(form.reply.Response.Error, undefined);
    const query = await send(`${harness.url}/?Action=CreateGameServerSession&Version=2019-11-12&FleetId=fleet-1&GameProperties.0.Key=k&GameProperties.0.Value=v`, { method: "GET" });
    assert.equal(query.reply.Response.Error, undefined);

    const expected = { FleetId: "fleet-1", GameProperties: [{ Key: "k", Value: "v" }] };
    assert.deepEqual(harness.calls.map((c) => [c.context.form, c.params]), [
      ["tc3", expected],
      ["hmac", expected],
      ["hmac", expected],
    ]);
  });
});

describe("the GSE Local /capi form", () => {
  it("takes Action from the JSON body and never asks for a signature", async (t) => {
    const harness = await startServer(t, { secretId: SECRET_ID, secretKey: SECRET_KEY });
    const { status, reply, headers } = await send(`${harness.url}/capi`, {
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ Action: "CreateGameServerSession", FleetId: "fleet-1235", MaximumPlayerSessionCount: 5 }),
    });
    assert.equal(status, 200);
    assert.equal(headers.get("content-type"), "application/json");
    assert.equal(reply.Response.Error, undefined);
    assert.equal((reply.Response["GameServerSession"] as Record<string, unknown>)["FleetId"], "fleet-1235");
    assert.match(reply.Response.RequestId, UUID);
    assert.equal(harness.calls[0]?.action, "CreateGameServerSession");
    assert.deepEqual(harness.calls[0]?.params, { FleetId: "fleet-1235", MaximumPlayerSessionCount: 5 });
    assert.equal(harness.calls[0]?.context.form, "capi");
  });

  it("accepts the JSON as curl -d labels it", async (t) => {
    const harness = await startServer(t);
    const { reply } = await send(`${harness.url}/capi`, {
      headers: FORM_HEADERS,
      body: JSON.stringify({ Action: "JoinGameServerSessionBatch", GameServerSessionId: SESSION_ID, PlayerIds: ["a", "b"] }),
    });
    assert.equal((reply.Response["PlayerSessions"] as unknown[]).length, 2);
    assert.deepEqual(harness.calls[0]?.params, { GameServerSessionId: SESSION_ID, PlayerIds: ["a", "b"] });
  });

  it("answers a missing Action with MissingParameter and bad JSON with InvalidParameter", async (t) => {
    const harness = await startServer(t);
    const missing = await send(`${harness.url}/capi`, { body: JSON.stringify({ FleetId: "fleet-1" }) });
    assert.equal(missing.reply.Response.Error?.Code, "MissingParameter");
    assert.match(missing.reply.Response.Error?.Message ?? "", /Action/);
    const broken = await send(`${harness.url}/capi`, { body: '{"Action": "CreateGameServerSession",' });
    assert.equal(broken.reply.Response.Error?.Code, "InvalidParameter");
    assert.match(broken.reply.Response.Error?.Message ?? "", /not valid JSON/);
    assert.equal(harness.calls.length, 0);
  });
});

describe("malformed requests get structured errors", () => {
  it("malformed JSON and non-object JSON are InvalidParameter", async (t) => {
    const harness = await startServer(t);
    const broken = await send(harness.url, { headers: tc3Headers("CreateGameServerSession"), body: '{"FleetId": ' });
    assert.equal(broken.status, 200);
    assert.equal(broken.reply.Response.Error?.Code, "InvalidParameter");
    assert.match(broken.reply.Response.Error?.Message ?? "", /request body is not valid JSON/);
    const list = await send(harness.url, { headers: tc3Headers("CreateGameServerSession"), body: "[1, 2]" });
    assert.equal(list.reply.Response.Error?.Code, "InvalidParameter");
    assert.match(list.reply.Response.Error?.Message ?? "", /must be a JSON object.*an array/);
    assert.equal(harness.calls.length, 0);
  });

  it("a body over the default 1 MiB is InvalidParameter, and the server keeps serving", async (t) => {
    const harness = await startServer(t);
    const body = JSON.stringify({ FleetId: "x".repeat(1024 * 1024) });
    const { status, reply } = await send(harness.url, { headers: tc3Headers("CreateGameServerSession"), body });
    assert.equal(status, 200);
    assert.equal(reply.Response.Error?.Code, "InvalidParameter");
    assert.match(reply.Response.Error?.Message ?? "", /over the 1048576-byte limit/);

    const next = await send(harness.url, { headers: tc3Headers("CreateGameServerSession"), body: JSON.stringify({ FleetId: "fleet-1" }) });
    assert.equal(next.reply.Response.Error, undefined);
    assert.equal(harness.calls.length, 1);
  });

  it("a chunked body with no Content-Length is cut off at maxBodyBytes", async (t) => {
    const harness = await startServer(t, { maxBodyBytes: 1000 });
    const reply = await new Promise<CloudReply>((resolve, reject) => {
      const request = http.request(
        { host: "127.0.0.1", port: harness.port, method: "POST", path: "/", headers: tc3Headers("CreateGameServerSession") },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as CloudReply));
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      for (let i = 0; i < 4; i++) request.write("x".repeat(600));
      request.end();
    });
    assert.equal(reply.Response.Error?.Code, "InvalidParameter");
    assert.match(reply.Response.Error?.Message ?? "", /over the 1000-byte limit/);
    assert.equal(harness.calls.length, 0);
  });

  it("an unsupported Content-Type is InvalidParameter naming the accepted ones", async (t) => {
    const harness = await startServer(t);
    const plain = await send(harness.url, { headers: { "Content-Type": "text/plain" }, body: "hello" });
    assert.equal(plain.reply.Response.Error?.Code, "InvalidParameter");
    assert.match(plain.reply.Response.Error?.Message ?? "", /Content-Type "text\/plain" is not accepted.*application\/json/);
    const tc3AsForm = await send(harness.url, { headers: tc3Headers("CreateGameServerSession", FORM_HEADERS), body: "FleetId=x" });
    assert.equal(tc3AsForm.reply.Response.Error?.Code, "InvalidParameter");
    // Names what clashes instead of refusing a type it then lists as accepted.
    const tc3FormMessage = tc3AsForm.reply.Response.Error?.Message ?? "";
    assert.match(tc3FormMessage, /application\/x-www-form-urlencoded does not go with a TC3-HMAC-SHA256 request.*send its body as application\/json/);
    assert.doesNotMatch(tc3FormMessage, /is not accepted/);
  });

  it("a missing action is MissingParameter in every form", async (t) => {
    const harness = await startServer(t);
    const headers = tc3Headers("x");
    delete headers["X-TC-Action"];
    const tc3 = await send(harness.url, { headers, body: "{}" });
    assert.equal(tc3.reply.Response.Error?.Code, "MissingParameter");
    assert.match(tc3.reply.Response.Error?.Message ?? "", /X-TC-Action header is missing/);
    const form = await send(harness.url, { headers: FORM_HEADERS, body: "Version=2019-11-12&FleetId=x" });
    assert.equal(form.reply.Response.Error?.Code, "MissingParameter");
    assert.match(form.reply.Response.Error?.Message ?? "", /Action parameter is missing/);
    assert.equal(harness.events.length, 2);
    assert.ok(harness.events.every((e) => e.code === "MissingParameter" && e.action === ""));
  });

  it("another version is NoSuchVersion, a missing one MissingParameter", async (t) => {
    const harness = await startServer(t);
    const wrong = await send(harness.url, { headers: tc3Headers("CreateGameServerSession", { "X-TC-Version": "2017-03-12" }), body: "{}" });
    assert.equal(wrong.reply.Response.Error?.Code, "NoSuchVersion");
    assert.match(wrong.reply.Response.Error?.Message ?? "", /2017-03-12.*2019-11-12/);
    const wrongForm = await send(harness.url, { headers: FORM_HEADERS, body: "Action=CreateGameServerSession&Version=2020-01-01" });
    assert.equal(wrongForm.reply.Response.Error?.Code, "NoSuchVersion");
    const headers = tc3Headers("CreateGameServerSession");
    delete headers["X-TC-Version"];
    const missing = await send(harness.url, { headers, body: "{}" });
    assert.equal(missing.reply.Response.Error?.Code, "MissingParameter");
    assert.match(missing.reply.Response.Error?.Message ?? "", /X-TC-Version/);
    assert.equal(harness.calls.length, 0);
  });

  it("contradictory flattened parameters are InvalidParameter", async (t) => {
    const harness = await startServer(t);
    const { reply } = await send(harness.url, {
      headers: FORM_HEADERS,
      body: "Action=CreateGameServerSession&Version=2019-11-12&GameProperties=x&GameProperties.0.Key=k",
    });
    assert.equal(reply.Response.Error?.Code, "InvalidParameter");
    assert.match(reply.Response.Error?.Message ?? "", /GameProperties/);
  });

  it("unknown paths are a 404 JSON error, other methods a 405", async (t) => {
    const harness = await startServer(t);
    const missing = await send(`${harness.url}/v2/anything`, { body: "{}" });
    assert.equal(missing.status, 404);
    assert.equal(missing.reply.Response.Error?.Code, "ResourceNotFound");
    assert.match(missing.reply.Response.Error?.Message ?? "", /\/v2\/anything/);
    const put = await send(harness.url, { method: "PUT", body: "{}" });
    assert.equal(put.status, 405);
    assert.equal(put.headers.get("allow"), "GET, POST");
    assert.equal(put.reply.Response.Error?.Code, "UnsupportedOperation");
    assert.equal(harness.calls.length, 0);
  });
});

describe("errors thrown by dispatch", () => {
  it("a plain Error becomes InternalError through the official client, and the server keeps serving", async (t) => {
    let fail = true;
    const harness = await startServer(t, {
      dispatch: async (action, params, context) => {
        if (fail) throw new Error("state machine exploded");
        return echoDispatch(action, params, context);
      },
    });
    const client = officialClient(harness, "TC3-HMAC-SHA256");
    const error = await client.fail("CreateGameServerSession", createRequest);
    assert.equal(error.code, "InternalError");
    assert.match(error.message, /CreateGameServerSession failed inside gse-local: state machine exploded/);
    assert.equal(harness.internalErrors.length, 1);
    assert.equal(harness.events[0]?.code, "InternalError");

    fail = false;
    const created = await client.call("CreateGameServerSession", createRequest);
    assert.equal((created["GameServerSession"] as Record<string, unknown>)["GameServerSessionId"], SESSION_ID);
  });

  it("a thrown non-Error and a non-object result are InternalError too", async (t) => {
    const harness = await startServer(t, {
      dispatch: (action) => {
        if (action === "DescribeGameServerSessions") throw "just a string";
        return undefined as unknown as Record<string, unknown>;
      },
    });
    const client = officialClient(harness, "HmacSHA256");
    const thrown = await client.fail("DescribeGameServerSessions", {});
    assert.equal(thrown.code, "InternalError");
    assert.match(thrown.message, /just a string/);
    const empty = await client.fail("DescribePlayerSessions", {});
    assert.equal(empty.code, "InternalError");
    assert.match(empty.message, /must return an object/);
  });

  it("without onInternalError, the failure is a coded process warning", async (t) => {
    const harness = await startServer(t, {
      onInternalError: undefined,
      dispatch: () => {
        throw new RangeError("boom");
      },
    });
    const warning = new Promise<Error & { code?: string }>((resolve) => process.once("warning", resolve));
    const { reply } = await send(`${harness.url}/capi`, { body: JSON.stringify({ Action: "DescribePlayerSessions" }) });
    assert.equal(reply.Response.Error?.Code, "InternalError");
    const emitted = await warning;
    assert.equal(emitted.code, "GSE_CLOUD_API_INTERNAL_ERROR");
    assert.match(emitted.message, /DescribePlayerSessions/);
  });

  it("a CloudApiError keeps its code and message through the official client", async (t) => {
    const harness = await startServer(t, {
      dispatch: () => {
        throw new CloudApiError("InvalidParameterValue.FleetId", "FleetId must match ^fleet-\\S+; got bogus");
      },
    });
    for (const signMethod of ["TC3-HMAC-SHA256", "HmacSHA256"] as const) {
      const error = await officialClient(harness, signMethod).fail("CreateGameServerSession", { FleetId: "bogus" });
      assert.equal(error.code, "InvalidParameterValue.FleetId");
      assert.equal(error.message, "FleetId must match ^fleet-\\S+; got bogus");
      assert.match(error.requestId, UUID);
    }
    assert.equal(harness.internalErrors.length, 0);
  });
});

describe("unflattenParams", () => {
  it("rebuilds lists, objects and lists of objects", () => {
    assert.deepEqual(
      unflattenParams(
        Object.entries({
          "GameProperties.1.Value": "v1",
          "GameProperties.0.Key": "k0",
          "GameProperties.0.Value": "v0",
          "GameProperties.1.Key": "k1",
          "PlayerIds.0": "a",
          "PlayerIds.1": "b",
          "PlayerDataMap.Key": "team",
          FleetId: "fleet-1",
        }),
      ),
      {
        GameProperties: [
          { Key: "k0", Value: "v0" },
          { Key: "k1", Value: "v1" },
        ],
        PlayerIds: ["a", "b"],
        PlayerDataMap: { Key: "team" },
        FleetId: "fleet-1",
      },
    );
  });

  it("refuses gaps, clashes and prototype keys", () => {
    const refuses = (entries: Record<string, string>, message: RegExp): void =>
      assert.throws(() => unflattenParams(Object.entries(entries)), (error: unknown) => {
        assert.ok(error instanceof CloudApiError);
        assert.equal(error.code, "InvalidParameter");
        assert.match(error.message, message);
        return true;
      });
    refuses({ "PlayerIds.0": "a", "PlayerIds.2": "c" }, /PlayerIds\.1" is missing/);
    refuses({ "A.0": "x", "A.b": "y" }, /"A" as an object/);
    refuses({ "A.b": "y", "A.0": "x" }, /"A" as a list/);
    refuses({ A: "x", "A.b": "y" }, /also given as a plain value/);
    refuses({ "A.b": "y", A: "x" }, /make it a list or object/);
    refuses({ "__proto__.polluted": "yes" }, /__proto__/);
    refuses({ "A..b": "x" }, /empty segment/);
    refuses({ "A.99999999": "x" }, /over 1999/);
  });
});
