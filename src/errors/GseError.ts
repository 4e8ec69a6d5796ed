import type { Status } from "nice-grpc-common";
import type { RefusalReason } from "../protocol/refusal.js";
import { brand } from "../util/brand.js";

/**
 * Stable error codes. Where one fits, the name is the one Tencent's C++
 * ServerSDK uses, so people searching for it find both.
 */
export type GseErrorCode =
  /** The gRPC call to the agent failed (unreachable, deadline, cancelled...). */
  | "SERVICE_CALL_FAILED"
  /** The agent answered GseResponse status ERROR_400, or user input was invalid. */
  | "BAD_REQUEST_EXCEPTION"
  /** The agent answered GseResponse status ERROR_500. */
  | "INTERNAL_SERVICE_EXCEPTION"
  /** A call needs a game server session and the process holds none. */
  | "GAME_SERVER_SESSION_NOT_READY"
  /** The agent offered a session while this process already holds one. */
  | "ALREADY_INITIALIZED"
  /** ProcessReady did not succeed, so the process cannot host sessions. */
  | "PROCESS_READY_FAILED"
  /**
   * The agent does not know this process (its `gse-refusal: unknown-process`
   * trailer): it restarted without its state or terminated the process. The
   * SDK announces the process again and ends locally a session the agent lost.
   */
  | "PROCESS_NOT_READY"
  /** The process is ending or has ended: no more lifecycle calls. */
  | "PROCESS_NOT_ACTIVE"
  /** A user handler (start, terminate, health) threw, rejected or timed out. */
  | "HANDLER_FAILED"
  /** The game class or its decorators are used in a way that cannot work. */
  | "BAD_DECORATOR_USAGE"
  /** The operation was cancelled through its AbortSignal. */
  | "ABORTED"
  /** gse-local's own options (createGseLocal, the fleet launcher, the CLI) are invalid; `field` names the option. */
  | "CONFIG_INVALID"
  /** A cloud API action failed: the cloud answered an error (see GseCloudError.cloudCode) or could not be reached. */
  | "CLOUD_API_ERROR"
  /** A gse-sdk/cloud wait ended without the status it waited for (deadline passed, or an end state reached). */
  | "CLOUD_WAIT_FAILED"
  /** gse-sdk/cloud needs the optional peer dependency tencentcloud-sdk-nodejs, which is not installed. */
  | "CLOUD_SDK_MISSING";


/** What a GseError carries besides its code and message. */
export interface GseErrorDetails {
  /** The agent method, such as "AcceptPlayerSession", when a call was involved. */
  method?: string;
  /** The requestId sent in the call's metadata. */
  requestId?: string;
  /** The gRPC status code when the call itself failed. */
  grpcCode?: Status;
  /** GseResponse.status when the agent answered with a non-OK status. */
  status?: number;
  /** GseResponse.errorMessage when the agent answered with a non-OK status. */
  errorMessage?: string;
  /** The input field that failed validation. */
  field?: string;
  /** Why the agent refused, when it said so in its `gse-refusal` trailer (src/protocol/refusal.ts). */
  refusal?: RefusalReason;
  cause?: unknown;
}

/**
 * The one error class of this package. Branch on `code`, which is stable; the
 * message is for people and may change.
 */
export class GseError extends Error {
  override readonly name = "GseError";
  /** The stable code to branch on. */
  readonly code: GseErrorCode;
  /** The agent method of a failed agent call ("ProcessReady"...). */
  readonly method: string | undefined;
  /** The requestId metadata the call was sent with (the same on every retry). */
  readonly requestId: string | undefined;
  /** SERVICE_CALL_FAILED: the gRPC status the call ended with. */
  readonly grpcCode: Status | undefined;
  /** The GseResponse status of a refusal (ERROR_400, ERROR_500). */
  readonly status: number | undefined;
  /** The agent's errorMessage of a refusal. */
  readonly errorMessage: string | undefined;
  /** The invalid input or option, when the error is about one. */
  readonly field: string | undefined;
  readonly refusal: RefusalReason | undefined;

  constructor(code: GseErrorCode, message: string, details: GseErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.method = details.method;
    this.requestId = details.requestId;
    this.grpcCode = details.grpcCode;
    this.status = details.status;
    this.errorMessage = details.errorMessage;
    this.field = details.field;
    this.refusal = details.refusal;
  }
}
brand(GseError, "gse-sdk.GseError");

/** True for a GseError (from any copy of the package), with that code if one is given. */
export function isGseError(error: unknown, code?: GseErrorCode): error is GseError {
  return error instanceof GseError && (code === undefined || error.code === code);
}
