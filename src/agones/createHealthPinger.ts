import { GseError } from "../errors/GseError.js";
import type { Logger } from "../logging/Logger.js";
import type { AgonesSdk, WritableCall } from "./loadAgonesSdk.js";

export interface HealthPingerOptions {
  sdk: AgonesSdk;
  /** A new agones.dev.sdk.Empty. */
  empty: () => unknown;
  logger: Logger;
  report: (error: GseError) => void;
  /** Asks the game (the runtime's onHealthCheck): true when healthy. */
  ask: () => Promise<boolean>;
}

export interface HealthPinger {
  /** Starts asking at `intervalMs`, or at half the GameServer's period; nothing when its health checking is disabled. */
  start(health: { periodSeconds?: number; disabled?: boolean } | undefined, intervalMs: number | undefined): void;
  close(): void;
}

/**
 * Agones health is push: the game pings Health() on a client stream at
 * least once per period. This asks the game each tick and pings only on a
 * healthy answer. It opens the stream itself on the SDK's client and opens
 * a new one whenever the last one ended, because the official SDK's
 * health() keeps one stream for life and writes into it after it broke
 * (Agones #1299, #2649).
 */
export function createHealthPinger(options: HealthPingerOptions): HealthPinger {
  const { sdk, logger, report } = options;
  let timer: NodeJS.Timeout | undefined;
  let stream: WritableCall | undefined;
  let checking = false;
  let closed = false;

  async function tick(): Promise<void> {
    if (checking || closed) return;
    checking = true;
    try {
      const healthy = await options.ask();
      if (closed) return;
      if (healthy) ping();
      else logger.warn({}, "@OnHealthCheck said unhealthy: no Health() ping this period");
    } catch (error) {
      report(new GseError("HANDLER_FAILED", `the health check failed: ${(error as Error).message}`, { cause: error }));
    } finally {
      checking = false;
    }
  }

  function ping(): void {
    const current = (stream ??= open());
    current.write(options.empty(), (error) => {
      if (!error) return;
      drop(current);
      report(new GseError("SERVICE_CALL_FAILED", `Health() ping failed: ${error.message}; the next ping opens a new stream`, { method: "Health", cause: error }));
    });
  }

  function open(): WritableCall {
    const opened: WritableCall = sdk.client.health((error) => {
      // The stream is over (the sidecar closed it, or restarted): the next
      // ping opens a new one instead of writing into a dead stream.
      drop(opened);
      if (error && !closed) report(new GseError("SERVICE_CALL_FAILED", `the Health() stream ended: ${error.message}; the next ping opens a new one`, { method: "Health", cause: error }));
    });
    opened.on("error", () => {});
    return opened;
  }

  function drop(which: WritableCall): void {
    if (stream === which) stream = undefined;
  }

  return {
    start(health, intervalOverride) {
      if (health?.disabled === true && intervalOverride === undefined) {
        logger.info({}, "the GameServer's health checking is disabled: no Health() pings");
        return;
      }
      const periodSeconds = health?.periodSeconds;
      const intervalMs = intervalOverride ?? Math.max(500, ((periodSeconds || 5) * 1000) / 2);
      logger.info({ intervalMs, periodSeconds }, "asking @OnHealthCheck on the GameServer's health period; Health() pinged when healthy");
      timer = setInterval(() => void tick(), intervalMs);
      void tick();
    },
    close() {
      closed = true;
      clearInterval(timer);
      const last = stream;
      stream = undefined;
      last?.end();
    },
  };
}
