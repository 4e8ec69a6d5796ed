import { Status } from "nice-grpc-common";

/** How an agent call is retried after a transient failure. */
export interface RetryPolicy {
  /** Attempts in all, the first included. `Infinity` with `totalTimeoutMs` retries until then. */
  maxAttempts: number;
  /** Backoff before the second attempt; doubles each time up to `maxBackoffMs`. */
  initialBackoffMs: number;
  maxBackoffMs: number;
  /** Stop retrying once this much time has passed since the first attempt. */
  totalTimeoutMs?: number;
}

/**
 * In-game calls: a few quick retries, so an agent restart costs a player a
 * moment, not a failed join. (GameLift's SDK: 20 s per call, backoff 2–32 s,
 * tuned for a remote service rather than a local agent.)
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, initialBackoffMs: 200, maxBackoffMs: 2_000 };

/** Not retried: the call reached the agent and was answered. */
export const NO_RETRY: RetryPolicy = { maxAttempts: 1, initialBackoffMs: 0, maxBackoffMs: 0 };

/**
 * Failures worth retrying with the same requestId: the agent was unreachable,
 * did not answer in time, or its side cut the call (CANCELLED that the
 * caller did not ask for: an agent shutting down resets open streams). In
 * the last two it may have done the work; the repeated requestId lets it
 * answer without doing it twice. A cancellation the caller asked for is
 * ABORTED and never retried.
 */
export function isTransient(grpcCode: Status | undefined): boolean {
  return grpcCode === Status.UNAVAILABLE || grpcCode === Status.DEADLINE_EXCEEDED || grpcCode === Status.CANCELLED;
}

/** Full jitter: a random delay up to the capped exponential backoff. */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.initialBackoffMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
