// A start that fails leaves nothing behind: bad options are refused before
// anything listens, a failed bind closes what already started, and the CLI
// exits with the usage code instead of hanging.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../../bin/gse-local.js", import.meta.url));
const failedStart = fileURLToPath(new URL("./fixtures/failedStart.js", import.meta.url));
/** Far beyond a clean exit (well under a second); reached only by a process that hangs. */
const HANG_DEADLINE_MS = 20_000;

/** Runs a node script to its own exit; a child still running at the deadline is killed and reported as hung. */
async function runToExit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; hung: boolean }> {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    child.kill("SIGKILL");
  }, HANG_DEADLINE_MS);
  const [code] = (await once(child, "exit")) as [number | null];
  clearTimeout(timer);
  return { code, stdout, stderr, hung };
}

test("createGseLocal rejects bad options and failed binds, and leaves no handle open", async () => {
  const run = await runToExit([failedStart]);
  assert.equal(run.hung, false, `the process did not exit on its own; stdout: ${run.stdout} stderr: ${run.stderr}`);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), ["CONFIG_INVALID launch.concurrency", "CONFIG_INVALID healthCheckIntervalMs", "SERVICE_CALL_FAILED"]);
});

test("gse-local with bad fleet options exits with the usage code, naming the flag", async () => {
  for (const concurrency of ["0", "abc", "2.5", "51"]) {
    const run = await runToExit([bin, "--grpc-port", "0", "--http-port", "0", "--launch", "true", "--concurrency", concurrency]);
    assert.equal(run.hung, false, `--concurrency ${concurrency}: gse-local did not exit`);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /--concurrency must be an integer from 1 to 50/);
    assert.equal(run.stdout, "", "nothing listened");
  }
});
