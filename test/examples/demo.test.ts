// The demo, run as a user runs it, in its short CI configuration: if any
// example (arena, backend, bots) or the SDK underneath stops doing its part
// of the lifecycle, the demo exits non-zero and names the step.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { test, type TestContext } from "node:test";
import { fileURLToPath } from "node:url";

const demoMain = fileURLToPath(new URL("../../examples/demo/main.js", import.meta.url));
const DEADLINE_MS = 90_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

async function runDemo(t: TestContext, args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [demoMain, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  // SIGTERM lets the demo stop its fleet; a demo that hangs past the
  // deadline fails the test with whatever it printed.
  const timer = setTimeout(() => child.kill("SIGTERM"), DEADLINE_MS);
  t.after(() => {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  const [code, signal] = (await once(child, "close")) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  return { code, signal, stdout, stderr };
}

test("the demo plays matches through a recycled process and exits 0", { timeout: DEADLINE_MS + 10_000 }, async (t) => {
  const started = Date.now();
  const run = await runDemo(t, ["--fast", "--sessions", "3", "--processes", "2", "--players", "2", "--timeout", "75"]);
  const output = `${run.stdout}\n--- stderr ---\n${run.stderr}`;
  assert.equal(run.code, 0, output);

  // Every lifecycle step, in the timeline's words.
  const steps: [string, RegExp][] = [
    ["processes register", /process \d+ +ready: ProcessReady \(players' port \d+\)/],
    ["health checks", /process \d+ +healthy: answered OnHealthCheck/],
    ["the backend uses the official client, signed", /StartGameServerSessionPlacement answered \(official TencentCloud client, TC3-HMAC-SHA256 signed\)/],
    ["the impostor step says it is deliberate", /match 1 +deliberate check, not a failure: two impostors/],
    ["sessions activate", /session #1 +ACTIVATING on process \d+/],
    ["sessions become active", /session #1 +ACTIVE: the game activated it/],
    ["players reserve slots", /session #1 +slots RESERVED for ada-1, bo-1/],
    ["players are accepted", /ada-1 +ACTIVE: connected, ticket accepted \(AcceptPlayerSession\)/],
    ["a forged ticket is refused by GSE", /turned a player away \(close 4001\)/],
    ["a used ticket is refused by the game", /turned a player away \(close 4002\): this ticket was already used/],
    ["players leave", /bo-1 +COMPLETED: left the game \(RemovePlayerSession\)/],
    ["a match ends when everyone left", /match over \(everyone left\)/],
    ["a match ends when time is up", /match over \(time up\)/],
    ["the game ends its session", /session #3 +TERMINATED: TerminateGameServerSession/],
    ["the game ends its process", /process \d+ +TERMINATED: ProcessEnding/],
    ["the fleet recycles processes", /ready: ProcessReady \(players' port \d+\); recycled: replaces process \d+ in slot \d/],
    ["the rollout publishes v1 from a zip", /rollout +v1: zipped the arena build \(\d+ bytes\) into the asset directory/],
    ["v1 goes through its statuses to ACTIVE", /rollout +v1: fleet fleet-\S+ ACTIVE after CREATED > STATE_DOWNLOADING > .* > STATE_ACTIVE/],
    ["an alias and a queue", /rollout +alias alias-\S+ -> fleet-\S+; queue arena-rollout -> alias/],
    ["a match placed through the queue on v1", /rollout +match R1: session #\d+ on fleet/],
    ["the alias switched to v2", /rollout +alias alias-\S+ switched to fleet-\S+/],
    ["the scaling policy adds an instance", /rollout +v2 under load: the scaling policy added an instance/],
    ["v1 drained and deleted", /rollout +fleet fleet-\S+ deleted; fleets now: fleet-local, fleet-\S+$/m],
    ["scale-in is honoured", /TERMINATING: gse-local sends OnProcessTerminate/],
  ];
  for (const [what, pattern] of steps) assert.match(run.stdout, pattern, `${what}\n${output}`);
  // Cause before effect: the placement call is printed before the session it starts.
  const placed = run.stdout.search(/backend +StartGameServerSessionPlacement: placement PENDING/);
  const activating = run.stdout.search(/session #1 +ACTIVATING/);
  assert.ok(placed !== -1 && placed < activating, `the placement call comes before session #1 ACTIVATING\n${output}`);
  // A scale-in shrinks the fleet: nothing may claim a replacement for it.
  assert.doesNotMatch(run.stdout, /starts a replacement/, output);

  // The summary: three matches, the third on a replacement process.
  assert.match(run.stdout, /^ {2}3 +#\d+ +\d+ +\d +recycled x1 +2 in, 2 out/m, output);
  assert.match(run.stdout, /3 of 3 matches played/, output);
  assert.match(run.stdout, /PASSED in [\d.]+ s/, output);
  assert.doesNotMatch(run.stdout, /FAILED/, output);
  t.diagnostic(`demo took ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test("--timeout reports the deadline, not what it cut short", { timeout: DEADLINE_MS }, async (t) => {
  // A fast match takes 2.5 s once its players are in, so 1 s always cuts the run short.
  const run = await runDemo(t, ["--fast", "--sessions", "1", "--players", "1", "--timeout", "1"]);
  const output = `${run.stdout}\n--- stderr ---\n${run.stderr}`;
  assert.equal(run.code, 1, output);
  assert.match(run.stdout, /FAILED after [\d.]+ s: .*the run's 1 s deadline \(--timeout\) passed/, output);
  assert.doesNotMatch(run.stdout, /FAILED after [\d.]+ s: (match \d+: )?bot /, output);
});

test("--help documents the flags; bad flags exit 2", async (t) => {
  const help = await runDemo(t, ["--help"]);
  assert.equal(help.code, 0);
  for (const flag of ["--sessions", "--players", "--processes", "--fast", "--keep-running", "--verbose", "--timeout"]) {
    assert.ok(help.stdout.includes(flag), `--help mentions ${flag}`);
  }
  const tooMany = await runDemo(t, ["--players", "99"]);
  assert.equal(tooMany.code, 2);
  assert.match(tooMany.stderr, /--players must be an integer from 1 to 8/);
  const unknown = await runDemo(t, ["--nope"]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Unknown option '--nope'/);
});
