import { parseArgs } from "node:util";
import { isGseError } from "../errors/GseError.js";
import { createJsonLogger, isLogLevel } from "../logging/Logger.js";
import { createGseLocal, type GseLocalOptions } from "../local/createGseLocal.js";
import type { FaultRule } from "../local/FaultRule.js";
import { parseFaultRule } from "../local/parseFaultRule.js";
import { createBoundedLineWriter } from "../local/createBoundedLineWriter.js";

const usage = `gse-local: a local GSE agent and cloud API

Usage: gse-local [options]

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
  --fault "<method>:<action>[:arg][xN]"
                              inject a fault (repeatable); method is an agent method,
                              * (every agent method), OnHealthCheck, OnStartGameServerSession
                              or OnProcessTerminate; action is delay:<ms>, drop,
                              fail:<gRPC status> or refuse:ERROR_400|ERROR_500;
                              xN: only the next N matching calls. Examples:
                              --fault AcceptPlayerSession:fail:UNAVAILABLEx2
                              --fault "*:delay:200"
  -h, --help

stdout carries JSON lines only: first {"event":"listening","grpcPort":N,"httpPort":N},
then one line per call and transition. Launched processes' output goes to stderr,
each line prefixed with "[pid N]".`;

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
      output: createBoundedLineWriter(process.stderr),
    };
  } else if (values["concurrency"] !== undefined) {
    process.stderr.write("gse-local: --concurrency needs --launch\n");
    return 2;
  }

  const print = (fields: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
  let local;
  try {
    local = await createGseLocal(options);
  } catch (error) {
    process.stderr.write(`gse-local: ${isGseError(error) || error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify({ event: "listening", grpcPort: local.grpcPort, httpPort: local.httpPort })}\n`);
  local.events.on("event", (event: { type: string }) => {
    const { type, ...rest } = event;
    print({ event: type, ...rest });
  });

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  print({ event: "shutdown", signal });
  await local.close();
  return 0;
}
