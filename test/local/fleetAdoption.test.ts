// The fleet launcher's side of re-adoption, over real processes (`sleep`s
// this test starts, standing in for the games an earlier gse-local
// launched): a record fills its slot when its command still matches, one
// whose command changed is kept beside the new process and ended at stop(),
// and records no launcher takes are ended by endStrayProcesses.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { after, test } from "node:test";
import { systemClock } from "../../src/local/core/Clock.js";
import { createFleetLauncher, isLaunchedProcess } from "../../src/local/fleet/createFleetLauncher.js";
import { endStrayProcesses } from "../../src/local/fleet/endStrayProcesses.js";
import type { LaunchedProcessRecord } from "../../src/local/fleet/LaunchedProcessRecord.js";
import { identityOf } from "../../src/local/fleet/processIdentity.js";
import { silentLogger } from "../../src/logging/Logger.js";
import { waitFor } from "../helpers/waitFor.js";

const linux = process.platform === "linux";
const sleepers: ChildProcess[] = [];
after(() => {
  for (const child of sleepers) child.kill("SIGKILL");
});

/** A live process and the record an earlier launcher would have kept of it. */
async function earlier(slot: number, command: string): Promise<{ child: ChildProcess; record: LaunchedProcessRecord; exited: Promise<unknown> }> {
  const child = spawn("sleep", ["600"], { stdio: "ignore", detached: true });
  sleepers.push(child);
  await once(child, "spawn");
  const pid = child.pid!;
  return { child, exited: once(child, "exit"), record: { pid, pgid: pid, identity: identityOf(pid), launcher: "launch", slot, command, startedAt: Date.now() } };
}

test("adopted processes fill their slots; one whose command changed is kept beside a new process, never replaced, and stop() ends them all", { skip: !linux && "needs /proc" }, async () => {
  const command = "exec sleep 600";
  const same = await earlier(0, command);
  const changed = await earlier(1, "exec sleep 601");
  const forgotten: number[] = [];
  const launcher = createFleetLauncher({
    command,
    concurrency: 2,
    output: () => {},
    logger: silentLogger,
    adopt: [same.record, changed.record],
    recorder: { remember: () => {}, forget: (pid) => forgotten.push(pid) },
    clock: systemClock,
    adoptedPollMs: 20,
  });
  const spawned = new Promise<number>((resolve) => launcher.events.on("spawn", (e: { pid: number; adopted?: boolean }) => e.adopted !== true && resolve(e.pid)));
  const fresh = await spawned;
  // Slot 0 is the adopted process; slot 1 got a new one, the changed command's process stays beside it.
  assert.deepEqual(launcher.pids, [same.child.pid, fresh, changed.child.pid]);
  assert.ok(isLaunchedProcess(same.child.pid!) && isLaunchedProcess(changed.child.pid!), "adopted processes may be signalled again");
  // The changed one ends: it is forgotten, and nothing takes its place.
  const noticed = new Promise<void>((resolve) => launcher.events.once("exit", () => resolve()));
  changed.child.kill("SIGKILL");
  await noticed;
  assert.deepEqual(launcher.pids, [same.child.pid, fresh]);
  assert.deepEqual(forgotten, [changed.child.pid]);
  assert.equal(isLaunchedProcess(changed.child.pid!), false);
  await launcher.stop({ graceMs: 5_000 });
  // SIGTERM reached the adopted process through its group.
  const [, signal] = (await same.exited) as [number | null, NodeJS.Signals | null];
  assert.equal(signal, "SIGTERM");
  assert.deepEqual(launcher.pids, []);
});

test("records no launcher takes are ended: SIGTERM, and SIGKILL after the grace for one that ignores it", { skip: !linux && "needs /proc" }, async () => {
  const polite = await earlier(0, "x");
  const stubborn = spawn("sh", ["-c", "trap '' TERM; exec sleep 600"], { stdio: "ignore", detached: true });
  sleepers.push(stubborn);
  await once(stubborn, "spawn");
  // Once it is sleep, the shell has run its trap: SIGTERM is ignored.
  await waitFor("the stubborn process to ignore SIGTERM", () => readFileSync(`/proc/${stubborn.pid}/cmdline`, "utf8").startsWith("sleep"));
  const stubbornExited = once(stubborn, "exit");
  const forgotten: number[] = [];
  const strays = endStrayProcesses([polite.record, { ...polite.record, pid: stubborn.pid!, pgid: stubborn.pid!, identity: identityOf(stubborn.pid!) }], {
    recorder: { remember: () => {}, forget: (pid) => forgotten.push(pid) },
    clock: systemClock,
    graceMs: 200,
    logger: silentLogger,
  });
  assert.deepEqual(((await polite.exited) as unknown[])[1], "SIGTERM");
  assert.deepEqual(((await stubbornExited) as unknown[])[1], "SIGKILL");
  await strays.close();
  assert.deepEqual(forgotten.sort(), [polite.child.pid, stubborn.pid].sort());
});
