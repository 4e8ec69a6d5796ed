import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test, type TestContext } from "node:test";
import { fileURLToPath } from "node:url";
import {
  createFleetLauncher,
  type FleetExitEvent,
  type FleetLauncher,
  type FleetLauncherOptions,
  type FleetRestartEvent,
  type FleetSpawnErrorEvent,
  type FleetSpawnEvent,
} from "../../src/local/fleet/createFleetLauncher.js";
import { GseError } from "../../src/errors/GseError.js";
import type { Logger } from "../../src/logging/Logger.js";

const here = dirname(fileURLToPath(import.meta.url));
const childScript = join(here, "fixtures", "fleetChild.js");
const hostScript = join(here, "fixtures", "fleetHost.js");
const DEADLINE_MS = 10_000;

const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
/** A command line running the fixture; with exec the fixture is the launcher's child itself. */
const fixture = (mode: string, { exec = true } = {}) =>
  `${exec ? "exec " : ""}${q(process.execPath)} ${q(childScript)} ${mode}`;

/** Resolves with the first `event` payload accepted by `accept`; rejects at the deadline. */
function waitFor<T>(
  emitter: EventEmitter,
  event: string,
  accept: (payload: T) => boolean = () => true,
  what = `"${event}"`,
  timeoutMs = DEADLINE_MS,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(event, listener);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!accept(payload)) return;
      clearTimeout(timer);
      emitter.off(event, listener);
      resolve(payload);
    };
    emitter.on(event, listener);
  });
}

/** Waits for `count` payloads accepted by `accept` and returns them. */
async function waitForCount<T>(emitter: EventEmitter, event: string, count: number, accept: (p: T) => boolean = () => true) {
  const seen: T[] = [];
  await waitFor<T>(emitter, event, (p) => accept(p) && seen.push(p) >= count, `${count} "${event}" events`);
  return seen;
}

interface LogEntry {
  level: string;
  fields: Record<string, unknown>;
  message: string;
}
function recordingLogger(): { logger: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, message: string) =>
    void entries.push({ level, fields, message });
  return { logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") }, entries };
}

/** Captured output: `lines` has everything so far, `emitter` fires "line" for each. */
function capture() {
  const lines: string[] = [];
  const emitter = new EventEmitter();
  const output = (line: string) => {
    lines.push(line);
    emitter.emit("line", line);
  };
  return { lines, emitter, output };
}

interface ChildLine {
  prefixPid: number;
  body: Record<string, unknown>;
}
function parseJsonLine(line: string): ChildLine | undefined {
  const match = /^\[pid (\d+)\] (\{.*\})$/.exec(line);
  if (!match) return undefined;
  return { prefixPid: Number(match[1]), body: JSON.parse(match[2]!) as Record<string, unknown> };
}
function waitForJsonLines(emitter: EventEmitter, count: number, accept: (l: ChildLine) => boolean = () => true) {
  const seen: ChildLine[] = [];
  return waitFor<string>(
    emitter,
    "line",
    (line) => {
      const parsed = parseJsonLine(line);
      return parsed !== undefined && accept(parsed) && seen.push(parsed) >= count;
    },
    `${count} JSON lines from children`,
  ).then(() => seen);
}

