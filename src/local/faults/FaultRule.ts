import { Status } from "nice-grpc-common";
import { AGENT_METHODS, PROCESS_METHODS, type AgentMethod, type ProcessMethod } from "../../protocol/methods.js";

export { AGENT_METHODS, PROCESS_METHODS, type AgentMethod, type ProcessMethod };

/** gRPC status names a "fail" rule may answer with (every one but OK), from nice-grpc's Status. */
export type FaultGrpcCode = Exclude<keyof typeof Status, "OK">;
/** Every FaultGrpcCode, for validation and help texts. */
export const FAULT_GRPC_CODES: readonly FaultGrpcCode[] = Object.freeze(
  Object.keys(Status).filter((name): name is FaultGrpcCode => Number.isNaN(Number(name)) && name !== "OK"),
);

/** The GseResponse statuses a "refuse" rule answers with. */
export type FaultRefusalStatus = "ERROR_400" | "ERROR_500";
/** What a rule does: delay, drop, fail or refuse. */
export type FaultAction = FaultRule["action"];

interface FaultTarget {
  /**
   * The method the rule applies to. `"*"` is every agent method
   * (GseGrpcSdkService); the calls gse-local makes to processes are only
   * faulted when named, so `"*"` never silences health checks by accident.
   */
  method: AgentMethod | ProcessMethod | "*";
  /** Only calls from (agent methods) or to (process methods) this pid. */
  pid?: number;
  /** Apply to the next N matching calls, then expire. Default: until removed. */
  times?: number;
}

/**
 * One fault to inject. A call that matches the first live rule (in the order
 * added) gets that rule's treatment instead of, or before, its normal
 * handling:
 *
 * - `delay`: wait `ms`, then handle the call normally. The call takes effect
 *   even if the caller gave up meanwhile, as it would behind a slow network;
 *   a retry with the same requestId gets that answer.
 * - `drop`: never answer. The call ends when the caller's deadline fires or
 *   it cancels, when the agent restarts, or when gse-local closes.
 * - `fail`: answer with the gRPC status `code`.
 * - `refuse`: answer GseResponse{status, errorMessage}; DescribePlayerSessions,
 *   whose reply has no status, gets FAILED_PRECONDITION.
 *
 * `drop`, `fail` and `refuse` change no state, and their answers are not
 * remembered for repeated requestIds: a retry is handled afresh.
 */
export type FaultRule = FaultTarget &
  (
    | { action: "delay"; ms: number }
    | { action: "drop" }
    | { action: "fail"; code: FaultGrpcCode; message?: string }
    | { action: "refuse"; status: FaultRefusalStatus; message?: string }
  );

/** Adds and removes fault rules on a running gse-local. */
export interface FaultControl {
  /** Adds a rule after the existing ones; returns a function that removes it. */
  add(rule: FaultRule): () => void;
  /** Removes every rule. */
  clear(): void;
  /** The live rules, in match order, `times` being what is left of it. */
  list(): FaultRule[];
}
