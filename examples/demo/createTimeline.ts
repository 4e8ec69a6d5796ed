// Turns what happens (gse-local events, fleet events, the games' own log
// lines) into one readable line each, with the time since the demo started.
import type { GseLocalEvent } from "gse-sdk/local";

export interface Timeline {
  /** A gse-local event. */
  local(event: GseLocalEvent): void;
  /** A line a game process wrote, as the fleet launcher prefixes it: "[pid N] ...". */
  gameOutput(line: string): void;
  /** The fleet launcher (re)started a process in a slot. */
  spawned(pid: number, slot: number, replaces: number | undefined): void;
  exited(pid: number, code: number | null, signal: string | null): void;
  note(subject: string, text: string): void;
  /** "#3" for the third session seen. */
  sessionLabel(gameServerSessionId: string): string;
  /** Seconds since the start, as printed. */
  elapsed(): string;
  /** Stop printing (the run is over; shutdown noise is not part of the story). */
  mute(): void;
}

export interface TimelineOptions {
  print: (line: string) => void;
  /** Every health check, cloud call, reservation and game log line too. */
  verbose: boolean;
}

/** A line from an arena process's log (see examples/arena/gameLog.ts). */
interface GameLine {
  event?: string;
  level?: string;
  msg?: string;
  component?: string;
  [field: string]: unknown;
}

export function createTimeline(options: TimelineOptions): Timeline {
  const { print, verbose } = options;
  const started = performance.now();
  const sessions = new Map<string, string>();
  const healthyOnce = new Set<number>();
  const recycled = new Map<number, { slot: number; replaces: number | undefined }>();
  // Reservations arrive one event per player but in one go; print them as one line.
  const reservations = new Map<string, string[]>();
  let muted = false;

  const elapsed = () => ((performance.now() - started) / 1000).toFixed(2);
  const line = (subject: string, text: string) => {
    if (!muted) print(`  +${elapsed().padStart(6)}s  ${subject.padEnd(14)} ${shorten(text)}`);
  };
  // Session ids are long ("qcs::gse:local::gameserversession/fleet-local/gssess-<uuid>"); say "#2".
  const shorten = (text: string) => text.replace(/qcs::gse:[^\s'"/]*gameserversession\/[^\s'"]+/g, (id) => label(id));
  const label = (id: string) => {
    let known = sessions.get(id);
    if (!known) {
      known = `#${sessions.size + 1}`;
      sessions.set(id, known);
    }
    return known;
  };

  function local(event: GseLocalEvent): void {
    switch (event.type) {
      case "processRegistered": {
        if (event.reannounced) return line(`process ${event.pid}`, "re-announced itself (ProcessReady again)");
        const slot = recycled.get(event.pid);
        const origin = slot?.replaces !== undefined ? `; recycled: replaces process ${slot.replaces} in slot ${slot.slot}` : "";
        return line(`process ${event.pid}`, `ready: ProcessReady (players' port ${event.clientPort})${origin}`);
      }
      case "healthCheck":
        if (!event.healthy) return line(`process ${event.pid}`, `health check FAILED (${event.failures} in a row): ${event.detail ?? ""}`);
        if (verbose || !healthyOnce.has(event.pid)) line(`process ${event.pid}`, "healthy: answered OnHealthCheck");
        healthyOnce.add(event.pid);
        return;
      case "processStatus":
        if (event.status === "TERMINATED") return line(`process ${event.pid}`, `TERMINATED: ${event.reason}`);
        if (event.status === "TERMINATING") return line(`process ${event.pid}`, `TERMINATING: gse-local sends OnProcessTerminate (${event.reason})`);
        return line(`process ${event.pid}`, `${event.status}: ${event.reason}`);
      case "gameServerSessionStatus": {
        const subject = `session ${label(event.gameServerSessionId)}`;
        if (event.status === "ACTIVATING") return line(subject, `ACTIVATING on process ${event.pid} (OnStartGameServerSession)`);
        if (event.status === "ACTIVE") return line(subject, "ACTIVE: the game activated it (ActivateGameServerSession)");
        return line(subject, `${event.status}: ${event.reason}`);
      }
      case "playerSessionStatus": {
        if (event.status === "RESERVED") {
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
        if (event.status === "ACTIVE") return line(event.playerId, "ACTIVE: connected, ticket accepted (AcceptPlayerSession)");
        if (event.status === "COMPLETED") return line(event.playerId, "COMPLETED: left the game (RemovePlayerSession)");
        return line(event.playerId, event.status);
      }
      case "placementStatus":
        // PENDING is the placement call arriving: said here, before the
        // session it starts goes ACTIVATING (the cloudCall event comes after).
        if (event.status === "PENDING") return line("backend", "StartGameServerSessionPlacement: placement PENDING");
        return line("backend", `placement ${event.status}${event.gameServerSessionId ? ` → session ${label(event.gameServerSessionId)}` : ""}`);
      case "customData":
        if (verbose) line(`process ${event.pid}`, `load ${event.currentCustomCount}/${event.maxCustomCount} (ReportCustomData)`);
        return;
      case "agentCall":
        if (!event.ok) return line(`process ${event.pid ?? "?"}`, `${event.method} refused by gse-local: ${event.error ?? ""}`);
        if (verbose) line(`process ${event.pid ?? "?"}`, `→ ${event.method}`);
        return;
      case "processCall":
        if (!event.ok) return line(`process ${event.pid}`, `${event.method} failed: ${event.error ?? ""}`);
        if (verbose) line(`process ${event.pid}`, `answered ${event.method}`);
        return;
      case "cloudCall":
        if (event.code !== undefined) return line("backend", `${event.action} failed: ${event.code}`);
        if (verbose || event.action === "StartGameServerSessionPlacement") {
          line("backend", `${event.action} answered (official TencentCloud client, ${event.form === "tc3" ? "TC3-HMAC-SHA256 signed" : event.form})`);
        }
        return;
      case "faultInjected":
        return line(`process ${event.pid}`, `fault injected into ${event.method}: ${event.action}`);
      case "agentRestart":
        return line("gse-local", `agent ${event.phase === "down" ? "went down" : `listening again on ${event.grpcPort}`}${event.forgotState ? " (state forgotten)" : ""}`);
      default:
        // An event type newer than this demo: still worth a line.
        return line("gse-local", JSON.stringify(event));
    }
  }

  function gameOutput(raw: string): void {
    const match = /^\[pid (\d+)\] (.*)$/.exec(raw);
    const pid = match?.[1] ?? "?";
    const text = match?.[2] ?? raw;
    let parsed: GameLine | undefined;
    try {
      parsed = JSON.parse(text) as GameLine;
    } catch {
      // Not a log line: a crash trace, a stray print. Always worth seeing.
    }
    if (!parsed || typeof parsed !== "object") return line(`game ${pid}`, text);
    if (verbose) return line(`game ${pid}`, text);
    if (parsed.event === "matchOver") {
      const scores = (parsed["scores"] as { playerId: string; score: number }[]).map((s) => `${s.playerId} ${s.score}`).join(", ");
      return line(`game ${pid}`, `match over (${String(parsed["reason"])}); scores: ${scores || "none"}`);
    }
    if (parsed.event === "playerRejected") {
      return line(`game ${pid}`, `turned a player away (close ${String(parsed["code"])}): ${String(parsed["reason"])}`);
    }
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