/** Alive and not a zombie (this test may run under an init that never reaps orphans). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return process.platform !== "linux";
  }
}

function launch(t: TestContext, options: FleetLauncherOptions): FleetLauncher {
  const launcher = createFleetLauncher({ logger: recordingLogger().logger, ...options });
  t.after(() => launcher.stop({ graceMs: 2_000 }));
  return launcher;
}

test("starts N children, each with its stable slot index and the caller's env", async (t) => {
  const out = capture();
  const launcher = launch(t, {
    command: fixture("stay"),
    concurrency: 3,
    env: { GSE_AGENT_ADDRESS: "127.0.0.1:5999" },
    output: out.output,
  });
  const spawns = waitForCount<FleetSpawnEvent>(launcher.events, "spawn", 3);
  const lines = await waitForJsonLines(out.emitter, 3);

  assert.deepEqual(lines.map((l) => l.body.index).sort(), ["0", "1", "2"]);
  for (const line of lines) {
    assert.equal(line.body.agent, "127.0.0.1:5999");
    assert.equal(line.prefixPid, line.body.pid, "output is prefixed with the child's pid");
  }
  const spawned = await spawns;
  assert.deepEqual(spawned.map((s) => s.index), [0, 1, 2]);
  assert.deepEqual([...launcher.pids].sort(), spawned.map((s) => s.pid).sort());
  assert.deepEqual(
    lines.map((l) => l.body.pid as number).sort(),
    spawned.map((s) => s.pid).sort(),
  );
});

test("output is split into lines prefixed with the pid, across partial writes and a last line without newline", async (t) => {
  const out = capture();
  const launcher = launch(t, { command: fixture("partial"), concurrency: 1, output: out.output });
  const { pid } = await waitFor<FleetSpawnEvent>(launcher.events, "spawn");
  const expected = [`[pid ${pid}] hello`, `[pid ${pid}] world`, `[pid ${pid}] tail without newline`];
  const fromFirst: string[] = [];
  await waitFor<string>(
    out.emitter,
    "line",
    (line) => line.startsWith(`[pid ${pid}] `) && fromFirst.push(line) >= expected.length,
    "three lines from the first child",
  );
  // stdout and stderr are separate pipes, so only the order within stdout is fixed.
  assert.deepEqual([...fromFirst].sort(), [...expected].sort());
  assert.ok(fromFirst.indexOf(expected[0]!) < fromFirst.indexOf(expected[1]!));
});

test("a killed child is replaced in the same slot", async (t) => {
  const out = capture();
  const launcher = launch(t, { command: fixture("stay"), concurrency: 2, output: out.output });
  const first = await waitForJsonLines(out.emitter, 2);
  const victim = first.find((l) => l.body.index === "1")!;
  const victimPid = victim.body.pid as number;

  const exited = waitFor<FleetExitEvent>(launcher.events, "exit", (e) => e.pid === victimPid);
  const restarted = waitFor<FleetRestartEvent>(launcher.events, "restart", (e) => e.oldPid === victimPid);
  const replacementLine = waitForJsonLines(out.emitter, 1, (l) => l.body.pid !== victimPid);
  process.kill(victimPid, "SIGKILL");

  const exit = await exited;
  assert.equal(exit.signal, "SIGKILL");
  assert.equal(exit.index, 1);
  const restart = await restarted;
  assert.equal(restart.index, 1);
  const [replacement] = await replacementLine;
  assert.equal(replacement!.body.pid, restart.pid);
  assert.equal(replacement!.body.index, "1", "the replacement keeps GSE_FLEET_PROCESS_INDEX");
  assert.ok(launcher.pids.includes(restart.pid));
  assert.ok(!launcher.pids.includes(victimPid));
});

test("when a slot's shell dies, what it started dies with it", async (t) => {
  const out = capture();
  const launcher = launch(t, { command: fixture("grandchild", { exec: false }), concurrency: 1, output: out.output });
  const [line] = await waitForJsonLines(out.emitter, 1);
  const orphans = [line!.body.pid as number, line!.body.grandchild as number];
  const [leader] = launcher.pids;
  const exited = waitFor<FleetExitEvent>(launcher.events, "exit", (e) => e.pid === leader);
  process.kill(leader!, "SIGKILL");
  await exited;
  // Nothing reports a grandchild's death; poll against a deadline.
  const deadline = Date.now() + DEADLINE_MS;
  while (orphans.some(isAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(orphans.filter(isAlive), [], "the killed shell's descendants are gone too");
});

test("a child that exits with code 0 is restarted too", async (t) => {
  const launcher = launch(t, { command: "exit 0", concurrency: 1, restartDelayMs: { initial: 10, max: 10 } });
  const exit = await waitFor<FleetExitEvent>(launcher.events, "exit");
  assert.equal(exit.code, 0);
  const restart = await waitFor<FleetRestartEvent>(launcher.events, "restart");
  assert.equal(restart.oldPid, exit.pid);
});

test("a command that keeps failing (not found) is retried with doubling delays up to the max", async (t) => {
  const { logger, entries } = recordingLogger();
  const launcher = launch(t, {
    command: "gse-fleet-test-no-such-command",
    concurrency: 1,
    logger,
    output: () => {},
    restartDelayMs: { initial: 20, max: 80 },
  });
  const exits = waitForCount<FleetExitEvent>(launcher.events, "exit", 5);
  await waitForCount(launcher.events, "restart", 5);
  assert.ok((await exits).every((e) => e.code === 127), "sh reports command not found as 127");
  const delays = entries.filter((e) => e.level === "warn" && "delayMs" in e.fields).map((e) => e.fields.delayMs);
  assert.deepEqual(delays.slice(0, 5), [20, 40, 80, 80, 80]);
});

test("a crash loop is throttled by the default backoff", async (t) => {
  const launcher = launch(t, { command: "exit 1", concurrency: 1 });
  const spawnedAt: number[] = [];
  launcher.events.on("spawn", () => spawnedAt.push(performance.now()));
  await waitForCount(launcher.events, "spawn", 4);
  // Without backoff `exit 1` would be respawned hundreds of times a second.
  // The default waits 100, then 200, then 400 ms: spawns 1 to 4 are at least
  // 700 ms apart. A slow machine only stretches that, so the bound is safe.
  const elapsed = spawnedAt[3]! - spawnedAt[0]!;
  assert.ok(elapsed >= 650, `4 spawns took ${elapsed.toFixed(0)} ms; the backoff should make it at least 700`);
});

test("a process that lived past healthyAfterMs is replaced at once, without backoff", async (t) => {
  const { logger, entries } = recordingLogger();
  const launcher = launch(t, {
    command: "sleep 0.3",
    concurrency: 1,
    logger,
    // A backoff far longer than the deadline: seeing the restart proves none was applied.
    restartDelayMs: { initial: 60_000, max: 60_000, healthyAfterMs: 100 },
  });
  const exit = await waitFor<FleetExitEvent>(launcher.events, "exit");
  const restart = await waitFor<FleetRestartEvent>(launcher.events, "restart");
  assert.equal(restart.oldPid, exit.pid);
  assert.equal(entries.filter((e) => e.level === "warn" && "delayMs" in e.fields).length, 0);
});

test("a process that cannot be spawned is logged and retried, never thrown", async (t) => {
  const { logger, entries } = recordingLogger();
  const launcher = launch(t, {
    command: "true",
    cwd: join(here, "no-such-directory"),
    concurrency: 2,
    logger,
    restartDelayMs: { initial: 10, max: 20 },
  });
  const failures = await waitForCount<FleetSpawnErrorEvent>(launcher.events, "spawnError", 4);
  assert.ok(failures.every((f) => f.error instanceof Error && /ENOENT/.test(f.error.message)));
  assert.deepEqual(new Set(failures.map((f) => f.index)), new Set([0, 1]));
  assert.ok(entries.filter((e) => e.level === "error" && /could not be started/.test(e.message)).length >= 4);
  assert.deepEqual(launcher.pids, []);
  await launcher.stop();
});

test("stop() kills children and grandchildren, is idempotent and allows no restarts", async (t) => {
  const out = capture();
  // No exec: sh stays the leader, the fixture is its child and spawns a grandchild of its own.
  const launcher = launch(t, { command: fixture("grandchild", { exec: false }), concurrency: 2, output: out.output });
  const lines = await waitForJsonLines(out.emitter, 2);
  const leaders = [...launcher.pids];
  const descendants = lines.flatMap((l) => [l.body.pid as number, l.body.grandchild as number]);
  assert.equal(leaders.length, 2);
  assert.ok(descendants.every((pid) => Number.isInteger(pid) && isAlive(pid)));
  assert.ok(leaders.every((pid) => !descendants.includes(pid)), "sh -c is the leader, the game its child");

  let spawnsAfterStop = 0;
  launcher.events.on("spawn", () => spawnsAfterStop++);
  const exits = waitForCount<FleetExitEvent>(launcher.events, "exit", 2);
  const first = launcher.stop();
  const second = launcher.stop();
  assert.equal(first, second);
  await first;
  await exits;

  for (const pid of [...leaders, ...descendants]) assert.ok(!isAlive(pid), `pid ${pid} is gone after stop()`);
  assert.deepEqual(launcher.pids, []);
  assert.equal(spawnsAfterStop, 0);
  assert.equal(launcher.stop(), first, "stop() after it resolved returns the same promise");
});

test("stop() escalates to SIGKILL once graceMs has passed", async (t) => {
  const out = capture();
  const launcher = launch(t, { command: fixture("ignore-term"), concurrency: 1, output: out.output });
  const [ready] = await waitForJsonLines(out.emitter, 1);
  const pid = ready!.body.pid as number;
  const exited = waitFor<FleetExitEvent>(launcher.events, "exit");
  await launcher.stop({ graceMs: 200 });
  assert.equal((await exited).signal, "SIGKILL");
  assert.ok(!isAlive(pid));
});

test("aborting the signal stops the fleet", async (t) => {
  const controller = new AbortController();
  const launcher = launch(t, { command: fixture("stay"), concurrency: 2, output: () => {}, signal: controller.signal });
  const spawned = await waitForCount<FleetSpawnEvent>(launcher.events, "spawn", 2);
  const exits = waitForCount<FleetExitEvent>(launcher.events, "exit", 2);
  controller.abort();
  await exits;
  await launcher.stop();
  assert.deepEqual(launcher.pids, []);
  for (const { pid } of spawned) assert.ok(!isAlive(pid));
});

test("an already aborted signal starts nothing", async (t) => {
  const launcher = launch(t, { command: fixture("stay"), concurrency: 2, signal: AbortSignal.abort() });
  let spawns = 0;
  launcher.events.on("spawn", () => spawns++);
  // Processes would start on the next tick; let it pass.
  await new Promise((resolve) => setImmediate(resolve));
  await launcher.stop();
  assert.equal(spawns, 0);
  assert.deepEqual(launcher.pids, []);
});

test("after stop() nothing keeps the host's event loop alive, and pending restarts are cancelled", async () => {
  const host = spawn(process.execPath, [hostScript], { stdio: ["ignore", "pipe", "inherit"] });
  let stdout = "";
  host.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  const timer = setTimeout(() => host.kill("SIGKILL"), 20_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    host.once("close", (c, s) => resolve([c, s])),
  );
  clearTimeout(timer);
  const reports = stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  const leftovers = reports.flatMap((r) => (typeof r.spawned === "number" ? [r.spawned] : []));
  const alive = leftovers.filter(isAlive);
  // Only if the assertions below are about to fail: don't leak the host's children.
  for (const pid of alive) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }

  assert.equal(signal, null, "the host exited on its own instead of hanging until killed");
  assert.equal(code, 0);
  assert.ok(reports.some((r) => r.stopped === true && Array.isArray(r.pids) && r.pids.length === 0), stdout);
  assert.ok(!reports.some((r) => "spawnAfterStop" in r), stdout);
  assert.ok(leftovers.length > 0, stdout);
  assert.deepEqual(alive, []);
});

test("invalid options throw an error naming the option", () => {
  for (const concurrency of [0, 51, 2.5, -1, Number.NaN]) {
    assert.throws(
      () => createFleetLauncher({ command: "true", concurrency }),
      (error: unknown) =>
        error instanceof GseError &&
        error.code === "CONFIG_INVALID" &&
        error.field === "concurrency" &&
        /concurrency must be an integer from 1 to 50/.test(error.message),
    );
  }
  assert.throws(() => createFleetLauncher({ command: " ", concurrency: 1 }), /command must be/);
  assert.throws(
    () => createFleetLauncher({ command: "true", concurrency: 1, restartDelayMs: { initial: 100, max: 10 } }),
    /restartDelayMs\.max/,
  );
});
