import { readFileSync } from "node:fs";
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
  /** The pid's parent, when the platform tells (Linux /proc). */
  parentOf?(pid: number): number | undefined;
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
  parentOf(pid) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    } catch {
      return undefined;
    }
  },
  cwd: (pid) => readlink(`/proc/${pid}/cwd`).then(
    (cwd) => cwd,
    () => undefined,
  ),
};
