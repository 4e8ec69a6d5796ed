import { GseError, type GseErrorCode } from "../errors/GseError.js";

/** What a GseCloudError carries besides its code and message. */
export interface GseCloudErrorDetails {
  /** The cloud API action, such as "CreateGameServerSession". */
  action: string;
  /** The cloud's `Error.Code` ("InvalidParameterValue", "ResourceNotFound.GameServerSession"...), when it answered one. */
  cloudCode?: string | undefined;
  /** The cloud's RequestId, when it answered. */
  requestId?: string | undefined;
  /** The HTTP status, when the cloud answered something other than 200. */
  httpCode?: number | undefined;
  /** For a failed wait: the last status seen (a session's, or a placement's). */
  lastStatus?: string | undefined;
  cause?: unknown;
}

/**
 * An error of gse-sdk/cloud. `code` is one of GseError's stable codes;
 * `cloudCode` is the cloud's own, to branch on what the cloud refused.
 */
export class GseCloudError extends GseError {
  readonly action: string;
  readonly cloudCode: string | undefined;
  readonly httpCode: number | undefined;
  readonly lastStatus: string | undefined;

  constructor(code: GseErrorCode, message: string, details: GseCloudErrorDetails) {
    super(code, message, {
      method: details.action,
      ...(details.requestId && { requestId: details.requestId }),
      ...(details.cause !== undefined && { cause: details.cause }),
    });
    this.action = details.action;
    this.cloudCode = details.cloudCode;
    this.httpCode = details.httpCode;
    this.lastStatus = details.lastStatus;
  }
}

/** The official client's exception, as far as this package reads it. */
interface OfficialSdkException {
  message?: unknown;
  code?: unknown;
  requestId?: unknown;
  httpCode?: unknown;
}

/** Turns what the official client threw into a GseCloudError naming the action and the cloud's code. */
export function toGseCloudError(action: string, error: unknown): GseCloudError {
  const raw = (typeof error === "object" && error !== null ? error : {}) as OfficialSdkException;
  const cloudCode = typeof raw.code === "string" && raw.code !== "" ? raw.code : undefined;
  const requestId = typeof raw.requestId === "string" && raw.requestId !== "" ? raw.requestId : undefined;
  const httpCode = typeof raw.httpCode === "number" ? raw.httpCode : undefined;
  const text = typeof raw.message === "string" ? raw.message : String(error);
  // Without a cloud code the request never got an answer (refused connection,
  // timeout, abort) or the answer was not the cloud API's.
  const what = cloudCode ?? (httpCode !== undefined ? `HTTP ${httpCode}` : "request failed");
  return new GseCloudError("CLOUD_API_ERROR", `${action} ${what}: ${text}`, { action, cloudCode, requestId, httpCode, cause: error });
}
