/**
 * TencentCloud API 3.0 error codes gse-local answers with. The dotted forms
 * (`InvalidParameter.Foo`) are allowed too, as TencentCloud uses them.
 */
export type CloudApiErrorCode =
  | "AuthFailure"
  | "AuthFailure.SignatureFailure"
  | "AuthFailure.SignatureExpire"
  | "AuthFailure.SecretIdNotFound"
  | "AuthFailure.MFAFailure"
  | "FailedOperation"
  | "InternalError"
  | "InvalidAction"
  | "InvalidParameter"
  | "InvalidParameterValue"
  | "LimitExceeded"
  | "MissingParameter"
  | "NoSuchVersion"
  | "ResourceNotFound"
  | "ResourceUnavailable"
  | "UnsupportedOperation"
  | "UnknownParameter"
  | (string & {});

/**
 * An error a cloud API action answers with. It becomes
 * `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}` on the wire.
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
