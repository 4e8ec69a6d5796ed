// Suite 11: what a state directory costs the cloud API. One gse-local with
// and one without (same process, one real game on each: GseApp in this
// process), sequential JoinGameServerSession calls (a write: one journal
// record each) and DescribeGameServerSessions (a read), in interleaved rounds.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GseApp, OnStartSession, silentLogger } from "gse-sdk";
import { createGseLocal, type GseLocal } from "gse-sdk/local";
import { createCloudCaller } from "../lib/cloudApi.js";
import type { BenchConfig } from "../lib/config.js";
import { median, summarize } from "../lib/stats.js";
import { adoptionRows, type AdoptionResult } from "./persistenceAdoption.js";

export interface PersistenceRow {
  action: string;
  memoryP50: number;
  memoryP99: number;
  journalP50: number;
  journalP99: number;
  /** Journal p50 over memory p50, medians of rounds. */
  ratioP50: number;
}

export interface PersistenceResult {
  rows: PersistenceRow[];
  rounds: number;
  callsPerRound: number;
  /** Re-adoption of launched processes after a crash (Linux only: it needs /proc). */
  adoption: AdoptionResult | undefined;
}

class BenchGame {
  @OnStartSession()
  start(): void {}
}

interface Target {
  local: GseLocal;
  app: GseApp<BenchGame>;
  call: ReturnType<typeof createCloudCaller>;
  sessionId: string;
}

async function startTarget(stateDirectory: string | undefined): Promise<Target> {
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0, logger: silentLogger, reservationTimeoutMs: 600_000, ...(stateDirectory !== undefined && { stateDirectory }) });
  const app = await GseApp.run(BenchGame, { clientPort: 7777, gseAddress: local.agentAddress, exitProcess: false, handleSignals: false, logger: silentLogger });
  const call = createCloudCaller(local.cloudEndpoint, 4);
  const created = (await call.call("CreateGameServerSession", { FleetId: "fleet-local", MaximumPlayerSessionCount: 2 ** 31 - 1 })) as { GameServerSession: { GameServerSessionId: string } };
  const sessionId = created.GameServerSession.GameServerSessionId;
  await local.waitFor((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === sessionId && e.status === "ACTIVE");
  return { local, app, call, sessionId };
}

export async function persistenceSuite(config: BenchConfig, log: (line: string) => void): Promise<PersistenceResult> {
  const { rounds, callsPerRound } = config.persistence;
  const dir = mkdtempSync(join(tmpdir(), "gse-bench-state-"));
  const memory = await startTarget(undefined);
  const journal = await startTarget(join(dir, "state"));
  const actions = {
    JoinGameServerSession: (t: Target, i: number) => t.call.call("JoinGameServerSession", { GameServerSessionId: t.sessionId, PlayerId: `p${i}` }),
    DescribeGameServerSessions: (t: Target) => t.call.call("DescribeGameServerSessions", { GameServerSessionId: t.sessionId }),
  };
  const samples: Record<string, { memory: number[][]; journal: number[][] }> = {};
  try {
    for (const name of Object.keys(actions) as (keyof typeof actions)[]) {
      samples[name] = { memory: [], journal: [] };
      const measure = async (target: Target) => {
        const times: number[] = [];
        for (let i = 0; i < callsPerRound; i++) {
          const started = performance.now();
          await actions[name](target, i);
          times.push(performance.now() - started);
        }
        return times;
      };
      await measure(memory);
      await measure(journal);
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? (["memory", "journal"] as const) : (["journal", "memory"] as const);
        for (const which of order) samples[name]![which].push(await measure(which === "memory" ? memory : journal));
      }
    }
    log(`  persistence: ${rounds} rounds of ${callsPerRound} calls per action, with and without a state directory`);
  } finally {
    for (const target of [memory, journal]) {
      await target.app.shutdown();
      target.call.close();
      await target.local.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
  const rows = Object.entries(samples).map(([action, s]): PersistenceRow => {
    const p = (rows: number[][], q: 50 | 99) => median(rows.map((times) => summarize(times)[q === 50 ? "p50" : "p99"]));
    const memoryP50 = p(s.memory, 50);
    const journalP50 = p(s.journal, 50);
    return { action, memoryP50, memoryP99: p(s.memory, 99), journalP50, journalP99: p(s.journal, 99), ratioP50: journalP50 / memoryP50 };
  });
  const adoption = process.platform === "linux" ? await adoptionRows(config.persistence.adoptedProcesses, rounds) : undefined;
  if (adoption) log(`  persistence: re-adoption of ${adoption.processes} launched processes, ${rounds} rounds`);
  return { rows, rounds, callsPerRound, adoption };
}
