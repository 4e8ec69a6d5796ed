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
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { openStateJournal } from "../../../src/local/persistence/openStateJournal.js";
import { processesWith, startGseLocalChild, type GseLocalChild } from "../../helpers/gseLocalChild.js";
import { createMainlandGseClient } from "../../helpers/mainlandGseClient.js";
import { makeGameBuild } from "../../helpers/makeGameBuild.js";
import { waitFor } from "../../helpers/waitFor.js";

const game = fileURLToPath(new URL("./fixtures/adoptedGame.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gse-adopt-"));
const started: GseLocalChild[] = [];
const others: ChildProcess[] = [];
// The state directory's name, an argument of every game, marks this test's games in /proc.
const games = () => processesWith(game, dir);
after(async () => {
  for (const local of started) await local.end("SIGKILL");
  for (const child of others) child.kill("SIGKILL");
  // The games are not the test's children: end any a failed assertion left.
  for (const pid of games()) process.kill(pid, "SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

function startGseLocal(ports: { grpc: number; http: number }): GseLocalChild {
  const command = `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(game)} ${JSON.stringify(dir)}`;
  const local = startGseLocalChild(["--grpc-port", String(ports.grpc), "--http-port", String(ports.http), "--state-dir", dir, "--health-interval", "200", "--launch", command, "--concurrency", "2"]);
  started.push(local);
  return local;
}

const logged = (local: GseLocalChild, pid: number) => local.until(`a log line of ${pid}`, () => local.output.find((l) => l.startsWith(`[pid ${pid}] log line`)));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const sorted = (pids: number[]) => [...pids].sort((a, b) => a - b);

test("kill -9 of gse-local with launched games: the restarted one re-adopts them, signals them, refills their slots and ends them at shutdown", { skip: process.platform !== "linux" && "re-adoption needs /proc", timeout: 90_000 }, async () => {
  const first = startGseLocal({ grpc: 0, http: 0 });
  const listening = await first.event("listening", (l) => l["event"] === "listening");
  const ports = { grpc: listening["grpcPort"] as number, http: listening["httpPort"] as number };
  const [p0, p1] = await first.until("two processes registered", () => (first.registered().length === 2 ? (first.registered() as [number, number]) : undefined));
  await Promise.all([first.healthy(p0), first.healthy(p1)]);

  // A bystander whose pid the state directory will claim with another start
  // time, as if the launched process had died and its pid been recycled.
  const bystander = spawn("sleep", ["600"], { stdio: "ignore", detached: true });
  others.push(bystander);
  await once(bystander, "spawn");

  await first.end("SIGKILL");
  assert.ok(alive(p0) && alive(p1), "the launched games outlive gse-local's kill -9");
  // Edit the state the way a recycled pid would leave it: a record naming the bystander, another start time.
  const journal = openStateJournal({ directory: dir, ignoreLock: true });
  const launched = [...(journal.loaded.get("launchedProcesses")?.values() ?? [])] as Array<{ pid: number; identity: { startTime: string; bootId: string }; output?: unknown }>;
  assert.deepEqual(sorted(launched.map((r) => r.pid)), sorted([p0, p1]), "the state directory holds both launched processes");
  // Its own record: no output files (those of a launched game would be removed with the record).
  const { output: _files, ...template } = launched[0]!;
  const recycled = { ...template, pid: bystander.pid!, pgid: bystander.pid!, identity: { ...template.identity, startTime: "1" } };
  journal.record([{ domain: "launchedProcesses", key: String(bystander.pid), value: recycled }]);
  await journal.close();

  const second = startGseLocal(ports);
  await second.event("listening again", (l) => l["event"] === "listening");
  // (a) Both games are back: health checks from the new gse-local, their output captured again, and no third game.
  await Promise.all([second.healthy(p0), second.healthy(p1), logged(second, p0), logged(second, p1)]);
  assert.deepEqual(games(), sorted([p0, p1]), "exactly the two adopted games run: no replacement was launched");

  // (b) A termination whose deadline passes ends the adopted game: gse-local signals it.
  const reply = (await (await fetch(`http://127.0.0.1:${ports.http}/capi`, { method: "POST", body: JSON.stringify({ Action: "LocalTerminateProcess", Pid: p1, TerminationDelaySeconds: 1 }) })).json()) as { Response: Record<string, unknown> };
  assert.equal(reply.Response["Error"], undefined, JSON.stringify(reply));
  await waitFor(`adopted game ${p1} to be killed at its terminationTime`, () => !games().includes(p1), 15_000);
  // (c) Its slot is refilled: a new process, and still two in all.
  const [p2] = await second.until("a replacement registered", () => (second.registered().length === 1 ? (second.registered() as [number]) : undefined));
  await second.healthy(p2);
  assert.deepEqual(games(), sorted([p0, p2]));

  // (e) A normal shutdown ends the adopted game and the new one.
  await second.end("SIGTERM");
  assert.equal(second.child.exitCode, 0);
  assert.deepEqual(games(), [], "no game outlives a normal shutdown");
  // (d) The recycled pid was never signalled.
  assert.ok(alive(bystander.pid!), "the process behind the recycled pid is untouched");
});

test("kill -9 of gse-local with a control-plane fleet (ConcurrentExecutions 2): the restarted one resumes the instance with the same two processes and ends them at shutdown", { skip: process.platform !== "linux" && "re-adoption needs /proc", timeout: 90_000 }, async () => {
  const stateDir = join(dir, "control-state");
  const assetDir = join(dir, "assets");
  makeGameBuild(assetDir, "arena.zip");
  // A word of the game's command line that only this test's processes have.
  const marker = `adopt-${process.pid}`;
  const args = ["--state-dir", stateDir, "--asset-dir", assetDir, "--health-interval", "200"];
  const first = startGseLocalChild(["--grpc-port", "0", "--http-port", "0", ...args]);
  started.push(first);
  const listening = await first.event("listening", (l) => l["event"] === "listening");
  const cloud = createMainlandGseClient(`127.0.0.1:${listening["httpPort"]}`);
  const asset = await cloud.call("CreateAsset", { BucketKey: "arena.zip", AssetName: "arena", AssetVersion: "v1", AssetRegion: "ap-guangzhou", OperateSystem: "CentOS7.16" });
  await cloud.call("CreateFleet", {
    AssetId: asset.AssetId,
    Name: "arena",
    FleetType: "ON_DEMAND",
    InstanceType: "S5.LARGE8",
    RuntimeConfiguration: { ServerProcesses: [{ LaunchPath: "/local/game/start.sh", Parameters: `--version ${marker} --port 7001`, ConcurrentExecutions: 2 }] },
    InboundPermissions: [{ FromPort: 7000, ToPort: 7100, IpRange: "0.0.0.0/0", Protocol: "TCP" }],
  });
  const pids = await first.until("two fleet processes registered", () => (first.registered().length === 2 ? sorted(first.registered()) : undefined));
  await Promise.all(pids.map((pid) => first.healthy(pid)));
  await first.end("SIGKILL");

  const second = startGseLocalChild(["--grpc-port", String(listening["grpcPort"]), "--http-port", String(listening["httpPort"]), ...args]);
  started.push(second);
  await Promise.all(pids.map((pid) => second.healthy(pid)));
  assert.deepEqual(processesWith(marker), pids, "the instance's two processes, and no replacement");
  await second.end("SIGTERM");
  assert.deepEqual(processesWith(marker), [], "no fleet process outlives a normal shutdown");
});
