import type { Logger } from "../../logging/Logger.js";
import type { Clock } from "../core/Clock.js";
import type { FleetLauncherOptions } from "./FleetLauncher.js";
import type { LaunchedProcessRecord, LaunchRecorder } from "./LaunchedProcessRecord.js";
import { removeOutputFiles } from "./createOutputPipes.js";
import { isSameProcess } from "./processIdentity.js";

/** The processes a state directory says an earlier gse-local launched and that still run, by launcher. */
export interface AdoptionPool {
  /** The records of launcher `name`; each record is handed out once. */
  take(name: string): LaunchedProcessRecord[];
  /** The records of launcher `name`, left in the pool. */
  peek(name: string): readonly LaunchedProcessRecord[];
  /** The records no launcher took. */
  rest(): LaunchedProcessRecord[];
}

/** With a state directory: how launchers record what they start, and take back what an earlier gse-local started. */
export interface LaunchPersistence {
  readonly recorder: LaunchRecorder;
  readonly adoption: AdoptionPool;
  /** The clock adopted processes are polled on, and how often (gse-local's liveness interval). */
  readonly clock: Clock;
  readonly pollMs: number;
  /** Where launched processes' output files go. */
  readonly outputDir: string;
}

/** The options of the launcher called `name` that make it persist and adopt. */
export function persistenceOptions(persistence: LaunchPersistence, name: string): Pick<FleetLauncherOptions, "name" | "recorder" | "adopt" | "clock" | "adoptedPollMs" | "outputDir"> {
  return { name, recorder: persistence.recorder, adopt: persistence.adoption.take(name), clock: persistence.clock, adoptedPollMs: persistence.pollMs, outputDir: persistence.outputDir };
}

/**
 * At start, with a state directory: which of the launched processes it
 * kept are still the processes that were launched. A record whose pid is
 * gone, a zombie, or now another process (another start time, or another
 * boot) is forgotten and its process never signalled; so is one whose
 * identity could not be read when it was launched (no /proc).
 */
export function claimLaunchedProcesses(records: readonly LaunchedProcessRecord[], recorder: LaunchRecorder, logger: Logger): AdoptionPool {
  const byLauncher = new Map<string, LaunchedProcessRecord[]>();
  for (const record of records) {
    if (record.identity !== undefined && isSameProcess(record.pid, record.identity)) {
      const list = byLauncher.get(record.launcher);
      if (list) list.push(record);
      else byLauncher.set(record.launcher, [record]);
      continue;
    }
    logger.info({ pid: record.pid, launcher: record.launcher }, "a launched process of the state directory is gone (or its pid is another process now); not adopted");
    recorder.forget(record.pid);
    if (record.output) removeOutputFiles(record.output);
  }
  return {
    take(name) {
      const list = byLauncher.get(name) ?? [];
      byLauncher.delete(name);
      return list;
    },
    peek: (name) => byLauncher.get(name) ?? [],
    rest: () => [...byLauncher.values()].flat(),
  };
}
