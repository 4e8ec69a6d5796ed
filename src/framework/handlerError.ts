import { GseError } from "../errors/GseError.js";

/** The error a user handler's failure or timeout is reported as. */
export function handlerError(hook: string, outcome: { kind: "failed"; error: unknown } | { kind: "timedOut" }, timeoutMs: number): GseError {
  return outcome.kind === "timedOut"
    ? new GseError("HANDLER_FAILED", `the ${hook} handler did not settle within ${timeoutMs} ms`)
    : new GseError("HANDLER_FAILED", `the ${hook} handler threw: ${errorText(outcome.error)}`, { cause: outcome.error });
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
