// The demo: gse-local in this process, the arena as a small fleet of real
// processes, the backend calling gse-local's cloud API with Tencent Cloud's
// official client, and bots playing over WebSocket. Every lifecycle step is
// awaited on gse-local's events with a deadline; a step that does not happen
// fails the run with its name.
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { fileURLToPath } from "node:url";
import { createJsonLogger } from "gse-sdk";
import { createGseLocal, createTimeline, type GseLocal, type GseLocalEvent } from "gse-sdk/local";
import { CloseCode } from "../arena/arenaProtocol.js";
import { createBackend, type Backend, type Ticket } from "../backend/createBackend.js";
import { requestTickets, runBot, type BotResult } from "../bots/runBot.js";
import { describeArenaLine } from "./describeArenaLine.js";
import { runRollout, type RolloutResult } from "./runRollout.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface DemoOptions {
  /** Matches to play, one game server session each. */
  sessions: number;
  /** Bots per match. */
  players: number;
  /** Arena processes the fleet keeps running. */
  processes: number;
  /** Short matches and quick health checks: the CI configuration. */
  fast: boolean;
  /** After the matches, keep everything up until `signal` aborts. */
  keepRunning: boolean;
  verbose: boolean;
  /** The whole run's deadline. */
  timeoutMs: number;
  print: (line: string) => void;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
}

/** Timings of a run. Match settings reach the arena as game properties, through the backend. */
const PROFILES = {
  normal: { matchMs: 6_000, tickMs: 100, playMs: [2_000, 4_000], stayMs: 9_000, idleMs: 10_000, healthMs: 1_000, stepMs: 20_000 },
  fast: { matchMs: 2_500, tickMs: 50, playMs: [700, 1_400], stayMs: 5_000, idleMs: 5_000, healthMs: 500, stepMs: 15_000 },
} as const;

export const MAX_PLAYERS = 8;
const NAMES = ["ada", "bo", "cy", "dee", "eli", "fay", "gus", "hal"] as const;

// gse-local checks signatures when given credentials: the backend signs
// with these, exactly as it would sign for Tencent Cloud with a real key.
const SECRET_ID = "AKIDgselocaldemo00000000000000000";
const SECRET_KEY = "gse-local-demo-secret-key-0000000";

class StepFailed extends Error {}

interface SlotInfo {
  slot: number;
  /** 1 for a slot's first process, 2 for its first replacement, ... */
  generation: number;
}

interface MatchRow {
  match: number;
  session: string;
  pid: number;
  slot: SlotInfo;
  accepted: number;
  completed: number;
  peakLoad: string;
  endedBy: string;
  scores: string;
  seconds: string;
}

