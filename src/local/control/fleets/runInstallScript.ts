import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface InstallResult {
  /** False when the build has no install.sh at its root. */
  readonly ran: boolean;
  readonly ok: boolean;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  /** The last part of its stdout and stderr, interleaved, at most `maxOutputChars`. */
  readonly output: string;
}

/**
 * Runs the build's install.sh (as GSE did before starting a fleet's
 * processes) with `sh` in the build folder, and reports how it ended. A
 * script that outlives `timeoutMs` is killed with its process group. Its
 * output is kept within a bound, the tail first, because a failure's
 * reason is usually at the end.
 */
export function runInstallScript(
  buildDir: string,
  options: { timeoutMs: number; env?: Record<string, string>; maxOutputChars?: number; signal?: AbortSignal },
): Promise<InstallResult> {
  const script = join(buildDir, "install.sh");
  if (!existsSync(script)) {
    return Promise.resolve({ ran: false, ok: true, exitCode: null, signal: null, timedOut: false, output: "" });
  }
  const max = options.maxOutputChars ?? 4096;
  return new Promise((resolve) => {
    let output = "";
    let timedOut = false;
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-max);
    };
    const child = spawn("sh", ["install.sh"], {
      cwd: buildDir,
      env: { ...process.env, ...options.env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const killGroup = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    const onAbort = () => killGroup();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve({ ran: true, ok: false, exitCode: null, signal: null, timedOut: false, output: `could not run install.sh: ${error.message}` });
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve({ ran: true, ok: exitCode === 0 && !timedOut, exitCode, signal, timedOut, output: output.trimEnd() });
    });
  });
}
