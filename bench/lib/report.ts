// Turns a run's results into the printed table, the JSON record, the targets
// verdict, and the generated part of docs/benchmarks.md with its chart.
import { cpus, loadavg, release, totalmem, type as osType } from "node:os";
import type { AgentCallsResult } from "../suites/agentCalls.js";
import type { CloudClientResult } from "../suites/cloudClient.js";
import type { PersistenceResult } from "../suites/persistence.js";
import type { TelemetryResult } from "../suites/telemetry.js";
import type { ControlResult } from "../suites/control.js";
import type { LaunchFleetResult } from "../suites/launchFleet.js";
import type { InstructionsResult } from "../suites/instructions.js";
import type { AgonesResult } from "../suites/agones.js";
import type { HealthRow } from "../suites/health.js";
import type { LifecycleResult } from "../suites/lifecycle.js";
import type { ProfiledVariant } from "../suites/profile.js";
import { P99_TARGET_MS, type ScaleMemory, type ScaleResult, type ScaleWindow } from "../suites/scale.js";
import type { StartupResult } from "../suites/startup.js";
import { DASHBOARD_P99_BUDGET, type DashboardResult } from "../suites/dashboard.js";
import { round } from "./stats.js";
import { barChart, lineChart, svgDocument, type BarGroup } from "./svgChart.js";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  loadAverageAtStart: number[];
}

export interface Target {
  goal: string;
  measured: string;
  /** undefined when the suite did not run. */
  met: boolean | undefined;
}

export interface BenchResults {
  startedAt: string;
  durationS: number;
  quick: boolean;
  argv: string[];
  machine: Machine;
  calls?: AgentCallsResult;
  profile?: ProfiledVariant[];
  lifecycle?: LifecycleResult;
  health?: HealthRow[];
  startup?: StartupResult;
  scale?: ScaleResult;
  cloud?: CloudClientResult;
  persistence?: PersistenceResult;
  agones?: AgonesResult;
  telemetry?: TelemetryResult;
  control?: ControlResult;
  launch?: LaunchFleetResult;
  /** The scale suite again with the candidate build's gse-local. */
  scaleCandidate?: ScaleResult;
  /** With --scale-pairs: every run's target window and its memory at that many processes, in the order run (ABBA). */
  scalePairs?: { build: "current" | "candidate"; target: ScaleWindow | undefined; memory?: ScaleMemory | undefined }[];
  dashboard?: DashboardResult;
  instructions?: InstructionsResult;
  targets: Target[];
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model ?? "unknown",
    cores: list.length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    os: `${osType()} ${release()}`,
    node: process.version,
    loadAverageAtStart: loadavg().map((v) => round(v)),
  };
}

const n = (value: number | undefined, unit = "") => (value === undefined || !Number.isFinite(value) ? "n/a" : `${round(value)}${unit}`);
const signed = (value: number) => (value >= 0 ? `+${n(value)}` : `−${n(-value)}`);
const ratio = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? "n/a" : `${value.toFixed(2)}×`);

