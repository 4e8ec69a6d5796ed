import type { InstructionWorkload } from "../suites/instructions.js";

// Run settings: the full run targets 3-5 minutes on 2 shared cores; --quick
// is a smoke run of about a minute that exercises every suite.

export const SUITES = ["calls", "profile", "lifecycle", "health", "startup", "scale", "cloud", "agones", "telemetry", "dashboard", "control", "launch", "persistence", "instructions"] as const;
export type SuiteName = (typeof SUITES)[number];
/** Run only when named (--only): instruction counting under valgrind takes 10-20 minutes on 2 shared cores. */
const OPT_IN: readonly SuiteName[] = ["instructions"];

export interface BenchConfig {
  quick: boolean;
  suites: SuiteName[];
  /** An alternative build of gse-sdk (path to its index.js) measured beside the current one. */
  candidate: string | undefined;
  calls: { rounds: number; durationMs: number; warmupMs: number; concurrencies: number[]; variants: string[] | undefined };
  profile: { rounds: number; durationMs: number };
  lifecycle: { sessions: number; joinsPerSession: number };
  health: { rounds: number; durationMs: number; intervalMs: number };
  startup: { spawns: number; imports: number };
  /** `pairs`: with a candidate, how many times each build runs, in ABBA order. */
  scale: { steps: number[]; rates: number[]; baseRate: number; stepMs: number; rateProcesses: number; pairs: number };
  cloud: { rounds: number; callsPerRound: number; imports: number; kits: number };
  agones: { imports: number; pings: number; cpuMs: number };
  telemetry: { rounds: number; callsPerRound: number };
  persistence: { rounds: number; callsPerRound: number; adoptedProcesses: number };
  dashboard: { processes: number; pairs: number; windowMs: number; rate: number };
  instructions: { workloads: InstructionWorkload[] };
  /** Every suite at its standard settings: only such a run is "latest" or goes into docs/. */
  complete: boolean;
  /** Whether docs/ is rewritten. */
  writeDocs: boolean;
}

export function parseArgs(argv: readonly string[]): BenchConfig {
  const flags = new Map<string, string | true>();
  for (const arg of argv) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg}; see bench/README.md`);
    flags.set(match[1]!, match[2] ?? true);
  }
  const known = new Set(["quick", "only", "candidate", "no-docs", "scale-processes", "scale-rates", "scale-seconds", "scale-pairs", "variants", "rounds"]);
  for (const flag of flags.keys()) if (!known.has(flag)) throw new Error(`unknown flag --${flag}; see bench/README.md`);
  const quick = flags.has("quick");
  const only = flags.get("only");
  const suites =
    typeof only === "string"
      ? only.split(",").map((name) => {
          if (!(SUITES as readonly string[]).includes(name)) throw new Error(`--only: unknown suite ${name}; suites are ${SUITES.join(", ")}`);
          return name as SuiteName;
        })
      : SUITES.filter((suite) => !OPT_IN.includes(suite));
  const candidate = flags.get("candidate");
  const list = (flag: string): number[] | undefined => {
    const value = flags.get(flag);
    if (typeof value !== "string") return undefined;
    const numbers = value.split(",").map(Number);
    if (numbers.some((v) => !Number.isInteger(v) || v <= 0)) throw new Error(`--${flag} takes positive integers separated by commas`);
    return numbers;
  };
  const scaleProcesses = list("scale-processes");
  const scaleRates = list("scale-rates");
  const config: BenchConfig = {
    quick,
    suites,
    candidate: typeof candidate === "string" ? candidate : undefined,
    calls: quick
      ? { rounds: 2, durationMs: 300, warmupMs: 100, concurrencies: [1, 64], variants: undefined }
      : { rounds: 5, durationMs: 1_000, warmupMs: 200, concurrencies: [1, 64], variants: undefined },
    profile: quick ? { rounds: 1, durationMs: 1_000 } : { rounds: 2, durationMs: 2_000 },
    lifecycle: quick ? { sessions: 15, joinsPerSession: 4 } : { sessions: 120, joinsPerSession: 4 },
    health: quick ? { rounds: 1, durationMs: 1_500, intervalMs: 15 } : { rounds: 3, durationMs: 3_000, intervalMs: 15 },
    startup: quick ? { spawns: 2, imports: 3 } : { spawns: 7, imports: 9 },
    scale: quick
      ? { steps: [100, 300], rates: [250, 500], baseRate: 500, stepMs: 3_000, rateProcesses: 300, pairs: 1 }
      : { steps: [250, 500, 1_000], rates: [250, 500, 1_000, 2_000, 3_000], baseRate: 500, stepMs: 6_000, rateProcesses: 1_000, pairs: 1 },
    cloud: quick ? { rounds: 2, callsPerRound: 100, imports: 2, kits: 3 } : { rounds: 7, callsPerRound: 400, imports: 7, kits: 15 },
    agones: quick ? { imports: 2, pings: 200, cpuMs: 1_000 } : { imports: 5, pings: 1_000, cpuMs: 3_000 },
    telemetry: quick ? { rounds: 3, callsPerRound: 100_000 } : { rounds: 9, callsPerRound: 200_000 },
    persistence: quick ? { rounds: 2, callsPerRound: 200, adoptedProcesses: 20 } : { rounds: 5, callsPerRound: 500, adoptedProcesses: 20 },
    dashboard: quick ? { processes: 300, pairs: 2, windowMs: 2_500, rate: 500 } : { processes: 1_000, pairs: 3, windowMs: 4_000, rate: 500 },
    instructions: {
      workloads: quick
        ? [
            { phase: "cloud", processes: 50, count: 100 },
            { phase: "agent", processes: 50, count: 200 },
            { phase: "queue", processes: 100, count: 20 },
          ]
        : [
            { phase: "cloud", processes: 100, count: 300 },
            { phase: "agent", processes: 100, count: 500 },
            { phase: "health", processes: 100, count: 500 },
            { phase: "queue", processes: 100, count: 40 },
            { phase: "queue", processes: 1_000, count: 40 },
          ],
    },
    complete:
      typeof only !== "string" &&
      candidate === undefined &&
      scaleProcesses === undefined &&
      scaleRates === undefined &&
      !["variants", "rounds", "scale-seconds", "scale-pairs"].some((flag) => flags.has(flag)),
    writeDocs: false,
  };
  // For chasing a knee: --scale-processes=1000 --scale-rates=500,750 measures just there.
  config.writeDocs = config.complete && !flags.has("no-docs");
  if (scaleProcesses) config.scale = { ...config.scale, steps: scaleProcesses, rateProcesses: scaleProcesses[scaleProcesses.length - 1]! };
  // For a focused A/B: --variants=sdk,candidate,nice-grpc --rounds=12.
  const variants = flags.get("variants");
  if (typeof variants === "string") config.calls.variants = variants.split(",");
  const rounds = list("rounds");
  if (rounds) config.calls.rounds = rounds[0]!;
  if (scaleRates) config.scale = { ...config.scale, rates: scaleRates, baseRate: scaleRates[0]! };
  // A 6 s window holds one full collection or none, and which decides its p99:
  // --scale-seconds=30 holds several, so two builds compare on their rate of them.
  const scaleSeconds = list("scale-seconds");
  if (scaleSeconds) config.scale = { ...config.scale, stepMs: scaleSeconds[0]! * 1_000 };
  const scalePairs = list("scale-pairs");
  if (scalePairs) {
    if (typeof candidate !== "string") throw new Error("--scale-pairs needs --candidate: it alternates the two builds");
    config.scale = { ...config.scale, pairs: scalePairs[0]! };
  }
  return config;
}
