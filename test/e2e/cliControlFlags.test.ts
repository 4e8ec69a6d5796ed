// The control plane's flags: quotas (--max-*), the fleet work folder and the
// fleet activation timeout. A bad value exits 2 naming the flag before
// anything listens; a good one takes effect, seen through the official client.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { createMainlandGseClient, untilReply } from "../helpers/mainlandGseClient.js";
import { makeZip } from "../helpers/makeZip.js";

const bin = fileURLToPath(new URL("../../../bin/gse-local.js", import.meta.url));
/** Far beyond a refused start (well under a second); reached only by a CLI that hangs. */
const HANG_DEADLINE_MS = 20_000;

async function runToExit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, "--grpc-port", "0", "--http-port", "0", "--json", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), HANG_DEADLINE_MS);
  const [code] = (await once(child, "exit")) as [number | null];
  clearTimeout(timer);
  return { code, stdout, stderr };
}

test("bad values of the control-plane flags exit 2, naming the flag, before anything listens", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "gse-flags-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const aFile = join(dir, "not-a-folder");
  writeFileSync(aFile, "");
  const cases: [string[], RegExp][] = [
    [["--max-fleets", "0"], /--max-fleets must be an integer from 1 to 100000, got "0"/],
    [["--max-instances", "100001"], /--max-instances must be an integer from 1 to 100000/],
    [["--max-assets", "many"], /--max-assets must be an integer/],
    [["--max-aliases=-1"], /--max-aliases must be an integer/],
    [["--max-queues", "1.5"], /--max-queues must be an integer/],
    [["--fleet-activation-timeout", "0"], /--fleet-activation-timeout must be an integer from 1 to 2147483647/],
    [["--fleet-work-dir", ""], /--fleet-work-dir: .*must be a non-empty string/],
    [["--fleet-work-dir", aFile], /--fleet-work-dir: .*must name a directory/],
  ];
  for (const [args, message] of cases) {
    const run = await runToExit(args);
    assert.equal(run.code, 2, `${args.join(" ")}: ${run.stderr}`);
    assert.match(run.stderr, message, args.join(" "));
    assert.equal(run.stdout, "", `${args.join(" ")}: nothing listened`);
  }
});

test("good values take effect: quotas in DescribeUserQuotas, builds in --fleet-work-dir, --fleet-activation-timeout ends a fleet that never gets ready", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "gse-flags-"));
  const assetDir = join(dir, "assets");
  const workDir = join(dir, "work");
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // A build whose process never calls ProcessReady.
  mkdirSync(assetDir);
  writeFileSync(join(assetDir, "mute.zip"), makeZip([{ name: "start.sh", data: `#!/bin/sh\nexec sleep 60\n`, mode: 0o100755 }]));
  const child = spawn(
    process.execPath,
    [bin, "--grpc-port", "0", "--http-port", "0", "--json", "--asset-dir", assetDir, "--fleet-work-dir", workDir,
      "--fleet-activation-timeout", "300", "--termination-grace", "1000",
      "--max-assets", "4", "--max-fleets", "3", "--max-aliases", "5", "--max-queues", "6", "--max-instances", "7"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = once(child, "exit") as Promise<[number | null]>;
  t.after(() => child.kill("SIGKILL"));
  const listening = await new Promise<{ httpPort: number }>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", (line) => resolve(JSON.parse(line) as { httpPort: number }));
    void exited.then(([code]) => reject(new Error(`gse-local exited with ${code}: ${stderr}`)));
  });
  const gse = createMainlandGseClient(`127.0.0.1:${listening.httpPort}`);

  const quotas = (await gse.call("DescribeUserQuotas")).QuotaResource as { ResourceType: number; HardLimit: number }[];
  assert.deepEqual(quotas.map((q) => [q.ResourceType, q.HardLimit]), [[1, 4], [2, 3], [3, 5], [4, 6], [5, 7]]);
  assert.equal((await gse.call("DescribeInstanceLimit")).Limit, 7);

  const { AssetId } = await gse.call("CreateAsset", { BucketKey: "mute.zip", AssetName: "mute", AssetVersion: "1", AssetRegion: "ap-guangzhou", OperateSystem: "CentOS7.16" });
  const fleetId = (
    await gse.call("CreateFleet", { AssetId, RuntimeConfiguration: { ServerProcesses: [{ LaunchPath: "/local/game/start.sh", ConcurrentExecutions: 1 }] } })
  ).FleetAttributes.FleetId as string;
  await untilReply("ERROR", () => gse.call("DescribeFleetAttributes", { FleetIds: [fleetId] }), (r) => r.FleetAttributes[0].Status === "ERROR");
  const events = (await gse.call("DescribeFleetEvents", { FleetId: fleetId })).Events as { EventCode: string }[];
  assert.ok(events.some((e) => e.EventCode === "FLEET_ACTIVATION_FAILED"), JSON.stringify(events));
  assert.ok(existsSync(join(workDir, fleetId, "build", "start.sh")), "the build was unpacked in --fleet-work-dir");

  child.kill("SIGTERM");
  assert.equal((await exited)[0], 0, stderr);
  assert.ok(existsSync(workDir), "a --fleet-work-dir is the user's: kept at exit");
});
