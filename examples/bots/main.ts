// Bots from the command line, against a running backend (such as the one
// `npm run demo -- --keep-running` prints):
//
//   node dist/examples/bots/main.js --backend http://127.0.0.1:PORT [--players 3] [--play-seconds 5]
import { parseArgs } from "node:util";
import { requestTickets, runBot } from "./runBot.js";

const usage = "usage: node dist/examples/bots/main.js --backend <url> [--players N (default 2)] [--play-seconds S (default 5)] [--name PREFIX (default bot)]";

const { values } = parseArgs({
  options: {
    backend: { type: "string" },
    players: { type: "string", default: "2" },
    "play-seconds": { type: "string", default: "5" },
    name: { type: "string", default: "bot" },
    help: { type: "boolean", short: "h" },
  },
});
const players = Number(values.players);
const playMs = Number(values["play-seconds"]) * 1000;
if (values.help || !values.backend || !Number.isInteger(players) || players < 1 || !(playMs >= 0)) {
  process.stderr.write(`${usage}\n`);
  process.exit(values.help ? 0 : 2);
}

const suffix = Date.now().toString(36).slice(-4);
const playerIds = Array.from({ length: players }, (_, i) => `${values.name}${i + 1}-${suffix}`);
const tickets = await requestTickets(values.backend, playerIds);
console.log(`tickets: ${tickets.map((t) => `${t.playerId} → ${t.ipAddress}:${t.port} ${t.playerSessionId}`).join(", ")}`);
const results = await Promise.all(tickets.map((ticket) => runBot({ ticket, playMs })));
for (const r of results) {
  console.log(`${r.playerId}: ${r.outcome} after ${(r.playedMs / 1000).toFixed(1)} s with ${r.score} points${r.matchOver ? ` (match over: ${r.matchOver.reason})` : ""}`);
}
process.exit(results.every((r) => r.outcome !== "rejected" && r.outcome !== "disconnected") ? 0 : 1);
