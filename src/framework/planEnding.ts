/**
 * The time budget of the ending sequence: every step gets a deadline inside
 * the time GSE gave (terminationTime), so a slow or silent agent cannot make
 * the process outlive it. Pure: the runtime passes the clock.
 *
 *   now ── @OnTerminate ── TerminateGameServerSession ── ProcessEnding ── close ── exit ── endBy
 *                        └ reserve (2 s) for the calls ┘             └ 0.5 s: close, exit ┘
 */
export interface EndingPlan {
  /** When the process must be gone: terminationTime, or our own bound without one. */
  readonly endBy: number;
  /** The @OnTerminate handler's grace deadline. */
  readonly handlerDeadline: number;
  /** The gRPC server is force-closed by then. */
  readonly closeDeadline: number;
  /**
   * Deadlines of TerminateGameServerSession (when a session is held) and
   * ProcessEnding, from `now`: the session's call gets half of what is left,
   * so a silent agent cannot starve ProcessEnding.
   */
  callDeadlines(now: number, sessionHeld: boolean): { session: number; processEnding: number };
}

/** Kept before endBy for TerminateGameServerSession and ProcessEnding when the handler takes its whole grace. */
export const ENDING_RESERVE_MS = 2_000;
/** Kept before endBy for closing the gRPC server and exiting. */
export const EXIT_RESERVE_MS = 500;
/** Every call is still tried this long, even when terminationTime has passed: the agent should hear of the end. */
export const MIN_CALL_MS = 500;

export function planEnding(now: number, terminationMs: number | undefined, terminateTimeoutMs: number): EndingPlan {
  const endBy = terminationMs ?? now + terminateTimeoutMs + ENDING_RESERVE_MS;
  const handlerDeadline = Math.max(now, Math.min(now + terminateTimeoutMs, endBy - ENDING_RESERVE_MS));
  const callsEnd = endBy - EXIT_RESERVE_MS;
  return {
    endBy,
    handlerDeadline,
    closeDeadline: endBy - EXIT_RESERVE_MS / 2,
    callDeadlines(at, sessionHeld) {
      const processEnding = Math.max(at + MIN_CALL_MS, callsEnd);
      const session = sessionHeld ? Math.max(at + MIN_CALL_MS, at + (callsEnd - at) / 2) : at;
      return { session, processEnding: Math.max(processEnding, session + MIN_CALL_MS) };
    },
  };
}
