// Turns what happens in gse-local (its events, a fleet's spawns and exits,
// the games' own log lines) into one readable line each. The demo, the CLI's
// --pretty mode and the dashboard's timeline all read events through it.
import type { GseLocalEvent } from "../core/GseLocalEvent.js";
import { formatDuration } from "./formatDuration.js";
import { shortId } from "./shortId.js";

/** Turns gse-local's events, fleet events and game log lines into one readable line each. */
export interface Timeline {
  /** A gse-local event. */
  local(event: GseLocalEvent): void;
  /** A line a game process wrote, as the fleet launcher prefixes it: "[pid N] ...". */
  gameOutput(line: string): void;
  /** The fleet launcher (re)started a process in a slot. */
  spawned(pid: number, slot: number, replaces: number | undefined): void;
  /** A launched process exited. */
  exited(pid: number, code: number | null, signal: string | null): void;
  /** A line of the caller's own. */
  note(subject: string, text: string): void;
  /** "#3" for the third session seen. */
  sessionLabel(gameServerSessionId: string): string;
  /** Seconds since the start, as printed. */
  elapsed(): string;
  /** Stop printing (the run is over; shutdown noise is not part of the story). */
  mute(): void;
}

/** A JSON line from a game's log, as the arena example writes them. */
export interface GameLogLine {
  event?: string;
  level?: string;
  msg?: string;
  [field: string]: unknown;
}

/** Options of createTimeline. */
export interface TimelineOptions {
  /** Where each line goes. */
  print: (line: string) => void;
  /** Every health check, call, reservation and game log line too. */
  verbose: boolean;
  /**
   * Every cloud API request as a line (the CLI: someone is driving it by
   * hand). Default false: only failures and placements (the demo's story).
   */
  cloudCalls?: boolean;
  /** "elapsed" (default): +12.34s since the start; "clock": the wall-clock time. */
  time?: "elapsed" | "clock";
  /**
   * A game-specific reading of a parsed game log line; undefined falls back
   * to the default (warnings and errors only, unless verbose).
   */
  gameLine?: (line: GameLogLine) => string | undefined;
}

/** What one event says, before any folding: the line's subject and text. */
export interface EventDescription {
  subject: string;
  text: string;
}

/**
 * One event in words. `label` names sessions (the timeline numbers them
 * "#1"; the dashboard uses short ids).
 */
