import type { ServerMiddleware } from "nice-grpc";
import type { Clock } from "../../core/Clock.js";
import type { GseLocalEvent } from "../../core/GseLocalEvent.js";
import { unaryAnswer, type AgentCallContext } from "./AgentCallContext.js";

/**
 * How long an answer is remembered for a repeated requestId. The SDK retries
 * one call for at most 4 attempts of up to 20 s each with up to 3.4 s of
 * backoff between them (about 84 s); five minutes covers that with room for
 * a slow host, and for a ProcessReady retried while the agent restarts.
 */
export const IDEMPOTENCY_WINDOW_MS = 5 * 60_000;
/** Answers remembered per process; past it, that process's own oldest are forgotten, never another's. */
export const IDEMPOTENCY_PER_PROCESS = 2_000;
/** Processes remembered at once (the least recently calling one is forgotten first). */
export const IDEMPOTENCY_PROCESSES = 10_000;

export interface IdempotencyMiddleware {
  readonly middleware: ServerMiddleware<{}, AgentCallContext>;
  /** Forgets every remembered answer (an agent that lost its state). */
  forget(): void;
  /** Answers remembered now, over every process (for tests and /metrics). */
  size(): number;
}

interface Bucket {
  readonly answers: Map<string, { answer: Promise<unknown>; at: number }>;
  lastAt: number;
}

/**
 * A repeated requestId from the same pid for the same method gets the first
 * answer again (even one still in progress) and changes nothing. Answers are
 * kept per process for IDEMPOTENCY_WINDOW_MS: another process's calls, however
 * many, never push out this one's (a global count once let 10,000 calls
 * elsewhere make a retried AcceptPlayerSession be handled afresh and refused).
 */
export function createIdempotencyMiddleware(emit: (event: GseLocalEvent) => void, options: { clock?: Pick<Clock, "now">; windowMs?: number } = {}): IdempotencyMiddleware {
  const now = options.clock ? () => options.clock!.now() : Date.now;
  const windowMs = options.windowMs ?? IDEMPOTENCY_WINDOW_MS;
  // Least recently calling process first.
  const buckets = new Map<number, Bucket>();
  let total = 0;

  function expire(at: number): void {
    // Whole processes that have not called within the window.
    for (const [pid, bucket] of buckets) {
      if (bucket.lastAt > at - windowMs && buckets.size <= IDEMPOTENCY_PROCESSES) break;
      total -= bucket.answers.size;
      buckets.delete(pid);
    }
  }

  return {
    forget() {
      buckets.clear();
      total = 0;
    },
    size: () => total,
    middleware: async function* idempotencyMiddleware(call, context) {
      const { method, pid, requestId } = context;
      const at = now();
      expire(at);
      let bucket = buckets.get(pid);
      if (bucket) buckets.delete(pid);
      else bucket = { answers: new Map(), lastAt: at };
      bucket.lastAt = at;
      buckets.set(pid, bucket);
      // This process's own answers older than the window.
      for (const [key, entry] of bucket.answers) {
        if (entry.at > at - windowMs) break;
        bucket.answers.delete(key);
        total--;
      }
      // The method is part of the key: a requestId reused for another method
      // is another request, and its cached answer would not even fit the
      // other method's reply type.
      const key = `${method}\u0000${requestId}`;
      const earlier = bucket.answers.get(key);
      if (earlier) {
        emit({ type: "agentCall", method, pid, requestId, ok: true, repeated: true });
        return (await earlier.answer) as never;
      }
      const answer = unaryAnswer(call.next(call.request, context));
      bucket.answers.set(key, { answer, at });
      total++;
      if (bucket.answers.size > IDEMPOTENCY_PER_PROCESS) {
        bucket.answers.delete(bucket.answers.keys().next().value!);
        total--;
      }
      return (await answer) as never;
    },
  };
}
