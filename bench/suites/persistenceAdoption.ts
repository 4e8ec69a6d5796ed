// Suite 11's re-adoption rows: what taking back launched processes after a
// crash costs. gse-local A runs --launch with N processes (`sleep`s) on a
// state directory; a copy of that directory, taken while A runs, is what a
// kill -9 of A would leave. gse-local B started on the copy re-adopts A's N
// processes; started on an empty directory it launches N. Timed: from
// createGseLocal until every slot has a process. And the steady cost: one
// liveness poll of an adopted process.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger } from "gse-sdk";
import { createGseLocal, type GseLocal } from "gse-sdk/local";
import { identityOf, isSameProcess } from "../../src/local/fleet/processIdentity.js";
import { median } from "../lib/stats.js";

export interface AdoptionResult {
  processes: number;
  rounds: number;
  /** createGseLocal until every slot has a process, ms, median of rounds. */
  freshMs: number;
  adoptMs: number;
  /** One liveness check of an adopted process (what each poll does), µs. */
  pollUs: number;
}

const COMMAND = "exec sleep 600";

async function start(stateDirectory: string, processes: number): Promise<{ local: GseLocal; ms: number }> {
  const started = performance.now();
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, logger: silentLogger, stateDirectory, launch: { command: COMMAND, concurrency: processes, output: () => {} } });
  const fleet = local.fleet!;
  if (fleet.pids.length < processes) {
    await new Promise<void>((resolve) => {
      const onSpawn = () => {
        if (fleet.pids.length < processes) return;
        fleet.events.off("spawn", onSpawn);
        resolve();
      };
      fleet.events.on("spawn", onSpawn);
    });
  }
  return { local, ms: performance.now() - started };
}

export async function adoptionRows(processes: number, rounds: number): Promise<AdoptionResult> {
  const dir = mkdtempSync(join(tmpdir(), "gse-bench-adopt-"));
  const fresh: number[] = [];
  const adopt: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const runningDir = join(dir, `a-${round}`);
      const crashedDir = join(dir, `b-${round}`);
      const emptyDir = join(dir, `fresh-${round}`);
      const a = await start(runningDir, processes);
      mkdirSync(crashedDir);
      for (const file of ["snapshot.json", "journal.log", "lock"]) if (existsSync(join(runningDir, file))) copyFileSync(join(runningDir, file), join(crashedDir, file));
      const order = round % 2 === 0 ? ["fresh", "adopt"] : ["adopt", "fresh"];
      for (const which of order) {
        const b = await start(which === "fresh" ? emptyDir : crashedDir, processes);
        (which === "fresh" ? fresh : adopt).push(b.ms);
        const same = b.local.fleet!.pids.filter((pid) => a.local.fleet!.pids.includes(pid)).length;
        if (which === "adopt" && same !== processes) throw new Error(`re-adoption bench: ${same} of ${processes} processes were adopted`);
        await b.local.close();
      }
      await a.local.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const self = identityOf(process.pid)!;
  const checks = 20_000;
  const started = performance.now();
  for (let i = 0; i < checks; i++) isSameProcess(process.pid, self);
  const pollUs = ((performance.now() - started) * 1000) / checks;
  return { processes, rounds, freshMs: median(fresh), adoptMs: median(adopt), pollUs };
}
