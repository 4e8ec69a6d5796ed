import { readFileSync } from "node:fs";

/** A process as /proc/<pid>/stat shows it. */
export interface ProcessStat {
  readonly pid: number;
  /** R, S, D, Z (zombie), X (dead)... */
  readonly state: string;
  readonly ppid: number;
  readonly pgid: number;
  /** Field 22, starttime: clock ticks after boot. With the boot id, what tells a process from a later one with its pid. */
  readonly startTime: string;
}

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

export function readProcessStat(pid: number, procRoot = "/proc"): ProcessStat | undefined {
  let text: string;
  try {
    text = readFileSync(`${procRoot}/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // "pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime priority nice threads itrealvalue starttime ...":
  // comm may contain spaces and ")", so fields are counted from the last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const startTime = fields[19];
  if (fields[0] === undefined || startTime === undefined) return undefined;
  return { pid, state: fields[0], ppid: Number(fields[1]), pgid: Number(fields[2]), startTime };
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
