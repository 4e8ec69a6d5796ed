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
