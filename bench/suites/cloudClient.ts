// Suite 6: gse-sdk/cloud. What the typed client adds to a call over the bare
// official client (both sign with it and send to gse-local, in a worker of
// its own), and what importing it costs next to the official package.
import { createRequire } from "node:module";
import { createGseCloudClient } from "gse-sdk/cloud";
import type { BenchConfig } from "../lib/config.js";
import { median } from "../lib/stats.js";
import { startWorker } from "../lib/workers.js";

export interface CloudClientResult {
  /** Sequential calls (DescribeGameServerSessions of a fleet), medians of interleaved rounds. */
  calls: { typedPerS: number; barePerS: number; ratio: number; typedCpuUsPerCall: number; bareCpuUsPerCall: number; overheadCpuUsPerCall: number };
  /** Cold import in a fresh process, ms (median). */
  importMs: { cloud: number; officialModules: number; officialWhole: number };
  rounds: number;
  callsPerRound: number;
}

type BareClient = { DescribeGameServerSessions(request: object): Promise<unknown> };

export async function cloudClientSuite(config: BenchConfig, log: (line: string) => void): Promise<CloudClientResult> {
  const { rounds, callsPerRound, imports } = config.cloud;
  const local = await startWorker("gse-local", new URL("../workers/gseLocalWorker.js", import.meta.url));
  const calls = { typed: [] as number[], bare: [] as number[], typedCpu: [] as number[], bareCpu: [] as number[] };
  try {
    const { cloudEndpoint } = await local.call<{ cloudEndpoint: string }>("start", { forward: false });
    const typed = createGseCloudClient({ endpoint: cloudEndpoint, protocol: "http://", secretId: "AKIDbench", secretKey: "bench" });
    const { Client } = createRequire(import.meta.url)("tencentcloud-sdk-nodejs/tencentcloud/services/gse/v20191112/gse_client") as {
      Client: new (config: object) => BareClient;
    };
    const bare = new Client({
      credential: { secretId: "AKIDbench", secretKey: "bench" },
      region: "ap-guangzhou",
      profile: { signMethod: "TC3-HMAC-SHA256", httpProfile: { endpoint: cloudEndpoint, protocol: "http://", reqMethod: "POST", reqTimeout: 30 } },
    });
    const variants = {
      typed: () => typed.DescribeGameServerSessions({ FleetId: "fleet-local" }),
      bare: () => bare.DescribeGameServerSessions({ FleetId: "fleet-local" }),
    };
    const measure = async (run: () => Promise<unknown>) => {
      const cpu = process.cpuUsage();
      const started = performance.now();
      for (let i = 0; i < callsPerRound; i++) await run();
      const elapsedMs = performance.now() - started;
      const used = process.cpuUsage(cpu);
      return { perS: (callsPerRound * 1000) / elapsedMs, cpuUs: (used.user + used.system) / callsPerRound };
    };
    // Warm both up (JIT, keep-alive sockets), then alternate which goes first.
    await measure(variants.typed);
    await measure(variants.bare);
    for (let round = 0; round < rounds; round++) {
      for (const name of round % 2 === 0 ? (["typed", "bare"] as const) : (["bare", "typed"] as const)) {
        const { perS, cpuUs } = await measure(variants[name]);
        calls[name].push(perS);
        calls[name === "typed" ? "typedCpu" : "bareCpu"].push(cpuUs);
      }
    }
    log(`  cloud: ${rounds} rounds of ${callsPerRound} calls each way`);
  } finally {
    await local.stop();
  }
  const importMs = { cloud: [] as number[], officialModules: [] as number[], officialWhole: [] as number[] };
  const modes = [
    ["cloud", "cloud"],
    ["officialModules", "official-modules"],
    ["officialWhole", "official-whole"],
  ] as const;
  for (let i = 0; i < imports; i++) {
    for (let k = 0; k < modes.length; k++) {
      const [key, mode] = modes[(k + i) % modes.length]!;
      const probe = await startWorker(`import (${mode})`, new URL("../workers/importProbe.js", import.meta.url), { args: [mode] });
      importMs[key].push(await probe.call<number>("importMs"));
      await probe.stop();
    }
  }
  log(`  cloud: ${imports} cold imports of each kind`);
  const typedPerS = median(calls.typed);
  const barePerS = median(calls.bare);
  const typedCpuUsPerCall = median(calls.typedCpu);
  const bareCpuUsPerCall = median(calls.bareCpu);
  return {
    calls: { typedPerS, barePerS, ratio: typedPerS / barePerS, typedCpuUsPerCall, bareCpuUsPerCall, overheadCpuUsPerCall: typedCpuUsPerCall - bareCpuUsPerCall },
    importMs: { cloud: median(importMs.cloud), officialModules: median(importMs.officialModules), officialWhole: median(importMs.officialWhole) },
    rounds,
    callsPerRound,
  };
}
