import { GseError } from "../errors/GseError.js";
import { createJsonLogger, type Logger } from "../logging/Logger.js";
import { createBoundedLineWriter } from "./createBoundedLineWriter.js";
import { checkFaultRule } from "./faults/createFaultInjector.js";
import { MAX_CONCURRENCY } from "./fleet/createFleetLauncher.js";
import type { FaultRule } from "./faults/FaultRule.js";
import type { GseLocalOptions } from "./GseLocal.js";
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { LocalLimits } from "./control/catalogue/localLimits.js";
import type { OrchestratorTimings } from "./orchestrator/createOrchestrator.js";

/**
 * The longest delay a Node timer takes; a longer one fires after 1 ms, which
 * would turn "practically never" into "at once".
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;
export { MAX_CONCURRENCY };
/** The largest value of each of `limits` (a quota, not a buffer: nothing is allocated up front). */
export const MAX_LIMIT = 100_000;

/** Every option checked, with its default: what createGseLocal wires. */
export interface ResolvedGseLocalOptions extends OrchestratorTimings {
  host: string;
  grpcPort: number;
  httpPort: number;
  publicIp: string;
  keys: { secretId: string; secretKey: string } | undefined;
  launch: GseLocalOptions["launch"];
  faults: FaultRule[];
  logger: Logger;
  verifyPeers: boolean;
  stateDirectory: string | undefined;
  logUrlLifetimeSeconds: number;
  dashboardTokenLifetimeSeconds: number;
  control: {
    assetDir: string;
    workDir: string | undefined;
    scalingEvaluationIntervalMs: number;
    fleetActivationTimeoutMs: number;
    limits: Partial<LocalLimits>;
    region: string;
    output: (line: string) => void;
  };
}

/**
 * A health check's deadline, whatever the interval. GSE and GameLift give a
 * process up to its one-minute interval to answer; tying the deadline to the
 * interval made every test that checks health every few milliseconds fail
 * healthy processes under load. 10 s is twice the SDK's own health-handler
 * timeout (5 s), so a slow handler's answer (false) arrives before gse-local
 * gives up on it, and it is what the default 60 s interval always had.
 */
export const DEFAULT_HEALTH_CHECK_TIMEOUT_MS = 10_000;

/** Checks every option before anything starts; throws GseError CONFIG_INVALID naming the option. */
export function resolveGseLocalOptions(options: GseLocalOptions): ResolvedGseLocalOptions {
  if (typeof options !== "object" || options === null) throw invalid("options", "must be an object", options);
  const host = text("host", options.host ?? "127.0.0.1");
  const healthCheckIntervalMs = ms("healthCheckIntervalMs", options.healthCheckIntervalMs ?? 60_000);
  const secretId = options.secretId === undefined ? undefined : text("secretId", options.secretId);
  const secretKey = options.secretKey === undefined ? undefined : text("secretKey", options.secretKey);
  if ((secretId === undefined) !== (secretKey === undefined)) throw invalid(secretId === undefined ? "secretId" : "secretKey", "must be set together with the other key, or neither", undefined);
  const killAtTerminationTime = options.killAtTerminationTime ?? true;
  if (typeof killAtTerminationTime !== "boolean") throw invalid("killAtTerminationTime", "must be a boolean", killAtTerminationTime);
  if (options.faults !== undefined && !Array.isArray(options.faults)) throw invalid("faults", "must be a list of fault rules", options.faults);
  const faults = (options.faults ?? []).map((rule, index) => {
    try {
      return checkFaultRule(rule);
    } catch (error) {
      const field = (error as GseError).field;
      throw new GseError("CONFIG_INVALID", `faults[${index}]: ${(error as Error).message}`, { field: `faults[${index}]${field ? `.${field}` : ""}`, cause: error });
    }
  });
  const logger = options.logger ?? createJsonLogger({ level: "warn" });
  if (typeof logger !== "object" || logger === null || !(["debug", "info", "warn", "error"] as const).every((level) => typeof logger[level] === "function")) {
    throw invalid("logger", "must have debug, info, warn and error methods", logger);
  }
  return {
    host,
    grpcPort: port("grpcPort", options.grpcPort ?? 5758),
    httpPort: port("httpPort", options.httpPort ?? 8080),
    publicIp: options.publicIp === undefined ? (host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host) : text("publicIp", options.publicIp),
    fleetId: text("fleetId", options.fleetId ?? "fleet-local"),
    healthCheckIntervalMs,
    healthCheckTimeoutMs: ms("healthCheckTimeoutMs", options.healthCheckTimeoutMs ?? DEFAULT_HEALTH_CHECK_TIMEOUT_MS),
    unhealthyThreshold: integer("unhealthyThreshold", options.unhealthyThreshold ?? 3, 1, 1_000_000),
    reservationTimeoutMs: ms("reservationTimeoutMs", options.reservationTimeoutMs ?? 60_000),
    activationTimeoutMs: ms("activationTimeoutMs", options.activationTimeoutMs ?? 60_000),
    placementTimeoutMs: ms("placementTimeoutMs", options.placementTimeoutMs ?? 60_000),
    terminationGraceMs: ms("terminationGraceMs", options.terminationGraceMs ?? 300_000),
    livenessIntervalMs: ms("livenessIntervalMs", options.livenessIntervalMs ?? 1_000),
    killAtTerminationTime,
    keys: secretId !== undefined && secretKey !== undefined ? { secretId, secretKey } : undefined,
    launch: options.launch === undefined ? undefined : launch(options.launch),
    faults,
    logger,
    verifyPeers: boolean("verifyPeers", options.verifyPeers ?? true),
    stateDirectory: options.stateDirectory === undefined ? undefined : text("stateDirectory", options.stateDirectory),
    logUrlLifetimeSeconds: integer("logUrlLifetimeSeconds", options.logUrlLifetimeSeconds ?? 900, 1, 7 * 24 * 3600),
    dashboardTokenLifetimeSeconds: integer("dashboardTokenLifetimeSeconds", options.dashboardTokenLifetimeSeconds ?? 12 * 3600, 1, 7 * 24 * 3600),
    control: {
      assetDir: resolve(text("assetDir", options.assetDir ?? "gse-assets")),
      workDir: options.fleetWorkDir === undefined ? undefined : directory("fleetWorkDir", options.fleetWorkDir),
      // Down to 100 ms, so tests and the demo can watch scaling happen.
      scalingEvaluationIntervalMs: integer("scalingEvaluationIntervalMs", options.scalingEvaluationIntervalMs ?? 60_000, 100, MAX_TIMER_MS),
      fleetActivationTimeoutMs: ms("fleetActivationTimeoutMs", options.fleetActivationTimeoutMs ?? 120_000),
      limits: limits(options.limits),
      region: text("region", options.region ?? "ap-guangzhou"),
      output: fleetOutput(options.fleetOutput),
    },
  };
}

