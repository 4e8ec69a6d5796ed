/**
 * The common parameters of TencentCloud API 3.0's form-encoded signature
 * (v1), which some clients also put in a JSON body. They are the server's
 * business, not parameters of the action: the handler takes them out of a
 * form request, and the validator lets them pass in any request.
 */
export const COMMON_PARAMETERS: ReadonlySet<string> = new Set([
  "Action",
  "Version",
  "Region",
  "Timestamp",
  "Nonce",
  "SecretId",
  "Signature",
  "SignatureMethod",
  "Token",
  "Language",
  "RequestClient",
]);
