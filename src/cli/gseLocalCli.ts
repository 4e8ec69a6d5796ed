import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { isGseError } from "../errors/GseError.js";
import { createJsonLogger, isLogLevel } from "../logging/Logger.js";
import { createGseLocal } from "../local/createGseLocal.js";
import type { GseLocalOptions } from "../local/GseLocal.js";
import type { FaultRule } from "../local/faults/FaultRule.js";
import { parseFaultRule } from "../local/faults/parseFaultRule.js";
import { MAX_CONCURRENCY, MAX_LIMIT, MAX_TIMER_MS } from "../local/resolveGseLocalOptions.js";
import { createTimeline, type Timeline } from "../local/observe/createTimeline.js";
import { LOCAL_SECRET_ID_ENV, LOCAL_SECRET_KEY_ENV } from "../protocol/env.js";
import { createBoundedLineWriter } from "../local/createBoundedLineWriter.js";
import { runStatus } from "./runStatus.js";

/** The exit code of every kind of bad usage: an unknown flag, a bad value, an option gse-local refuses. */
export const EXIT_USAGE = 2;
/** gse-local could not start (a port in use, say). */
export const EXIT_FAILURE = 1;

const usage = `gse-local: a local GSE agent and cloud API

Usage: gse-local [options]
       gse-local status [--endpoint host:port]   print what a running gse-local holds, and exit

  --host <ip>                 interface to bind (default 127.0.0.1)
  --grpc-port <n>             agent (GseGrpcSdkService) port, 0 = any free (default 5758)
  --http-port <n>             cloud API port, 0 = any free (default 8080)
  --public-ip <ip>            address handed to players (default: host)
  --fleet-id <id>             fleet for alias and placement sessions (default fleet-local)
  --health-interval <ms>      OnHealthCheck cadence (default 60000)
  --health-timeout <ms>       health check deadline (default 10000, whatever the interval)
  --unhealthy-threshold <n>   failed checks before OnProcessTerminate (default 3)
  --reservation-timeout <ms>  RESERVED -> TIMEDOUT after (default 60000)
  --activation-timeout <ms>   ACTIVATING -> ERROR after (default 60000)
  --placement-timeout <ms>    PENDING placement -> TIMED_OUT after (default 60000)
  --termination-grace <ms>    terminationTime sent with OnProcessTerminate, from now (default 300000)
  --launch "<command>"        make the default fleet run this command (sh -c, in this directory):
                              one instance of --concurrency processes; UpdateFleetCapacity adds more
  --concurrency <n>           processes per instance with --launch, 1 to ${MAX_CONCURRENCY} (default 1)
  --asset-dir <dir>           stands in for the COS bucket: CreateAsset's BucketKey names a zip
                              in it (default ./gse-assets)
  --fleet-work-dir <dir>      where fleets' builds are unpacked, one folder per fleet, kept
                              (default: a fresh folder under the OS temp dir, removed at exit)
  --fleet-activation-timeout <ms>
                              a new fleet with no ready process by then is ERROR
                              (FLEET_ACTIVATION_FAILED; default 120000)
  --scaling-interval <ms>     how often scaling policies and timers are evaluated (default 60000)
  --max-fleets <n>            fleets this gse-local holds, its quota (default 50); likewise
  --max-instances <n>         instances across all fleets, also each fleet's MaxSize bound (default 200)
  --max-assets <n>, --max-aliases <n>, --max-queues <n>
                              (default 100 each); all 1 to 100000 (DescribeUserQuotas)
  --region <region>           region of resources whose request names none (default ap-guangzhou)
  --secret-id <id>            require signed cloud API requests (or $${LOCAL_SECRET_ID_ENV})
  --secret-key <key>          (or $${LOCAL_SECRET_KEY_ENV})
  --log-level <level>         gse-local's own diagnostics on stderr (default warn)
  --state-dir <path>          keep the state in this directory: a restart (or a crash)
                              resumes it (default: in memory only)
  --verify-peers <on|off>     check that each agent call comes from the pid it names
                              (Linux /proc; default on)
  --pretty                    a readable timeline on stdout (default when stdout is a terminal)
  --json                      JSON lines on stdout (default when it is not)
  --fault "<method>:<action>[:arg][xN]"
                              inject a fault (repeatable); method is an agent method,
                              * (every agent method), OnHealthCheck, OnStartGameServerSession
                              or OnProcessTerminate; action is delay:<ms>, drop,
                              fail:<gRPC status> or refuse:ERROR_400|ERROR_500;
                              xN: only the next N matching calls. Examples:
                              --fault AcceptPlayerSession:fail:UNAVAILABLEx2
                              --fault "*:delay:200"
  -v, --version               print gse-local's version (the gse-sdk package's) and exit
  -h, --help

Exit codes: 0 after SIGINT or SIGTERM, ${EXIT_USAGE} for bad usage, ${EXIT_FAILURE} when gse-local cannot start.
The dashboard is at http://<host>:<http-port>/dashboard/, Prometheus metrics at /metrics.

With --json, stdout carries JSON lines only: first {"event":"listening","grpcPort":N,"httpPort":N,"dashboard":URL},
then one line per call and transition. Launched processes' output goes to stderr,
each line prefixed with "[pid N]". With --pretty, stdout is a timeline: short ids,
rounded durations, health checks folded until one changes, the games' warnings.`;