/** A folder gse-local creates when missing; refused when something else is there. */
function directory(field: string, value: unknown): string {
  const path = resolve(text(field, value));
  if (existsSync(path) && !statSync(path).isDirectory()) throw invalid(field, "must name a directory (it is created when missing), not a file", value);
  return path;
}

function boolean(field: string, value: unknown): boolean {
  if (typeof value !== "boolean") throw invalid(field, "must be a boolean", value);
  return value;
}

function fleetOutput(value: GseLocalOptions["fleetOutput"]): (line: string) => void {
  // Bounded: a fleet writing faster than stderr is read must not grow gse-local's memory.
  if (value === undefined) return createBoundedLineWriter(process.stderr);
  if (typeof value !== "function") throw invalid("fleetOutput", "must be a function", value);
  return value;
}

function limits(value: GseLocalOptions["limits"]): Partial<LocalLimits> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null) throw invalid("limits", "must be an object", value);
  const out: Partial<Record<keyof LocalLimits, number>> = {};
  for (const key of ["assets", "fleets", "aliases", "queues", "instances"] as const) {
    if (value[key] !== undefined) out[key] = integer(`limits.${key}`, value[key], 1, MAX_LIMIT);
  }
  return out;
}

function launch(value: NonNullable<GseLocalOptions["launch"]>): NonNullable<GseLocalOptions["launch"]> {
  if (typeof value !== "object" || value === null) throw invalid("launch", "must be an object {command, concurrency}", value);
  text("launch.command", value.command);
  if (value.command.trim() === "") throw invalid("launch.command", "must be a non-empty shell command line", value.command);
  integer("launch.concurrency", value.concurrency, 1, MAX_CONCURRENCY);
  if (value.cwd !== undefined) text("launch.cwd", value.cwd);
  if (value.output !== undefined && typeof value.output !== "function") throw invalid("launch.output", "must be a function", value.output);
  return value;
}

function text(field: string, value: unknown): string {
  if (typeof value !== "string" || value === "") throw invalid(field, "must be a non-empty string", value);
  return value;
}

function port(field: string, value: unknown): number {
  return integer(field, value, 0, 65535);
}

function integer(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) throw invalid(field, `must be an integer from ${min} to ${max}`, value);
  return value;
}

function ms(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MS) {
    throw invalid(field, `must be a positive number of milliseconds up to ${MAX_TIMER_MS}`, value);
  }
  return value;
}

function invalid(field: string, rule: string, value: unknown): GseError {
  const shown = typeof value === "string" ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value === "function" ? "a function" : typeof value === "object" && value !== null ? "an object" : String(value);
  return new GseError("CONFIG_INVALID", `gse-local option ${field} ${rule}, got ${shown}`, { field });
}
