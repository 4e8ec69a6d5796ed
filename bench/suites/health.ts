// Suite 3: how long the agent waits for an OnHealthCheck answer while the
// game's loop is busy 8 ms of every 16.7 ms. The bare nice-grpc server under
// the same load is the floor: most of the wait is the tick itself.
import { connect } from "node:net";
import { once } from "node:events";
import type { BenchConfig } from "../lib/config.js";
import { summarize, type LatencySummary } from "../lib/stats.js";
import { startWorker } from "../lib/workers.js";

export interface HealthRow {
  /** "tcp": a raw TCP round trip after the same idle gaps, the floor on this machine. */
  server: "sdk" | "bare" | "tcp";
  load: boolean;
  latency: LatencySummary;
  unhealthy: number;
}

/** One-byte TCP round trips to the agent's echo after random idle gaps: what any answer costs when both sides were asleep. */
async function idleTcpRoundTrips(port: number, durationMs: number, intervalMs: number): Promise<number[]> {
  const socket = connect(port, "127.0.0.1");
  socket.setNoDelay(true);
  await once(socket, "connect");
  const frame = Buffer.from([0, 0, 0, 1, 0x61]);
  const latencies: number[] = [];
  try {
    const end = performance.now() + durationMs;
    while (performance.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, intervalMs * (0.5 + Math.random())));
      const started = performance.now();
      const answered = once(socket, "data");
      socket.write(frame);
      await answered;
      latencies.push(performance.now() - started);
    }
  } finally {
    socket.destroy();
  }
  return latencies;
}

export async function healthSuite(config: BenchConfig, log: (line: string) => void): Promise<HealthRow[]> {
  const agent = await startWorker("agent", new URL("../workers/agentWorker.js", import.meta.url));
  const { grpcAddress, tcpPort } = await agent.call<{ grpcAddress: string; tcpPort: number }>("addresses");
  const tcp: number[] = [];
  const games = {
    sdk: await startWorker("game (sdk)", new URL("../workers/healthGame.js", import.meta.url)),
    bare: await startWorker("game (bare)", new URL("../workers/healthGame.js", import.meta.url)),
  };
  const ports = {
    sdk: (await games.sdk.call<{ grpcPort: number }>("start", { mode: "sdk", agentAddress: grpcAddress })).grpcPort,
    bare: (await games.bare.call<{ grpcPort: number }>("start", { mode: "bare", agentAddress: grpcAddress })).grpcPort,
  };
  const samples = new Map<string, { latencies: number[]; unhealthy: number }>();
  const configs: { server: "sdk" | "bare"; load: boolean }[] = [
    { server: "sdk", load: true },
    { server: "bare", load: true },
    { server: "sdk", load: false },
    { server: "bare", load: false },
  ];
  try {
    for (let round = 0; round < config.health.rounds; round++) {
      for (let i = 0; i < configs.length; i++) {
        const { server, load } = configs[(i + round) % configs.length]!;
        await games[server].call("setLoad", { on: load });
        const { latencies, unhealthy } = await agent.call<{ latencies: number[]; unhealthy: number }>("probeHealth", {
          port: ports[server],
          durationMs: load ? config.health.durationMs : config.health.durationMs / 2,
          intervalMs: config.health.intervalMs,
        });
        await games[server].call("setLoad", { on: false });
        const entry = samples.get(`${server}/${load}`) ?? { latencies: [], unhealthy: 0 };
        entry.latencies.push(...latencies);
        entry.unhealthy += unhealthy;
        samples.set(`${server}/${load}`, entry);
      }
      tcp.push(...(await idleTcpRoundTrips(tcpPort, config.health.durationMs / 2, config.health.intervalMs)));
      log(`  health: round ${round + 1}/${config.health.rounds} done`);
    }
  } finally {
    await games.sdk.stop();
    await games.bare.stop();
    await agent.stop();
  }
  const rows: HealthRow[] = configs.map(({ server, load }) => {
    const entry = samples.get(`${server}/${load}`)!;
    // Pooled over rounds: p99 needs hundreds of samples, more than one round gives.
    return { server, load, latency: summarize(entry.latencies), unhealthy: entry.unhealthy };
  });
  rows.push({ server: "tcp", load: false, latency: summarize(tcp), unhealthy: 0 });
  return rows;
}
