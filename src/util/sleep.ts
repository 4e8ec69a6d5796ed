/**
 * Resolves true after `ms`, or false as soon as `signal` aborts (at once if
 * it already has). Never rejects: callers decide what an early end means.
 * The one abortable wait of the package; its timer goes when the signal fires.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
