// The arena game server: a GSE game written with gse-sdk's decorators.
//
// One match per process, GSE's usual model: GSE hands the process a game
// server session, players connect with the player session id their backend
// got for them, and when the match is over (time up, or everyone left) the
// game ends the session (TerminateGameServerSession) and the process
// (ProcessEnding). The fleet then starts a fresh process for the next match,
// so no state ever leaks from one match into the next.
import { randomInt } from "node:crypto";
import { OnHealthCheck, OnStartSession, OnTerminate, type GameServerSession, type Gse, type TerminateContext } from "gse-sdk";
import type { RawData, WebSocket } from "ws";
import { CloseCode, parseClientMessage, type ServerMessage } from "./arenaProtocol.js";
import { createMatch, type Match } from "./createMatch.js";
import { gameLog } from "./gameLog.js";

/** Match settings, read from the session's game properties so the backend can choose them per match. */
export interface ArenaSettings {
  /** Match length, counted from the first player in. */
  matchMs: number;
  tickMs: number;
  gridWidth: number;
  gridHeight: number;
  coins: number;
  /** How long an empty match waits for players who hold a reservation before it ends. */
  idleMs: number;
}

export const DEFAULT_SETTINGS: ArenaSettings = { matchMs: 60_000, tickMs: 100, gridWidth: 12, gridHeight: 8, coins: 6, idleMs: 30_000 };

const LIMITS: Record<keyof ArenaSettings, [min: number, max: number]> = {
  matchMs: [500, 3_600_000],
  tickMs: [10, 5_000],
  gridWidth: [2, 100],
  gridHeight: [2, 100],
  coins: [0, 1_000],
  idleMs: [100, 600_000],
};

/** Game properties (all optional, integers) override the defaults; bad values are ignored with a warning. */
export function readSettings(properties: { key: string; value: string }[]): ArenaSettings {
  const settings = { ...DEFAULT_SETTINGS };
  for (const { key, value } of properties) {
    if (!(key in LIMITS)) continue;
    const name = key as keyof ArenaSettings;
    const [min, max] = LIMITS[name];
    const number = Number(value);
    if (Number.isInteger(number) && number >= min && number <= max) settings[name] = number;
    else gameLog.warn({ key, value, min, max }, "game property out of range; using the default");
  }
  return settings;
}

/** A player in the match. */
interface Player {
  readonly socket: WebSocket;
  readonly playerId: string;
  readonly playerSessionId: string;
  /** Set once the player is leaving; settles when RemovePlayerSession is done. */
  leaving: Promise<void> | undefined;
}

const JOIN_TIMEOUT_MS = 5_000;
// A client that stops reading must not make the server buffer without bound.
const MAX_BUFFERED_BYTES = 64 * 1024;

export class ArenaGame {
  private session: GameServerSession | undefined;
  private settings = DEFAULT_SETTINGS;
  private match: Match | undefined;
  /** By player session id. */
  private readonly players = new Map<string, Player>();
  /** Every player session id presented on this server: a ticket is good for one entry. */
  private readonly usedTickets = new Set<string>();
  /** Final scores, including players who already left. */
  private readonly results = new Map<string, number>();
  private endsAt: number | undefined;
  private loop: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private lastTickAt = 0;
  private ending: Promise<void> | undefined;

  // GseApp.run constructs the game and hands it the GSE handle.
  constructor(private readonly gse: Gse) {}

  /** GSE asks about once a minute; a stalled game loop is the failure worth reporting. */
  @OnHealthCheck()
  healthy(): boolean {
    if (this.loop === undefined) return true;
    const stalledMs = Date.now() - this.lastTickAt;
    return stalledMs < Math.max(2_000, this.settings.tickMs * 20);
  }

  /**
   * GSE assigned a session. Prepare the match; when this resolves, the SDK
   * calls ActivateGameServerSession and the backend can send players.
   */
  @OnStartSession()
  async start(session: GameServerSession): Promise<void> {
    this.session = session;
    this.settings = readSettings(session.gameProperties);
    this.match = createMatch({ width: this.settings.gridWidth, height: this.settings.gridHeight, coins: this.settings.coins, seed: randomInt(2 ** 31) });
    this.lastTickAt = Date.now();
    this.loop = setInterval(() => this.tick(), this.settings.tickMs);
    // Nobody may come at all (the backend crashed, players gave up): end
    // the match rather than hold the process forever.
    this.armIdleTimer("nobody came");
    await this.reportLoad();
    gameLog.info({ event: "matchReady", gameServerSessionId: session.gameServerSessionId, maxPlayers: session.maxPlayers, settings: this.settings }, "match ready");
  }

