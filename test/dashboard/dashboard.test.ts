// The dashboard in a real browser (Debian's Chromium through playwright-core)
// against a real gse-local running real game processes: a session appears
// and goes ACTIVE without a reload, a slot is reserved from the page, and
// "End session" makes the game's terminate handler run.
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { createGseLocal, type GseLocal } from "gse-sdk/local";
import { silentLogger } from "gse-sdk";
import { browserMissing, launchBrowser } from "../helpers/launchBrowser.js";
import { createOfficialGseClient } from "../helpers/officialGseClient.js";

const childGame = fileURLToPath(new URL("../fixtures/childGame.js", import.meta.url));
// GSE_UPDATE_SCREENSHOT=1 writes the one the README and docs/observability.md
// show; otherwise it goes beside the build, so a test run leaves the work tree clean.
const screenshot = fileURLToPath(new URL(process.env["GSE_UPDATE_SCREENSHOT"] === "1" ? "../../../docs/dashboard.png" : "../../dashboard.png", import.meta.url));
const DEADLINE_MS = 15_000;

/** Resolves with the first game output line that matches, seen or to come. */
function outputWatcher() {
  const lines: string[] = [];
  const waiters: { match: RegExp; resolve: (line: string) => void }[] = [];
  return {
    output(line: string) {
      lines.push(line);
      for (const w of waiters.splice(0)) (w.match.test(line) ? w.resolve(line) : waiters.push(w));
    },
    next(match: RegExp): Promise<string> {
      const seen = lines.find((l) => match.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no game output matching ${match} within ${DEADLINE_MS} ms; got: ${lines.join(" | ")}`)), DEADLINE_MS);
        waiters.push({ match, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      });
    },
  };
}

test("the dashboard shows a session go ACTIVE live, reserves a slot, and ends the session", { skip: browserMissing() }, async (t) => {
  const games = outputWatcher();
  const local: GseLocal = await createGseLocal({
    grpcPort: 0,
    httpPort: 0,
    healthCheckIntervalMs: 200,
    logger: silentLogger,
    launch: { command: `exec "${process.execPath}" "${childGame}"`, concurrency: 2, output: games.output },
  });
  t.after(() => local.close());
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });

  await local.waitFor((e) => e.type === "processRegistered" && local.processes().filter((p) => p.status === "ACTIVE").length === 2, { timeoutMs: DEADLINE_MS });
  await page.goto(local.dashboardUrl);
  await page.getByRole("status").filter({ hasText: "live" }).waitFor({ timeout: DEADLINE_MS });
  const [first, second] = local.processes();
  for (const process of [first!, second!]) {
    await page.locator("#processes tbody tr", { has: page.getByRole("rowheader", { name: String(process.pid), exact: true }) }).waitFor({ timeout: DEADLINE_MS });
  }

  // The backend creates a session; the open page shows it without reloading.
  const cloud = createOfficialGseClient(local.cloudEndpoint);
  const created = await cloud.call("CreateGameServerSession", { FleetId: "fleet-local", MaximumPlayerSessionCount: 4, Name: "duel", GameProperties: [{ Key: "mode", Value: "duel" }] });
  const sessionId = created["GameServerSession"].GameServerSessionId as string;
  const session = local.gameServerSessions().find((s) => s.gameServerSessionId === sessionId)!;
  const row = page.locator("#sessions tbody tr", { has: page.locator(`th[title="${sessionId}"]`) });
  await row.locator(".status-ACTIVE").waitFor({ timeout: DEADLINE_MS });
  assert.equal(session.status, "ACTIVE");
  assert.match(await row.innerText(), /duel[\s\S]*0\/4[\s\S]*mode=duel[\s\S]*NoProtection/);

  // Reserve a slot from the page: the ticket shown is the player session gse-local holds.
  await page.getByLabel("Session to join").selectOption(sessionId);
  await page.getByLabel("Player id").fill("ada");
  await page.getByRole("button", { name: "Reserve slot" }).click();
  const ticket = (await page.locator("#ticket").innerText({ timeout: DEADLINE_MS })).trim();
  const player = local.playerSessions().find((p) => p.playerSessionId === ticket);
  assert.ok(player, `the ticket ${ticket} is one of gse-local's player sessions`);
  assert.equal(player.playerId, "ada");
  assert.equal(player.status, "RESERVED");
  await row.getByText("1/4").waitFor({ timeout: DEADLINE_MS });
  await page.locator("#players tbody tr", { hasText: "RESERVED" }).waitFor({ timeout: DEADLINE_MS });
  await page.locator("#timeline li", { hasText: "ACTIVE: the game activated it" }).first().waitFor({ timeout: DEADLINE_MS });
  await page.screenshot({ path: screenshot, fullPage: true });

  // The timeline filters: by kind, then by search text.
  await page.getByLabel("Kind").selectOption("gameServerSessionStatus");
  const kinds = await page.locator("#timeline li").evaluateAll((items) => items.map((li) => li.getAttribute("data-type")));
  assert.ok(kinds.length >= 2 && kinds.every((k) => k === "gameServerSessionStatus"), `filtered kinds: ${kinds.join(",")}`);
  await page.getByLabel("Kind").selectOption("");
  await page.getByLabel("Search").fill("slot RESERVED for ada");
  assert.equal(await page.locator("#timeline li").count(), 1);

  // End it from the page: the game's process gets OnProcessTerminate and its handler runs.
  const shortId = await row.locator("th").innerText();
  await page.getByRole("button", { name: `End session ${shortId}` }).click();
  const terminated = await games.next(new RegExp(`^\\[pid ${session.pid}\\] \\{"event":"terminate"`));
  assert.match(terminated, /"terminationTime":\d+/);
  await row.locator(".status-TERMINATED").waitFor({ timeout: DEADLINE_MS });
  await page.locator("#processes tbody tr", { has: page.getByRole("rowheader", { name: String(session.pid), exact: true }) }).locator(".status-TERMINATED").waitFor({ timeout: DEADLINE_MS });
  const ended = local.history.find((e) => e.type === "cloudCall" && e.action === "EndGameServerSessionAndProcess");
  assert.ok(ended && ended.type === "cloudCall" && ended.form === "dashboard" && ended.code === undefined, "the action ran as a cloud call from the dashboard");
  assert.deepEqual(pageErrors, []);
});

test("with cloud API keys the dashboard, its stream, its actions and /metrics need the token", async (t) => {
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, logger: silentLogger, secretId: "AKIDdash", secretKey: "dash-secret" });
  t.after(() => local.close());
  const base = `http://127.0.0.1:${local.httpPort}`;
  const token = new URL(local.dashboardUrl).searchParams.get("token")!;
  assert.ok(token.length >= 40);
  for (const path of ["/dashboard/", "/dashboard/api/events", "/dashboard/api/state", "/metrics"]) {
    assert.equal((await fetch(`${base}${path}`)).status, 401, path);
    assert.equal((await fetch(`${base}${path}`, { headers: { authorization: "Bearer wrong" } })).status, 401, path);
  }
  const action = (headers: Record<string, string>) =>
    fetch(`${base}/dashboard/api/action`, { method: "POST", headers: { "x-gse-dashboard": "1", ...headers }, body: JSON.stringify({ Action: "CreateGameServerSession", FleetId: "fleet-a", MaximumPlayerSessionCount: 1 }) });
  assert.equal((await action({})).status, 401);
  // The printed URL's token becomes a cookie scoped to the dashboard, and leaves the address bar.
  const opened = await fetch(local.dashboardUrl, { redirect: "manual" });
  assert.equal(opened.status, 303);
  assert.equal(opened.headers.get("location"), "/dashboard/");
  const cookie = opened.headers.get("set-cookie")!.split(";")[0]!;
  assert.match(opened.headers.get("set-cookie")!, /HttpOnly; SameSite=Strict; Path=\/dashboard/);
  assert.equal((await fetch(`${base}/dashboard/api/state`, { headers: { cookie } })).status, 200);
  assert.equal((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
  const reply = (await (await action({ cookie })).json()) as { Response: { Error?: { Code: string } } };
  assert.equal(reply.Response.Error?.Code, "LimitExceeded");
  // Another site's page cannot act even with the cookie: its Origin is not the dashboard's.
  assert.equal((await action({ cookie, origin: "http://evil.example" })).status, 403);
});
