import { readFileSync } from "node:fs";
import { readProcessStat } from "../host/readProcessStat.js";

export { readProcessStat, type ProcessStat } from "../host/readProcessStat.js";

/**
 * Who a launched process is, beyond its pid: a pid is recycled once its
 * process is reaped, and a persisted pid read back after a crash may name
 * anything by then. The start time and the boot id together do not repeat
 * (a reboot restarts the tick count, so the boot id is part of it).
 */
export interface ProcessIdentity {
  readonly startTime: string;
  readonly bootId: string;
}

let bootId: string | undefined | null = null;
/** This boot's id (/proc/sys/kernel/random/boot_id), undefined off Linux. */
export function currentBootId(): string | undefined {
  if (bootId === null) {
    try {
      bootId = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() || undefined;
    } catch {
      bootId = undefined;
    }
  }
  return bootId;
}

/** The identity of a running process, undefined where /proc cannot tell it (not Linux, or the process is gone). */
export function identityOf(pid: number): ProcessIdentity | undefined {
  const boot = currentBootId();
  const stat = boot === undefined ? undefined : readProcessStat(pid);
  return stat && boot !== undefined ? { startTime: stat.startTime, bootId: boot } : undefined;
}

/** Whether `pid` is still the process `identity` was taken of, and not a zombie. */
export function isSameProcess(pid: number, identity: ProcessIdentity): boolean {
  if (currentBootId() !== identity.bootId) return false;
  const stat = readProcessStat(pid);
  return stat !== undefined && stat.startTime === identity.startTime && stat.state !== "Z" && stat.state !== "X";
}
