// Suite 11's re-adoption rows: what taking back launched processes after a
// crash costs. A gse-local started on a state directory that names N live
// launched processes (played by `sleep`s this process starts, recorded
// through the journal as a launcher records them) against one started on an
// empty directory, which launches N: time from createGseLocal to N slots
// filled. And the steady cost: one liveness poll of an adopted process.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger } from "gse-sdk";
import { createGseLocal } from "gse-sdk/local";
import { identityOf, isSameProcess } from "../../src/local/fleet/processIdentity.js";
import { openStateJournal } from "../../src/local/persistence/openStateJournal.js";
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

async function timeStart(stateDirectory: string, processes: number): Promise<number> {
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
  const elapsed = performance.now() - started;
  await local.close();
  return elapsed;
}

export async function adoptionRows(processes: number, rounds: number): Promise<AdoptionResult> {
  const dir = mkdtempSync(join(tmpdir(), "gse-bench-adopt-"));
  const fresh: number[] = [];
  const adopt: number[] = [];
  const sleepers: ChildProcess[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const emptyDir = join(dir, `fresh-${round}`);
      const keptDir = join(dir, `kept-${round}`);
      // What a crashed gse-local leaves: N live processes in the journal.
      const batch = Array.from({ length: processes }, () => spawn("sleep", ["600"], { stdio: "ignore", detached: true }));
      sleepers.push(...batch);
      await Promise.all(batch.map((child) => once(child, "spawn")));
      const journal = openStateJournal({ directory: keptDir });
      journal.record(
        batch.map((child, slot) => {
          const pid = child.pid!;
          return { domain: "launchedProcesses", key: String(pid), value: { pid, pgid: pid, identity: identityOf(pid), launcher: "launch", slot, command: COMMAND, startedAt: Date.now() } };
        }),
      );
      await journal.close();
      const order = round % 2 === 0 ? ["fresh", "adopt"] : ["adopt", "fresh"];
      for (const which of order) {
        if (which === "fresh") fresh.push(await timeStart(emptyDir, processes));
        else adopt.push(await timeStart(keptDir, processes));
      }
    }
  } finally {
    for (const child of sleepers) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
  const self = identityOf(process.pid)!;
  const checks = 20_000;
  const started = performance.now();
  for (let i = 0; i < checks; i++) isSameProcess(process.pid, self);
  const pollUs = ((performance.now() - started) * 1000) / checks;
  return { processes, rounds, freshMs: median(fresh), adoptMs: median(adopt), pollUs };
}
