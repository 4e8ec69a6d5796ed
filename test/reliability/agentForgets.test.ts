// Issue 11 item 7, the SDK side: a real gse-local process is killed with
// SIGKILL while a game holds an ACTIVE session and makes no call; a new
// gse-local (no state) starts on the same ports. The game recovers: its
// next call is refused as `unknown-process` (or, if its channel noticed the
// outage, its re-announcement's session check is refused as
// `unknown-session`); either way the lost session ends locally (the game's
// @OnSessionEnd is told), the process is announced again, and it hosts the
// next session.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { afterEach, test } from "node:test";
import { fileURLToPath } from "node:url";
import { GseApp, silentLogger, type GseError } from "gse-sdk";
import { defineGame } from "../fixtures/games.js";
import { createOfficialGseClient } from "../helpers/officialGseClient.js";
import { waitFor } from "../helpers/waitFor.js";

const bin = fileURLToPath(new URL("../../../bin/gse-local.js", import.meta.url));
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** gse-local as a real process; resolves once it printed its listening line. */
async function spawnGseLocal(grpcPort = 0, httpPort = 0) {
  const child = spawn(process.execPath, [bin, "--grpc-port", String(grpcPort), "--http-port", String(httpPort)], { stdio: ["ignore", "pipe", "pipe"] });
  const exited = once(child, "exit");
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await exited;
    }
  });
  const lines: Record<string, unknown>[] = [];
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout! }).on("line", (text) => lines.push(JSON.parse(text) as Record<string, unknown>));
  const listening = await waitFor(`gse-local to listen (stderr: ${stderr})`, () => lines.find((l) => l["event"] === "listening"), 15_000);
  return { child, exited, lines, grpcPort: listening["grpcPort"] as number, httpPort: listening["httpPort"] as number };
}

test("item 7: gse-local killed (SIGKILL) and restarted without state: the idle game ends its lost session, re-announces, and hosts the next one", async (t) => {
  const first = await spawnGseLocal();
  const events: string[] = [];
  const app = await GseApp.run(defineGame({ events }), {
    clientPort: 7777,
    gseAddress: `127.0.0.1:${first.grpcPort}`,
    exitProcess: false,
    handleSignals: false,
    logger: silentLogger,
    retry: { maxAttempts: 10, initialBackoffMs: 20, maxBackoffMs: 200 },
  });
  cleanups.push(() => app.shutdown());
  const cloud = () => createOfficialGseClient(`127.0.0.1:${first.httpPort}`);
  const created = await cloud().call("CreateGameServerSession", { FleetId: "fleet-crash", MaximumPlayerSessionCount: 4 });
  const lost = created["GameServerSession"]["GameServerSessionId"] as string;
  // ACTIVE at the agent, not only in the SDK (which moves on before the activation's answer).
  await waitFor("the session to be ACTIVE", () => first.lines.some((l) => l["event"] === "gameServerSessionStatus" && l["gameServerSessionId"] === lost && l["status"] === "ACTIVE"));
  assert.equal(app.gse.session?.gameServerSessionId, lost);
  // A call answered after the activation: on the one connection, the
  // activation's answer has reached the SDK by then, so the kill below
  // cannot cut it (the SDK would retry it, and end the session as refused).
  await app.gse.reportCustomData(0, 4);

  first.child.kill("SIGKILL");
  await first.exited;
  const second = await spawnGseLocal(first.grpcPort, first.httpPort);

  // The game's next call, after a silence.
  const outcome = await app.gse.reportCustomData(1, 4).then(
    () => "answered",
    (e: GseError) => e.code,
  );
  assert.ok(outcome === "PROCESS_NOT_READY" || outcome === "answered", `reportCustomData: ${outcome}`);
  t.diagnostic(`the game's next call: ${outcome}`);
  const calls = () => second.lines.flatMap((l) => (l["event"] === "agentCall" ? [`${String(l["method"])}${l["ok"] ? "" : "✗"}`] : [])).join(", ");
  await waitFor("@OnSessionEnd for the lost session", () => events.includes(`sessionEnd:${lost}:lostByAgent`) || undefined).catch((error: Error) => {
    throw new Error(`${error.message}; the new gse-local saw: ${calls()}`);
  });
  await waitFor("the new gse-local to register the process", () => second.lines.some((l) => l["event"] === "processRegistered" && l["pid"] === process.pid));
  assert.equal(app.gse.phase, "ready");
  // Nothing was sent about the lost session.
  assert.ok(!second.lines.some((l) => l["event"] === "agentCall" && l["method"] === "TerminateGameServerSession"));

  const next = (await cloud().call("CreateGameServerSession", { FleetId: "fleet-crash", MaximumPlayerSessionCount: 4 }))["GameServerSession"]["GameServerSessionId"] as string;
  await waitFor("the next session to be ACTIVE on this process", () => app.gse.phase === "active" && app.gse.session?.gameServerSessionId === next);
});