export function evaluateTargets(results: Omit<BenchResults, "targets">): Target[] {
  const targets: Target[] = [];
  const over = results.calls?.sdkOver;
  const c = over?.["sdk/grpc-js"];
  const d = over?.["sdk/grpc-js-new-client"];
  targets.push({
    goal: "SDK calls ≥ 1.0× (c) grpc-js, concurrency 1 and 64",
    measured: c ? `${ratio(c["c1"])} / ${ratio(c["c64"])}` : "n/a",
    met: c ? (c["c1"] ?? 0) >= 1 && (c["c64"] ?? 0) >= 1 : undefined,
  });
  targets.push({
    goal: "SDK calls ≥ 3× (d) new client per call, concurrency 1 and 64",
    measured: d ? `${ratio(d["c1"])} / ${ratio(d["c64"])}` : "n/a",
    met: d ? (d["c1"] ?? 0) >= 3 && (d["c64"] ?? 0) >= 3 : undefined,
  });
  const life = results.lifecycle;
  targets.push({
    goal: "CreateGameServerSession → ACTIVE p50 ≤ 3 ms",
    measured: life ? `${n(life.sdk.createToActive.p50, " ms")} (bare nice-grpc game: ${n(life.bare.createToActive.p50, " ms")})` : "n/a",
    met: life ? life.sdk.createToActive.p50 <= 3 : undefined,
  });
  const loaded = results.health?.find((h) => h.server === "sdk" && h.load);
  targets.push({
    goal: "health-check p99 ≤ 20 ms under a 60 Hz tick with 8 ms of work",
    measured: loaded ? `${n(loaded.latency.p99, " ms")} (bare nice-grpc: ${n(results.health?.find((h) => h.server === "bare" && h.load)?.latency.p99, " ms")})` : "n/a",
    met: loaded ? loaded.latency.p99 <= 20 : undefined,
  });
  const start = results.startup;
  targets.push({
    goal: "import ≤ 1.1× nice-grpc plus the generated code",
    measured: start ? ratio(start.importMs.ratio) : "n/a",
    met: start ? start.importMs.ratio <= 1.1 : undefined,
  });
  targets.push({
    goal: "idle RSS ≤ 5 MB over a bare nice-grpc game process",
    measured: start ? `${signed(start.rssMB.delta)} MB` : "n/a",
    met: start ? start.rssMB.delta <= 5 : undefined,
  });
  const scale = results.scale?.target;
  targets.push({
    goal: `gse-local cloud API p99 < ${P99_TARGET_MS} ms at 500 req/s with 1,000 processes`,
    measured: scale ? `${n(scale.p99Ms, " ms")} (${scale.processes} processes, ${scale.offeredRate} req/s)` : "n/a",
    met: scale ? scale.p99Ms < P99_TARGET_MS && scale.processes >= 1_000 && scale.offeredRate >= 500 : undefined,
  });
  const dash = results.dashboard;
  targets.push({
    goal: `cloud API p99 with the dashboard open ≤ ${DASHBOARD_P99_BUDGET}× without, 1,000 processes`,
    measured: dash ? `${ratio(dash.p99Ratio)} (${n(dash.withP99Ms, " ms")} vs ${n(dash.withoutP99Ms, " ms")}, ${dash.processes} processes)${dash.saturated ? "; saturated: not a measurement" : ""}` : "n/a",
    // A saturated window's p99 is the machine's queue: the ratio then says nothing either way.
    met: dash ? !dash.saturated && dash.p99Ratio <= DASHBOARD_P99_BUDGET && dash.processes >= 1_000 : undefined,
  });
  return targets;
}