  /**
   * The process must end: OnProcessTerminate (scale-in, failed health
   * checks) or SIGTERM. Finish the match properly while there is time; the
   * SDK then ends the session and the process.
   */
  @OnTerminate()
  async terminate(_terminationTime: number, context: TerminateContext): Promise<void> {
    // "shutdown" is our own call, made after the match was already over;
    // and a process that never got a session has no match to end.
    if (context.reason === "shutdown" || !this.match) return;
    await this.endMatch(context.reason === "agent" ? "server is being shut down (OnProcessTerminate)" : "server is being shut down (signal)");
  }

  /** A client connected to clientPort: it has a few seconds to present its ticket. */
  admit(socket: WebSocket): void {
    const timer = setTimeout(() => socket.close(CloseCode.badJoin, "no join message"), JOIN_TIMEOUT_MS);
    let player: Player | undefined;
    socket.on("message", (data: RawData, isBinary: boolean) => {
      const message = isBinary ? undefined : parseClientMessage(rawText(data));
      if (player) {
        if (message?.type === "move") this.match?.move(player.playerId, message.dir);
        return;
      }
      if (message?.type !== "join") {
        socket.close(CloseCode.badJoin, "the first message must be {\"type\":\"join\",\"playerSessionId\":...}");
        return;
      }
      clearTimeout(timer);
      socket.pause(); // no moves before the player is in
      void this.join(socket, message.playerSessionId).then((joined) => {
        player = joined;
        socket.resume();
      });
    });
    socket.on("close", () => {
      clearTimeout(timer);
      if (player) void this.leave(player);
    });
    socket.on("error", (error) => gameLog.warn({ err: error }, "client socket error"));
  }

  // --- players ---------------------------------------------------------------

  private async join(socket: WebSocket, playerSessionId: string): Promise<Player | undefined> {
    const refuse = (code: number, reason: string) => {
      gameLog.info({ event: "playerRejected", playerSessionId, code, reason }, "player rejected");
      socket.close(code, reason.slice(0, 120)); // a close reason must fit in 123 bytes
      return undefined;
    };
    if (!this.match || !this.session || this.ending) return refuse(CloseCode.notReady, "no match is running on this server");
    // Checked and recorded before any await, so two connections racing with
    // the same ticket cannot both get in.
    if (this.usedTickets.has(playerSessionId)) return refuse(CloseCode.ticketUsed, "this ticket was already used");
    this.usedTickets.add(playerSessionId);

    // GSE is the authority on tickets: AcceptPlayerSession fails for ids it
    // never issued, for another session's, and for reservations that timed out.
    let playerId: string;
    try {
      await this.gse.acceptPlayerSession(playerSessionId);
      const { playerSessions } = await this.gse.describePlayerSessions({ playerSessionId });
      playerId = playerSessions[0]?.playerId || playerSessionId;
    } catch (error) {
      gameLog.debug({ playerSessionId, err: error }, "AcceptPlayerSession failed");
      return refuse(CloseCode.ticketRefused, "ticket refused by GSE (AcceptPlayerSession)");
    }

    const player: Player = { socket, playerId, playerSessionId, leaving: undefined };
    if (socket.readyState !== socket.OPEN || this.ending) {
      // Gone while GSE was being asked: give the slot back.
      await this.removeFromGse(player);
      return undefined;
    }
    try {
      this.match.join(playerId);
    } catch (error) {
      // The same player on a second ticket (or, on a tiny grid, no room).
      await this.removeFromGse(player);
      return refuse(CloseCode.cannotPlace, (error as Error).message);
    }
    this.players.set(playerSessionId, player);
    this.results.set(playerId, 0);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    // The clock starts with the first player, not at activation: the match
    // length is playing time.
    this.endsAt ??= Date.now() + this.settings.matchMs;
    send(socket, { type: "welcome", playerId, playerSessionId, gameServerSessionId: this.session.gameServerSessionId, endsAt: this.endsAt });
    gameLog.info({ event: "playerJoined", playerId, playerSessionId, players: this.players.size }, "player joined");
    void this.reportLoad();
    return player;
  }

