import { GseError } from "../errors/GseError.js";
import type { Logger } from "../logging/Logger.js";
import type { AgonesGameServer } from "./AgonesGameServer.js";
import type { AgonesSdk, ReadableCall } from "./loadAgonesSdk.js";

export interface GameServerWatchOptions {
  sdk: AgonesSdk;
  empty: () => unknown;
  logger: Logger;
  report: (error: GseError) => void;
  onGameServer: (gameServer: AgonesGameServer) => void;
}

export interface GameServerWatch {
  start(): void;
  close(): void;
}

const REWATCH_MIN_MS = 250;
const REWATCH_MAX_MS = 5_000;

/**
 * WatchGameServer for the life of the process: a stream that fails or ends
 * is opened again after a backoff (250 ms doubling to 5 s, back to 250 ms
 * once data flows). Local mode and the real sidecar send the current
 * GameServer first on every new watch, so nothing is missed across a gap.
 */
export function createGameServerWatch(options: GameServerWatchOptions): GameServerWatch {
  const { sdk, logger, report } = options;
  let call: ReadableCall | undefined;
  let timer: NodeJS.Timeout | undefined;
  let delay = REWATCH_MIN_MS;
  let closed = false;

  function start(): void {
    if (closed) return;
    const opened = sdk.client.watchGameServer(options.empty());
    call = opened;
    opened.on("data", (message) => {
      delay = REWATCH_MIN_MS;
      try {
        options.onGameServer(message.toObject() as AgonesGameServer);
      } catch (error) {
        report(new GseError("SERVICE_CALL_FAILED", `WatchGameServer sent a GameServer the SDK could not read: ${(error as Error).message}`, { method: "WatchGameServer", cause: error }));
      }
    });
    const lost = (error?: Error) => {
      if (call !== opened || closed) return;
      call = undefined;
      opened.removeAllListeners();
      opened.on("error", () => {});
      if (error) report(new GseError("SERVICE_CALL_FAILED", `WatchGameServer stream failed: ${error.message}; watching again in ${delay} ms`, { method: "WatchGameServer", cause: error }));
      else logger.warn({ delayMs: delay }, "WatchGameServer stream ended; watching again");
      timer = setTimeout(start, delay);
      delay = Math.min(delay * 2, REWATCH_MAX_MS);
    };
    opened.on("error", lost);
    opened.on("end", () => lost());
  }

  return {
    start,
    close() {
      closed = true;
      clearTimeout(timer);
      if (call) {
        call.removeAllListeners();
        call.on("error", () => {});
        call.cancel();
        call = undefined;
      }
    },
  };
}