/** Every numeric flag: the option it sets and its range (integers only). */
const NUMERIC = {
  "grpc-port": { key: "grpcPort", min: 0, max: 65535 },
  "http-port": { key: "httpPort", min: 0, max: 65535 },
  "health-interval": { key: "healthCheckIntervalMs", min: 1, max: MAX_TIMER_MS },
  "health-timeout": { key: "healthCheckTimeoutMs", min: 1, max: MAX_TIMER_MS },
  "unhealthy-threshold": { key: "unhealthyThreshold", min: 1, max: 1_000_000 },
  "reservation-timeout": { key: "reservationTimeoutMs", min: 1, max: MAX_TIMER_MS },
  "activation-timeout": { key: "activationTimeoutMs", min: 1, max: MAX_TIMER_MS },
  "placement-timeout": { key: "placementTimeoutMs", min: 1, max: MAX_TIMER_MS },
  "termination-grace": { key: "terminationGraceMs", min: 1, max: MAX_TIMER_MS },
  concurrency: { key: "concurrency", min: 1, max: MAX_CONCURRENCY },
  "scaling-interval": { key: "scalingEvaluationIntervalMs", min: 100, max: MAX_TIMER_MS },
  "fleet-activation-timeout": { key: "fleetActivationTimeoutMs", min: 1, max: MAX_TIMER_MS },
  "max-assets": { key: "limits.assets", min: 1, max: MAX_LIMIT },
  "max-fleets": { key: "limits.fleets", min: 1, max: MAX_LIMIT },
  "max-aliases": { key: "limits.aliases", min: 1, max: MAX_LIMIT },
  "max-queues": { key: "limits.queues", min: 1, max: MAX_LIMIT },
  "max-instances": { key: "limits.instances", min: 1, max: MAX_LIMIT },
} as const;

/** The flag of an option createGseLocal refuses (its CONFIG_INVALID `field`), so the message names what the user typed. */
const STRING_FLAGS: Readonly<Record<string, string>> = {
  host: "host",
  publicIp: "public-ip",
  fleetId: "fleet-id",
  assetDir: "asset-dir",
  fleetWorkDir: "fleet-work-dir",
  region: "region",
  stateDirectory: "state-dir",
  "launch.command": "launch",
};
function flagOfField(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  if (STRING_FLAGS[field] !== undefined) return `--${STRING_FLAGS[field]}`;
  const numeric = Object.entries(NUMERIC).find(([, spec]) => spec.key === field || `launch.${spec.key}` === field);
  return numeric && `--${numeric[0]}`;
}

class UsageError extends Error {}

