import type { ServerMiddleware } from "nice-grpc";
import type { GseLocalEvent } from "../../core/GseLocalEvent.js";
import { unaryAnswer, type AgentCallContext } from "./AgentCallContext.js";

/** Answers kept for repeated requestIds; the oldest are forgotten first. */
export const IDEMPOTENCY_CACHE_SIZE = 10_000;

export interface IdempotencyMiddleware {
  readonly middleware: ServerMiddleware<{}, AgentCallContext>;
  /** Forgets every remembered answer (an agent that lost its state). */
  forget(): void;
}

/**
 * A repeated requestId from the same pid for the same method gets the first
 * answer again (even one still in progress) and changes nothing.
 */
export function createIdempotencyMiddleware(emit: (event: GseLocalEvent) => void): IdempotencyMiddleware {
  const answers = new Map<string, Promise<unknown>>();
  return {
    forget: () => answers.clear(),
    middleware: async function* idempotencyMiddleware(call, context) {
      const { method, pid, requestId } = context;
      // The method is part of the key: a requestId reused for another method
      // is another request, and its cached answer would not even fit the
      // other method's reply type.
      const key = `${method}\u0000${pid}\u0000${requestId}`;
      const earlier = answers.get(key);
      if (earlier) {
        emit({ type: "agentCall", method, pid, requestId, ok: true, repeated: true });
        return (await earlier) as never;
      }
      const answer = unaryAnswer(call.next(call.request, context));
      answers.set(key, answer);
      if (answers.size > IDEMPOTENCY_CACHE_SIZE) answers.delete(answers.keys().next().value!);
      return (await answer) as never;
    },
  };
}
