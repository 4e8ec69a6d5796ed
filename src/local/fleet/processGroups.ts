// Signals and waits on a launched process's whole process group: `sh -c`
// and whatever it started must go with it.
import { readdirSync } from "node:fs";
import type { Logger } from "../../logging/Logger.js";
import { sleep } from "../../util/sleep.js";
import { readProcessStat } from "./processIdentity.js";
import type { Running } from "./Running.js";

const GROUP_POLL_MS = 25;

export function terminate(running: Running, sig: NodeJS.Signals, logger: Logger): void {
  const delivered = running.groupIsOurs() && signalGroup(running.pgid, sig, logger);
  // A leader that left its group (setsid) is missed by the group signal.
  // SIGTERM goes to it directly only then: a game would run its shutdown
  // handler twice if it got two. A second SIGKILL costs nothing.
  if ((!delivered || sig === "SIGKILL") && !running.exitedFlag) running.signalLeader(sig);
}

export function signalGroup(pgid: number, sig: NodeJS.Signals, logger: Logger): boolean {
  try {
    process.kill(-pgid, sig);
    return true;
  } catch (error) {
    // ESRCH: the group is already empty, which is the goal.
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") {
      logger.debug({ pgid, signal: sig, err: error }, "could not signal fleet process group");
    }
    return false;
  }
}

/** True once the leader has exited and no live process is left in its group, false at the deadline. */
export async function waitForGroup(running: Running, deadline: number): Promise<boolean> {
  if (!running.exitedFlag && !(await settlesBefore(running.exited, deadline))) return false;
  while (running.groupIsOurs() && groupAlive(running.pgid)) {
    if (Date.now() >= deadline) return false;
    await sleep(GROUP_POLL_MS);
  }
  return true;
}

export function settlesBefore(promise: Promise<void>, deadline: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // kill() also succeeds while only zombies remain, and they remain forever
  // under an init that does not reap orphans (common in containers, where
  // the game's children are reparented to it). On Linux, look closer.
  return process.platform !== "linux" || groupHasLiveMember(pgid);
}

export function groupHasLiveMember(pgid: number): boolean {
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return true;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProcessStat(Number(name)); // undefined: exited while we looked
    if (stat && stat.pgid === pgid && stat.state !== "Z" && stat.state !== "X") return true;
  }
  return false;
}