/** `--flag` as a decimal integer in its range, or a UsageError naming the flag. */
function integerFlag(flag: keyof typeof NUMERIC, raw: string): number {
  const { min, max } = NUMERIC[flag];
  const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${flag} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** Reads the command line into createGseLocal's options; throws UsageError. */
function readOptions(values: Record<string, string | boolean | string[] | undefined>, timeline: Timeline | undefined): GseLocalOptions {
  const options: GseLocalOptions = {};
  const numbers: Partial<Record<keyof typeof NUMERIC, number>> = {};
  for (const flag of Object.keys(NUMERIC) as (keyof typeof NUMERIC)[]) {
    const raw = values[flag];
    if (typeof raw === "string") numbers[flag] = integerFlag(flag, raw);
  }
  const limits: Record<string, number> = {};
  for (const [flag, value] of Object.entries(numbers)) {
    const { key } = NUMERIC[flag as keyof typeof NUMERIC];
    if (key.startsWith("limits.")) limits[key.slice("limits.".length)] = value;
    else if (key !== "concurrency") (options as Record<string, unknown>)[key] = value;
  }
  if (Object.keys(limits).length > 0) options.limits = limits;
  if (typeof values["host"] === "string") options.host = values["host"];
  const faults: FaultRule[] = [];
  for (const spec of (values["fault"] as string[] | undefined) ?? []) {
    try {
      faults.push(parseFaultRule(spec));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  if (faults.length > 0) options.faults = faults;
  if (typeof values["public-ip"] === "string") options.publicIp = values["public-ip"];
  if (typeof values["fleet-id"] === "string") options.fleetId = values["fleet-id"];
  if (typeof values["asset-dir"] === "string") options.assetDir = values["asset-dir"];
  if (typeof values["fleet-work-dir"] === "string") options.fleetWorkDir = values["fleet-work-dir"];
  if (typeof values["region"] === "string") options.region = values["region"];
  // Fleets' processes write to stderr: stdout carries JSON lines only.
  options.fleetOutput = (line) => process.stderr.write(`${line}\n`);
  const secretId = (values["secret-id"] as string | undefined) ?? process.env[LOCAL_SECRET_ID_ENV];
  const secretKey = (values["secret-key"] as string | undefined) ?? process.env[LOCAL_SECRET_KEY_ENV];
  if ((secretId === undefined) !== (secretKey === undefined)) throw new UsageError("--secret-id and --secret-key go together");
  if (secretId !== undefined && secretKey !== undefined) Object.assign(options, { secretId, secretKey });
  const level = values["log-level"] ?? "warn";
  if (!isLogLevel(level)) throw new UsageError(`--log-level must be debug, info, warn, error or silent, got ${JSON.stringify(level)}`);
  options.logger = createJsonLogger({ level });
  if (typeof values["state-dir"] === "string") options.stateDirectory = values["state-dir"];
  const verifyPeers = values["verify-peers"];
  if (verifyPeers !== undefined) {
    if (verifyPeers !== "on" && verifyPeers !== "off") throw new UsageError(`--verify-peers must be on or off, got ${JSON.stringify(verifyPeers)}`);
    options.verifyPeers = verifyPeers === "on";
  }
  if (typeof values["launch"] === "string") {
    const output = timeline ? (line: string) => timeline.gameOutput(line) : createBoundedLineWriter(process.stderr);
    options.launch = { command: values["launch"], concurrency: numbers.concurrency ?? 1, output };
  } else if (numbers.concurrency !== undefined) {
    throw new UsageError("--concurrency needs --launch");
  }
  return options;
}

/** Runs the gse-local command; resolves with the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === "status") {
    return runStatus(argv.slice(1), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env: process.env, now: Date.now });
  }
  let options: GseLocalOptions;
  let timeline: Timeline | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        host: { type: "string" },
        "public-ip": { type: "string" },
        "fleet-id": { type: "string" },
        "asset-dir": { type: "string" },
        "fleet-work-dir": { type: "string" },
        region: { type: "string" },
        launch: { type: "string" },
        "secret-id": { type: "string" },
        "secret-key": { type: "string" },
        "log-level": { type: "string" },
        "state-dir": { type: "string" },
        "verify-peers": { type: "string" },
        fault: { type: "string", multiple: true },
        pretty: { type: "boolean" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        ...Object.fromEntries(Object.keys(NUMERIC).map((flag) => [flag, { type: "string" as const }])),
      },
    });
    if (values["help"]) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    if (values["version"]) {
      process.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    if (values["pretty"] && values["json"]) throw new UsageError("--pretty and --json are two outputs; choose one");
    const pretty = values["pretty"] === true || (values["json"] !== true && process.stdout.isTTY === true);
    if (pretty) timeline = createTimeline({ print: (line) => process.stdout.write(`${line}\n`), verbose: false, cloudCalls: true, time: "clock" });
    options = readOptions(values, timeline);
  } catch (error) {
    const detail = (error as Error).message;
    process.stderr.write(error instanceof UsageError ? `gse-local: ${detail}\n` : `gse-local: ${detail}\n\n${usage}\n`);
    return EXIT_USAGE;
  }

  const print = (fields: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
  let local;
  try {
    local = await createGseLocal(options);
  } catch (error) {
    const flag = isGseError(error, "CONFIG_INVALID") ? flagOfField(error.field) : undefined;
    process.stderr.write(`gse-local: ${flag ? `${flag}: ` : ""}${error instanceof Error ? error.message : String(error)}\n`);
    return isGseError(error, "CONFIG_INVALID") ? EXIT_USAGE : EXIT_FAILURE;
  }
  let stopping = false;
  if (timeline) {
    const story = timeline;
    story.note("gse-local", `agent ${local.agentAddress} · cloud API http://${local.cloudEndpoint} · metrics /metrics`);
    story.note("dashboard", local.dashboardUrl);
    local.events.on("event", story.local);
    local.fleet?.events.on("restart", ({ oldPid, pid, index }: { oldPid: number; pid: number; index: number }) => story.spawned(pid, index, oldPid));
    // At shutdown the fleet stops its processes; their exits are not crashes to report.
    local.fleet?.events.on("exit", ({ pid, code, signal }: { pid: number; code: number | null; signal: string | null }) => {
      if (!stopping) story.exited(pid, code, signal);
    });
  } else {
    process.stdout.write(`${JSON.stringify({ event: "listening", grpcPort: local.grpcPort, httpPort: local.httpPort, dashboard: local.dashboardUrl })}\n`);
    local.events.on("event", (event: { type: string }) => {
      const { type, ...rest } = event;
      print({ event: type, ...rest });
    });
  }

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  stopping = true;
  if (timeline) timeline.note("gse-local", `${signal}: shutting down`);
  else print({ event: "shutdown", signal });
  await local.close();
  return 0;
}

/** The installed package's version: compiled to dist/src/cli/, the manifest is three levels up. */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return String(manifest.version);
}
