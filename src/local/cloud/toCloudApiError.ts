import type { CoreRefusal, CoreRefusalReason } from "../core/CoreRefusal.js";
import { CloudApiError, type CloudApiErrorCode } from "./CloudApiError.js";

/** The cloud code of each core refusal. */
const CODES: { readonly [R in CoreRefusalReason]: CloudApiErrorCode } = {
  NOT_REGISTERED: "ResourceNotFound",
  NOT_FOUND: "ResourceNotFound",
  NOT_OWNER: "FailedOperation",
  WRONG_STATE: "FailedOperation",
  ALREADY_EXISTS: "InvalidParameter",
  NO_CAPACITY: "LimitExceeded",
  NOT_ACCEPTING: "UnsupportedOperation",
  INVALID_REQUEST: "InvalidParameterValue",
};

export function toCloudApiError(refusal: CoreRefusal): CloudApiError {
  return new CloudApiError(CODES[refusal.reason], refusal.message);
}