/** A table as aligned text (console) or as Markdown. */
function table(headers: string[], rows: string[][], markdown: boolean): string {
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    return [line(headers), line(headers.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Every section of the report, as text or Markdown. */
export function renderTables(results: BenchResults, markdown: boolean): string {
  const out: string[] = [];
  const heading = (text: string) => out.push(markdown ? `\n### ${text}\n` : `\n== ${text}`);

  if (results.calls) {
    heading("1. Agent calls (ReportCustomData), client and agent in separate processes");
    const rows = results.calls.rows.map((r) => [
      r.label,
      String(r.concurrency),
      n(r.opsPerSec),
      ratio(r.ratioToNiceGrpc),
      n(r.p50Ms),
      n(r.p99Ms),
      n(r.cpuUsPerCall),
    ]);
    out.push(table(["client", "conc.", "calls/s", "vs (b)", "p50 ms", "p99 ms", "client CPU µs/call"], rows, markdown));
    const over = results.calls.sdkOver;
    const line = (subject: string) =>
      `${subject === "sdk" ? "SDK handle" : "candidate build"} over (b) ${ratio(over[`${subject}/nice-grpc`]?.["c1"])} / ${ratio(over[`${subject}/nice-grpc`]?.["c64"])}, over (c) ${ratio(over[`${subject}/grpc-js`]?.["c1"])} / ${ratio(over[`${subject}/grpc-js`]?.["c64"])}, over (d) ${ratio(over[`${subject}/grpc-js-new-client`]?.["c1"])} / ${ratio(over[`${subject}/grpc-js-new-client`]?.["c64"])} (concurrency 1 / 64)`;
    out.push("");
    if (over["sdk/grpc-js"]) out.push(line("sdk"));
    if (over["candidate/grpc-js"]) out.push(line("candidate"));
    if (over["candidate/sdk"]) out.push(`candidate build over the current SDK handle: ${ratio(over["candidate/sdk"]["c1"])} / ${ratio(over["candidate/sdk"]["c64"])} (concurrency 1 / 64)`);
  }

  if (results.profile) {
    heading("Profile: where the client's time goes, concurrency 64 (share of sampled busy time, %; runtime work charged to the package that asked for it)");
    const owners = ["gse-sdk", "nice-grpc", "grpc-js", "protobuf (@bufbuild)", "generated code", "uuid", "node runtime", "GC", "bench harness"] as const;
    const rows = results.profile.map((p) => [p.variant, ...owners.map((o) => n(p.shareByOwner[o] ?? 0)), n(p.usPerCallByOwner["gse-sdk"] ?? 0)]);
    out.push(table(["variant", ...owners, "gse-sdk µs/call"], rows, markdown));
    for (const p of results.profile) {
      if (p.topOursFrames.length === 0) continue;
      out.push("");
      out.push(`Top frames charged to gse-sdk in ${p.variant} (self time over all rounds):${markdown ? "\n" : ""}`);
      out.push(table(["frame", "where", "ms"], p.topOursFrames.slice(0, 8).map((f) => [f.name, f.where, n(f.selfMs)]), markdown));
    }
  }

  if (results.lifecycle) {
    heading("2. Lifecycle through gse-local (empty start handler): a game on the SDK against one on bare nice-grpc");
    const l = results.lifecycle;
    const row = (name: string, pick: (s: LifecycleResult["sdk"]) => { p50: number; p99: number; count: number }) => {
      const sdk = pick(l.sdk);
      const bare = pick(l.bare);
      return [name, n(sdk.p50), n(sdk.p99), n(bare.p50), n(bare.p99), String(sdk.count)];
    };
    out.push(
      table(
        ["step", "SDK p50 ms", "SDK p99 ms", "bare p50 ms", "bare p99 ms", "samples"],
        [
          row("CreateGameServerSession → session ACTIVE", (s) => s.createToActive),
          row("· sent → HTTP reply read (ACTIVATING)", (s) => s.createReply),
          row("· sent → the game's code gets the session", (s) => s.createToHandler),
          row("· the game's code got it → ACTIVE", (s) => s.handlerToActive),
          row("JoinGameServerSession → AcceptPlayerSession → ACTIVE", (s) => s.joinToActive),
          row("· sent → HTTP reply read (RESERVED)", (s) => s.joinReply),
          ["reference: a read-only cloud API round trip", n(l.describeRoundTrip.p50), n(l.describeRoundTrip.p99), "", "", String(l.describeRoundTrip.count)],
        ],
        markdown,
      ),
    );
  }

  if (results.health) {
    heading("3. Health-check answer latency (agent → game → agent)");
    const rows = results.health.map((h) => [
      h.server === "tcp"
        ? "reference: raw TCP round trip after the same idle gaps"
        : `${h.server === "sdk" ? "SDK @OnHealthCheck" : "bare nice-grpc server"}, ${h.load ? "60 Hz tick, 8 ms work" : "idle loop"}`,
      n(h.latency.p50),
      n(h.latency.p99),
      n(h.latency.max),
      String(h.latency.count),
    ]);
    out.push(table(["game", "p50 ms", "p99 ms", "max ms", "samples"], rows, markdown));
  }

  if (results.startup) {
    heading("4. Start-up and idle footprint (fresh processes, medians)");
    const s = results.startup;
    out.push(
      table(
        ["measure", "SDK", "bare nice-grpc", "SDK / bare"],
        [
          ["spawn → ProcessReady acknowledged, ms", n(s.readyMs.sdk), n(s.readyMs.bare), ratio(s.readyMs.sdk / s.readyMs.bare)],
          ["cold import, ms (gse-sdk vs nice-grpc + generated)", n(s.importMs.sdk), n(s.importMs.bare), ratio(s.importMs.ratio)],
          ...(s.importMs.candidate !== undefined ? [["cold import, candidate build, ms", n(s.importMs.candidate), n(s.importMs.bare), ratio(s.importMs.candidateRatio)]] : []),
          ["cold import of gse-sdk/local, ms", n(s.importMs.local), "", ""],
          ["idle RSS after ProcessReady, MB", n(s.rssMB.sdk), n(s.rssMB.bare), `${signed(s.rssMB.delta)} MB`],
          ["idle heap used, MB", n(s.heapUsedMB.sdk), n(s.heapUsedMB.bare), `${signed(s.heapUsedMB.sdk - s.heapUsedMB.bare)} MB`],
        ],
        markdown,
      ),
    );
  }

  for (const [sc, title] of [
    [results.scale, "5. gse-local at scale (1 s health cadence, open-loop cloud API load)"],
    [results.scaleCandidate, "5*. The same with the candidate build's gse-local"],
  ] as const) {
    if (!sc) continue;
    heading(title);
    out.push(
      table(
        ["processes", "registered in ms", "gse-local RSS MB", "heap MB", "heap KiB/process", "RSS KiB/process"],
        sc.memory.map((m) => [String(m.processes), n(m.registerMs), n(m.rssMB), n(m.heapUsedMB), n(m.heapKiBPerProcess), n(m.rssKiBPerProcess)]),
        markdown,
      ),
    );
    out.push("");
    out.push(
      table(
        ["processes", "offered req/s", "done req/s", "p50 ms", "p99 ms", "handler p99 ms", "loop delay p99 / max ms", "full GCs", "errors", "CPU % gse-local / simulator / load", "health checks", "failed", "sessions", "player sessions"],
        sc.windows.map((w) => [
          String(w.processes),
          w.offeredRate === 0 ? "0 (health only)" : String(w.offeredRate),
          w.offeredRate === 0 ? "" : `${n(w.achievedRate)}${w.saturated ? " (saturated)" : ""}`,
          w.offeredRate === 0 ? "" : n(w.p50Ms),
          w.offeredRate === 0 ? "" : n(w.p99Ms),
          w.offeredRate === 0 ? "" : n(w.serverP99Ms),
          `${n(w.loopDelayP99Ms)} / ${n(w.loopDelayMaxMs)}`,
          // Absent from results written before the count.
          w.majorGcs === undefined ? "" : String(w.majorGcs),
          String(w.errors),
          `${n(w.gseLocalCpuPct)} / ${n(w.simulatorCpuPct)} / ${n(w.loadGeneratorCpuPct)}`,
          String(w.healthChecks),
          String(w.healthFailures),
          String(w.sessions),
          String(w.playerSessions),
        ]),
        markdown,
      ),
    );
    out.push("");
    out.push(`Knee by request rate: ${sc.knee.byRate}. Knee by process count: ${sc.knee.byProcesses}.`);
  }

  if (results.scalePairs) {
    heading("5**. The target window of every run, current and candidate builds alternating (ABBA), and the medians; memory and registration at that many processes");
    const memoryCells = (m: ScaleMemory | undefined) => (m === undefined ? ["", "", "", ""] : [n(m.registerMs), n(m.heapUsedMB), n(m.heapKiBPerProcess), n(m.rssMB)]);
    const row = (label: string, w: ScaleWindow | undefined, m: ScaleMemory | undefined) =>
      w === undefined
        ? [label, "", "", "", "", "", "", ...memoryCells(m)]
        : [label, n(w.p50Ms), n(w.p99Ms), n(w.serverP99Ms), n(w.loopDelayMaxMs), `${w.majorGcs} (${n(w.majorGcMs)} ms)`, n(w.gseLocalCpuPct), ...memoryCells(m)];
    const medianOf = (values: number[]) => {
      values.sort((a, b) => a - b);
      return values.length === 0 ? Number.NaN : values.length % 2 === 1 ? values[(values.length - 1) / 2]! : (values[values.length / 2 - 1]! + values[values.length / 2]!) / 2;
    };
    const median = (build: "current" | "candidate", value: (w: ScaleWindow) => number) =>
      medianOf(results.scalePairs!.filter((r) => r.build === build && r.target !== undefined).map((r) => value(r.target!)));
    const memoryMedian = (build: "current" | "candidate", value: (m: ScaleMemory) => number) =>
      medianOf(results.scalePairs!.filter((r) => r.build === build && r.memory !== undefined).map((r) => value(r.memory!)));
    const medians = (build: "current" | "candidate") => [
      `median, ${build}`,
      n(median(build, (w) => w.p50Ms)),
      n(median(build, (w) => w.p99Ms)),
      n(median(build, (w) => w.serverP99Ms)),
      n(median(build, (w) => w.loopDelayMaxMs)),
      n(median(build, (w) => w.majorGcs)),
      n(median(build, (w) => w.gseLocalCpuPct)),
      n(memoryMedian(build, (m) => m.registerMs)),
      n(memoryMedian(build, (m) => m.heapUsedMB)),
      n(memoryMedian(build, (m) => m.heapKiBPerProcess)),
      n(memoryMedian(build, (m) => m.rssMB)),
    ];
    out.push(
      table(
        ["run", "p50 ms", "p99 ms", "handler p99 ms", "loop delay max ms", "full GCs (their ms)", "CPU % gse-local", "registered in ms", "heap MB", "heap KiB/process", "RSS MB"],
        [...results.scalePairs.map((r, i) => row(`${i + 1}, ${r.build}`, r.target, r.memory)), medians("current"), medians("candidate")],
        markdown,
      ),
    );
  }

  if (results.cloud) {
    heading("6. gse-sdk/cloud: the typed client over the bare official client (sequential calls to gse-local; fresh processes for imports)");
    const c = results.cloud;
    out.push(
      table(
        ["measure", "gse-sdk/cloud", "official client", "typed / official"],
        [
          ["DescribeGameServerSessions calls/s", n(c.calls.typedPerS), n(c.calls.barePerS), ratio(c.calls.ratio)],
          ["client CPU µs/call", n(c.calls.typedCpuUsPerCall), n(c.calls.bareCpuUsPerCall), `${signed(c.calls.overheadCpuUsPerCall)} µs`],
          ["cold import + client, ms (official: its gse client module)", n(c.importMs.cloud), n(c.importMs.officialModules), ratio(c.importMs.cloud / c.importMs.officialModules)],
          ["cold import of the whole official package, ms", "", n(c.importMs.officialWhole), ""],
        ],
        markdown,
      ),
    );
    out.push("");
    const k = c.testKit;
    out.push(
      table(
        ["gse-sdk/testing, in-process game (median ms)", "boot", "createSession (ACTIVE)", "joinPlayer", "terminateProcess", "close"],
        [[`${k.samples} kits`, n(k.bootMs), n(k.createSessionMs), n(k.joinMs), n(k.terminateMs), n(k.closeMs)]],
        markdown,
      ),
    );
  }

  if (results.agones) {
    heading("7. Agones: gse-sdk's Agones platform over the bare @google-cloud/agones-sdk (fresh processes for import and memory; pings against the sidecar counterpart in-process)");
    const a = results.agones;
    out.push(
      table(
        ["measure", "gse-sdk on Agones", "bare agones-sdk", "layer / bare"],
        [
          ["cold import, ms (layer: gse-sdk + adapter + agones-sdk)", n(a.importMs.layer), n(a.importMs.bare), ratio(a.importMs.layer / a.importMs.bare)],
          ["idle RSS of a ready game, MiB", n(a.idleRssMiB.layer), n(a.idleRssMiB.bare), ratio(a.idleRssMiB.layer / a.idleRssMiB.bare)],
          [`Health() ping p50, ms (${a.pingMs.samples} pings)`, n(a.pingMs.layer.p50), n(a.pingMs.bare.p50), ratio(a.pingMs.layer.p50 / a.pingMs.bare.p50)],
          ["Health() ping p99, ms", n(a.pingMs.layer.p99), n(a.pingMs.bare.p99), ratio(a.pingMs.layer.p99 / a.pingMs.bare.p99)],
          ["process CPU per health period, µs (layer: @OnHealthCheck + ping)", n(a.cpuUsPerPing.layer), n(a.cpuUsPerPing.bare), ratio(a.cpuUsPerPing.layer / a.cpuUsPerPing.bare)],
        ],
        markdown,
      ),
    );
  }

  if (results.telemetry) {
    heading("8. OpenTelemetry in the SDK: instrumentation per agent call (in-process, the sequence createAgentClient runs)");
    const t = results.telemetry;
    // The SDK handle's whole client CPU per call, from the calls suite of the same run.
    const sdkCpu = results.calls?.rows.filter((r) => r.variant === "sdk").map((r) => r.cpuUsPerCall * 1000);
    const share = (ns: number) => (sdkCpu && sdkCpu.length > 0 ? sdkCpu.map((c) => `${round((ns / c) * 100)} %`).join(" / ") : "calls suite not run");
    out.push(
      table(
        ["telemetry", "ns per call", "share of the SDK's client CPU per call (conc. 1 / 64)"],
        [
          ["off (no provider: the API's no-ops)", n(t.offNsPerCall), share(t.offNsPerCall)],
          ["on (OpenTelemetry SDK recording, spans dropped)", n(t.onNsPerCall), share(t.onNsPerCall)],
        ],
        markdown,
      ),
    );
  }

  if (results.persistence) {
    const p = results.persistence;
    heading(`11. gse-local with a state directory: sequential cloud API calls, ms (${p.rounds} interleaved rounds of ${p.callsPerRound}, medians)`);
    out.push(
      table(
        ["action", "p50 in memory", "p99 in memory", "p50 with state dir", "p99 with state dir", "p50 state dir / memory"],
        p.rows.map((r) => [r.action, n(r.memoryP50), n(r.memoryP99), n(r.journalP50), n(r.journalP99), ratio(r.ratioP50)]),
        markdown,
      ),
    );
    const a = p.adoption;
    if (a) {
      out.push("");
      out.push(
        table(
          [`restart with --launch x${a.processes}`, "createGseLocal to every slot filled, ms (median)", "adopted / fresh"],
          [
            ["empty state dir: launches " + a.processes, n(a.freshMs), ""],
            [`state dir naming ${a.processes} live launched processes: re-adopts them`, n(a.adoptMs), ratio(a.adoptMs / a.freshMs)],
          ],
          markdown,
        ),
      );
      out.push("");
      out.push(`One liveness poll of an adopted process (read /proc/<pid>/stat, compare the start time): ${n(a.pollUs, " µs")}; gse-local polls each adopted process once per liveness interval (1 s).`);
    }
  }

  if (results.dashboard) {
    const d = results.dashboard;
    heading(`9. The dashboard's cost: ${d.processes} processes, 1 s health cadence, open-loop cloud API load, windows with the dashboard closed and open (ABBA)`);
    out.push(
      table(
        ["dashboard", "offered req/s", "done req/s", "p50 ms", "p99 ms", "errors", "gse-local CPU %", "pushes/s", "stream kB/s", "items/s"],
        d.windows.map((w) => [w.dashboard ? "open" : "closed", String(w.offeredRate), `${n(w.achievedRate)}${w.saturated ? " (saturated)" : ""}`, n(w.p50Ms), n(w.p99Ms), String(w.errors), n(w.gseLocalCpuPct), w.dashboard ? n(w.pushesPerSec) : "", w.dashboard ? n(w.streamKBPerSec) : "", w.dashboard ? n(w.itemsPerSec) : ""]),
        markdown,
      ),
    );
    out.push("");
    out.push(`Median p99: ${n(d.withP99Ms, " ms")} open vs ${n(d.withoutP99Ms, " ms")} closed (${ratio(d.p99Ratio)}); gse-local CPU ${n(d.withCpuPct)} % vs ${n(d.withoutCpuPct)} %.`);
  }

  if (results.control) {
    heading("10. The control plane (gse-local driven by the official mainland client; real fleet processes, and the fleet simulator's)");
    const c = results.control;
    const f = c.footprint;
    out.push(
      table(
        ["measure", "value"],
        [
          [`CreateFleet → ${c.processesPerFleet} processes ready (unpack, install, launch, ProcessReady), ms`, c.fleetReadyMs.map((ms) => n(ms)).join(" / ")],
          [`placement through a 3-destination queue (TERMINAL alias, empty fleet, fleet), p50 / p99 / max ms (${c.placement.samples})`, `${n(c.placement.p50Ms)} / ${n(c.placement.p99Ms)} / ${n(c.placement.maxMs)}`],
          ["load over a target-based policy's target → the added instance's processes ready, ms (200 ms evaluation)", c.scaleOutMs.map((ms) => n(ms)).join(" / ")],
          [`${f.fleets} fleets × ${f.processesPerFleet} simulated processes, 1 s health checks: RSS / heap MB (before gse-local)`, `${n(f.rssMB)} / ${n(f.heapUsedMB)} (${n(f.baselineRssMB)} / ${n(f.baselineHeapMB)})`],
          [`the same: CPU, % of one core over ${f.windowMs / 1000} s`, n(f.cpuPct)],
          ...(c.corePlacement ?? []).map((r) => [`one placement on a bare core through the queue, ${r.processes} processes in fleets of 50, after ${r.made} placements, µs`, n(r.us)]),
          ...(c.weightedPick
            ? [[`choosing a process for a session among ${c.weightedPick.processes} in ${c.weightedPick.instances} instances, half busy: weighted least-loaded / first free, µs (ratio)`, `${n(c.weightedPick.weightedUs)} / ${n(c.weightedPick.firstFreeUs)} (×${n(c.weightedPick.ratio)})`]]
            : []),
          ...(c.latencyRelaxLagMs ? [["placement over a 1 s latency cap: FULFILLED after the cap relaxed, ms (re-check timer)", c.latencyRelaxLagMs.map((ms) => n(ms)).join(" / ")]] : []),
          ...(c.statistics
            ? [[`fleet statistics over ${c.statistics.lives} ended instance lives: Details / Flows (Limit 100), median ms of ${c.statistics.calls}`, `${n(c.statistics.detailsMs)} / ${n(c.statistics.flowsMs)}`]]
            : []),
        ],
        markdown,
      ),
    );
  }

  if (results.launch) {
    heading("13. The --launch fleet (a control-plane fleet of real SDK processes; UpdateFleetCapacity through the official mainland client; a fresh gse-local per round)");
    const l = results.launch;
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    out.push(
      table(
        ["measure", "value"],
        [
          [`createGseLocal → the first instance's ${l.processesPerInstance} processes ready, ms`, l.startReadyMs.map((ms) => n(ms)).join(" / ")],
          [`UpdateFleetCapacity 1 → 2 → the new instance's ${l.processesPerInstance} processes ready, ms`, l.scaleOutMs.map((ms) => n(ms)).join(" / ")],
          ["UpdateFleetCapacity 2 → 1 → the instance's processes ended (OnProcessTerminate) and it is gone, ms", l.scaleInMs.map((ms) => n(ms)).join(" / ")],
          ["an added instance's readiness / gse-local's own start to ready (medians)", ratio(median(l.scaleOutMs) / median(l.startReadyMs))],
        ],
        markdown,
      ),
    );
  }

  if (results.instructions) {
    heading("12. Instructions per operation (valgrind callgrind over a fixed workload; independent of the machine's load)");
    const i = results.instructions;
    if (!i.available) out.push("valgrind is not installed: nothing counted.");
    else {
      const what: Record<string, string> = {
        cloud: "cloud request (the scale mix, joins accepted)",
        agent: "agent call (ReportCustomData)",
        health: "health check (both ends)",
        placement: "placement, no queue (default fleet)",
        queue: "placement through a 3-destination queue (fleets of 50)",
      };
      const withCandidate = i.rows.some((r) => r.candidatePerOp !== undefined);
      out.push(
        table(
          ["operation", "processes", "operations", "M instructions / op", ...(withCandidate ? ["candidate", "this / candidate"] : [])],
          i.rows.map((r) => [
            what[r.phase] ?? r.phase,
            String(r.processes),
            String(r.count),
            n(r.perOp / 1e6),
            ...(withCandidate ? [n((r.candidatePerOp ?? NaN) / 1e6), ratio(r.perOp / (r.candidatePerOp ?? NaN))] : []),
          ]),
          markdown,
        ),
      );
    }
  }

  heading("Targets");
  out.push(table(["goal", "measured", "met"], results.targets.map((t) => [t.goal, t.measured, t.met === undefined ? "not run" : t.met ? "yes" : "NO"]), markdown));
  return out.join("\n");
}

export function renderChart(results: BenchResults): string {
  const width = 860;
  const body: string[] = [];
  let y = 10;
  if (results.calls) {
    const groups = new Map<string, BarGroup>();
    for (const row of results.calls.rows) {
      if (row.variant === "nice-grpc") continue;
      const group = groups.get(row.variant) ?? { label: row.label, bars: [] };
      group.bars.push({ series: `concurrency ${row.concurrency}`, value: row.ratioToNiceGrpc });
      groups.set(row.variant, group);
    }
    const chart = barChart("Agent-call throughput relative to bare nice-grpc (b = 1×)", [...groups.values()], {
      x: 20,
      y,
      width,
      min: 0.125,
      max: 64,
      note: `median of ${results.calls.rows[0]?.rounds ?? "?"} interleaved rounds, log scale; ${results.machine.cores} × ${results.machine.cpu}, Node ${results.machine.node}`,
    });
    body.push(chart.svg);
    y += chart.height + 20;
  }
  if (results.scale) {
    const rateProcesses = results.scale.target?.processes;
    const byRate = results.scale.windows.filter((w) => w.processes === rateProcesses && w.offeredRate > 0);
    const base = results.scale.target?.offeredRate;
    const byProcesses = results.scale.windows.filter((w) => w.offeredRate === base);
    const first = lineChart(
      `gse-local cloud API p99 vs offered rate (${rateProcesses ?? "?"} processes, 1 s health cadence)`,
      [
        { name: "client-side p99 (from due time)", points: byRate.map((w) => ({ x: w.offeredRate, y: w.p99Ms })) },
        { name: "gse-local handling p99", points: byRate.map((w) => ({ x: w.offeredRate, y: w.serverP99Ms })) },
      ],
      { x: 20, y, width, height: 180, xLabel: "offered cloud API requests per second", yLabel: "ms", threshold: P99_TARGET_MS, thresholdLabel: `target ${P99_TARGET_MS} ms`, note: `knee: ${results.scale.knee.byRate}` },
    );
    body.push(first.svg);
    y += first.height + 20;
    const second = lineChart(
      `gse-local cloud API p99 vs registered processes (${base ?? "?"} req/s)`,
      [
        { name: "client-side p99 (from due time)", points: byProcesses.map((w) => ({ x: w.processes, y: w.p99Ms })) },
        { name: "gse-local CPU % of one core", points: byProcesses.map((w) => ({ x: w.processes, y: w.gseLocalCpuPct })) },
      ],
      { x: 20, y, width, height: 180, xLabel: "registered game server processes", yLabel: "ms / %", threshold: P99_TARGET_MS, thresholdLabel: `target ${P99_TARGET_MS} ms`, note: `knee: ${results.scale.knee.byProcesses}` },
    );
    body.push(second.svg);
    y += second.height + 10;
  }
  return svgDocument(width, y, body);
}

/** The generated block of docs/benchmarks.md; the hand-written analysis around it is kept. */
export function renderDocsBlock(results: BenchResults, chartPath: string): string {
  const m = results.machine;
  return [
    `_Generated by \`npm run bench\` on ${results.startedAt.slice(0, 10)}; the whole run took ${Math.round(results.durationS)} s._`,
    "",
    `Machine: ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; load average at start ${m.loadAverageAtStart.join(" / ")} (the cores are shared with other work, so read ratios within a run, not absolute numbers).`,
    "",
    `![benchmark chart](${chartPath})`,
    renderTables(results, true),
  ].join("\n");
}
