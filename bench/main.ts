// `npm run bench`: every suite in one run, a compact table on stdout, the
// full record in bench/results/, and (for a full run) docs/benchmarks.md and
// its chart. See bench/README.md for what each row means.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, type SuiteName } from "./lib/config.js";
import { packageRoot } from "./lib/packageRoot.js";
import { describeMachine, evaluateTargets, renderChart, renderDocsBlock, renderTables, type BenchResults } from "./lib/report.js";
import { agentCallsSuite } from "./suites/agentCalls.js";
import { agonesSuite } from "./suites/agones.js";
import { cloudClientSuite } from "./suites/cloudClient.js";
import { healthSuite } from "./suites/health.js";
import { lifecycleSuite } from "./suites/lifecycle.js";
import { persistenceSuite } from "./suites/persistence.js";
import { profileSuite } from "./suites/profile.js";
import { scaleSuite, type ScaleResult } from "./suites/scale.js";
import { startupSuite } from "./suites/startup.js";
import { telemetrySuite } from "./suites/telemetry.js";
import { dashboardSuite } from "./suites/dashboard.js";
import { controlSuite } from "./suites/control.js";
import { launchFleetSuite } from "./suites/launchFleet.js";
import { instructionsSuite } from "./suites/instructions.js";

// `--render=<results.json>` redraws the docs from a saved full run, without measuring.
const render = process.argv.find((arg) => arg.startsWith("--render="));
const config = parseArgs(process.argv.slice(2).filter((arg) => arg !== render));
const resultsDir = join(packageRoot, "bench/results");
mkdirSync(resultsDir, { recursive: true });
const log = (line: string) => process.stderr.write(`${line}\n`);
const startedAt = new Date();
const started = performance.now();
const results: Omit<BenchResults, "targets" | "durationS"> = {
  startedAt: startedAt.toISOString(),
  quick: config.quick,
  argv: process.argv.slice(2),
  machine: describeMachine(),
};

const runners: Record<SuiteName, () => Promise<void>> = {
  calls: async () => void (results.calls = await agentCallsSuite(config, log)),
  profile: async () => void (results.profile = await profileSuite(config, resultsDir, log)),
  lifecycle: async () => void (results.lifecycle = await lifecycleSuite(config, log)),
  health: async () => void (results.health = await healthSuite(config, log)),
  startup: async () => void (results.startup = await startupSuite(config, log)),
  cloud: async () => void (results.cloud = await cloudClientSuite(config, log)),
  persistence: async () => void (results.persistence = await persistenceSuite(config, log)),
  agones: async () => void (results.agones = await agonesSuite(config, log)),
  telemetry: async () => void (results.telemetry = await telemetrySuite(config, log)),
  dashboard: async () => void (results.dashboard = await dashboardSuite(config, log)),
  control: async () => void (results.control = await controlSuite(config, log)),
  launch: async () => void (results.launch = await launchFleetSuite(config, log)),
  instructions: async () => void (results.instructions = await instructionsSuite(config, log)),
  scale: async () => {
    if (config.candidate === undefined) {
      results.scale = await scaleSuite(config, log);
      return;
    }
    const candidateEntry = join(config.candidate, "../local/index.js");
    const runs: { build: "current" | "candidate"; result: ScaleResult }[] = [];
    for (let pair = 0; pair < config.scale.pairs; pair++) {
      // ABBA: whichever build goes second in one pair goes first in the next,
      // so a machine that warms up or gets busier favours neither.
      const order = pair % 2 === 0 ? (["current", "candidate"] as const) : (["candidate", "current"] as const);
      for (const build of order) {
        log(`  scale: pair ${pair + 1} of ${config.scale.pairs}, the ${build === "current" ? "current" : "candidate"} build's gse-local`);
        runs.push({ build, result: await scaleSuite(config, log, build === "candidate" ? candidateEntry : undefined) });
      }
    }
    results.scale = runs.find((r) => r.build === "current")!.result;
    results.scaleCandidate = runs.find((r) => r.build === "candidate")!.result;
    if (config.scale.pairs > 1) {
      results.scalePairs = runs.map((r) => ({ build: r.build, target: r.result.target, memory: r.result.memory.find((m) => m.processes === config.scale.rateProcesses) }));
    }
  },
};

if (!render) log(`gse-sdk bench${config.quick ? " (quick)" : ""}: ${config.suites.join(", ")} on ${results.machine.cores} × ${results.machine.cpu}`);
for (const suite of render ? [] : config.suites) {
  const suiteStarted = performance.now();
  log(`> ${suite}`);
  await runners[suite]();
  log(`  ${suite}: ${((performance.now() - suiteStarted) / 1000).toFixed(1)} s`);
}

const durationS = (performance.now() - started) / 1000;
const saved = render ? (JSON.parse(readFileSync(render.slice("--render=".length), "utf8")) as BenchResults) : undefined;
const final: BenchResults = saved ? { ...saved, targets: evaluateTargets(saved) } : { ...results, durationS, targets: evaluateTargets({ ...results, durationS }) };
process.stdout.write(`${renderTables(final, false)}\n\nWhole run: ${final.durationS.toFixed(0)} s\n`);

if (!saved) {
  // A quick run is a smoke test: it keeps only its latest record, beside no history.
  const name = config.quick ? "latest-quick.json" : `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`;
  writeFileSync(join(resultsDir, name), `${JSON.stringify(final, null, 2)}\n`);
  if (config.complete && !config.quick) writeFileSync(join(resultsDir, "latest.json"), `${JSON.stringify(final, null, 2)}\n`);
  log(`results: bench/results/${name}`);
}

if (config.writeDocs && !(saved?.quick ?? false)) {
  const docsDir = join(packageRoot, "docs");
  // A quick run is a smoke test: its chart goes beside its results, and the docs are left alone.
  if (config.quick) {
    writeFileSync(join(resultsDir, "latest-quick.svg"), renderChart(final));
    log("chart: bench/results/latest-quick.svg");
  } else {
    const chartName = "benchmarks.svg";
    mkdirSync(docsDir, { recursive: true });
    writeFileSync(join(docsDir, chartName), renderChart(final));
    const docPath = join(docsDir, "benchmarks.md");
    const begin = "<!-- bench:begin (generated by npm run bench; edit outside these markers) -->";
    const end = "<!-- bench:end -->";
    const block = `${begin}\n${renderDocsBlock(final, chartName)}\n${end}`;
    const current = existsSync(docPath) ? readFileSync(docPath, "utf8") : `# Benchmarks\n\n${begin}\n${end}\n`;
    const from = current.indexOf(begin);
    const to = current.indexOf(end);
    const next = from >= 0 && to > from ? `${current.slice(0, from)}${block}${current.slice(to + end.length)}` : `${current.trimEnd()}\n\n${block}\n`;
    writeFileSync(docPath, next);
    log(`docs: docs/benchmarks.md, docs/${chartName}`);
  }
}
