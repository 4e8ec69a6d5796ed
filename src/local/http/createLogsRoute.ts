import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { isAbsolute, resolve } from "node:path";
import type { Logger } from "../../logging/Logger.js";
import type { GseLocalCore } from "../core/createCore.js";
import type { HttpRoute } from "./createHttpRouter.js";

export const LOGS_PATH = "/logs/";

/** GET /logs/<game server session id>: the log files its process registered (GetGameServerSessionLogUrl's target). */
export function createLogsRoute(core: GseLocalCore, logger: Logger): HttpRoute {
  return {
    paths: [LOGS_PATH],
    prefix: true,
    methods: ["GET"],
    async handle(_req, res, target) {
      let id: string;
      try {
        id = decodeURIComponent(target.path.slice(LOGS_PATH.length));
      } catch {
        return text(res, 400, "the game server session id in the path is not valid percent-encoding\n");
      }
      try {
        await serveLogs(core, id, res);
      } catch (error) {
        logger.error({ err: error }, "serving logs failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end();
      }
    },
  };
}

async function serveLogs(core: GseLocalCore, gameServerSessionId: string, res: ServerResponse): Promise<void> {
  const session = core.gameServerSessions.get(gameServerSessionId);
  const process = session ? core.processes.get(session.pid) : undefined;
  if (!session || !process) return text(res, 404, `no game server session '${gameServerSessionId}'\n`);
  const parts = await Promise.all(
    process.logPaths.map(async (path) => {
      const full = isAbsolute(path) ? path : resolve(process.cwd ?? ".", path);
      const content = await readFile(full, "utf8").catch((error: NodeJS.ErrnoException) => `(not readable: ${error.code ?? error.message})\n`);
      return `==> ${path} <==\n${content}`;
    }),
  );
  text(res, 200, parts.length === 0 ? "(the process registered no log paths)\n" : parts.join("\n"));
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(body);
}
