// The arena's own log lines that tell the demo's story; gse-sdk's timeline
// prints them in these words (see examples/arena/gameLog.ts).
import type { GameLogLine } from "gse-sdk/local";

export function describeArenaLine(line: GameLogLine): string | undefined {
  if (line.event === "matchOver") {
    const scores = ((line["scores"] as { playerId: string; score: number }[] | undefined) ?? []).map((s) => `${s.playerId} ${s.score}`).join(", ");
    return `match over (${String(line["reason"])}); scores: ${scores || "none"}`;
  }
  if (line.event === "playerRejected") return `turned a player away (close ${String(line["code"])}): ${String(line["reason"])}`;
  return undefined;
}
