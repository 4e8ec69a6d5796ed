// Suite 1: agent-call throughput and latency, the SDK against bare
// nice-grpc, the official demos' patterns, and raw TCP.
import { median } from "../lib/stats.js";
import type { BenchConfig } from "../lib/config.js";
import { startWorker } from "../lib/workers.js";
import type { RunResult, VariantName } from "../workers/clientWorker.js";

export const VARIANT_LABELS: Record<VariantName, string> = {
  tcp: "raw TCP echo (physical floor)",
  "nice-grpc": "(b) bare nice-grpc, generated code",
  sdk: "(a) SDK Gse handle",
  "sdk-otel": "(a+) SDK Gse handle, OpenTelemetry SDK recording",
  "sdk-client": "(a') SDK createAgentClient",
  "grpc-js": "(c) grpc-js + proto-loader, one client",
  "grpc-js-new-client": "(d) grpc-js, new client per call",
  candidate: "(a*) candidate SDK build",
};

export interface CallRow {
  variant: VariantName;
  label: string;
  concurrency: number;
  opsPerSec: number;
  /** Median over rounds of this variant's throughput / bare nice-grpc's in the same round. */
  ratioToNiceGrpc: number;
  p50Ms: number;
  p99Ms: number;
  cpuUsPerCall: number;
  /** Agent CPU per call: when it is close to the client's, the agent limits throughput. */
  agentCpuUsPerCall: number;
  errors: number;
  rounds: number;
}

export interface AgentCallsResult {
  rows: CallRow[];
  /** The SDK handle's throughput over each reference, median of paired rounds. */
  sdkOver: Record<string, Record<string, number>>;
}

interface Usage {
  cpu: NodeJS.CpuUsage;
  calls: number;
}

export async function agentCallsSuite(config: BenchConfig, log: (line: string) => void): Promise<AgentCallsResult> {
  const agent = await startWorker("agent", new URL("../workers/agentWorker.js", import.meta.url));
  const client = await startWorker("client", new URL("../workers/clientWorker.js", import.meta.url));
  try {
    const addresses = await agent.call<{ grpcAddress: string; tcpPort: number }>("addresses");
    const names = await client.call<VariantName[]>("setup", { ...addresses, candidate: config.candidate, ...(config.calls.variants && { only: config.calls.variants }) });
    const { rounds, durationMs, warmupMs, concurrencies } = config.calls;
    const results = new Map<string, (RunResult & { agentCpuUsPerCall: number })[]>();
    const key = (variant: VariantName, concurrency: number) => `${variant}@${concurrency}`;

    for (let round = 0; round < rounds; round++) {
      // Rotate the order so no variant always runs first or right after the slowest one.
      const order = names.map((_, i) => names[(i + round) % names.length]!);
      for (const concurrency of concurrencies) {
        for (const variant of order) {
          const before = await agent.call<Usage>("usage");
          const result = await client.call<RunResult>("run", { variant, concurrency, durationMs, warmupMs });
          const after = await agent.call<Usage>("usage");
          const agentCalls = after.calls - before.calls;
          const agentCpu = after.cpu.user - before.cpu.user + after.cpu.system - before.cpu.system;
          const entry = { ...result, agentCpuUsPerCall: agentCalls > 0 ? agentCpu / agentCalls : Number.NaN };
          const list = results.get(key(variant, concurrency)) ?? [];
          list.push(entry);
          results.set(key(variant, concurrency), list);
        }
      }
      log(`  calls: round ${round + 1}/${rounds} done`);
    }

    /** Median of per-round ratios: both sides of each ratio ran within seconds of each other. */
    const pairedRatio = (variant: VariantName, reference: VariantName, concurrency: number): number => {
      const mine = results.get(key(variant, concurrency)) ?? [];
      const theirs = results.get(key(reference, concurrency)) ?? [];
      return median(mine.map((r, i) => r.opsPerSec / (theirs[i]?.opsPerSec ?? Number.NaN)));
    };

    const rows: CallRow[] = [];
    for (const concurrency of concurrencies) {
      for (const variant of names) {
        const list = results.get(key(variant, concurrency)) ?? [];
        rows.push({
          variant,
          label: VARIANT_LABELS[variant],
          concurrency,
          opsPerSec: median(list.map((r) => r.opsPerSec)),
          ratioToNiceGrpc: pairedRatio(variant, "nice-grpc", concurrency),
          p50Ms: median(list.map((r) => r.p50)),
          p99Ms: median(list.map((r) => r.p99)),
          cpuUsPerCall: median(list.map((r) => r.cpuUsPerCall)),
          agentCpuUsPerCall: median(list.map((r) => r.agentCpuUsPerCall)),
          errors: list.reduce((sum, r) => sum + r.errors, 0),
          rounds: list.length,
        });
      }
    }
    const sdkOver: Record<string, Record<string, number>> = {};
    for (const subject of (["sdk", "candidate"] as VariantName[]).filter((v) => names.includes(v))) {
      for (const reference of (["nice-grpc", "grpc-js", "grpc-js-new-client", "tcp", "sdk"] as VariantName[]).filter((v) => names.includes(v) && v !== subject)) {
        for (const concurrency of concurrencies) {
          (sdkOver[`${subject}/${reference}`] ??= {})[`c${concurrency}`] = pairedRatio(subject, reference, concurrency);
        }
      }
    }
    return { rows, sdkOver };
  } finally {
    await client.stop();
    await agent.stop();
  }
}
