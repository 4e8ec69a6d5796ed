// Suite 4: start-up and idle footprint. Every sample is a fresh process;
// SDK and bare processes alternate so both see the same machine.
import type { BenchConfig } from "../lib/config.js";
import { median } from "../lib/stats.js";
import { monotonicMs, startWorker } from "../lib/workers.js";

export interface StartupResult {
  /** Spawn → ProcessReady acknowledged, ms (median). */
  readyMs: { sdk: number; bare: number };
  /** Cold import, ms (median) and the ratio of medians. */
  importMs: { sdk: number; bare: number; local: number; ratio: number; candidate?: number; candidateRatio?: number };
  /** Idle RSS after ProcessReady, MB (10^6 bytes, as the target is stated; median), and the difference. */
  rssMB: { sdk: number; bare: number; delta: number };
  heapUsedMB: { sdk: number; bare: number };
  samples: number;
}

const MB = 1_000_000;

export async function startupSuite(config: BenchConfig, log: (line: string) => void): Promise<StartupResult> {
  const agent = await startWorker("agent", new URL("../workers/agentWorker.js", import.meta.url));
  const { grpcAddress } = await agent.call<{ grpcAddress: string }>("addresses");
  const ready = { sdk: [] as number[], bare: [] as number[] };
  const rss = { sdk: [] as number[], bare: [] as number[] };
  const heap = { sdk: [] as number[], bare: [] as number[] };
  const imports = { sdk: [] as number[], bare: [] as number[], local: [] as number[], candidate: [] as number[] };
  try {
    for (let i = 0; i < config.startup.spawns; i++) {
      const order = i % 2 === 0 ? (["sdk", "bare"] as const) : (["bare", "sdk"] as const);
      for (const mode of order) {
        const script = mode === "sdk" ? "../workers/startupSdkGame.js" : "../workers/startupBareGame.js";
        const spawnedAt = monotonicMs();
        const game = await startWorker(`idle game (${mode})`, new URL(script, import.meta.url), {
          execArgv: ["--expose-gc"],
          env: { BENCH_AGENT_ADDRESS: grpcAddress },
        });
        const readyAt = await game.call<number>("readyAt");
        const memory = await game.call<{ rss: number; heapUsed: number }>("idleMemory", { settleMs: 500 });
        await game.stop();
        ready[mode].push(readyAt - spawnedAt);
        rss[mode].push(memory.rss / MB);
        heap[mode].push(memory.heapUsed / MB);
      }
    }
    log(`  startup: ${config.startup.spawns} idle games of each kind`);
    for (let i = 0; i < config.startup.imports; i++) {
      const modes = ["sdk", "bare", "local", ...(config.candidate !== undefined ? (["candidate"] as const) : [])] as const;
      // Rotate so no kind always goes first (the file cache favours whoever follows).
      const order = modes.map((_, k) => modes[(k + i) % modes.length]!);
      for (const mode of order) {
        const args = mode === "candidate" ? [mode, config.candidate!] : [mode];
        const probe = await startWorker(`import (${mode})`, new URL("../workers/importProbe.js", import.meta.url), { args });
        imports[mode].push(await probe.call<number>("importMs"));
        await probe.stop();
      }
    }
    log(`  startup: ${config.startup.imports} cold imports of each kind`);
  } finally {
    await agent.stop();
  }
  // Paired: the two probes of one iteration ran back to back.
  const importRatio = median(imports.sdk.map((ms, i) => ms / imports.bare[i]!));
  return {
    readyMs: { sdk: median(ready.sdk), bare: median(ready.bare) },
    importMs: {
      sdk: median(imports.sdk),
      bare: median(imports.bare),
      local: median(imports.local),
      ratio: importRatio,
      ...(config.candidate !== undefined && {
        candidate: median(imports.candidate),
        candidateRatio: median(imports.candidate.map((ms, i) => ms / imports.bare[i]!)),
      }),
    },
    rssMB: { sdk: median(rss.sdk), bare: median(rss.bare), delta: median(rss.sdk.map((mb, i) => mb - rss.bare[i]!)) },
    heapUsedMB: { sdk: median(heap.sdk), bare: median(heap.bare) },
    samples: config.startup.spawns,
  };
}
