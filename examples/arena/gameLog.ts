// The arena's own log: JSON lines on stdout, one object per notable game
// event, with an `event` field for machines (the demo reads these) and a
// `msg` for people. The SDK logs its lifecycle separately, on stderr.
import { createJsonLogger, type LogLevel, type Logger } from "gse-sdk";

const LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "silent"];
const configured = process.env["ARENA_LOG_LEVEL"] as LogLevel | undefined;

export const gameLog: Logger = createJsonLogger({
  level: configured !== undefined && LEVELS.includes(configured) ? configured : "info",
  write: (line) => process.stdout.write(line),
  base: { pid: process.pid, component: "arena" },
});
