import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { createFleetHost } from "../../../src/local/control/fleets/createFleetHost.js";
import { createJsonLogger } from "../../../src/logging/Logger.js";
import { makeZip } from "../../helpers/makeZip.js";

test("a fleet host unpacks, installs, launches from LaunchPath in the build, drains and stops", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "gse-fleethost-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const zip = join(dir, "build.zip");
  writeFileSync(
    zip,
    makeZip([
      { name: "install.sh", data: "echo installing; echo done > installed.txt\n" },
      // The server writes its argv and cwd, then waits to be ended.
      { name: "bin/server.sh", data: '#!/bin/sh\nprintf "%s|" "$@"; pwd; exec sleep 60\n', mode: 0o100755 },
    ]),
  );
  const lines: string[] = [];
  let sawArgs!: () => void;
  const argsLine = new Promise<void>((resolve) => (sawArgs = resolve));
  const host = hostIn(dir, (line) => {
    lines.push(line);
    if (line.includes("two words")) sawArgs();
  });
  t.after(() => host.close(1000));
  await host.unpack("fleet-a", zip);
  const installed = await host.install("fleet-a");
  assert.deepEqual({ ran: installed.ran, ok: installed.ok, output: installed.output }, { ran: true, ok: true, output: "installing" });
  assert.equal(readFileSync(join(host.buildDir("fleet-a"), "installed.txt"), "utf8"), "done\n");
  const config = [{ LaunchPath: "/local/game/bin/server.sh", Parameters: "--name 'two words'", ConcurrentExecutions: 2 }];
  assert.equal(host.missingLaunchPath("fleet-a", config), undefined);
  assert.equal(host.missingLaunchPath("fleet-a", [{ LaunchPath: "/local/game/nope", ConcurrentExecutions: 1 }]), "/local/game/nope");

  const spawned: number[] = [];
  const twoSpawned = new Promise<void>((resolve) =>
    host.events.on("spawn", ({ pid, instanceId }: { pid: number; instanceId: string }) => {
      if (instanceId === "ins-1" && spawned.push(pid) === 2) resolve();
    }),
  );
  host.startInstance("fleet-a", "ins-1", config);
  await withDeadline(twoSpawned, "two processes started");
  const pid = spawned[0]!;
  assert.deepEqual(host.ownerOf(pid), { fleetId: "fleet-a", instanceId: "ins-1" });
  await withDeadline(argsLine, "the server printed its arguments");
  assert.ok(lines.some((l) => l.endsWith(`--name|two words|${host.buildDir("fleet-a")}`)), lines.join("\n"));
  // Draining: a process that ends is not replaced.
  const drained = host.drainInstance("ins-1");
  process.kill(pid!, "SIGTERM");
  for (const other of host.pidsOf("ins-1")) if (other !== pid) process.kill(other, "SIGTERM");
  await drained;
  assert.deepEqual(host.pidsOf("ins-1"), []);
  await host.stopInstance("ins-1", 1000);

  const failing = join(dir, "failing.zip");
  writeFileSync(failing, makeZip([{ name: "install.sh", data: "echo cannot find libfoo >&2; exit 3\n" }]));
  await host.unpack("fleet-b", failing);
  const result = await host.install("fleet-b");
  assert.equal(result.ok, false);
  assert.equal(result.exitCode, 3);
  assert.match(result.output, /cannot find libfoo/);
});

test("a fleet's instances share this host: GSE_FLEET_PROCESS_INDEX is distinct across them, and a freed range is reused", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "gse-fleethost-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const seen = new Map<string, Set<string>>();
  const waiters: (() => void)[] = [];
  const host = hostIn(dir, (line) => {
    const match = /GSE_INSTANCE_ID=(\S+) index=(\d+)/.exec(line);
    if (!match) return;
    seen.set(match[1]!, (seen.get(match[1]!) ?? new Set()).add(match[2]!));
    for (const wake of waiters.splice(0)) wake();
  });
  t.after(() => host.close(1000));
  const indexes = async (instanceId: string) => {
    while ((seen.get(instanceId)?.size ?? 0) < 2) await withDeadline(new Promise<void>((resolve) => waiters.push(resolve)), `two indexes of ${instanceId}`);
    return [...seen.get(instanceId)!].sort();
  };
  const command = { command: 'echo "GSE_INSTANCE_ID=$GSE_INSTANCE_ID index=$GSE_FLEET_PROCESS_INDEX"; exec sleep 60', concurrency: 2 };
  host.startInstance("fleet-a", "ins-1", command);
  host.startInstance("fleet-a", "ins-2", command);
  host.startInstance("fleet-b", "ins-b", command);
  assert.deepEqual(await indexes("ins-1"), ["0", "1"]);
  assert.deepEqual(await indexes("ins-2"), ["2", "3"], "the second instance counts on from the first");
  assert.deepEqual(await indexes("ins-b"), ["0", "1"], "another fleet counts from 0");
  await host.stopInstance("ins-1", 1000);
  host.startInstance("fleet-a", "ins-3", command);
  assert.deepEqual(await indexes("ins-3"), ["0", "1"], "a stopped instance's range is taken again");
});

/** A fleet host working in `dir`, its processes' output lines to `output`. */
function hostIn(dir: string, output: (line: string) => void) {
  return createFleetHost({ workDir: join(dir, "work"), agentAddress: () => "127.0.0.1:1", logger: createJsonLogger({ level: "error" }), output });
}

function withDeadline<T>(promise: Promise<T>, what: string, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for: ${what}`)), ms))),
  ]);
}

test("a process a launched server forks is its instance's, through the process group; with nothing launched no pid is", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "gse-fleethost-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const zip = join(dir, "build.zip");
  // A LaunchPath that does not exec: the game is its child, in its process group.
  writeFileSync(zip, makeZip([{ name: "server.sh", data: "#!/bin/sh\nsleep 60 &\necho child:$!\nwait\n", mode: 0o100755 }]));
  let sawChild!: (pid: number) => void;
  const child = new Promise<number>((resolve) => (sawChild = resolve));
  const host = hostIn(dir, (line) => {
    const match = /child:(\d+)/.exec(line);
    if (match) sawChild(Number(match[1]));
  });
  t.after(() => host.close(1000));
  assert.equal(host.ownerOf(process.pid), undefined, "nothing launched yet");
  await host.unpack("fleet-a", zip);
  host.startInstance("fleet-a", "ins-1", [{ LaunchPath: "/local/game/server.sh", ConcurrentExecutions: 1 }]);
  const pid = await withDeadline(child, "the server printed its child's pid");
  t.after(() => {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already ended with its group.
    }
  });
  assert.ok(!host.pidsOf("ins-1").includes(pid), "the child is not the launched process itself");
  assert.deepEqual(host.ownerOf(pid), { fleetId: "fleet-a", instanceId: "ins-1" });
  assert.equal(host.ownerOf(process.pid), undefined, "a process of another group");
});
