// Issue 11 item 7, the crash row: a real gse-local process with a state
// directory is killed with kill -9 and started again on the same ports; a
// real game that lived through it keeps its session and its players, and
// gse-local checks its health again.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { createOfficialGseClient } from "../../helpers/officialGseClient.js";

const bin = fileURLToPath(new URL("../../../../bin/gse-local.js", import.meta.url));
const crashGame = fileURLToPath(new URL("./fixtures/crashGame.js", import.meta.url));
const DEADLINE_MS = 15_000;
const dir = mkdtempSync(join(tmpdir(), "gse-crash-"));
const children: ChildProcess[] = [];
after(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await once(child, "exit");
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

type Line = Record<string, unknown>;

/** A child process whose stdout is JSON lines, with a wait for the first line (past or future) that matches. */
function jsonChild(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
  children.push(child);
  const lines: Line[] = [];
  const waiters: Array<() => void> = [];
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  createInterface({ input: child.stdout! }).on("line", (text) => {
    lines.push(JSON.parse(text) as Line);
    for (const wake of waiters.splice(0)) wake();
  });
  const next = (match: (line: Line) => boolean, since = 0) =>
    new Promise<Line>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching line within ${DEADLINE_MS} ms; stderr: ${stderr}`)), DEADLINE_MS);
      const look = () => {
        const found = lines.slice(since).find(match);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else waiters.push(look);
      };
      look();
    });
  return { child, lines, next };
}

function startGseLocal(grpcPort: number, httpPort: number) {
  return jsonChild([bin, "--grpc-port", String(grpcPort), "--http-port", String(httpPort), "--state-dir", dir, "--health-interval", "300", "--reservation-timeout", "600000"]);
}

test("kill -9 of gse-local: restarted on the same ports with the same state directory, it keeps the game's session and players and checks its health again", { timeout: 60_000 }, async () => {
  const first = startGseLocal(0, 0);
  const listening = await first.next((l) => l["event"] === "listening");
  const grpcPort = listening["grpcPort"] as number;
  const httpPort = listening["httpPort"] as number;

  const game = jsonChild([crashGame], { GSE_AGENT_ADDRESS: `127.0.0.1:${grpcPort}` });
  const ready = await game.next((l) => l["event"] === "ready");
  const pid = ready["pid"] as number;

  const cloud = createOfficialGseClient(`127.0.0.1:${httpPort}`);
  const created = await cloud.call("CreateGameServerSession", { FleetId: "fleet-local", MaximumPlayerSessionCount: 4 });
  const sessionId = created["GameServerSession"]["GameServerSessionId"] as string;
  await first.next((l) => l["event"] === "gameServerSessionStatus" && l["gameServerSessionId"] === sessionId && l["status"] === "ACTIVE");
  const alice = (await cloud.call("JoinGameServerSession", { GameServerSessionId: sessionId, PlayerId: "alice" }))["PlayerSession"]["PlayerSessionId"] as string;
  const bob = (await cloud.call("JoinGameServerSession", { GameServerSessionId: sessionId, PlayerId: "bob" }))["PlayerSession"]["PlayerSessionId"] as string;
  game.child.stdin!.write(`accept ${alice}\n`);
  assert.equal((await game.next((l) => l["event"] === "accepted" && l["id"] === alice))["status"], 0);
  await first.next((l) => l["event"] === "healthCheck" && l["pid"] === pid && l["healthy"] === true);

  // The crash: no shutdown, no flush, nothing.
  first.child.kill("SIGKILL");
  await once(first.child, "exit");

  const second = startGseLocal(grpcPort, httpPort);
  const relistening = await second.next((l) => l["event"] === "listening");
  assert.deepEqual([relistening["grpcPort"], relistening["httpPort"]], [grpcPort, httpPort]);
  // Health checks of the game resume, from the new gse-local.
  await second.next((l) => l["event"] === "healthCheck" && l["pid"] === pid && l["healthy"] === true);

  const sessions = (await cloud.call("DescribeGameServerSessions", { GameServerSessionId: sessionId }))["GameServerSessions"] as Array<Record<string, unknown>>;
  assert.equal(sessions.length, 1);
  assert.equal(sessions[0]!["Status"], "ACTIVE");
  assert.equal(sessions[0]!["CurrentPlayerSessionCount"], 2);
  const players = (await cloud.call("DescribePlayerSessions", { GameServerSessionId: sessionId }))["PlayerSessions"] as Array<Record<string, unknown>>;
  assert.deepEqual(
    players.map((p) => [p["PlayerId"], p["Status"]]).sort(),
    [
      ["alice", "ACTIVE"],
      ["bob", "RESERVED"],
    ],
  );
  // The game, which never noticed anything but a reconnect, still holds its session: it accepts bob.
  game.child.stdin!.write(`accept ${bob}\n`);
  assert.equal((await game.next((l) => l["event"] === "accepted" && l["id"] === bob))["status"], 0);
  await second.next((l) => l["event"] === "playerSessionStatus" && l["playerSessionId"] === bob && l["status"] === "ACTIVE");
  // No session was offered twice: the restored one is the game's only one.
  assert.equal(game.lines.filter((l) => l["event"] === "session").length, 1);

  second.child.kill("SIGTERM");
  await once(second.child, "exit");
});
