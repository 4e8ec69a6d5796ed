import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const childGame = fileURLToPath(new URL("../fixtures/childGame.js", import.meta.url));

export interface SpawnedGame {
  child: ChildProcess;
  pid: number;
  /** JSON lines the game printed. */
  lines: Record<string, unknown>[];
  exited: Promise<[number | null, NodeJS.Signals | null]>;
  /** Resolves once the game printed its ready line (ProcessReady acknowledged). */
  ready: Promise<void>;
  kill(signal?: NodeJS.Signals): void;
}

/** Starts test/fixtures/childGame.js as a real game process against `agentAddress`. */
export function spawnGame(agentAddress: string, env: Record<string, string> = {}): SpawnedGame {
  const child = spawn(process.execPath, [childGame], {
    env: { ...process.env, GSE_AGENT_ADDRESS: agentAddress, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: Record<string, unknown>[] = [];
  const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  const ready = new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      lines.push(parsed);
      if (parsed["event"] === "ready") resolve();
    });
    void exited.then(([code]) => reject(new Error(`the game exited (code ${code}) before it was ready`)));
  });
  ready.catch(() => undefined);
  return {
    child,
    pid: child.pid!,
    lines,
    exited,
    ready,
    kill(signal = "SIGKILL") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}
