import { readlink } from "node:fs/promises";
import { readProcessCredentials, type ProcessCredentials } from "../security/openLogFile.js";

/** What gse-local asks of this host's processes: the orchestrator's window on pids. Tests pass their own. */
export interface HostProcesses {
  /** Whether a pid is a running process. */
  isAlive(pid: number): boolean;
  /** SIGKILL, ignoring a process already gone. */
  kill(pid: number): void;
  /** The process's working directory, when the platform tells. */
  cwd(pid: number): Promise<string | undefined>;
  /** The process's file-system credentials, when the platform tells. */
  credentials?(pid: number): ProcessCredentials | undefined;
}

export const hostProcesses: HostProcesses = {
  isAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "EPERM";
    }
  },
  kill(pid) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Gone meanwhile.
    }
  },
  credentials: (pid) => readProcessCredentials(pid),

  cwd: (pid) => readlink(`/proc/${pid}/cwd`).then(
    (cwd) => cwd,
    () => undefined,
  ),
};
