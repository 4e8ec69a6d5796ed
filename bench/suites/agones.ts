// Suite 7: the Agones platform against the bare official SDK. What a game
// pays for running its GSE-shaped class on Agones: cold import (fresh
// processes), idle memory of a ready game (fresh processes, each against
// its own counterpart of the sidecar), and the Health() ping: latency from
// the game's answer to the sidecar receiving the ping, and CPU per health
// period, both measured in this process against the counterpart.
import { createRequire } from "node:module";
import { GseApp, OnHealthCheck, OnStartSession, silentLogger } from "gse-sdk";
import { createAgonesLocal } from "../../test/helpers/agones/createAgonesLocal.js";
import type { BenchConfig } from "../lib/config.js";
import { median, percentile } from "../lib/stats.js";
import { startWorker } from "../lib/workers.js";

export interface AgonesResult {
  importMs: { layer: number; bare: number };
  idleRssMiB: { layer: number; bare: number };
  /** From the @OnHealthCheck answer (layer) or the health() call (bare) to the sidecar receiving the ping. */
  pingMs: { layer: { p50: number; p99: number }; bare: { p50: number; p99: number }; samples: number };
  /** Process CPU per health period at a 5 ms period (sidecar counterpart included, the same for both). */
  cpuUsPerPing: { layer: number; bare: number };
}

type BareSdk = { connect(): Promise<void>; ready(): Promise<unknown>; health(onError: (error: unknown) => void): void; close(): void };

export async function agonesSuite(config: BenchConfig, log: (line: string) => void): Promise<AgonesResult> {
  const { imports, pings, cpuMs } = config.agones;
  const importMs = { layer: [] as number[], bare: [] as number[] };
  const rss = { layer: [] as number[], bare: [] as number[] };
  for (let i = 0; i < imports; i++) {
    for (const mode of i % 2 === 0 ? (["layer", "bare"] as const) : (["bare", "layer"] as const)) {
      const sidecar = await createAgonesLocal();
      const game = await startWorker(`agones ${mode}`, new URL("../workers/agonesGame.js", import.meta.url), {
        args: [mode],
        execArgv: ["--expose-gc"],
        env: { AGONES_SDK_GRPC_PORT: String(sidecar.port), BENCH_HEALTH_MS: "1000" },
      });
      importMs[mode].push(await game.call<number>("importMs"));
      rss[mode].push((await game.call<{ rss: number }>("idleMemory", { settleMs: 300 })).rss / 2 ** 20);
      await game.stop();
      await sidecar.close();
    }
  }
  log(`  agones: ${imports} fresh processes of each kind`);

  // Ping latency and CPU, in this process.
  let arrived: (() => void) | undefined;
  const sidecar = await createAgonesLocal({ onEvent: (e) => e.type === "health" && arrived?.() });
  const nextPing = () => new Promise<void>((resolve) => (arrived = resolve));
  const latency = { layer: [] as number[], bare: [] as number[] };
  const cpu = { layer: 0, bare: 0 };
  try {
    // Bare: one health() write, then wait for it at the sidecar.
    process.env["AGONES_SDK_GRPC_PORT"] = String(sidecar.port);
    const AgonesSDK = createRequire(import.meta.url)("@google-cloud/agones-sdk") as new () => BareSdk;
    const bare = new AgonesSDK();
    await bare.connect();
    await bare.ready();
    for (let i = 0; i < pings + 20; i++) {
      const pinged = nextPing();
      const t0 = performance.now();
      bare.health(() => {});
      await pinged;
      if (i >= 20) latency.bare.push(performance.now() - t0);
    }
    cpu.bare = await cpuPerPing(cpuMs, nextPing, () => bare.health(() => {}));
    bare.close();

    // Layer: the SDK pings after @OnHealthCheck answered; time from the answer.
    let answeredAt = 0;
    let pinged = nextPing();
    class Probe {
      @OnHealthCheck() healthy(): boolean {
        answeredAt = performance.now();
        return true;
      }
      @OnStartSession() start(): void {}
    }
    const app = await GseApp.run(Probe, { clientPort: 7777, platform: "agones", agones: { sdkPort: sidecar.port, healthIntervalMs: 5 }, exitProcess: false, handleSignals: false, logger: silentLogger });
    const started = process.cpuUsage();
    let count = 0;
    for (let i = 0; i < pings + 20; i++) {
      await pinged;
      pinged = nextPing();
      count++;
      if (i >= 20) latency.layer.push(performance.now() - answeredAt);
    }
    // CPU per period over the same run (the layer pings every 5 ms on its own timer).
    const used = process.cpuUsage(started);
    cpu.layer = (used.user + used.system) / count;
    await app.shutdown();
  } finally {
    delete process.env["AGONES_SDK_GRPC_PORT"];
    await sidecar.close();
  }
  log(`  agones: ${pings} timed pings each way`);
  const q = (values: number[]) => {
    const sorted = Float64Array.from(values).sort();
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  };
  return {
    importMs: { layer: median(importMs.layer), bare: median(importMs.bare) },
    idleRssMiB: { layer: median(rss.layer), bare: median(rss.bare) },
    pingMs: { layer: q(latency.layer), bare: q(latency.bare), samples: pings },
    cpuUsPerPing: cpu,
  };
}

/** Pings every 5 ms for durationMs, as the layer's timer does; process CPU per ping received. */
async function cpuPerPing(durationMs: number, nextPing: () => Promise<void>, ping: () => void): Promise<number> {
  let received = 0;
  const started = process.cpuUsage();
  const timer = setInterval(ping, 5);
  const deadline = performance.now() + durationMs;
  while (performance.now() < deadline) {
    await nextPing();
    received++;
  }
  clearInterval(timer);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / Math.max(1, received);
}