export function describeEvent(event: GseLocalEvent, label: (gameServerSessionId: string) => string = shortId): EventDescription {
  const process = (pid: number | undefined) => `process ${pid ?? "?"}`;
  switch (event.type) {
    case "processRegistered":
      if (event.reannounced) return { subject: process(event.pid), text: "re-announced itself (ProcessReady again)" };
      return { subject: process(event.pid), text: `ready: ProcessReady (players' port ${event.clientPort})` };
    case "healthCheck": {
      const took = event.durationMs === undefined ? "" : ` in ${formatDuration(event.durationMs)}`;
      if (!event.healthy) return { subject: process(event.pid), text: `health check FAILED (${event.failures} in a row)${took}: ${event.detail ?? ""}` };
      return { subject: process(event.pid), text: `healthy: answered OnHealthCheck${took}` };
    }
    case "processStatus":
      if (event.status === "TERMINATED") return { subject: process(event.pid), text: `TERMINATED: ${event.reason}` };
      if (event.status === "TERMINATING") return { subject: process(event.pid), text: `TERMINATING: gse-local sends OnProcessTerminate (${event.reason})` };
      return { subject: process(event.pid), text: `${event.status}: ${event.reason}` };
    case "gameServerSessionStatus": {
      const subject = `session ${label(event.gameServerSessionId)}`;
      if (event.status === "ACTIVATING") {
        // Numbered labels ("#2") say which session; the short id says which one to look up.
        const id = shortId(event.gameServerSessionId);
        return { subject, text: `ACTIVATING on process ${event.pid} (OnStartGameServerSession)${id === label(event.gameServerSessionId) ? "" : ` [${id}]`}` };
      }
      if (event.status === "ACTIVE") return { subject, text: "ACTIVE: the game activated it (ActivateGameServerSession)" };
      return { subject, text: `${event.status}: ${event.reason}` };
    }
    case "playerSessionStatus": {
      if (event.status === "RESERVED") {
        return { subject: `session ${label(event.gameServerSessionId)}`, text: `slot RESERVED for ${event.playerId} (${shortId(event.playerSessionId)})` };
      }
      if (event.status === "ACTIVE") return { subject: event.playerId, text: "ACTIVE: connected, ticket accepted (AcceptPlayerSession)" };
      if (event.status === "COMPLETED") return { subject: event.playerId, text: "COMPLETED: left the game (RemovePlayerSession)" };
      return { subject: event.playerId, text: event.status };
    }
    case "placementStatus":
      return { subject: "backend", text: `placement ${event.status}${event.gameServerSessionId ? ` → session ${label(event.gameServerSessionId)}` : ""}` };
    case "customData":
      return { subject: process(event.pid), text: `load ${event.currentCustomCount}/${event.maxCustomCount} (ReportCustomData)` };
    case "agentCall":
      if (!event.ok) return { subject: process(event.pid), text: `${event.method} refused by gse-local: ${event.error ?? ""}` };
      return { subject: process(event.pid), text: `→ ${event.method}${event.repeated ? " (repeated requestId: first answer again)" : ""}` };
    case "processCall":
      if (!event.ok) return { subject: process(event.pid), text: `${event.method} failed: ${event.error ?? ""}` };
      return { subject: process(event.pid), text: `answered ${event.method}` };
    case "cloudCall": {
      const took = formatDuration(event.durationMs);
      if (event.code !== undefined) return { subject: "cloud API", text: `${event.action || "(no action)"} failed in ${took}: ${event.code}${event.message ? `: ${event.message}` : ""}` };
      const form = event.form === "tc3" ? "TC3-HMAC-SHA256 signed" : event.form;
      return { subject: "cloud API", text: `${event.action} (${form}) in ${took}` };
    }
    case "faultInjected":
      return { subject: process(event.pid), text: `fault injected into ${event.method}: ${event.action}` };
    case "fleetEvent":
      return { subject: `fleet ${event.fleetId}`, text: `${event.eventCode}: ${event.message}` };
    case "agentRestart":
      return { subject: "gse-local", text: `agent ${event.phase === "down" ? "went down" : `listening again on ${event.grpcPort}`}${event.forgotState ? " (state forgotten)" : ""}` };
    default: {
      // An event type newer than this renderer: still worth a line.
      const { type, ...rest } = event as { type: string };
      return { subject: "gse-local", text: `${type} ${JSON.stringify(rest)}` };
    }
  }
}

