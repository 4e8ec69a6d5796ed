/**
 * The logging interface the SDK and gse-local write to. pino's logger
 * satisfies it as is; so does `createJsonLogger`.
 */
export interface Logger {
  /** Diagnostics, off by default. */
  debug(fields: Record<string, unknown>, message: string): void;
  /** Lifecycle steps. */
  info(fields: Record<string, unknown>, message: string): void;
  /** Something failed and was handled (a retry, an unhealthy answer). */
  warn(fields: Record<string, unknown>, message: string): void;
  /** Something failed that the game should look at (a handler threw). */
  error(fields: Record<string, unknown>, message: string): void;
}

/** The lowest level a logger writes; "silent" writes nothing. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Options of createJsonLogger. */
export interface JsonLoggerOptions {
  /** Lowest level written. Default "info". */
  level?: LogLevel;
  /** Where lines go. Default process.stderr. */
  write?: (line: string) => void;
  /** Fields added to every line. */
  base?: Record<string, unknown>;
}

/** A logger that writes one JSON object per line, pino-style. */
export function createJsonLogger(options: JsonLoggerOptions = {}): Logger {
  const threshold = rank[options.level ?? "info"];
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const base = options.base ?? {};
  const log = (level: Exclude<LogLevel, "silent">) => (fields: Record<string, unknown>, msg: string) => {
    if (rank[level] < threshold) return;
    write(`${JSON.stringify({ level, time: Date.now(), ...base, ...serializable(fields), msg })}\n`);
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

/** A logger that writes nothing. */
export const silentLogger: Logger = createJsonLogger({ level: "silent" });

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && value in rank;
}

// Errors do not survive JSON.stringify; keep what a reader needs.
function serializable(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] =
      value instanceof Error
        ? { name: value.name, message: value.message, ...("code" in value ? { code: value.code } : {}) }
        : value;
  }
  return out;
}
