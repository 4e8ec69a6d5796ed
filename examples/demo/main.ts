// `npm run demo`: the whole system on one machine, no cloud account.
import { parseArgs } from "node:util";
import { MAX_PLAYERS, runDemo } from "./runDemo.js";

const usage = `npm run demo -- [options]     (or: node dist/examples/demo/main.js [options])

Starts gse-local in this process, launches the arena game server as a fleet,
and plays matches with bots that join through a backend using Tencent Cloud's
official client. Prints a timeline of every lifecycle step and a summary;
exits 0 when every step happened, 1 with the missing step otherwise.

  --sessions <n>     matches to play, one game server session each (default 4)
  --players <n>      bots per match, 1 to ${MAX_PLAYERS} (default 3)
  --processes <n>    arena processes the fleet keeps running (default 2)
  --fast             short matches and 0.5 s health checks (the CI configuration)
  --keep-running     stay up after the matches (skipping the scale-in step) so you can
                     watch the logs, run more bots or connect your own client; Ctrl-C stops
  --verbose          also print every health check, cloud call, load report and game log line
  --timeout <s>      fail if the run takes longer (default 120)
  -h, --help`;

let values;
try {
  ({ values } = parseArgs({
    strict: true,
    options: {
      sessions: { type: "string", default: "4" },
      players: { type: "string", default: "3" },
      processes: { type: "string", default: "2" },
      fast: { type: "boolean", default: false },
      "keep-running": { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      timeout: { type: "string", default: "120" },
      help: { type: "boolean", short: "h", default: false },
    },
  }));
} catch (error) {
  process.stderr.write(`demo: ${(error as Error).message}\n\n${usage}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

const integer = (flag: string, raw: string, min: number, max: number): number => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    process.stderr.write(`demo: --${flag} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}\n`);
    process.exit(2);
  }
  return value;
};
const sessions = integer("sessions", values.sessions, 0, 100);
const players = integer("players", values.players, 1, MAX_PLAYERS);
const processes = integer("processes", values.processes, 1, 10);
const timeoutS = integer("timeout", values.timeout, 1, 24 * 3600);

// Ctrl-C ends the run gracefully (processes are stopped, not orphaned); a
// second one exits at once.
const interrupt = new AbortController();
const onSignal = () => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort(new Error("interrupted"));
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

const code = await runDemo({
  sessions,
  players,
  processes,
  fast: values.fast,
  keepRunning: values["keep-running"],
  verbose: values.verbose,
  // --keep-running has no end of its own, so no overall deadline; each step keeps its own.
  timeoutMs: values["keep-running"] ? 2 ** 31 - 1 : timeoutS * 1000,
  print: (line) => process.stdout.write(`${line}\n`),
  signal: interrupt.signal,
});
// The official client keeps HTTP connections alive; nothing else is left to wait for.
process.exit(code);
