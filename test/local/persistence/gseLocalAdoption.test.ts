// Issue 11 items 7 and 8: a real gse-local launching a fleet (--launch,
// ConcurrentExecutions 2) with a state directory is killed with kill -9 and
// started again. The games it launched keep running and are taken back:
// no third process, health checks resume, gse-local may signal them again
// (a termination's deadline ends one, and its slot is refilled), their
// output is still captured, a normal shutdown ends them; a persisted pid
// whose start time does not match is never signalled.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { openStateJournal } from "../../../src/local/persistence/openStateJournal.js";
import { waitFor } from "../../helpers/waitFor.js";

const bin = fileURLToPath(new URL("../../../../bin/gse-local.js", import.meta.url));
const game = fileURLToPath(new URL("./fixtures/adoptedGame.js", import.meta.url));
const DEADLINE_MS = 15_000;
const dir = mkdtempSync(join(tmpdir(), "gse-adopt-"));
const children: ChildProcess[] = [];
after(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await once(child, "exit");
    }
  }
  // The games are not the test's children: end any a failed assertion left.
  for (const pid of gamePids()) process.kill(pid, "SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

type Line = Record<string, unknown>;

function startGseLocal(ports: { grpc: number; http: number }) {
  // The state directory's name marks this test's games in /proc.
  const command = `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(game)} ${JSON.stringify(dir)}`;
  const child = spawn(process.execPath, [bin, "--json", "--grpc-port", String(ports.grpc), "--http-port", String(ports.http), "--state-dir", dir, "--health-interval", "200", "--launch", command, "--concurrency", "2"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const lines: Line[] = [];
  const output: string[] = [];
  const waiters: Array<() => void> = [];
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  createInterface({ input: child.stdout! }).on("line", (text) => {
    lines.push(JSON.parse(text) as Line);
    wake();
  });
  // The games' output, "[pid N] ..." lines, goes to stderr.
  createInterface({ input: child.stderr! }).on("line", (text) => {
    output.push(text);
    wake();
  });
  const until = <T>(what: string, find: () => T | undefined) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what}: not within ${DEADLINE_MS} ms; stderr tail: ${output.slice(-5).join(" | ")}`)), DEADLINE_MS);
      const look = () => {
        const found = find();
        if (found !== undefined) {
          clearTimeout(timer);
          resolve(found);
        } else waiters.push(look);
      };
      look();
    });
  const event = (what: string, match: (line: Line) => boolean) => until(what, () => lines.find(match));
  const healthy = (pid: number) => event(`a healthy check of ${pid}`, (l) => l["event"] === "healthCheck" && l["pid"] === pid && l["healthy"] === true);
  const logged = (pid: number) => until(`a log line of ${pid}`, () => output.find((l) => l.startsWith(`[pid ${pid}] log line`)));
  return { child, lines, output, until, event, healthy, logged };
}

/** Pids of this test's running games, from /proc (not zombies). */
function gamePids(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0");
      if (!args.includes(game) || !args.includes(dir)) continue;
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z") pids.push(Number(name));
    } catch {
      // Exited while we looked.
    }
  }
  return pids.sort((a, b) => a - b);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function capi(httpPort: number, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const reply = await fetch(`http://127.0.0.1:${httpPort}/capi`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return (await reply.json()) as Record<string, unknown>;
}

test("kill -9 of gse-local with launched games: the restarted one re-adopts them, signals them, refills their slots and ends them at shutdown", { skip: process.platform !== "linux" && "re-adoption needs /proc", timeout: 90_000 }, async () => {
  const first = startGseLocal({ grpc: 0, http: 0 });
  const listening = await first.event("listening", (l) => l["event"] === "listening");
  const ports = { grpc: listening["grpcPort"] as number, http: listening["httpPort"] as number };
  const pidsOf = (from: typeof first) => from.lines.filter((l) => l["event"] === "processRegistered" && l["reannounced"] === false).map((l) => l["pid"] as number);
  await first.until("two processes registered", () => pidsOf(first).length === 2 || undefined);
  const [p0, p1] = pidsOf(first) as [number, number];
  await Promise.all([first.healthy(p0), first.healthy(p1)]);

  // A bystander whose pid the state directory will claim with another start
  // time, as if the launched process had died and its pid been recycled.
  const bystander = spawn("sleep", ["600"], { stdio: "ignore", detached: true });
  children.push(bystander);
  await once(bystander, "spawn");

  first.child.kill("SIGKILL");
  await once(first.child, "exit");
  assert.ok(alive(p0) && alive(p1), "the launched games outlive gse-local's kill -9");
  // Edit the state the way a recycled pid would leave it: a record naming the bystander, another start time.
  const journal = openStateJournal({ directory: dir, ignoreLock: true });
  const launched = [...(journal.loaded.get("launchedProcesses")?.values() ?? [])] as Array<{ pid: number; identity: { startTime: string; bootId: string }; output?: unknown }>;
  assert.deepEqual(launched.map((r) => r.pid).sort((a, b) => a - b), [p0, p1].sort((a, b) => a - b), "the state directory holds both launched processes");
  // Its own record: no output files (those of a launched game would be removed with the record).
  const { output: _files, ...template } = launched[0]!;
  const recycled = { ...template, pid: bystander.pid!, pgid: bystander.pid!, identity: { ...template.identity, startTime: "1" } };
  journal.record([{ domain: "launchedProcesses", key: String(bystander.pid), value: recycled }]);
  await journal.close();

  const second = startGseLocal(ports);
  await second.event("listening again", (l) => l["event"] === "listening");
  // (a) Both games are back: health checks from the new gse-local, their output captured again, and no third game.
  await Promise.all([second.healthy(p0), second.healthy(p1), second.logged(p0), second.logged(p1)]);
  assert.deepEqual(gamePids(), [p0, p1].sort((a, b) => a - b), "exactly the two adopted games run: no replacement was launched");

  // (b) A termination whose deadline passes ends the adopted game: gse-local signals it.
  const reply = await capi(ports.http, { Action: "LocalTerminateProcess", Pid: p1, TerminationDelaySeconds: 1 });
  assert.equal((reply["Response"] as Record<string, unknown>)["Error"], undefined, JSON.stringify(reply));
  await waitFor(`adopted game ${p1} to be killed at its terminationTime`, () => !gamePids().includes(p1), DEADLINE_MS);
  // (c) Its slot is refilled: a new process, and still two in all.
  await second.until("a replacement registered", () => pidsOf(second).length === 1 || undefined);
  const [p2] = pidsOf(second) as [number];
  await second.healthy(p2);
  assert.deepEqual(gamePids(), [p0, p2].sort((a, b) => a - b));

  // (e) A normal shutdown ends the adopted game and the new one.
  second.child.kill("SIGTERM");
  await once(second.child, "exit");
  assert.equal(second.child.exitCode, 0);
  assert.deepEqual(gamePids(), [], "no game outlives a normal shutdown");
  // (d) The recycled pid was never signalled.
  assert.ok(alive(bystander.pid!), "the process behind the recycled pid is untouched");
});
