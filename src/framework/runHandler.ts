export type HandlerOutcome<T> =
  | { readonly kind: "ok"; readonly value: T }
  | { readonly kind: "failed"; readonly error: unknown }
  | { readonly kind: "timedOut" };

/**
 * Runs a user handler (sync or async) with an AbortSignal that fires at the
 * deadline or when `parent` aborts, and settles by the deadline whatever the
 * handler does: a hanging handler must not hold up a protocol step.
 */
export async function runHandler<T>(
  handler: (signal: AbortSignal) => T | Promise<T>,
  timeoutMs: number,
  parent?: AbortSignal,
): Promise<HandlerOutcome<Awaited<T>>> {
  const controller = new AbortController();
  const abort = () => controller.abort(parent?.reason);
  parent?.addEventListener("abort", abort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<HandlerOutcome<Awaited<T>>>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new Error(`deadline of ${timeoutMs} ms passed`));
      resolve({ kind: "timedOut" });
    }, Math.max(0, timeoutMs));
  });
  const run = (async (): Promise<HandlerOutcome<Awaited<T>>> => {
    try {
      return { kind: "ok", value: await handler(controller.signal) };
    } catch (error) {
      return { kind: "failed", error };
    }
  })();
  try {
    return await Promise.race([run, deadline]);
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener("abort", abort);
  }
}
