import { isSameProcess, type ProcessIdentity } from "./processIdentity.js";

/**
 * Pids of running processes some fleet launcher in this process started
 * (--launch, and the control plane's fleets) or re-adopted after a crash:
 * the only processes gse-local may signal. Module-wide so every launcher's
 * processes count, whoever created the launcher.
 *
 * A child of ours cannot be mistaken for another process: its pid is not
 * recycled before we reap it, and the launcher forgets it when it does. An
 * adopted process is not our child; its pid is recycled as soon as init
 * reaps it, which we learn only at the next liveness poll. So for those the
 * identity is checked again on every question.
 */
const LAUNCHED = new Map<number, ProcessIdentity | undefined>();

export function markLaunched(pid: number, adoptedIdentity?: ProcessIdentity): void {
  LAUNCHED.set(pid, adoptedIdentity);
}

export function unmarkLaunched(pid: number): void {
  LAUNCHED.delete(pid);
}

/** Whether `pid` is a running process a fleet launcher in this process started or adopted. */
export function isLaunchedProcess(pid: number): boolean {
  if (!LAUNCHED.has(pid)) return false;
  const identity = LAUNCHED.get(pid);
  return identity === undefined || isSameProcess(pid, identity);
}
