import type { GseLocal } from "gse-sdk/local";

/** Resolves once `condition` holds, checked now and after every state change; rejects at the deadline, naming `what`. */
export function untilState(local: GseLocal, what: string, condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (condition()) return resolve();
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`bench: ${what} not within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = local.core.onChange(() => {
      if (!condition()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}