/** A timeline printer: the demo's, the CLI's pretty mode and the dashboard's event list. */
export function createTimeline(options: TimelineOptions): Timeline {
  const { print, verbose } = options;
  const started = performance.now();
  const sessions = new Map<string, string>();
  // The last health answer per process: a check that says the same again is folded.
  const lastHealthy = new Map<number, boolean>();
  const recycled = new Map<number, { slot: number; replaces: number | undefined }>();
  // Reservations arrive one event per player but in one go; print them as one line.
  const reservations = new Map<string, string[]>();
  let muted = false;

  const elapsed = () => ((performance.now() - started) / 1000).toFixed(2);
  const stamp = () => (options.time === "clock" ? new Date().toISOString().slice(11, 23) : `+${elapsed().padStart(6)}s`);
  const line = (subject: string, text: string) => {
    if (!muted) print(`  ${stamp()}  ${subject.padEnd(14)} ${shorten(text)}`);
  };
  // Session ids are long ("qcs::gse:local::gameserversession/fleet-local/gssess-<uuid>"); say "#2".
  const shorten = (text: string) => text.replace(/qcs::gse:[^\s'"/]*gameserversession\/[^\s'"]+/g, (id) => label(id));
  const label = (id: string) => {
    let known = sessions.get(id);
    if (!known) {
      known = `#${sessions.size + 1}`;
      sessions.set(id, known);
      // Bounded like every history: a long-running CLI sees sessions without end.
      if (sessions.size > 100_000) sessions.delete(sessions.keys().next().value!);
    }
    return known;
  };
  const say = (event: GseLocalEvent) => {
    const { subject, text } = describeEvent(event, label);
    line(subject, text);
  };

  function local(event: GseLocalEvent): void {
    switch (event.type) {
      case "processRegistered": {
        const slot = recycled.get(event.pid);
        recycled.delete(event.pid);
        const { subject, text } = describeEvent(event, label);
        const origin = !event.reannounced && slot?.replaces !== undefined ? `; recycled: replaces process ${slot.replaces} in slot ${slot.slot}` : "";
        return line(subject, `${text}${origin}`);
      }
      case "healthCheck": {
        const before = lastHealthy.get(event.pid);
        lastHealthy.set(event.pid, event.healthy);
        if (verbose || !event.healthy) return say(event);
        if (before === undefined) return say(event);
        if (before === false) return line(`process ${event.pid}`, "healthy again: answered OnHealthCheck");
        return;
      }
      case "processStatus":
        if (event.status === "TERMINATED") lastHealthy.delete(event.pid);
        return say(event);
      case "playerSessionStatus": {
        if (event.status !== "RESERVED") return say(event);
        const list = reservations.get(event.gameServerSessionId);
        if (list) return void list.push(event.playerId);
        reservations.set(event.gameServerSessionId, [event.playerId]);
        setImmediate(() => {
          const players = reservations.get(event.gameServerSessionId) ?? [];
          reservations.delete(event.gameServerSessionId);
          line(`session ${label(event.gameServerSessionId)}`, `slots RESERVED for ${players.join(", ")} (backend got their tickets)`);
        });
        return;
      }
      case "placementStatus":
        // PENDING is the placement call arriving: said here, before the
        // session it starts goes ACTIVATING (the cloudCall event comes after).
        if (event.status === "PENDING" && !verbose) return line("backend", "StartGameServerSessionPlacement: placement PENDING");
        return say(event);
      case "customData":
        if (verbose) say(event);
        return;
      case "agentCall":
      case "processCall":
        if (!event.ok || verbose) say(event);
        return;
      case "cloudCall":
        if (event.code !== undefined || verbose || options.cloudCalls) return say(event);
        if (event.action === "StartGameServerSessionPlacement") line("backend", `${event.action} answered (official TencentCloud client, ${event.form === "tc3" ? "TC3-HMAC-SHA256 signed" : event.form})`);
        return;
      default:
        return say(event);
    }
  }

  function gameOutput(raw: string): void {
    const match = /^\[pid (\d+)\] (.*)$/.exec(raw);
    const pid = match?.[1] ?? "?";
    const text = match?.[2] ?? raw;
    let parsed: GameLogLine | undefined;
    try {
      parsed = JSON.parse(text) as GameLogLine;
    } catch {
      // Not a log line: a crash trace, a stray print. Always worth seeing.
    }
    if (!parsed || typeof parsed !== "object") return line(`game ${pid}`, text);
    if (verbose) return line(`game ${pid}`, text);
    const special = options.gameLine?.(parsed);
    if (special !== undefined) return line(`game ${pid}`, special);
    if (parsed.level === "warn" || parsed.level === "error") line(`game ${pid}`, `${parsed.level}: ${parsed.msg ?? text}`);
  }

  return {
    local,
    gameOutput,
    spawned(pid, slot, replaces) {
      recycled.set(pid, { slot, replaces });
      if (replaces !== undefined) line("fleet", `started process ${pid} in slot ${slot} to replace process ${replaces}`);
      else if (verbose) line("fleet", `started process ${pid} in slot ${slot}`);
    },
    exited(pid, code, signal) {
      // No promise of a replacement here: a scale-in shrinks the fleet; the fleet's own line says when one starts.
      line(`process ${pid}`, `exited (${signal ?? `code ${code}`})`);
    },
    note: line,
    sessionLabel: label,
    elapsed,
    mute() {
      muted = true;
    },
  };
}
