// The CLI's readable side: --pretty's timeline, `gse-local status`, and the
// message a failed cloud call's JSON event now carries.
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { once } from "node:events";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createOfficialGseClient } from "../helpers/officialGseClient.js";
import { startFakeFleet, startLocalWithFakes } from "../local/fixtures/fakeProcesses.js";

const bin = fileURLToPath(new URL("../../../bin/gse-local.js", import.meta.url));
const run = promisify(execFile);
const DEADLINE_MS = 15_000;

function startCli(args: string[]) {
  const child = spawn(process.execPath, [bin, "--grpc-port", "0", "--http-port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const waiters: { match: RegExp; resolve: (line: string) => void }[] = [];
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout! }).on("line", (line) => {
    lines.push(line);
    for (const w of waiters.splice(0)) (w.match.test(line) ? w.resolve(line) : waiters.push(w));
  });
  const next = (match: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find((l) => match.test(l));
      if (seen) return resolve(seen);
      const timer = setTimeout(() => reject(new Error(`no line matching ${match} in ${DEADLINE_MS} ms; stdout: ${lines.join("\n")}; stderr: ${stderr}`)), DEADLINE_MS);
      waiters.push({ match, resolve: (l) => (clearTimeout(timer), resolve(l)) });
    });
  const stop = async () => {
    if (child.exitCode !== null) return child.exitCode;
    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number | null];
    return code;
  };
  return { child, lines, next, stop };
}

