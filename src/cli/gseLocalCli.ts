import { parseArgs } from "node:util";
import { isGseError } from "../errors/GseError.js";
import { createJsonLogger, isLogLevel } from "../logging/Logger.js";
import { createGseLocal, type GseLocalOptions } from "../local/createGseLocal.js";
import type { FaultRule } from "../local/FaultRule.js";
import { parseFaultRule } from "../local/parseFaultRule.js";
import { createTimeline } from "../local/observe/createTimeline.js";
import { runStatus } from "./runStatus.js";

const usage = `gse-local: a local GSE agent and cloud API

Usage: gse-local [options]
       gse-local status [--endpoint host:port]   print what a running gse-local holds, and exit

  --host <ip>                 interface to bind (default 127.0.0.1)
  --grpc-port <n>             agent (GseGrpcSdkService) port, 0 = any free (default 5758)
  --http-port <n>             cloud API port, 0 = any free (default 8080)
  --public-ip <ip>            address handed to players (default: host)
  --fleet-id <id>             fleet for alias and placement sessions (default fleet-local)
  --health-interval <ms>      OnHealthCheck cadence (default 60000)
  --health-timeout <ms>       health check deadline (default min(interval, 10000))
  --unhealthy-threshold <n>   failed checks before OnProcessTerminate (default 3)
  --reservation-timeout <ms>  RESERVED -> TIMEDOUT after (default 60000)
  --activation-timeout <ms>   ACTIVATING -> ERROR after (default 60000)
  --placement-timeout <ms>    PENDING placement -> TIMED_OUT after (default 60000)
  --termination-grace <ms>    terminationTime sent with OnProcessTerminate, from now (default 300000)
  --launch "<command>"        start game processes like a fleet (run with sh -c)
  --concurrency <n>           processes kept running with --launch (default 1)
  --secret-id <id>            require signed cloud API requests (or $GSE_LOCAL_SECRET_ID)
  --secret-key <key>          (or $GSE_LOCAL_SECRET_KEY)
  --log-level <level>         gse-local's own diagnostics on stderr (default warn)
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
  -h, --help

The dashboard is at http://<host>:<http-port>/dashboard/, Prometheus metrics at /metrics.

With --json, stdout carries JSON lines only: first {"event":"listening","grpcPort":N,"httpPort":N,"dashboard":URL},
then one line per call and transition. Launched processes' output goes to stderr,
each line prefixed with "[pid N]". With --pretty, stdout is a timeline: short ids,
rounded durations, health checks folded until one changes, the games' warnings.`;

const numeric = {
  "grpc-port": "grpcPort",
  "http-port": "httpPort",
  "health-interval": "healthCheckIntervalMs",
  "health-timeout": "healthCheckTimeoutMs",
  "unhealthy-threshold": "unhealthyThreshold",
  "reservation-timeout": "reservationTimeoutMs",
  "activation-timeout": "activationTimeoutMs",
  "placement-timeout": "placementTimeoutMs",
  "termination-grace": "terminationGraceMs",
} as const;

/** Runs the gse-local command; resolves with the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === "status") {
    return runStatus(argv.slice(1), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env: process.env, now: Date.now });
  }
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        host: { type: "string" },
        "public-ip": { type: "string" },
        "fleet-id": { type: "string" },
        launch: { type: "string" },
        concurrency: { type: "string" },
        "secret-id": { type: "string" },
        "secret-key": { type: "string" },
        "log-level": { type: "string" },
        fault: { type: "string", multiple: true },
        pretty: { type: "boolean" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        ...Object.fromEntries(Object.keys(numeric).map((flag) => [flag, { type: "string" as const }])),
      },
    }));
  } catch (error) {
    process.stderr.write(`gse-local: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (values["help"]) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }

  if (values["pretty"] && values["json"]) {
    process.stderr.write("gse-local: --pretty and --json are two outputs; choose one\n");
    return 2;
  }
  const pretty = values["pretty"] === true || (values["json"] !== true && process.stdout.isTTY === true);
  const timeline = pretty ? createTimeline({ print: (line) => process.stdout.write(`${line}\n`), verbose: false, cloudCalls: true, time: "clock" }) : undefined;

  const options: GseLocalOptions = {};
  const mutable = options as Record<string, unknown>;
  for (const [flag, key] of Object.entries(numeric)) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (raw === "" || !Number.isFinite(value) || value < 0) {
      process.stderr.write(`gse-local: --${flag} must be a number >= 0, got ${JSON.stringify(raw)}\n`);
      return 2;
    }
    mutable[key] = value;
  }
  if (typeof values["host"] === "string") options.host = values["host"];
  const faults: FaultRule[] = [];
  for (const spec of (values["fault"] as string[] | undefined) ?? []) {
    try {
      faults.push(parseFaultRule(spec));
    } catch (error) {
      process.stderr.write(`gse-local: ${(error as Error).message}\n`);
      return 2;
    }
  }
  if (faults.length > 0) options.faults = faults;
  if (typeof values["public-ip"] === "string") options.publicIp = values["public-ip"];
  if (typeof values["fleet-id"] === "string") options.fleetId = values["fleet-id"];
  const secretId = (values["secret-id"] as string | undefined) ?? process.env["GSE_LOCAL_SECRET_ID"];
  const secretKey = (values["secret-key"] as string | undefined) ?? process.env["GSE_LOCAL_SECRET_KEY"];
  if ((secretId === undefined) !== (secretKey === undefined)) {
    process.stderr.write("gse-local: --secret-id and --secret-key go together\n");
    return 2;
  }
  if (secretId !== undefined && secretKey !== undefined) Object.assign(options, { secretId, secretKey });
  const level = values["log-level"] ?? "warn";
  if (!isLogLevel(level)) {
    process.stderr.write(`gse-local: --log-level must be debug, info, warn, error or silent, got ${JSON.stringify(level)}\n`);
    return 2;
  }
  options.logger = createJsonLogger({ level });
  if (typeof values["launch"] === "string") {
    const concurrency = Number(values["concurrency"] ?? 1);
    options.launch = {
      command: values["launch"],
      concurrency,
      output: timeline ? (line) => timeline.gameOutput(line) : (line) => process.stderr.write(`${line}\n`),
    };
  } else if (values["concurrency"] !== undefined) {
    process.stderr.write("gse-local: --concurrency needs --launch\n");
    return 2;
  }

  let stopping = false;
  const print = (fields: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
  let local;
  try {
    local = await createGseLocal(options);
  } catch (error) {
    process.stderr.write(`gse-local: ${isGseError(error) || error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  if (timeline) {
    timeline.note("gse-local", `agent ${local.agentAddress} · cloud API http://${local.cloudEndpoint} · metrics /metrics`);
    timeline.note("dashboard", local.dashboardUrl);
    local.events.on("event", timeline.local);
    local.fleet?.events.on("restart", ({ oldPid, pid, index }: { oldPid: number; pid: number; index: number }) => timeline.spawned(pid, index, oldPid));
    // At shutdown the fleet stops its processes; their exits are not crashes to report.
    local.fleet?.events.on("exit", ({ pid, code, signal }: { pid: number; code: number | null; signal: string | null }) => {
      if (!stopping) timeline.exited(pid, code, signal);
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
