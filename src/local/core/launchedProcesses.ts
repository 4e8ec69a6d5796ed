import type { LaunchedProcessRecord, LaunchRecorder } from "../fleet/LaunchedProcessRecord.js";
import type { CoreStore } from "./createCoreStore.js";

/**
 * Processes gse-local's fleet launchers started, so a state directory keeps
 * them: after a crash the restarted gse-local re-adopts those still running
 * (fleet/claimLaunchedProcesses). Not an agent table: restartAgent's
 * forgetState does not clear it, the host still runs them.
 */
export interface LaunchedProcessDomain extends LaunchRecorder {
  list(): LaunchedProcessRecord[];
}

export const LAUNCHED_READS: readonly (keyof LaunchedProcessDomain)[] = ["list"];

export function createLaunchedProcessDomain(store: CoreStore): LaunchedProcessDomain {
  return {
    list: () => [...store.tables.launchedProcesses.values()],
    remember: (record) => store.put("launchedProcesses", record),
    forget: (pid) => store.delete("launchedProcesses", pid),
  };
}
