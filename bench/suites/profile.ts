// Where the client's time goes: the SDK handle and bare nice-grpc (and a
// candidate build, if given), each alone in a client process under
// node --cpu-prof at concurrency 64, charged to owners (ours, nice-grpc,
// grpc-js, encoding, runtime, GC). The profiler samples wall time, so a busy
// machine inflates every owner alike: read the shares, and take absolute
// CPU per call from the calls suite.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { BenchConfig } from "../lib/config.js";
import { summarizeProfile, type Frame, type Owner } from "../lib/cpuProfile.js";
import { startWorker } from "../lib/workers.js";
import type { RunResult, VariantName } from "../workers/clientWorker.js";

export interface ProfiledVariant {
  variant: VariantName;
  calls: number;
  /** Share of the sampled busy time, by owner, %. */
  shareByOwner: Partial<Record<Owner, number>>;
  /** Sampled busy time per call, by owner, µs (inflated alike by a busy machine). */
  usPerCallByOwner: Partial<Record<Owner, number>>;
  busyUsPerCall: number;
  /** Heaviest frames charged to gse-sdk, self time summed over rounds, ms. */
  topOursFrames: Frame[];
  topFrames: Frame[];
}

export async function profileSuite(config: BenchConfig, resultsDir: string, log: (line: string) => void): Promise<ProfiledVariant[]> {
  const dir = join(resultsDir, "profiles");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const variants: VariantName[] = ["sdk", "nice-grpc", ...(config.candidate !== undefined ? (["candidate"] as const) : [])];
  const agent = await startWorker("agent", new URL("../workers/agentWorker.js", import.meta.url));
  const totals = new Map<VariantName, { calls: number; byOwner: Map<Owner, number>; frames: Map<string, Frame> }>();
  try {
    const addresses = await agent.call<{ grpcAddress: string; tcpPort: number }>("addresses");
    for (let round = 0; round < config.profile.rounds; round++) {
      for (let i = 0; i < variants.length; i++) {
        const variant = variants[(i + round) % variants.length]!;
        const file = `${variant}-${round + 1}.cpuprofile`;
        const client = await startWorker(`client (${variant}, profiled)`, new URL("../workers/clientWorker.js", import.meta.url), {
          execArgv: ["--cpu-prof", `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${file}`],
        });
        await client.call("setup", { ...addresses, candidate: config.candidate, only: [variant] });
        const result = await client.call<RunResult>("run", { variant, concurrency: 64, durationMs: config.profile.durationMs, warmupMs: 300 });
        await client.stop();
        const summary = summarizeProfile(join(dir, file), "/candidate/");
        const total = totals.get(variant) ?? { calls: 0, byOwner: new Map(), frames: new Map() };
        // The profile covers the warm-up too (and set-up, a few ms): count every call made.
        total.calls += result.calls + result.warmupCalls;
        for (const [owner, ms] of Object.entries(summary.byOwner) as [Owner, number][]) total.byOwner.set(owner, (total.byOwner.get(owner) ?? 0) + ms);
        for (const frame of summary.allFrames) {
          const key = `${frame.name}@${frame.where}@${frame.owner}`;
          const known = total.frames.get(key);
          if (known) known.selfMs += frame.selfMs;
          else total.frames.set(key, { ...frame });
        }
        totals.set(variant, total);
      }
      log(`  profile: round ${round + 1}/${config.profile.rounds} done`);
    }
  } finally {
    await agent.stop();
  }
  return variants.map((variant) => {
    const total = totals.get(variant)!;
    const busyMs = [...total.byOwner].filter(([owner]) => owner !== "idle").reduce((sum, [, ms]) => sum + ms, 0);
    const shareByOwner: Partial<Record<Owner, number>> = {};
    const usPerCallByOwner: Partial<Record<Owner, number>> = {};
    for (const [owner, ms] of total.byOwner) {
      if (owner === "idle") continue;
      shareByOwner[owner] = (ms / busyMs) * 100;
      usPerCallByOwner[owner] = (ms * 1000) / total.calls;
    }
    const frames = [...total.frames.values()].sort((a, b) => b.selfMs - a.selfMs);
    return {
      variant,
      calls: total.calls,
      shareByOwner,
      usPerCallByOwner,
      busyUsPerCall: (busyMs * 1000) / total.calls,
      topOursFrames: frames.filter((f) => f.owner === "gse-sdk").slice(0, 10),
      topFrames: frames.slice(0, 12),
    };
  });
}
