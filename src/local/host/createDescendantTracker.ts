import { readdirSync } from "node:fs";
import { readProcessStat, type ProcessStat } from "./readProcessStat.js";

/** A process seen among a launched process's descendants: pid plus its start time, so a recycled pid is never mistaken for it. */
export interface TrackedProcess {
  readonly pid: number;
  readonly startTime: string;
  /** Its process group when last seen. */
  readonly pgid: number;
}

export interface DescendantTracker {
  /** Looks through /proc again: every live descendant of `roots` is remembered, and stays remembered after it is reparented. */
  scan(roots: readonly number[]): void;
  /** Remembered descendants of `root` still alive (same pid, same start time). */
  alive(root: number): TrackedProcess[];
  /** Forgets `root` and its descendants. */
  forget(root: number): void;
}

/**
 * Descendants of launched processes, through /proc: a game's child that
 * calls setsid() leaves its process group, so signals to the group miss
 * it, and once its parent exits it is reparented to init and no longer
 * looks like ours. Scanning while the tree is whole (every liveness
 * interval, and before a shutdown) remembers it anyway. A child that
 * forks and detaches between two scans escapes; the interval bounds that
 * window. Off Linux there is no /proc and nothing is tracked (the process
 * group still is).
 */
export function createDescendantTracker(procRoot = "/proc"): DescendantTracker {
  const byRoot = new Map<number, Map<number, TrackedProcess>>();

  function readAll(): Map<number, ProcessStat> {
    const all = new Map<number, ProcessStat>();
    let names: string[];
    try {
      names = readdirSync(procRoot);
    } catch {
      return all;
    }
    for (const name of names) {
      if (!/^\d+$/.test(name)) continue;
      const stat = readProcessStat(Number(name), procRoot);
      if (stat) all.set(stat.pid, stat);
    }
    return all;
  }

  return {
    scan(roots) {
      if (roots.length === 0) return;
      const all = readAll();
      const children = new Map<number, number[]>();
      for (const stat of all.values()) {
        const list = children.get(stat.ppid);
        if (list) list.push(stat.pid);
        else children.set(stat.ppid, [stat.pid]);
      }
      for (const root of roots) {
        let known = byRoot.get(root);
        if (!known) byRoot.set(root, (known = new Map()));
        // Drop the dead and the recycled.
        for (const [pid, tracked] of known) {
          const now = all.get(pid);
          if (!now || now.startTime !== tracked.startTime || now.state === "Z") known.delete(pid);
        }
        const queue = [root];
        while (queue.length > 0) {
          for (const child of children.get(queue.pop()!) ?? []) {
            const stat = all.get(child)!;
            if (stat.state !== "Z") known.set(child, { pid: child, startTime: stat.startTime, pgid: stat.pgid });
            queue.push(child);
          }
        }
      }
    },
    alive(root) {
      const known = byRoot.get(root);
      if (!known) return [];
      const out: TrackedProcess[] = [];
      for (const tracked of known.values()) {
        const now = readProcessStat(tracked.pid, procRoot);
        if (now && now.startTime === tracked.startTime && now.state !== "Z") out.push(tracked);
      }
      return out;
    },
    forget(root) {
      byRoot.delete(root);
    },
  };
}