  /** The player left (or was sent away): free the GSE slot once. */
  private leave(player: Player): Promise<void> {
    player.leaving ??= (async () => {
      this.players.delete(player.playerSessionId);
      this.match?.leave(player.playerId);
      await this.removeFromGse(player);
      gameLog.info({ event: "playerLeft", playerId: player.playerId, score: this.results.get(player.playerId) ?? 0, players: this.players.size }, "player left");
      if (this.ending) return;
      void this.reportLoad();
      if (this.players.size === 0) await this.onEmpty();
    })();
    return player.leaving;
  }

  private async removeFromGse(player: Player): Promise<void> {
    try {
      await this.gse.removePlayerSession(player.playerSessionId);
    } catch (error) {
      gameLog.warn({ playerSessionId: player.playerSessionId, err: error }, "RemovePlayerSession failed");
    }
  }

  /** The last player left. Players still holding a reservation may yet come; otherwise the match is over. */
  private async onEmpty(): Promise<void> {
    let reserved = 0;
    try {
      const { playerSessions } = await this.gse.describePlayerSessions({ playerSessionStatusFilter: "RESERVED", limit: 1 });
      reserved = playerSessions.length;
    } catch (error) {
      gameLog.warn({ err: error }, "DescribePlayerSessions failed; treating the match as empty");
    }
    if (this.players.size > 0 || this.ending) return; // someone joined meanwhile
    if (reserved > 0) this.armIdleTimer("everyone left");
    else void this.finish("everyone left");
  }

  private armIdleTimer(reason: string): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.players.size === 0) void this.finish(reason);
    }, this.settings.idleMs);
  }

  private async reportLoad(): Promise<void> {
    // Custom data shows up as CurrentCustomCount/MaxCustomCount when a
    // backend describes sessions: here, players in the match and its capacity.
    try {
      await this.gse.reportCustomData(this.players.size, this.session?.maxPlayers ?? 0);
    } catch (error) {
      gameLog.warn({ err: error }, "ReportCustomData failed");
    }
  }

  // --- the match -------------------------------------------------------------

  private tick(): void {
    if (!this.match) return;
    this.lastTickAt = Date.now();
    for (const pickup of this.match.tick()) this.results.set(pickup.playerId, (this.results.get(pickup.playerId) ?? 0) + 1);
    if (this.endsAt !== undefined && Date.now() >= this.endsAt) {
      void this.finish("time up");
      return;
    }
    if (this.players.size === 0) return;
    const frame = JSON.stringify({ type: "state", state: this.match.snapshot(), endsAt: this.endsAt ?? 0 } satisfies ServerMessage);
    for (const player of this.players.values()) {
      if (player.socket.bufferedAmount < MAX_BUFFERED_BYTES) player.socket.send(frame);
    }
  }

  /** Stops the game and sends everyone home; the GSE session is left to the caller. Idempotent. */
  private endMatch(reason: string): Promise<void> {
    this.ending ??= (async () => {
      clearInterval(this.loop);
      clearTimeout(this.idleTimer);
      this.loop = undefined; // a stopped loop is not a stalled one
      const scores = [...this.results].map(([playerId, score]) => ({ playerId, score })).sort((a, b) => b.score - a.score);
      for (const player of this.players.values()) {
        send(player.socket, { type: "matchOver", reason, scores });
        player.socket.close(CloseCode.normal, "match over");
      }
      // RemovePlayerSession for everyone still in, before the session ends.
      await Promise.all([...this.players.values()].map((player) => this.leave(player)));
      gameLog.info({ event: "matchOver", gameServerSessionId: this.session?.gameServerSessionId, reason, scores }, "match over");
    })();
    return this.ending;
  }

  /** The match ended on its own: end it, then the session, then the process. */
  private async finish(reason: string): Promise<void> {
    if (this.ending) return;
    await this.endMatch(reason);
    // shutdown() is called right away, without waiting for the terminate
    // call: from this moment the SDK refuses any new session GSE might offer
    // this process, which is about to end anyway.
    const terminated = this.gse.terminateGameServerSession().catch((error: unknown) => {
      gameLog.warn({ err: error }, "TerminateGameServerSession failed");
    });
    const ended = this.gse.shutdown();
    await terminated;
    await ended;
  }
}

function send(socket: WebSocket, message: ServerMessage): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.from(data as ArrayBuffer).toString("utf8");
}
