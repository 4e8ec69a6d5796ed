// Suite 6: gse-sdk/cloud. What the typed client adds to a call over the bare
// official client (both sign with it and send to gse-local, in a worker of
// its own), and what importing it costs next to the official package.
import { createRequire } from "node:module";
import { defineGame } from "gse-sdk";
import { createGseCloudClient } from "gse-sdk/cloud";
import { createGseTestKit } from "gse-sdk/testing";
import type { BenchConfig } from "../lib/config.js";
import { median } from "../lib/stats.js";
import { startWorker } from "../lib/workers.js";

export interface CloudClientResult {
  /** Sequential calls (DescribeGameServerSessions of a fleet), medians of interleaved rounds. */
  calls: { typedPerS: number; barePerS: number; ratio: number; typedCpuUsPerCall: number; bareCpuUsPerCall: number; overheadCpuUsPerCall: number };
  /** Cold import in a fresh process, ms (median). */
  importMs: { cloud: number; officialModules: number; officialWhole: number };
  /** gse-sdk/testing, in this process: ms per step (median). */
  testKit: { bootMs: number; createSessionMs: number; joinMs: number; terminateMs: number; closeMs: number; samples: number };
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
    // Calls alternate one by one, so both clients see the same machine: on
    // shared cores, a whole round of one then the other swung the ratio by ±30 %.
    const measureRound = async () => {
      const total = { typed: { ms: 0, cpuUs: 0 }, bare: { ms: 0, cpuUs: 0 } };
      for (let i = 0; i < callsPerRound; i++) {
        for (const name of i % 2 === 0 ? (["typed", "bare"] as const) : (["bare", "typed"] as const)) {
          const cpu = process.cpuUsage();
          const started = performance.now();
          await variants[name]();
          total[name].ms += performance.now() - started;
          const used = process.cpuUsage(cpu);
          total[name].cpuUs += used.user + used.system;
        }
      }
      return total;
    };
    await measureRound(); // warm-up: JIT, keep-alive sockets
    for (let round = 0; round < rounds; round++) {
      const total = await measureRound();
      calls.typed.push((callsPerRound * 1000) / total.typed.ms);
      calls.bare.push((callsPerRound * 1000) / total.bare.ms);
      calls.typedCpu.push(total.typed.cpuUs / callsPerRound);
      calls.bareCpu.push(total.bare.cpuUs / callsPerRound);
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
  const testKit = await measureTestKit(config.cloud.kits);
  log(`  cloud: ${config.cloud.kits} test kits booted and closed`);
  const typedPerS = median(calls.typed);
  const barePerS = median(calls.bare);
  const typedCpuUsPerCall = median(calls.typedCpu);
  const bareCpuUsPerCall = median(calls.bareCpu);
  return {
    calls: { typedPerS, barePerS, ratio: typedPerS / barePerS, typedCpuUsPerCall, bareCpuUsPerCall, overheadCpuUsPerCall: typedCpuUsPerCall - bareCpuUsPerCall },
    importMs: { cloud: median(importMs.cloud), officialModules: median(importMs.officialModules), officialWhole: median(importMs.officialWhole) },
    testKit,
    rounds,
    callsPerRound,
  };
}

/** What a test pays for the kit: boot (gse-local + the game registered), one session, one join, OnProcessTerminate, close. */
async function measureTestKit(samples: number): Promise<CloudClientResult["testKit"]> {
  const steps = { bootMs: [] as number[], createSessionMs: [] as number[], joinMs: [] as number[], terminateMs: [] as number[], closeMs: [] as number[] };
  const Game = defineGame({ onStartSession() {} });
  for (let i = 0; i < samples; i++) {
    let at = performance.now();
    const lap = (step: keyof typeof steps) => {
      const now = performance.now();
      steps[step].push(now - at);
      at = now;
    };
    const kit = await createGseTestKit({ game: Game });
    lap("bootMs");
    const session = await kit.createSession();
    lap("createSessionMs");
    await kit.joinPlayer(session, "ada");
    lap("joinMs");
    await kit.terminateProcess();
    lap("terminateMs");
    await kit.close();
    lap("closeMs");
  }
  return {
    bootMs: median(steps.bootMs),
    createSessionMs: median(steps.createSessionMs),
    joinMs: median(steps.joinMs),
    terminateMs: median(steps.terminateMs),
    closeMs: median(steps.closeMs),
    samples,
  };
}
