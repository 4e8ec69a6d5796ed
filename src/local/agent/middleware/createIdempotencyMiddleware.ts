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

/** One remembered answer, linked to the next one of the same process. */
interface Remembered {
  readonly pid: number;
  readonly key: string;
  readonly answer: Promise<unknown>;
  readonly at: number;
  next: Remembered | undefined;
}

/** A process's remembered answers, oldest first, as a list through `next`. */
interface Caller {
  oldest: Remembered;
  newest: Remembered;
  count: number;
}

export interface IdempotencyOptions {
  clock?: Pick<Clock, "now">;
  windowMs?: number;
  /** Default IDEMPOTENCY_PER_PROCESS. */
  perProcess?: number;
  /** Default IDEMPOTENCY_PROCESSES. */
  processes?: number;
}

/**
 * A repeated requestId from the same pid for the same method gets the first
 * answer again (even one still in progress) and changes nothing. Answers are
 * kept per process for IDEMPOTENCY_WINDOW_MS: another process's calls, however
 * many, never push out this one's (a global count once let 10,000 calls
 * elsewhere make a retried AcceptPlayerSession be handled afresh and refused).
 *
 * All answers live in one map in the order they were first asked, so the
 * window expires them from its front; each process's are also linked oldest
 * first, so its own cap drops its own oldest. One map, not one per process:
 * each of those held about 300 bytes of hash table, for the one ProcessReady
 * answer most processes had (docs/benchmarks.md).
 */
export function createIdempotencyMiddleware(emit: (event: GseLocalEvent) => void, options: IdempotencyOptions = {}): IdempotencyMiddleware {
  const now = options.clock ? () => options.clock!.now() : Date.now;
  const windowMs = options.windowMs ?? IDEMPOTENCY_WINDOW_MS;
  const perProcess = options.perProcess ?? IDEMPOTENCY_PER_PROCESS;
  const maxProcesses = options.processes ?? IDEMPOTENCY_PROCESSES;
  /** Every remembered answer, oldest first. */
  const answers = new Map<string, Remembered>();
  /** Processes with answers remembered, least recently calling first. */
  const callers = new Map<number, Caller>();

  /** Forgets a process's oldest answer. */
  function dropOldest(caller: Caller): void {
    const oldest = caller.oldest;
    answers.delete(oldest.key);
    caller.count--;
    if (oldest.next) caller.oldest = oldest.next;
    else callers.delete(oldest.pid);
  }

  function expire(at: number): void {
    // The globally oldest answer is its own process's oldest too.
    for (const remembered of answers.values()) {
      if (remembered.at > at - windowMs) break;
      dropOldest(callers.get(remembered.pid)!);
    }
  }

  return {
    forget() {
      answers.clear();
      callers.clear();
    },
    size: () => answers.size,
    middleware: async function* idempotencyMiddleware(call, context) {
      const { method, pid, requestId } = context;
      const at = now();
      expire(at);
      // The method is part of the key: a requestId reused for another method
      // is another request, and its cached answer would not even fit the
      // other method's reply type.
      const key = `${pid}\u0000${method}\u0000${requestId}`;
      let caller = callers.get(pid);
      if (caller) {
        callers.delete(pid);
        callers.set(pid, caller);
      }
      const earlier = answers.get(key);
      if (earlier) {
        emit({ type: "agentCall", method, pid, requestId, ok: true, repeated: true });
        return (await earlier.answer) as never;
      }
      const remembered: Remembered = { pid, key, answer: unaryAnswer(call.next(call.request, context)), at, next: undefined };
      answers.set(key, remembered);
      if (caller) {
        caller.newest.next = remembered;
        caller.newest = remembered;
        caller.count++;
        if (caller.count > perProcess) dropOldest(caller);
      } else {
        caller = { oldest: remembered, newest: remembered, count: 1 };
        callers.set(pid, caller);
        // The least recently calling process goes whole, never the caller itself.
        for (const [oldPid, old] of callers) {
          if (callers.size <= maxProcesses || oldPid === pid) break;
          for (let r: Remembered | undefined = old.oldest; r; r = r.next) answers.delete(r.key);
          callers.delete(oldPid);
        }
      }
      return (await remembered.answer) as never;
    },
  };
}
