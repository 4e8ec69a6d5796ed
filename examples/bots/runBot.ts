// A headless arena player: what a real game client does, minus the screen.
// It gets a ticket from the studio backend, connects to the game server the
// ticket names, presents its player session id, chases coins for a while,
// and leaves.
import WebSocket from "ws";
import { CloseCode, type ClientMessage, type ServerMessage } from "../arena/arenaProtocol.js";
import type { Direction, MatchSnapshot } from "../arena/createMatch.js";
import type { Ticket } from "../backend/createBackend.js";

export interface BotOptions {
  ticket: Pick<Ticket, "ipAddress" | "port" | "playerSessionId"> & { playerId?: string };
  /** How long to play once in, before leaving. The match may end first. */
  playMs: number;
  /** How long to wait for the server's welcome. Default 5 000 ms. */
  joinTimeoutMs?: number;
  /** Aborting disconnects at once. */
  signal?: AbortSignal;
  /** For tests: where randomness comes from. */
  random?: () => number;
}

export interface BotResult {
  playerId: string;
  playerSessionId: string;
  /**
   * left: played its time and left. matchOver: the server ended the match
   * first. rejected: never got in. disconnected: the connection dropped.
   */
  outcome: "left" | "matchOver" | "rejected" | "disconnected";
  score: number;
  /** From welcome to leaving. */
  playedMs: number;
  closeCode: number;
  closeReason: string;
  matchOver?: { reason: string; scores: { playerId: string; score: number }[] };
}

/** Plays one match with one ticket; never rejects, the outcome says what happened. */
export function runBot(options: BotOptions): Promise<BotResult> {
  const { ticket, playMs, signal } = options;
  const random = options.random ?? Math.random;
  const host = ticket.ipAddress.includes(":") ? `[${ticket.ipAddress}]` : ticket.ipAddress;
  let playerId = ticket.playerId ?? ticket.playerSessionId;
  let welcomedAt: number | undefined;
  let leftAt: number | undefined;
  let leaving = false;
  let score = 0;
  let matchOver: BotResult["matchOver"];
  let playTimer: NodeJS.Timeout | undefined;

  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://${host}:${ticket.port}`);
    const send = (message: ClientMessage) => {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    };
    const joinTimer = setTimeout(() => socket.terminate(), options.joinTimeoutMs ?? 5_000);
    const onAbort = () => socket.terminate();
    signal?.addEventListener("abort", onAbort, { once: true });

    socket.on("open", () => send({ type: "join", playerSessionId: ticket.playerSessionId }));
    socket.on("message", (data) => {
      let message: ServerMessage;
      try {
        message = JSON.parse(String(data)) as ServerMessage;
      } catch {
        return; // not ours to crash over; a real client would report it
      }
      if (message.type === "welcome") {
        clearTimeout(joinTimer);
        welcomedAt = Date.now();
        playerId = message.playerId;
        playTimer = setTimeout(() => {
          leaving = true;
          leftAt = Date.now();
          socket.close(CloseCode.normal, "bye");
        }, playMs);
      } else if (message.type === "state") {
        score = message.state.players.find((p) => p.id === playerId)?.score ?? score;
        // One move per state frame: the server applies one per tick anyway.
        const direction = chooseMove(message.state, playerId, random);
        if (direction && !leaving) send({ type: "move", dir: direction });
      } else if (message.type === "matchOver") {
        matchOver = { reason: message.reason, scores: message.scores };
        score = message.scores.find((s) => s.playerId === playerId)?.score ?? score;
      }
    });
    // ws always follows "error" with "close"; the result is settled there.
    socket.on("error", () => undefined);
    socket.on("close", (code, reason) => {
      clearTimeout(joinTimer);
      clearTimeout(playTimer);
      signal?.removeEventListener("abort", onAbort);
      const outcome: BotResult["outcome"] = welcomedAt === undefined ? "rejected" : leaving ? "left" : matchOver ? "matchOver" : "disconnected";
      resolve({
        playerId,
        playerSessionId: ticket.playerSessionId,
        outcome,
        score,
        playedMs: welcomedAt === undefined ? 0 : (leftAt ?? Date.now()) - welcomedAt,
        closeCode: code,
        closeReason: reason.toString("utf8"),
        ...(matchOver && { matchOver }),
      });
    });
  });
}

/** Greedy: step toward the nearest coin, sometimes sideways so two bots never stay stuck nose to nose. */
export function chooseMove(state: MatchSnapshot, playerId: string, random: () => number = Math.random): Direction | undefined {
  const me = state.players.find((p) => p.id === playerId);
  if (!me || state.coins.length === 0) return undefined;
  let target = state.coins[0]!;
  for (const coin of state.coins) {
    if (Math.abs(coin.x - me.x) + Math.abs(coin.y - me.y) < Math.abs(target.x - me.x) + Math.abs(target.y - me.y)) target = coin;
  }
  const dx = target.x - me.x;
  const dy = target.y - me.y;
  const horizontal: Direction | undefined = dx > 0 ? "right" : dx < 0 ? "left" : undefined;
  const vertical: Direction | undefined = dy > 0 ? "down" : dy < 0 ? "up" : undefined;
  const preferHorizontal = Math.abs(dx) >= Math.abs(dy) ? random() >= 0.2 : random() < 0.2;
  return (preferHorizontal ? (horizontal ?? vertical) : (vertical ?? horizontal));
}

/** Asks the studio backend's HTTP API for tickets: one session for the whole group. */
export async function requestTickets(backendUrl: string, playerIds: readonly string[], options: { signal?: AbortSignal } = {}): Promise<Ticket[]> {
  const response = await fetch(`${backendUrl}/matches`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ playerIds }),
    ...(options.signal && { signal: options.signal }),
  });
  const body = (await response.json()) as { tickets?: Ticket[]; error?: { code: string; message: string } };
  if (!response.ok || !body.tickets) {
    throw new Error(`the backend refused the match (HTTP ${response.status} ${body.error?.code ?? ""}): ${body.error?.message ?? "no message"}`);
  }
  return body.tickets;
}
