/**
 * Why an agent refused a call, when a program (not only a person) must act
 * on the reason. The protocol's own refusal, GseResponse{ERROR_400,
 * errorMessage}, carries a message for people; its text is the agent's and
 * may change, so the reason travels beside it as gRPC trailing metadata:
 *
 *   gse-refusal: unknown-process | unknown-session
 *
 * The reply itself stays what the protocol defines (GseResponse ERROR_400,
 * or FAILED_PRECONDITION for DescribePlayerSessions, whose reply has no
 * status), so a client that does not read the trailer behaves as before, and
 * an agent that never sends it (GSE's own) leaves the SDK as it was.
 */
export const REFUSAL_METADATA = "gse-refusal";

/**
 * The agent does not know the calling process: it never sent ProcessReady,
 * it was terminated, or the agent restarted without its state. The SDK
 * answers it by announcing the process again (ProcessReady) and ending
 * locally any session the agent no longer knows.
 */
export const UNKNOWN_PROCESS_REFUSAL = "unknown-process";

/**
 * The agent does not know the game server session a call names as this
 * process's: it does not exist, or belongs to another process. The SDK ends
 * locally a session it still held under that id.
 */
export const UNKNOWN_SESSION_REFUSAL = "unknown-session";

export const REFUSAL_REASONS = [UNKNOWN_PROCESS_REFUSAL, UNKNOWN_SESSION_REFUSAL] as const;
/** A machine-readable refusal reason: unknown-process or unknown-session. */
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === "string" && (REFUSAL_REASONS as readonly string[]).includes(value);
}
