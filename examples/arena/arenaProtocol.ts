// What travels over the arena's WebSocket, as JSON text frames. Shared by
// the game server and the bots so both sides agree at compile time.
import { isDirection, type Direction, type MatchSnapshot } from "./createMatch.js";

/** Client → server. The first message must be `join`. */
export type ClientMessage =
  | { type: "join"; playerSessionId: string }
  | { type: "move"; dir: Direction };

/** Server → client. */
export type ServerMessage =
  | { type: "welcome"; playerId: string; playerSessionId: string; gameServerSessionId: string; endsAt: number }
  | { type: "state"; state: MatchSnapshot; endsAt: number }
  | { type: "matchOver"; reason: string; scores: { playerId: string; score: number }[] };

/**
 * Close codes (4000-4999 is the range RFC 6455 leaves to applications), so a
 * client can tell a refused ticket from a finished match without parsing text.
 */
export const CloseCode = {
  /** Normal end: the match is over or the player left. */
  normal: 1000,
  /** The server is not hosting a match yet (or any more). */
  notReady: 1013,
  /** The first message was not a valid `join`, or did not come in time. */
  badJoin: 4000,
  /** GSE refused the player session id (AcceptPlayerSession failed): unknown, timed out, or of another session. */
  ticketRefused: 4001,
  /** This player session id was already used on this server. */
  ticketUsed: 4002,
  /** The ticket was good but the player cannot be placed: already in the match under another ticket, or no free cell. */
  cannotPlace: 4003,
} as const;

/** Parses one frame from a client; undefined for anything that is not a valid message. */
export function parseClientMessage(data: string): ClientMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const message = value as Record<string, unknown>;
  if (message["type"] === "join" && typeof message["playerSessionId"] === "string" && message["playerSessionId"].length <= 256) {
    return { type: "join", playerSessionId: message["playerSessionId"] };
  }
  if (message["type"] === "move" && isDirection(message["dir"])) {
    return { type: "move", dir: message["dir"] };
  }
  return undefined;
}