test("--pretty prints a timeline: short ids, rounded durations, health checks folded, failures with their message", async (t) => {
  // A long health timeout: the checks come every 50 ms but may take longer on a loaded machine.
  // --verify-peers off: the fake fleet borrows its pid (fixtures/fakeProcesses.ts).
  const cli = startCli(["--pretty", "--verify-peers", "off", "--health-interval", "50", "--health-timeout", "5000"]);
  t.after(() => cli.stop());
  const agent = /gse-local +agent (127\.0\.0\.1:\d+)/.exec(await cli.next(/gse-local +agent /))![1]!;
  const httpPort = Number(/dashboard +http:\/\/127\.0\.0\.1:(\d+)\/dashboard\/$/.exec(await cli.next(/dashboard +http/))![1]);
  const fleet = await startFakeFleet(agent, 1);
  t.after(() => fleet.close());
  await fleet.processes[0]!.ready();
  const pid = fleet.processes[0]!.pid;
  await cli.next(new RegExp(`process ${pid} +ready: ProcessReady`));
  // Many checks at a 50 ms cadence, one line: the first answer, then silence while nothing changes.
  await cli.next(new RegExp(`process ${pid} +healthy(: answered OnHealthCheck in \\d+(\\.\\d)? (ms|µs)| again)`));
  const cloud = createOfficialGseClient(`127.0.0.1:${httpPort}`);
  const created = await cloud.call("CreateGameServerSession", { FleetId: "fleet-cli", MaximumPlayerSessionCount: 2 });
  const shortId = /gssess-[0-9a-f]{8}/.exec(created["GameServerSession"].GameServerSessionId as string)![0];
  await cli.next(new RegExp(`session #1 +ACTIVATING on process ${pid} \\(OnStartGameServerSession\\) \\[${shortId}\\]`));
  await cli.next(/session #1 +ACTIVE: the game activated it/);
  await cloud.fail("DescribePlayerSessions", {});
  const failed = await cli.next(/DescribePlayerSessions failed/);
  assert.match(failed, /^ {2}\d\d:\d\d:\d\d\.\d{3} {2}cloud API +DescribePlayerSessions failed in \d+(\.\d)? (ms|µs): MissingParameter: The request is missing a required parameter/);
  // Dozens of checks went by; a healthy one prints only first, or after a failure.
  const healthy = cli.lines.filter((l) => /healthy(: answered| again)/.test(l)).length;
  const failedChecks = cli.lines.filter((l) => l.includes("health check FAILED")).length;
  assert.ok(healthy >= 1 && healthy <= 1 + failedChecks, cli.lines.join("\n"));
  assert.ok(cli.lines.every((l) => !l.startsWith("{")), "no JSON lines in pretty mode");
  assert.ok(cli.lines.every((l) => !/qcs::gse/.test(l)), "no long session ids");
  assert.equal(await cli.stop(), 0);
});

test("a failed cloud call's JSON event carries the message with the code", async (t) => {
  const cli = startCli(["--json"]);
  t.after(() => cli.stop());
  const listening = JSON.parse(await cli.next(/"event":"listening"/)) as { httpPort: number; dashboard: string };
  assert.match(listening.dashboard, new RegExp(`^http://127\\.0\\.0\\.1:${listening.httpPort}/dashboard/$`));
  await createOfficialGseClient(`127.0.0.1:${listening.httpPort}`).fail("DescribePlayerSessions", {});
  const event = JSON.parse(await cli.next(/"event":"cloudCall"/)) as Record<string, unknown>;
  assert.equal(event["code"], "MissingParameter");
  assert.match(String(event["message"]), /missing a required parameter/);
});

test("gse-local status prints the fleets, processes, sessions and players of a running gse-local, and exits", async (t) => {
  const { local, fleet, close } = await startLocalWithFakes({}, 2, { announce: true });
  t.after(close);
  const cloud = createOfficialGseClient(local.cloudEndpoint);
  const created = await cloud.call("CreateGameServerSession", { FleetId: "fleet-status", MaximumPlayerSessionCount: 3, Name: "lobby" });
  const sessionId = created["GameServerSession"].GameServerSessionId as string;
  await local.waitFor((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === sessionId && e.status === "ACTIVE");
  await cloud.call("JoinGameServerSession", { GameServerSessionId: sessionId, PlayerId: "ada" });

  const { stdout } = await run(process.execPath, [bin, "status", "--http-port", String(local.httpPort)], { timeout: DEADLINE_MS });
  const session = local.gameServerSessions()[0]!;
  const player = local.playerSessions()[0]!;
  const short = /gssess-[0-9a-f]{8}/.exec(sessionId)![0];
  assert.match(stdout, /^Fleets \(2\)\nFLEET +PROCESSES +SESSIONS +PLAYERS\n/);
  assert.match(stdout, /fleet-local +2 +0 +0/);
  assert.match(stdout, /fleet-status +0 +1 +1/);
  for (const p of fleet.processes) {
    const live = local.processes().find((x) => x.pid === p.pid)!;
    assert.match(stdout, new RegExp(`\\n${p.pid} +fleet-local +ACTIVE +${live.clientPort}/${live.grpcPort} `));
  }
  assert.match(stdout, new RegExp(`\\n${short} +lobby +ACTIVE +1/3 +${session.pid} +127\\.0\\.0\\.1:${session.port} +NoProtection `));
  assert.match(stdout, new RegExp(`\\n${/psess-[0-9a-f]{8}/.exec(player.playerSessionId)![0]} +ada +RESERVED +${short}\\n`));

  const json = await run(process.execPath, [bin, "status", "--json", "--endpoint", `127.0.0.1:${local.httpPort}`], { timeout: DEADLINE_MS });
  const state = JSON.parse(json.stdout) as { processes: unknown[]; gameServerSessions: { id: string }[] };
  assert.equal(state.processes.length, 2);
  assert.equal(state.gameServerSessions[0]!.id, sessionId);
});

test("gse-local status says so and exits 1 when nothing answers, 2 on a bad flag", async () => {
  // Port 1 is privileged and unused: nothing listens there to answer.
  const down = await run(process.execPath, [bin, "status", "--http-port", "1"], { timeout: DEADLINE_MS }).then(
    () => assert.fail("status succeeded with nothing to ask"),
    (error: { code: number; stderr: string }) => error,
  );
  assert.equal(down.code, 1);
  assert.match(down.stderr, /no gse-local answers at 127\.0\.0\.1:1 \(ECONNREFUSED\)/);
  const bad = await run(process.execPath, [bin, "status", "--http-port", "eighty"]).then(
    () => assert.fail("a bad port was accepted"),
    (error: { code: number; stderr: string }) => error,
  );
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--http-port must be a port/);
});
