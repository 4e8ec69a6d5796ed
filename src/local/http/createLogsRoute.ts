import { once } from "node:events";
import type { ServerResponse } from "node:http";
import type { Logger } from "../../logging/Logger.js";
import type { GseLocalCore } from "../core/createCore.js";
import type { LocalProcess } from "../core/records.js";
import { openLogFile } from "../security/openLogFile.js";
import { verifyPresignedQuery } from "../security/presignedUrl.js";
import type { HttpRoute } from "./createHttpRouter.js";

export const LOGS_PATH = "/logs/";
/**
 * GET /logs/process/<pid>-<registeredAt ms>: one process's logs
 * (GetGameServerInstanceLogUrl's targets). The registration time pins the
 * URL to that process: a recycled pid is another process, and 404s.
 */
export const PROCESS_LOGS_PATH = `${LOGS_PATH}process/`;

/** The path of a process's logs under PROCESS_LOGS_PATH. */
export function processLogsPath(process: { readonly pid: number; readonly registeredAt: number }): string {
  return `${PROCESS_LOGS_PATH}${process.pid}-${process.registeredAt}`;
}
/** Per file: a log bigger than this is served from its start up to here, with a note. */
export const MAX_LOG_BYTES = 16 * 1024 * 1024;

export interface LogsRouteOptions {
  /** Set when gse-local has keys: every request must carry a pre-signed, unexpired query (presignedUrl.ts). */
  secretKey?: string;
  now?: () => number;
}

/**
 * GET /logs/<game server session id>: the log files its process registered
 * (GetGameServerSessionLogUrl's target); GET /logs/process/<pid>-<time>: a
 * process's (GetGameServerInstanceLogUrl's). Each file is served only under the
 * policy of openLogFile (a regular file the registering process could read
 * itself); a refused one is named with the reason, never read. Files are
 * streamed with backpressure, each up to MAX_LOG_BYTES.
 */
export function createLogsRoute(core: GseLocalCore, logger: Logger, options: LogsRouteOptions = {}): HttpRoute {
  const now = options.now ?? Date.now;
  return {
    paths: [LOGS_PATH],
    prefix: true,
    methods: ["GET"],
    // Authenticates itself: the pre-signed query is its credential.
    authenticates: true,
    async handle(_req, res, target) {
      if (options.secretKey !== undefined) {
        const check = verifyPresignedQuery(target.path, new URLSearchParams(target.query), options.secretKey, now() / 1000);
        if (!check.ok) return text(res, 403, `${check.reason}\n`);
      }
      let serve: () => Promise<void>;
      if (target.path.startsWith(PROCESS_LOGS_PATH)) {
        // Session ids are always "qcs::..." (percent-encoded here): never "process/...".
        const match = /^(\d{1,10})-(\d{1,16})$/.exec(target.path.slice(PROCESS_LOGS_PATH.length));
        if (!match) return text(res, 400, "a process log path is /logs/process/<pid>-<registration time in ms>\n");
        const process = core.processes.get(Number(match[1]));
        if (!process || process.registeredAt !== Number(match[2])) return text(res, 404, `no process ${match[1]} registered at ${match[2]}\n`);
        serve = () => serveProcessLogs(process, res);
      } else {
        let id: string;
        try {
          id = decodeURIComponent(target.path.slice(LOGS_PATH.length));
        } catch {
          return text(res, 400, "the game server session id in the path is not valid percent-encoding\n");
        }
        const session = core.gameServerSessions.get(id);
        const process = session ? core.processes.get(session.pid) : undefined;
        if (!session || !process) return text(res, 404, `no game server session '${id}'\n`);
        serve = () => serveProcessLogs(process, res);
      }
      try {
        await serve();
      } catch (error) {
        logger.error({ err: error }, "serving logs failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end();
      }
    },
  };
}

/** The files the process registered, each under openLogFile's policy. */
async function serveProcessLogs(process: LocalProcess, res: ServerResponse): Promise<void> {
  res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
  if (process.logPaths.length === 0) {
    res.end("(the process registered no log paths)\n");
    return;
  }
  let first = true;
  for (const path of process.logPaths) {
    if (res.destroyed) return;
    res.write(`${first ? "" : "\n"}==> ${path} <==\n`);
    first = false;
    const opened = await openLogFile(path, process.cwd, process.credentials);
    if (!opened.ok) {
      res.write(`(not served: ${opened.reason})\n`);
      continue;
    }
    try {
      const stream = opened.handle.createReadStream({ start: 0, end: MAX_LOG_BYTES - 1, autoClose: false });
      for await (const chunk of stream) {
        if (!res.write(chunk as Buffer)) await Promise.race([once(res, "drain"), once(res, "close")]);
        if (res.destroyed) break;
      }
      if (opened.size > MAX_LOG_BYTES) res.write(`\n(truncated: ${opened.size} bytes, the first ${MAX_LOG_BYTES} served)\n`);
    } finally {
      await opened.handle.close().catch(() => undefined);
    }
  }
  res.end();
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(body);
}
