// With keys, every HTTP route that does not sign its own requests takes the
// same credential: HTTP Basic with the SecretId and SecretKey. The dashboard
// and /metrics also take the dashboard token, derived from the keys and
// expiring; a page of another origin cannot act whatever the browser holds.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { test } from "node:test";
import { createGseLocal, type GseLocal } from "gse-sdk/local";
import { silentLogger } from "gse-sdk";
import { runStatus } from "../../src/cli/runStatus.js";
import { browserMissing, launchBrowser } from "../helpers/launchBrowser.js";

const KEYS = { secretId: "AKIDauth", secretKey: "auth-secret" };
const basic = (id: string, key: string) => `Basic ${Buffer.from(`${id}:${key}`).toString("base64")}`;
const BASIC = basic(KEYS.secretId, KEYS.secretKey);
const LIFETIME_S = 120;

/** The token as docs/reliability.md defines it, made here from the keys, not by gse-local. */
function token(expires: number, secretKey = KEYS.secretKey): string {
  return `${expires}.${createHmac("sha256", secretKey).update(`gse-local dashboard\n${KEYS.secretId}\n${expires}`).digest("base64url")}`;
}
const nowS = () => Math.floor(Date.now() / 1000);

async function startLocal(t: { after(fn: () => unknown): void }): Promise<{ local: GseLocal; base: string }> {
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, logger: silentLogger, ...KEYS, dashboardTokenLifetimeSeconds: LIFETIME_S });
  t.after(() => local.close());
  return { local, base: `http://127.0.0.1:${local.httpPort}` };
}

const action = (base: string, headers: Record<string, string>) =>
  fetch(`${base}/dashboard/api/action`, { method: "POST", headers: { "x-gse-dashboard": "1", ...headers }, body: JSON.stringify({ Action: "CreateGameServerSession", FleetId: "fleet-a", MaximumPlayerSessionCount: 1 }) });

test("the dashboard, its stream, its actions, /metrics and gse-local status take HTTP Basic with the keys, as /capi does", async (t) => {
  const { local, base } = await startLocal(t);
  for (const path of ["/dashboard/", "/dashboard/api/state", "/metrics"]) {
    assert.equal((await fetch(`${base}${path}`, { headers: { authorization: BASIC } })).status, 200, path);
    const wrong = await fetch(`${base}${path}`, { headers: { authorization: basic(KEYS.secretId, "nope") } });
    assert.equal(wrong.status, 401, path);
    assert.equal(wrong.headers.get("www-authenticate"), 'Basic realm="gse-local"', `${path}: a browser asks for the keys`);
  }
  const stream = new AbortController();
  const events = await fetch(`${base}/dashboard/api/events`, { headers: { authorization: BASIC }, signal: stream.signal });
  assert.equal(events.status, 200);
  assert.match(events.headers.get("content-type") ?? "", /text\/event-stream/);
  stream.abort();
  const acted = (await (await action(base, { authorization: BASIC })).json()) as { Response: { Error?: { Code: string } } };
  assert.equal(acted.Response.Error?.Code, "LimitExceeded", "the action ran (and was refused by the cloud API's own rules: no process)");
  const capi = await fetch(`${base}/capi`, { method: "POST", headers: { authorization: BASIC }, body: JSON.stringify({ Action: "DescribeGameServerSessions", FleetId: "fleet-local" }) });
  assert.equal(capi.status, 200);

  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), env: {}, now: Date.now };
  const endpoint = `127.0.0.1:${local.httpPort}`;
  assert.equal(await runStatus(["--endpoint", endpoint, "--secret-id", KEYS.secretId, "--secret-key", KEYS.secretKey, "--json"], io), 0, err.join(""));
  assert.ok(Array.isArray((JSON.parse(out.join("")) as { processes: unknown }).processes));
  assert.equal(await runStatus(["--endpoint", endpoint, "--secret-id", KEYS.secretId, "--secret-key", "nope"], io), 1);
  assert.match(err.join(""), /requires its keys/);
});

