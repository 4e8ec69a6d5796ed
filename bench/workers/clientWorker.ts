// The measured client process of the agent-call comparison. Every variant
// lives in this one process and sends the same request (ReportCustomData,
// which needs no session) with the same `pid` and `requestId` metadata to the
// same agent process; the orchestrator runs them in interleaved rounds.
import { randomUUID } from "node:crypto";
import { connect, type Socket } from "node:net";
import { once } from "node:events";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import grpc from "@grpc/grpc-js";
import protoLoader from "@grpc/proto-loader";
import { Metadata, createChannel, createClient } from "nice-grpc";
import * as sdk from "gse-sdk";
import { Samples, summarize, type LatencySummary } from "../lib/stats.js";
import { serveCommands } from "../lib/workers.js";
import { protoRoot } from "../lib/packageRoot.js";
import { onFrames } from "../lib/onFrames.js";

type Sdk = typeof sdk;
type Call = () => Promise<unknown>;

export type VariantName = "tcp" | "nice-grpc" | "sdk" | "sdk-otel" | "sdk-client" | "grpc-js" | "grpc-js-new-client" | "candidate";

interface SetupArgs {
  grpcAddress: string;
  tcpPort: number;
  /** Only these variants (a profile run wants one variant alone in the process). */
  only?: VariantName[];
  /** An alternative build of gse-sdk (its dist/src/index.js) measured as the "candidate" variant. */
  candidate?: string;
}

const pid = String(process.pid);
const request = { currentCustomCount: 1, maxCustomCount: 2 };
const variants = new Map<VariantName, Call>();
const cleanups: (() => Promise<void> | void)[] = [];

/** A game with nothing but the required hook; ReportCustomData needs no session. */
function defineGame(lib: Sdk) {
  class BenchGame {
    constructor(readonly gse: sdk.Gse) {}
    @lib.OnStartSession()
    start(): void {}
  }
  return BenchGame;
}

async function sdkHandle(lib: Sdk, grpcAddress: string, telemetry?: sdk.TelemetryOptions): Promise<Call> {
  const app = await lib.GseApp.run(defineGame(lib), {
    gseAddress: grpcAddress,
    clientPort: 7777,
    exitProcess: false,
    handleSignals: false,
    logger: lib.silentLogger,
    ...(telemetry && { telemetry }),
  });
  cleanups.push(() => app.shutdown());
  const gse = app.gse;
  return () => gse.reportCustomData(1, 2);
}

/** The official Node demo's client: dynamic proto-loader, one grpc-js client, Metadata built per call. */
function grpcJsConstructor(): grpc.ServiceClientConstructor {
  const definition = protoLoader.loadSync("tencentcloud/gse/grpcsdk/GseGrpcSdkService.proto", {
    includeDirs: [protoRoot],
    keepCase: true,
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  const loaded = grpc.loadPackageDefinition(definition) as unknown as {
    tencentcloud: { gse: { grpcsdk: { GseGrpcSdkService: grpc.ServiceClientConstructor } } };
  };
  return loaded.tencentcloud.gse.grpcsdk.GseGrpcSdkService;
}

function grpcJsCall(client: grpc.Client): Promise<unknown> {
  const metadata = new grpc.Metadata();
  metadata.set("pid", pid);
  metadata.set("requestId", randomUUID());
  const method = (client as unknown as Record<string, (req: object, md: grpc.Metadata, cb: (error: grpc.ServiceError | null, response?: unknown) => void) => void>)["ReportCustomData"]!;
  return new Promise((resolve, reject) => {
    method.call(client, request, metadata, (error, response) => (error ? reject(error) : resolve(response)));
  });
}

/** Length-prefixed echo on one connection; answers come back in order, so a FIFO matches them. */
async function tcpEcho(port: number): Promise<Call> {
  const socket: Socket = connect(port, "127.0.0.1");
  socket.setNoDelay(true);
  await once(socket, "connect");
  cleanups.push(() => void socket.destroy());
  // The size of a ReportCustomData call's request and metadata payloads.
  const frame = Buffer.alloc(4 + 48, 0x61);
  frame.writeUInt32BE(48, 0);
  const waiting: (() => void)[] = [];
  let head = 0;
  onFrames(socket, () => {
    const resolve = waiting[head];
    waiting[head++] = undefined as unknown as () => void;
    resolve?.();
    if (head > 1024 && head === waiting.length) {
      waiting.length = 0;
      head = 0;
    }
  });
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      socket.write(frame);
    });
}

