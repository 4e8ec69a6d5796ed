// gse-local as a real child process (bin/gse-local.js --json), for tests
// that crash it with a real kill -9: its JSON lines and its stderr (where
// launched games' "[pid N] ..." lines go), with waits that have deadlines.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../../bin/gse-local.js", import.meta.url));
const DEADLINE_MS = 15_000;

export type Line = Record<string, unknown>;

export interface GseLocalChild {
  readonly child: ChildProcess;
  readonly lines: Line[];
  /** stderr lines: gse-local's diagnostics and launched games' output. */
  readonly output: string[];
  /** Resolves with `find`'s first defined answer, looked for at every new line; rejects at the deadline. */
  until<T>(what: string, find: () => T | undefined): Promise<T>;
  /** The first JSON line (past or future) that matches. */
  event(what: string, match: (line: Line) => boolean): Promise<Line>;
  /** Pids of processRegistered events, first announcements only. */
  registered(): number[];
  /** A healthy check of `pid`. */
  healthy(pid: number): Promise<Line>;
  /** SIGKILL (a crash) or SIGTERM (a normal shutdown); resolves on exit. */
  end(signal: "SIGKILL" | "SIGTERM"): Promise<void>;
}

export function startGseLocalChild(args: string[]): GseLocalChild {
  const child = spawn(process.execPath, [bin, "--json", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const lines: Line[] = [];
  const output: string[] = [];
  const waiters: Array<() => void> = [];
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  createInterface({ input: child.stdout! }).on("line", (text) => {
    lines.push(JSON.parse(text) as Line);
    wake();
  });
  createInterface({ input: child.stderr! }).on("line", (text) => {
    output.push(text);
    wake();
  });
  const until = <T>(what: string, find: () => T | undefined) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what}: not within ${DEADLINE_MS} ms; stderr tail: ${output.slice(-5).join(" | ")}`)), DEADLINE_MS);
      const look = () => {
        const found = find();
        if (found !== undefined) {
          clearTimeout(timer);
          resolve(found);
        } else waiters.push(look);
      };
      look();
    });
  const event = (what: string, match: (line: Line) => boolean) => until(what, () => lines.find(match));
  return {
    child,
    lines,
    output,
    until,
    event,
    registered: () => lines.filter((l) => l["event"] === "processRegistered" && l["reannounced"] === false).map((l) => l["pid"] as number),
    healthy: (pid) => event(`a healthy check of ${pid}`, (l) => l["event"] === "healthCheck" && l["pid"] === pid && l["healthy"] === true),
    async end(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill(signal);
      await exited;
    },
  };
}

/** A process's state letter from /proc/<pid>/stat (R, S, Z...), undefined once it is gone. */
export function processState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0];
  } catch {
    return undefined;
  }
}

/** Running (not zombie) processes whose command line holds every one of `words`, by pid. */
export function processesWith(...words: string[]): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0");
      if (!words.every((w) => args.includes(w))) continue;
      const state = processState(Number(name)); // undefined: exited while we looked
      if (state !== undefined && state !== "Z") pids.push(Number(name));
    } catch {
      // Exited while we looked.
    }
  }
  return pids.sort((a, b) => a - b);
}
