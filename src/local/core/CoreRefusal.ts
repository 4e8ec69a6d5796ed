import { brand } from "../../util/brand.js";

/**
 * Why the core said no. A closed set: each wire maps every reason to its own
 * error (cloud/toCloudApiError.ts, agent/toAgentError.ts), so a new reason is
 * a compile error there until it is mapped.
 */
export const CORE_REFUSAL_REASONS = [
  /** The calling process never registered (ProcessReady), or has ended. */
  "NOT_REGISTERED",
  /** The session, player session, placement or process does not exist. */
  "NOT_FOUND",
  /** The record belongs to another process. */
  "NOT_OWNER",
  /** The record exists but its status does not allow the change. */
  "WRONG_STATE",
  /** An id the caller chose is taken. */
  "ALREADY_EXISTS",
  /** No free process, or no free player slot. */
  "NO_CAPACITY",
  /** The session takes no new players (DENY_ALL). */
  "NOT_ACCEPTING",
  /** A value the core cannot accept (a rule across fields, or one the wire left to the core). */
  "INVALID_REQUEST",
] as const;

/** Why the core refused a change; the wires map each one to their own error. */
export type CoreRefusalReason = (typeof CORE_REFUSAL_REASONS)[number];


/** The core refusing a change. Knows nothing of HTTP or gRPC; the message names the record and the rule. */
export class CoreRefusal extends Error {
  override readonly name = "CoreRefusal";
  constructor(
    readonly reason: CoreRefusalReason,
    message: string,
  ) {
    super(message);
  }
}
brand(CoreRefusal, "gse-sdk.CoreRefusal");