async function setup({ grpcAddress, tcpPort, candidate, only }: SetupArgs): Promise<VariantName[]> {
  const want = (name: VariantName) => only === undefined || only.includes(name);
  if (want("tcp")) variants.set("tcp", await tcpEcho(tcpPort));

  if (want("nice-grpc")) {
    const channel = createChannel(grpcAddress);
    const bare = createClient(sdk.GseGrpcSdkServiceDefinition, channel);
    cleanups.push(() => channel.close());
    variants.set("nice-grpc", () => bare.reportCustomData(request, { metadata: Metadata({ pid, requestId: randomUUID() }) }));
  }

  if (want("sdk")) variants.set("sdk", await sdkHandle(sdk, grpcAddress));
  if (want("sdk-otel")) {
    // Telemetry on: the OpenTelemetry SDK records every span and metric; the
    // spans go to an exporter that drops them, so what is measured is the
    // recording, not an exporter's I/O.
    const { BasicTracerProvider, SimpleSpanProcessor } = await import("@opentelemetry/sdk-trace-base");
    const { MeterProvider, MetricReader } = await import("@opentelemetry/sdk-metrics");
    class DroppingReader extends MetricReader {
      protected override async onForceFlush(): Promise<void> {}
      protected override async onShutdown(): Promise<void> {}
    }
    const tracerProvider = new BasicTracerProvider({
      spanProcessors: [new SimpleSpanProcessor({ export: (_spans, done) => done({ code: 0 }), shutdown: async () => {} })],
    });
    const meterProvider = new MeterProvider({ readers: [new DroppingReader()] });
    cleanups.push(() => tracerProvider.shutdown(), () => meterProvider.shutdown());
    variants.set("sdk-otel", await sdkHandle(sdk, grpcAddress, { tracerProvider, meterProvider }));
  }
  if (want("sdk-client")) {
    const agentClient = sdk.createAgentClient({ address: grpcAddress });
    cleanups.push(() => agentClient.close());
    variants.set("sdk-client", () => agentClient.call("reportCustomData", request));
  }

  if (want("grpc-js") || want("grpc-js-new-client")) {
    const Service = grpcJsConstructor();
    if (want("grpc-js")) {
      const reused = new Service(grpcAddress, grpc.credentials.createInsecure());
      cleanups.push(() => reused.close());
      variants.set("grpc-js", () => grpcJsCall(reused));
    }
    // Go's demo dials per call: a new connection each time. grpc-js would
    // otherwise share one connection between clients through its global
    // subchannel pool, which is not the pattern being measured.
    if (want("grpc-js-new-client")) {
      variants.set("grpc-js-new-client", async () => {
        const client = new Service(grpcAddress, grpc.credentials.createInsecure(), { "grpc.use_local_subchannel_pool": 1 });
        try {
          return await grpcJsCall(client);
        } finally {
          client.close();
        }
      });
    }
  }

  if (candidate !== undefined && want("candidate")) {
    const url = candidate.startsWith("file:") ? candidate : pathToFileURL(resolve(candidate)).href;
    const lib = (await import(url)) as Sdk;
    variants.set("candidate", await sdkHandle(lib, grpcAddress));
  }

  // One call each, so connection set-up is not in anyone's first round.
  for (const call of variants.values()) await call();
  return [...variants.keys()];
}

export interface RunArgs {
  variant: VariantName;
  concurrency: number;
  durationMs: number;
  warmupMs: number;
}

export interface RunResult extends LatencySummary {
  opsPerSec: number;
  calls: number;
  warmupCalls: number;
  /** Client CPU (user + system) per call, microseconds: the client's own cost, whatever the agent does. */
  cpuUsPerCall: number;
  errors: number;
}

async function closedLoop(call: Call, concurrency: number, durationMs: number, samples: Samples | undefined): Promise<{ count: number; errors: number; elapsedMs: number }> {
  const started = performance.now();
  const end = started + durationMs;
  let count = 0;
  let errors = 0;
  const worker = async () => {
    for (;;) {
      const t0 = performance.now();
      if (t0 >= end) return;
      try {
        await call();
        count++;
        samples?.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { count, errors, elapsedMs: performance.now() - started };
}

async function run({ variant, concurrency, durationMs, warmupMs }: RunArgs): Promise<RunResult> {
  const call = variants.get(variant);
  if (!call) throw new Error(`variant ${variant} is not set up`);
  const warmup = warmupMs > 0 ? await closedLoop(call, concurrency, warmupMs, undefined) : { count: 0 };
  const samples = new Samples();
  const cpuBefore = process.cpuUsage();
  const { count, errors, elapsedMs } = await closedLoop(call, concurrency, durationMs, samples);
  const cpu = process.cpuUsage(cpuBefore);
  return {
    ...summarize(samples.view()),
    opsPerSec: (count / elapsedMs) * 1000,
    calls: count,
    warmupCalls: warmup.count,
    cpuUsPerCall: count === 0 ? Number.NaN : (cpu.user + cpu.system) / count,
    errors,
  };
}

serveCommands({ setup, run }, async () => {
  for (const cleanup of cleanups) await Promise.resolve(cleanup()).catch(() => undefined);
});