export async function runDemo(options: DemoOptions): Promise<number> {
  const profile = options.fast ? PROFILES.fast : PROFILES.normal;
  const { print } = options;
  const timeline = createTimeline({ print, verbose: options.verbose, gameLine: describeArenaLine });
  const deadline = AbortSignal.timeout(options.timeoutMs);
  // The first failed step stops every other match at once.
  const failed = new AbortController();
  const signal = AbortSignal.any([options.signal, deadline, failed.signal]);
  const wait = { timeoutMs: profile.stepMs, signal };

  const deadlineText = `the run's ${options.timeoutMs / 1000} s deadline (--timeout) passed`;
  // Once the deadline fires, every step under way fails in its own way (a bot
  // sees its socket cut, close 1006); the deadline is the news, not those.
  const timedOut = (error: unknown): string => {
    const message = error instanceof Error ? error.message : String(error);
    return message.includes(deadlineText) ? message : `${deadlineText} (under way: ${message})`;
  };

  /** Awaits one lifecycle step; its name is the failure message. */
  async function step<T>(what: string, promise: Promise<T>): Promise<T> {
    try {
      return await promise;
    } catch (error) {
      if (deadline.aborted) throw new StepFailed(`${what}: ${deadlineText}`);
      if (options.signal.aborted) throw new StepFailed(`${what}: interrupted`);
      throw new StepFailed(`${what} did not happen: ${(error as Error).message}`);
    }
  }

  // --- gse-local and the fleet -------------------------------------------------

  const arenaMain = fileURLToPath(new URL("../arena/main.js", import.meta.url));
  // exec: the game itself, not a shell, is the process the fleet and GSE see.
  const command = `GSE_LOG_LEVEL=${options.verbose ? "info" : "warn"} exec ${shellQuote(process.execPath)} ${shellQuote(arenaMain)}`;
  const slots = new Map<number, SlotInfo>();
  const games = new EventLog<{ pid: number; line: Record<string, unknown> }>();
  const exits = new EventLog<{ pid: number; code: number | null }>();
  const restarts = new EventLog<{ oldPid: number; pid: number }>();
  const times = new Map<string, { activating?: number; terminated?: number }>();

  print(
    `gse-sdk demo: ${count(options.sessions, "match", "matches")} of ${count(options.players, "bot", "bots")} ` +
      `on a fleet of ${count(options.processes, "arena process", "arena processes")}${options.fast ? " (fast)" : ""}`,
  );
  print("");
  let local: GseLocal;
  // The asset directory: the COS bucket of the rollout's deployment script.
  const assetDir = mkdtempSync(join(tmpdir(), "gse-demo-assets-"));
  const onGameLine = (line: string) => {
    timeline.gameOutput(line);
    const parsed = parseGameLine(line);
    if (parsed) games.push(parsed);
  };
  try {
    local = await createGseLocal({
      grpcPort: 0,
      httpPort: 0,
      assetDir,
      // Scaling is evaluated every half second, so the policy's effect shows.
      scalingEvaluationIntervalMs: 500,
      fleetOutput: onGameLine,
      healthCheckIntervalMs: profile.healthMs,
      secretId: SECRET_ID,
      secretKey: SECRET_KEY,
      launch: {
        command,
        concurrency: options.processes,
        output: onGameLine,
      },
      logger: demoLogger(print, options.verbose),
    });
  } catch (error) {
    print(`FAILED: gse-local did not start: ${(error as Error).message}`);
    return 1;
  }
  const fleet = local.fleet!;
  // A replacement is one generation after the process it replaces. (The
  // launcher starts its first processes on the next tick, so "spawn" is seen
  // for them too; generations do not depend on it.)
  fleet.events.on("spawn", ({ pid, index }: { pid: number; index: number }) => {
    if (!slots.has(pid)) slots.set(pid, { slot: index, generation: 1 });
  });
  fleet.events.on("restart", ({ oldPid, pid, index }: { oldPid: number; pid: number; index: number }) => {
    slots.set(pid, { slot: index, generation: (slots.get(oldPid)?.generation ?? 1) + 1 });
    timeline.spawned(pid, index, oldPid);
    restarts.push({ oldPid, pid });
  });
  fleet.events.on("exit", ({ pid, code, signal: exitSignal }: { pid: number; code: number | null; signal: string | null }) => {
    timeline.exited(pid, code, exitSignal);
    exits.push({ pid, code });
  });
  local.events.on("event", (event: GseLocalEvent) => {
    timeline.local(event);
    if (event.type === "gameServerSessionStatus") {
      const time = times.get(event.gameServerSessionId) ?? {};
      if (event.status === "ACTIVATING") time.activating = performance.now();
      if (event.status === "TERMINATED" || event.status === "ERROR") time.terminated = performance.now();
      times.set(event.gameServerSessionId, time);
    }
  });
  timeline.note("gse-local", `agent ${local.agentAddress}, cloud API http://${local.cloudEndpoint}; launching ${count(options.processes, "arena process", "arena processes")}`);

  const backend: Backend = createBackend({
    endpoint: local.cloudEndpoint,
    protocol: "http://",
    secretId: SECRET_ID,
    secretKey: SECRET_KEY,
    queueName: "arena-queue",
    // Room for more than the bots, so --keep-running can take extra players.
    maxPlayers: Math.max(options.players, 4),
    // With --keep-running a person may play too: give them time to get a
    // ticket, connect by hand, and play a real minute.
    gameProperties: {
      matchMs: String(options.keepRunning ? 60_000 : profile.matchMs),
      tickMs: String(profile.tickMs),
      idleMs: String(options.keepRunning ? 120_000 : profile.idleMs),
    },
  });

  // The rollout's matches go through its own queue, to the aliased fleet.
  const rolloutBackend: Backend = createBackend({
    endpoint: local.cloudEndpoint,
    protocol: "http://",
    secretId: SECRET_ID,
    secretKey: SECRET_KEY,
    queueName: "arena-rollout",
    maxPlayers: Math.max(options.players, 4),
    gameProperties: { matchMs: String(profile.matchMs), tickMs: String(profile.tickMs), idleMs: String(profile.idleMs) },
  });
  let rollout: RolloutResult | undefined;

  const rows: MatchRow[] = [];
  let exitCode = 0;
  try {
    const backendUrl = await backend.listen();
    timeline.note("backend", `listening on ${backendUrl} (POST /matches)`);
    await step(
      `${options.processes} arena processes calling ProcessReady`,
      waitUntil(local, () => local.processes().filter((p) => p.status === "ACTIVE").length >= options.processes, wait),
    );

    // --- the matches, as many at once as there are processes --------------------

    let next = 1;
    const runMatches = async () => {
      while (next <= options.sessions && !signal.aborted) rows.push(await playMatch(next++, backendUrl));
    };
    await Promise.all(Array.from({ length: Math.min(options.processes, options.sessions) }, runMatches));
    rows.sort((a, b) => a.match - b.match);

    // --- what must have happened across the run --------------------------------

    const checks = local.history.filter((e) => e.type === "healthCheck");
    const failedChecks = checks.filter((e) => e.type === "healthCheck" && !e.healthy);
    if (options.sessions > 0 && checks.length === 0) throw new StepFailed("health checks: no process was ever health-checked");
    if (failedChecks.length > 0) throw new StepFailed(`health checks: ${failedChecks.length} failed: ${JSON.stringify(failedChecks[0])}`);
    if (options.sessions > options.processes && !rows.some((r) => r.slot.generation > 1)) {
      throw new StepFailed("process recycling: no match was hosted by a replacement process");
    }

    if (!options.keepRunning) await scaleIn();

    // --- the rollout: publish v1, alias, queue, v2, switch, drain, delete -------
    rollout = await runRollout({
      local,
      timeline,
      step,
      backend: rolloutBackend,
      queueName: "arena-rollout",
      assetDir,
      arenaMain,
      secretId: SECRET_ID,
      secretKey: SECRET_KEY,
      players: NAMES.slice(0, options.players),
      playMs: profile.playMs[1],
      stepMs: profile.stepMs,
      signal,
    });

    if (options.keepRunning) await keepRunning(backendUrl);

    timeline.mute();
    print("");
    printSummary(rows, local, options, print);
    if (rollout) printRollout(rollout, print);
    print("");
    print(`PASSED in ${timeline.elapsed()} s: every lifecycle step happened.`);
  } catch (error) {
    failed.abort();
    timeline.mute();
    exitCode = options.signal.aborted ? 130 : 1;
    print("");
    if (rows.length > 0) printSummary(rows, local, options, print);
    // Whatever step was under way when Ctrl-C came fails too; that is not the news.
    const reason = options.signal.aborted
      ? "interrupted"
      : deadline.aborted
        ? timedOut(error)
        : error instanceof StepFailed
        ? error.message
        : ((error as Error).stack ?? String(error));
    print(`FAILED after ${timeline.elapsed()} s: ${reason}`);
  } finally {
    timeline.mute();
    await backend.close();
    await rolloutBackend.close();
    await local.close();
    rmSync(assetDir, { recursive: true, force: true });
  }
  return exitCode;

  // --- one match ------------------------------------------------------------------

  async function playMatch(n: number, backendUrl: string): Promise<MatchRow> {
    const playerIds = NAMES.slice(0, options.players).map((name) => `${name}-${n}`);
    timeline.note(`match ${n}`, `asking the backend for a match for ${playerIds.join(", ")}`);
    const tickets = await step(`match ${n}: the backend placing ${playerIds.join(", ")}`, requestTickets(backendUrl, playerIds, { signal }));
    const sessionId = tickets[0]!.gameServerSessionId;
    const session = `session ${timeline.sessionLabel(sessionId)}`;
    const pid = local.gameServerSessions().find((s) => s.gameServerSessionId === sessionId)!.pid;
    const slot = slots.get(pid) ?? { slot: -1, generation: 0 };
    timeline.note(`match ${n}`, `tickets for ${session} at ${tickets[0]!.ipAddress}:${tickets[0]!.port}; bots connecting`);

    // Odd matches end when everyone has left; in even ones a player stays
    // until the match's time is up, so both endings show.
    const [low, high] = profile.playMs;
    const bots = tickets.map((ticket, i) =>
      runBot({ ticket, playMs: n % 2 === 0 && i === 0 ? profile.stayMs : low + Math.random() * (high - low), signal }),
    );
    for (const ticket of tickets) {
      await step(`match ${n}: ${ticket.playerId} accepted by the game`, local.waitFor(isPlayer(ticket.playerSessionId, "ACTIVE"), wait));
    }
    if (n === 1) {
      timeline.note(`match ${n}`, "deliberate check, not a failure: two impostors try to join (a forged ticket, then a used one); the game must turn both away");
      await tryImpostors(tickets[0]!);
      timeline.note(`match ${n}`, "both impostors turned away, as intended");
    }

    const results = await step(`match ${n}: bots playing`, Promise.all(bots));
    const lost = results.find((r) => r.outcome === "rejected" || r.outcome === "disconnected");
    if (lost) throw new StepFailed(`match ${n}: bot ${lost.playerId} ${lost.outcome} (close ${lost.closeCode} ${lost.closeReason})`);
    for (const ticket of tickets) {
      await step(`match ${n}: ${ticket.playerId} COMPLETED (RemovePlayerSession)`, local.waitFor(isPlayer(ticket.playerSessionId, "COMPLETED"), wait));
    }
    const over = await step(
      `match ${n}: the game reporting the match over`,
      games.waitFor((g) => g.line["event"] === "matchOver" && g.line["gameServerSessionId"] === sessionId, wait),
    );
    await step(
      `match ${n}: ${session} TERMINATED by the game (TerminateGameServerSession)`,
      local.waitFor((e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === sessionId && e.status === "TERMINATED" && e.reason === "TerminateGameServerSession", wait),
    );
    await step(
      `match ${n}: process ${pid} ending (ProcessEnding)`,
      local.waitFor((e) => e.type === "processStatus" && e.pid === pid && e.status === "TERMINATED" && e.reason === "ProcessEnding", wait),
    );
    const exit = await step(`match ${n}: process ${pid} exiting`, exits.waitFor((e) => e.pid === pid, wait));
    if (exit.code !== 0) throw new StepFailed(`match ${n}: process ${pid} exited with code ${exit.code}`);
    const { pid: replacement } = await step(`match ${n}: the fleet replacing process ${pid}`, restarts.waitFor((r) => r.oldPid === pid, wait));
    await step(
      `match ${n}: replacement process ${replacement} calling ProcessReady`,
      local.waitFor((e) => e.type === "processRegistered" && e.pid === replacement, wait),
    );

    const loads = local.history.filter((e): e is Extract<GseLocalEvent, { type: "customData" }> => e.type === "customData" && e.pid === pid);
    if (!loads.some((e) => e.currentCustomCount > 0)) throw new StepFailed(`match ${n}: process ${pid} never reported its load (ReportCustomData)`);
    const peak = loads.reduce((best, e) => (e.currentCustomCount > best.currentCustomCount ? e : best));
    const time = times.get(sessionId) ?? {};
    const scores = (over.line["scores"] as { playerId: string; score: number }[]) ?? [];
    return {
      match: n,
      session: timeline.sessionLabel(sessionId),
      pid,
      slot,
      accepted: tickets.length,
      completed: tickets.length,
      peakLoad: `${peak.currentCustomCount}/${peak.maxCustomCount}`,
      endedBy: String(over.line["reason"]),
      scores: scores.map((s) => `${s.playerId} ${s.score}`).join(", "),
      seconds: time.activating !== undefined && time.terminated !== undefined ? ((time.terminated - time.activating) / 1000).toFixed(1) : "?",
    };
  }

  /** A ticket GSE never issued, and a ticket already used: the game must turn both away. */
  async function tryImpostors(used: Ticket): Promise<void> {
    const forged = await runBot({ ticket: { ...used, playerSessionId: `psess-${randomUUID()}`, playerId: "mallory" }, playMs: 0, signal });
    expectRejected("a forged ticket", forged, CloseCode.ticketRefused);
    const replayed = await runBot({ ticket: used, playMs: 0, signal });
    expectRejected(`${used.playerId}'s ticket used a second time`, replayed, CloseCode.ticketUsed);
  }

  function expectRejected(what: string, result: BotResult, code: number): void {
    if (result.outcome !== "rejected" || result.closeCode !== code) {
      throw new StepFailed(`${what} should have been turned away with close code ${code}; got ${result.outcome} (close ${result.closeCode} ${result.closeReason})`);
    }
  }

  /** GSE scale-in: OnProcessTerminate to an idle process, which must end itself with ProcessEnding. */
  async function scaleIn(): Promise<void> {
    await step(
      "the fleet back to full strength",
      waitUntil(local, () => local.processes().filter((p) => p.status === "ACTIVE" && p.gameServerSessionId === undefined).length >= options.processes, wait),
    );
    const victim = local.processes().find((p) => p.status === "ACTIVE" && p.gameServerSessionId === undefined)!.pid;
    timeline.note("demo", `scale-in: asking idle process ${victim} to end (OnProcessTerminate, as GSE does when it scales a fleet in)`);
    local.terminateProcess(victim, { terminationDelayMs: profile.stepMs });
    await step(
      `scale-in: process ${victim} ending itself with ProcessEnding`,
      local.waitFor((e) => e.type === "processStatus" && e.pid === victim && e.status === "TERMINATED" && e.reason === "ProcessEnding", wait),
    );
    const exit = await step(`scale-in: process ${victim} exiting`, exits.waitFor((e) => e.pid === victim, wait));
    if (exit.code !== 0) throw new StepFailed(`scale-in: process ${victim} exited with code ${exit.code}`);
  }

  async function keepRunning(backendUrl: string): Promise<void> {
    print("");
    print("Still running; Ctrl-C to stop. Try:");
    print(`  node dist/examples/bots/main.js --backend ${backendUrl} --players 2 --play-seconds 10`);
    print(`  curl -s -X POST ${backendUrl}/matches -d '{"playerIds":["me"]}'   # a ticket for your own client`);
    print(`    then connect a WebSocket client to ws://<IpAddress>:<Port> and send {"type":"join","playerSessionId":"<PlayerSessionId>"}`);
    print(`  curl -s http://${local.cloudEndpoint}/capi -d '{"Action":"DescribeGameServerSessions","FleetId":"fleet-local"}'`);
    print(`  agent for your own game process: GSE_AGENT_ADDRESS=${local.agentAddress}`);
    print("");
    if (!options.signal.aborted) await new Promise<void>((resolve) => options.signal.addEventListener("abort", () => resolve(), { once: true }));
  }
}

function printSummary(rows: MatchRow[], local: GseLocal, options: DemoOptions, print: (line: string) => void): void {
  const ordinal = (n: number) => (n === 1 ? "original" : `recycled x${n - 1}`);
  const table = [
    ["match", "session", "process", "slot", "process is", "players", "peak load", "lasted", "ended by", "scores"],
    ...rows.map((r) => [
      String(r.match),
      r.session,
      String(r.pid),
      String(r.slot.slot),
      ordinal(r.slot.generation),
      `${r.accepted} in, ${r.completed} out`,
      r.peakLoad,
      `${r.seconds} s`,
      r.endedBy,
      r.scores,
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  table.forEach((row, i) => {
    print(`  ${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join("  ")}`);
    if (i === 0) print(`  ${widths.map((w) => "-".repeat(w)).join("  ")}`);
  });
  const ended = local.history.filter((e) => e.type === "processStatus" && e.status === "TERMINATED" && e.reason === "ProcessEnding").length;
  const healthy = local.history.filter((e) => e.type === "healthCheck" && e.healthy).length;
  print("");
  // The scale-in's process ends with ProcessEnding too, but is not part of a match.
  const scaledIn = options.keepRunning || ended === 0 ? 0 : 1;
  print(
    `  ${rows.length} of ${options.sessions} matches played; ${ended - scaledIn} processes ended with ProcessEnding after their match and were replaced` +
      `${scaledIn ? ", 1 more in the scale-in" : ""}; ${healthy} health checks passed`,
  );
}

function printRollout(rollout: RolloutResult, print: (line: string) => void): void {
  print("");
  print(`  rollout: v1 ${rollout.v1} -> v2 ${rollout.v2} behind alias ${rollout.alias}; v1 drained and deleted; v2 scaled to ${rollout.instancesAfterScaling} instances under load`);
  for (const m of rollout.matches) print(`    ${m.label} through the queue, on ${m.fleet === rollout.v1 ? "v1" : m.fleet === rollout.v2 ? "v2" : m.fleet}`);
}

// --- small helpers -------------------------------------------------------------------

/** Resolves once `condition` holds, checked now and after every gse-local event. */
function waitUntil(local: GseLocal, condition: () => boolean, options: { timeoutMs: number; signal: AbortSignal }): Promise<unknown> {
  return local.waitFor(() => condition(), options);
}

function isPlayer(playerSessionId: string, status: string) {
  return (e: GseLocalEvent) => e.type === "playerSessionStatus" && e.playerSessionId === playerSessionId && e.status === status;
}

/** A record of events that can be waited on, past or future, with a deadline. */
class EventLog<T> {
  private readonly history: T[] = [];
  private readonly emitter = new EventEmitter();

  push(event: T): void {
    this.history.push(event);
    this.emitter.emit("event", event);
  }

  waitFor(predicate: (event: T) => boolean, options: { timeoutMs: number; signal: AbortSignal }): Promise<T> {
    const past = this.history.find(predicate);
    if (past !== undefined) return Promise.resolve(past);
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.emitter.off("event", onEvent);
        options.signal.removeEventListener("abort", onAbort);
      };
      const onEvent = (event: T) => {
        if (!predicate(event)) return;
        done();
        resolve(event);
      };
      const onAbort = () => {
        done();
        reject(options.signal.reason as Error);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`nothing within ${options.timeoutMs} ms`));
      }, options.timeoutMs);
      this.emitter.on("event", onEvent);
      options.signal.addEventListener("abort", onAbort, { once: true });
    });
  }
}

function parseGameLine(raw: string): { pid: number; line: Record<string, unknown> } | undefined {
  const match = /^\[pid (\d+)\] (\{.*\})$/.exec(raw);
  if (!match) return undefined;
  try {
    return { pid: Number(match[1]), line: JSON.parse(match[2]!) as Record<string, unknown> };
  } catch {
    return undefined;
  }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * gse-local's own diagnostics. Its fleet launcher warns about every process
 * that exits within 10 s as if it were crash-looping; here, short-lived
 * processes are the point (one match each), so that warning is dropped
 * unless --verbose.
 */
function demoLogger(print: (line: string) => void, verbose: boolean) {
  const inner = createJsonLogger({ level: verbose ? "info" : "warn", write: (line) => print(`  gse-local: ${line.trimEnd()}`) });
  return {
    ...inner,
    warn(fields: Record<string, unknown>, message: string) {
      if (!verbose && message.startsWith("fleet process exited quickly")) return;
      inner.warn(fields, message);
    },
  };
}