test("the dashboard token expires, is bound to the keys, opens only the dashboard and /metrics, and its cookie expires with it", async (t) => {
  const { local, base } = await startLocal(t);
  const fresh = token(nowS() + 60);
  for (const path of ["/dashboard/api/state", "/metrics"]) {
    assert.equal((await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${fresh}` } })).status, 200, path);
    const expired = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token(nowS() - 1)}` } });
    assert.equal(expired.status, 401, path);
    assert.match(await expired.text(), /expired/);
    // A later expiry with the signature of an earlier one, and one made with another key.
    const forged = `${nowS() + 100_000}${fresh.slice(fresh.indexOf("."))}`;
    assert.equal((await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${forged}` } })).status, 401, path);
    assert.equal((await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token(nowS() + 60, "other-key")}` } })).status, 401, path);
  }
  // The token is for a browser and a scraper; programs calling the cloud API use the keys.
  const capi = await fetch(`${base}/capi`, { method: "POST", headers: { authorization: `Bearer ${fresh}` }, body: JSON.stringify({ Action: "DescribeGameServerSessions", FleetId: "fleet-local" }) });
  assert.equal(capi.status, 401);

  // The link's token lasts dashboardTokenLifetimeSeconds; the cookie it becomes expires with it.
  const link = new URL(local.dashboardUrl);
  const expires = Number(link.searchParams.get("token")!.split(".")[0]);
  assert.ok(Math.abs(expires - (nowS() + LIFETIME_S)) <= 2, `expires ${expires}`);
  const opened = await fetch(link, { redirect: "manual", headers: { cookie: `gse_local_dashboard=${token(nowS() - 1)}` } });
  assert.equal(opened.status, 303, "a fresh link works beside a stale cookie");
  const maxAge = Number(/Max-Age=(\d+)/.exec(opened.headers.get("set-cookie") ?? "")?.[1]);
  assert.ok(maxAge > 0 && maxAge <= LIFETIME_S, `Max-Age ${maxAge}`);
  assert.equal((await fetch(link, { redirect: "manual" })).status, 303, "the link opens more than one browser until it expires");
  const stale = await fetch(`${base}/dashboard/api/state`, { headers: { cookie: `gse_local_dashboard=${token(nowS() - 1)}` } });
  assert.equal(stale.status, 401);
});

test("a POST from a page of another origin is refused whatever credential the browser sends; the dashboard's own origin is not", async (t) => {
  const { local, base } = await startLocal(t);
  const describe = (origin: string) =>
    fetch(`${base}/capi`, { method: "POST", headers: { authorization: BASIC, origin, "content-type": "text/plain" }, body: JSON.stringify({ Action: "DescribeGameServerSessions", FleetId: "fleet-local" }) });
  const foreign = await describe("http://evil.example");
  assert.equal(foreign.status, 403);
  assert.match(await foreign.text(), /another origin/);
  assert.equal((await describe(`http://127.0.0.1:${local.httpPort}`)).status, 200);
  assert.equal((await action(base, { authorization: BASIC, origin: "http://localhost:3000" })).status, 403);
});

test("in Chromium the dashboard goes live with the keys typed at the browser's Basic prompt, and with the printed link", { skip: browserMissing() }, async (t) => {
  const { local, base } = await startLocal(t);
  const withKeys = await launchBrowser({ httpCredentials: { username: KEYS.secretId, password: KEYS.secretKey } });
  t.after(() => withKeys.close());
  const page = await withKeys.context.newPage();
  await page.goto(`${base}/dashboard/`);
  await page.getByRole("status").filter({ hasText: "live" }).waitFor({ timeout: 15_000 });

  const withLink = await launchBrowser();
  t.after(() => withLink.close());
  const linked = await withLink.context.newPage();
  await linked.goto(local.dashboardUrl);
  await linked.getByRole("status").filter({ hasText: "live" }).waitFor({ timeout: 15_000 });
  assert.equal(new URL(linked.url()).search, "", "the token left the address bar");
});
