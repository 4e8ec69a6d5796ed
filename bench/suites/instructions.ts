// Suite 12: what gse-local's work costs in instructions, counted by
// valgrind's callgrind over a fixed workload (bench/workers/fixedWorkload.ts).
// Instruction counts do not depend on what else the machine runs, so a
// change can be measured before and after on a shared machine whose
// wall-clock and even CPU time swing with the neighbours. Only the measured
// window is counted: the set-up runs with instrumentation off, and the
// driver switches it on and off around the operations (callgrind_control).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { BenchConfig } from "../lib/config.js";
import { packageRoot } from "../lib/packageRoot.js";

export interface InstructionWorkload {
  phase: "cloud" | "agent" | "health" | "placement" | "queue";
  processes: number;
  count: number;
}

export interface InstructionRow extends InstructionWorkload {
  /** Instructions per operation, this build. */
  perOp: number;
  /** The same with the candidate build, when one was given. */
  candidatePerOp?: number;
}

export interface InstructionsResult {
  /** False: valgrind or callgrind_control is missing, nothing was counted. */
  available: boolean;
  rows: InstructionRow[];
}

const WORKER = fileURLToPath(new URL("../workers/fixedWorkload.js", import.meta.url));

function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Instructions counted in the workload's measured window. */
export async function countInstructions(entry: string, workload: InstructionWorkload): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "gse-bench-callgrind-"));
  try {
    const child = spawn(
      "valgrind",
      [
        "--tool=callgrind",
        "--instr-atstart=no",
        `--callgrind-out-file=${join(dir, "callgrind.out")}`,
        // One thread for V8's compilers and GC: their timing would otherwise move the count.
        process.execPath,
        "--single-threaded",
        // No GC whose timing depends on the clock (the memory reducer runs after idle seconds, and a run under valgrind is slow).
        "--predictable-gc-schedule",
        "--no-memory-reducer",
        WORKER,
        `--entry=${entry}`,
        `--phase=${workload.phase}`,
        `--processes=${workload.processes}`,
        `--count=${workload.count}`,
      ],
      { stdio: ["pipe", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    const control = (state: "on" | "off") => execFileSync("callgrind_control", ["--instr=" + state, String(child.pid)], { stdio: "ignore", timeout: 120_000 });
    for await (const line of createInterface({ input: child.stdout })) {
      if (line === "ready") {
        control("on");
        child.stdin.write("go\n");
      } else if (line === "done") {
        control("off");
        child.stdin.write("stop\n");
      }
    }
    const code = await exited;
    const collected = /Collected : (\d+)/.exec(stderr);
    if (code !== 0 || !collected) throw new Error(`instructions: ${workload.phase} at ${workload.processes} processes failed (exit ${code}): ${stderr.slice(-2_000)}`);
    return Number(collected[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function instructionsSuite(config: BenchConfig, log: (line: string) => void): Promise<InstructionsResult> {
  if (!hasTool("valgrind") || !hasTool("callgrind_control")) {
    log("  instructions: valgrind (callgrind) is not installed; nothing counted (apt-get install valgrind)");
    return { available: false, rows: [] };
  }
  const builds: [string, string][] = [["this build", join(packageRoot, "dist/src/local/index.js")]];
  if (config.candidate !== undefined) builds.push(["candidate", join(config.candidate, "../local/index.js")]);
  const rows: InstructionRow[] = [];
  for (const workload of config.instructions.workloads) {
    const row: InstructionRow = { ...workload, perOp: 0 };
    for (const [name, entry] of builds) {
      const perOp = (await countInstructions(entry, workload)) / workload.count;
      if (name === "candidate") row.candidatePerOp = perOp;
      else row.perOp = perOp;
      log(`  instructions: ${workload.phase} × ${workload.count} at ${workload.processes} processes, ${name}: ${(perOp / 1e6).toFixed(3)} M instructions per operation`);
    }
    rows.push(row);
  }
  return { available: true, rows };
}
