import { GseError } from "../errors/GseError.js";

/** Settles as `promise` does, or rejects at `deadline` (epoch ms) if it has not settled by then. */
export function settleBy<T>(promise: Promise<T>, deadline: number, what: string): Promise<T> {
  if (deadline === Infinity) return promise;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GseError("SERVICE_CALL_FAILED", `${what} did not settle before the ending's deadline`)), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
