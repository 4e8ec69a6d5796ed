import { GseError } from "../../errors/GseError.js";
import { MAX_CONCURRENCY, type FleetLauncherOptions } from "./FleetLauncher.js";

export function validateLauncherOptions(options: FleetLauncherOptions): void {
  const bad = (field: string, rule: string, value: unknown) =>
    new GseError("CONFIG_INVALID", `${field} must be ${rule}, got ${typeof value === "string" ? JSON.stringify(value) : String(value)}`, {
      field,
    });
  if (typeof options.command !== "string" || options.command.trim() === "") {
    throw bad("command", "a non-empty shell command line", options.command);
  }
  const n = options.concurrency;
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY) {
    throw bad("concurrency", `an integer from 1 to ${MAX_CONCURRENCY}`, n);
  }
  const delays = options.restartDelayMs;
  if (delays !== undefined) {
    const ms = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0;
    if (!ms(delays.initial)) throw bad("restartDelayMs.initial", "a non-negative number of milliseconds", delays.initial);
    if (!ms(delays.max) || delays.max < delays.initial) {
      throw bad("restartDelayMs.max", "a number of milliseconds no smaller than restartDelayMs.initial", delays.max);
    }
    if (delays.healthyAfterMs !== undefined && !ms(delays.healthyAfterMs)) {
      throw bad("restartDelayMs.healthyAfterMs", "a non-negative number of milliseconds", delays.healthyAfterMs);
    }
  }
  const poll = options.adoptedPollMs;
  if (poll !== undefined && !(typeof poll === "number" && Number.isFinite(poll) && poll > 0)) throw bad("adoptedPollMs", "a positive number of milliseconds", poll);
}
