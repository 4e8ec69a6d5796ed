import { brand } from "../../util/brand.js";

/**
 * The TencentCloud API 3.0 error codes gse-local answers with: a closed
 * set, so a typo is a compile error and clients can branch on every one.
 * TencentCloud refines some with a dotted suffix; the part before the dot
 * is always one of these.
 */
export const CLOUD_API_ERROR_CODES = [
  "AuthFailure",
  "AuthFailure.SignatureFailure",
  "AuthFailure.SignatureExpire",
  "AuthFailure.SecretIdNotFound",
  "AuthFailure.MFAFailure",
  "FailedOperation",
  "InternalError",
  "InvalidAction",
  "InvalidParameter",
  "InvalidParameterValue",
  "LimitExceeded",
  "MissingParameter",
  "NoSuchVersion",
  /** TencentCloud's common code for a refused operation (a TERMINAL alias, the default fleet). */
  "OperationDenied",
  /** TencentCloud's common code for a resource still in use (an asset a fleet runs). */
  "ResourceInUse",
  "ResourceNotFound",
  "ResourceUnavailable",
  "UnsupportedOperation",
  "UnknownParameter",
] as const;

/** A code of the set, or one of TencentCloud's dotted refinements of it (`InvalidParameterValue.FleetId`). */
export type CloudApiErrorCode = (typeof CLOUD_API_ERROR_CODES)[number] | `${(typeof CLOUD_API_ERROR_CODES)[number]}.${string}`;


/**
 * An error a cloud API action answers with. It becomes
 * `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}` on the wire.
 * `instanceof` recognises one from any copy of the package.
 */
export class CloudApiError extends Error {
  override readonly name = "CloudApiError";
  constructor(
    readonly code: CloudApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}
brand(CloudApiError, "gse-sdk.CloudApiError");
