import type { Logger } from "../../logging/Logger.js";
import type { Clock, ClockTimer } from "../core/Clock.js";
import { adoptProcess, type AdoptedRunning } from "./adoptProcess.js";
import { removeOutputFiles } from "./createOutputPipes.js";
import type { LaunchedProcessRecord, LaunchRecorder } from "./LaunchedProcessRecord.js";
import { markLaunched, unmarkLaunched } from "./launchedPids.js";
import { terminate } from "./processGroups.js";

const POLL_MS = 100;

export interface StrayProcesses {
  /** SIGKILL to what is left; resolves once it is gone. */
  close(): Promise<void>;
}

/**
 * Processes an earlier gse-local launched that no launcher of this one took
 * back (gse-local restarted without --launch, an instance or a
 * ServerProcesses entry that no longer exists): nobody will replace or
 * manage them, so they are ended as a shutdown would end them, SIGTERM to
 * their group, SIGKILL after `graceMs`.
 */
export function endStrayProcesses(records: readonly LaunchedProcessRecord[], options: { recorder: LaunchRecorder; clock: Clock; graceMs: number; logger: Logger }): StrayProcesses {
  const { clock, logger } = options;
  const left = new Set<AdoptedRunning>();
  const timers: ClockTimer[] = [];
  for (const record of records) {
    const { identity } = record;
    if (identity === undefined) continue;
    const running = adoptProcess({ ...record, identity }, clock, POLL_MS, () => {
      left.delete(running);
      unmarkLaunched(record.pid);
      options.recorder.forget(record.pid);
      if (record.output) removeOutputFiles(record.output);
    });
    left.add(running);
    markLaunched(record.pid, identity);
    logger.warn({ pid: record.pid, launcher: record.launcher }, "a launched process of the state directory belongs to no fleet any more; ending it");
    terminate(running, "SIGTERM", logger);
    timers.push(clock.setTimeout(() => running.exitedFlag || terminate(running, "SIGKILL", logger), options.graceMs));
  }
  return {
    async close() {
      for (const timer of timers) clock.clearTimeout(timer);
      const running = [...left];
      for (const each of running) terminate(each, "SIGKILL", logger);
      await Promise.all(running.map((each) => each.exited));
    },
  };
}
