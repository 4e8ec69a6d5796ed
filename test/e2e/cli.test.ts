// The gse-local command: listening line, JSON event lines, --launch, clean shutdown.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { createMainlandGseClient } from "../helpers/mainlandGseClient.js";
import { createOfficialGseClient } from "../helpers/officialGseClient.js";

const bin = fileURLToPath(new URL("../../../bin/gse-local.js", import.meta.url));
const childGame = fileURLToPath(new URL("../fixtures/childGame.js", import.meta.url));

function startCli(args: string[]) {
  const child = spawn(process.execPath, [bin, "--grpc-port", "0", "--http-port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const lines: Record<string, unknown>[] = [];
  const waiters: { match: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout! }).on("line", (text) => {
    const line = JSON.parse(text) as Record<string, unknown>; // stdout is JSON lines only
    lines.push(line);
    for (const w of waiters.splice(0)) (w.match(line) ? w.resolve(line) : waiters.push(w));
  });
  const exited = once(child, "exit") as Promise<[number | null]>;
  const next = (match: (l: Record<string, unknown>) => boolean, timeoutMs = 15_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const seen = lines.find(match);
      if (seen) return resolve(seen);
      const timer = setTimeout(() => reject(new Error(`no matching line in ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
      waiters.push({ match, resolve: (l) => (clearTimeout(timer), resolve(l)) });
    });
  return { child, lines, next, exited, stderr: () => stderr };
}

test("gse-local prints its ports, logs calls as JSON lines, and shuts down cleanly on SIGTERM", async () => {
  const cli = startCli([]);
  const listening = await cli.next((l) => l["event"] === "listening");
  assert.equal(cli.lines[0], listening, "the listening line comes first");
  assert.ok((listening["grpcPort"] as number) > 0 && (listening["httpPort"] as number) > 0);
  const cloud = createOfficialGseClient(`127.0.0.1:${listening["httpPort"] as number}`);
  await cloud.call("DescribeGameServerSessions", { FleetId: "fleet-cli" });
  await cli.next((l) => l["event"] === "cloudCall" && l["action"] === "DescribeGameServerSessions");
  cli.child.kill("SIGTERM");
  const [code] = await cli.exited;
  assert.equal(code, 0);
});

test("--launch keeps N game processes running, prefixes their output, and restarts one that ends", async () => {
  const cli = startCli(["--launch", `exec "${process.execPath}" "${childGame}"`, "--concurrency", "2", "--health-interval", "200"]);
  const listening = await cli.next((l) => l["event"] === "listening");
  await cli.next((l) => l["event"] === "processRegistered" && cli.lines.filter((x) => x["event"] === "processRegistered").length === 2);
  const pids = cli.lines.filter((l) => l["event"] === "processRegistered").map((l) => l["pid"] as number);
  assert.equal(new Set(pids).size, 2);
  await cli.next((l) => l["event"] === "healthCheck" && l["healthy"] === true);
  assert.match(cli.stderr(), new RegExp(`\\[pid ${pids[0]}\\] \\{"event":"ready"`));
  // They are a control-plane fleet: the default fleet, one instance running both.
  const gse = createMainlandGseClient(`127.0.0.1:${listening["httpPort"] as number}`);
  const [fleet] = (await gse.call("DescribeFleetAttributes", { FleetIds: ["fleet-local"] })).FleetAttributes;
  assert.match(fleet.Description, /^--launch exec /);
  const instances = (await gse.call("DescribeInstancesExtend", { FleetId: "fleet-local", Offset: 0, Limit: 10 })).Instances as { ActiveProcessCnt: number }[];
  assert.deepEqual(instances.map((i) => i.ActiveProcessCnt), [2]);

  // Scale-in rehearsal on one process: it ends and the fleet replaces it.
  await fetch(`http://127.0.0.1:${listening["httpPort"] as number}/capi`, {
    method: "POST",
    body: JSON.stringify({ Action: "LocalTerminateProcess", Pid: pids[0] }),
  });
  await cli.next((l) => l["event"] === "processStatus" && l["pid"] === pids[0] && l["status"] === "TERMINATED");
  await cli.next((l) => l["event"] === "processRegistered" && !pids.includes(l["pid"] as number));
  cli.child.kill("SIGINT");
  const [code] = await cli.exited;
  assert.equal(code, 0);
  for (const pid of cli.lines.filter((l) => l["event"] === "processRegistered").map((l) => l["pid"] as number)) {
    assert.throws(() => process.kill(pid, 0), "no launched process outlives gse-local");
  }
});

test("bad flags exit 2 with a message naming the flag", async () => {
  const cli = startCli(["--health-interval", "soon"]);
  const [code] = await cli.exited;
  assert.equal(code, 2);
  assert.match(cli.stderr(), /--health-interval must be an integer/);
});
