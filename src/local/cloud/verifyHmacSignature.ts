import { createHmac, timingSafeEqual } from "node:crypto";
import { CloudApiError } from "./CloudApiError.js";
import { checkTimestamp } from "./verifyTc3Signature.js";
import { stripPort } from "../../util/stripPort.js";

export type HmacSignatureMethod = "HmacSHA256" | "HmacSHA1";

const DIGESTS: Readonly<Record<HmacSignatureMethod, string>> = { HmacSHA256: "sha256", HmacSHA1: "sha1" };

/** What the legacy signature covers: the request line and every parameter. */
export interface HmacSigningInput {
  method: string;
  /** The endpoint as the client named it (`gse.tencentcloudapi.com`, `127.0.0.1:8080`). */
  host: string;
  path: string;
  /** All parameters, decoded, `Signature` included or not (it is skipped). */
  params: ReadonlyMap<string, string>;
  signatureMethod: HmacSignatureMethod;
  secretKey: string;
}

/**
 * Computes the base64 signature of TencentCloud's legacy form:
 * HMAC over `METHOD + host + path + "?" + k1=v1&k2=v2...`, the parameters
 * sorted by name and written decoded, not URL-encoded.
 */
export function computeHmacSignature(input: HmacSigningInput): string {
  const pairs = [...input.params.keys()]
    .filter((name) => name !== "Signature")
    .sort()
    .map((name) => `${name}=${input.params.get(name) as string}`)
    .join("&");
  const stringToSign = `${input.method.toUpperCase()}${input.host}${input.path}?${pairs}`;
  return createHmac(DIGESTS[input.signatureMethod], input.secretKey).update(stringToSign, "utf8").digest("base64");
}

export interface VerifyHmacOptions {
  method: string;
  /** The `Host` header. */
  host: string | undefined;
  path: string;
  params: ReadonlyMap<string, string>;
  secretId: string;
  secretKey: string;
  maxClockSkewSeconds: number;
  nowSeconds: number;
}

/**
 * Checks a HmacSHA256/HmacSHA1 signed request against the configured key
 * pair, throwing the `AuthFailure.*` error TencentCloud would answer with.
 */
export function verifyHmacSignature(options: VerifyHmacOptions): void {
  const { params } = options;
  const secretId = params.get("SecretId");
  if (secretId === undefined || secretId === "") {
    throw new CloudApiError("AuthFailure.SignatureFailure", "the SecretId parameter is missing; gse-local is configured with keys, so requests must be signed");
  }
  if (secretId !== options.secretId) {
    throw new CloudApiError("AuthFailure.SecretIdNotFound", `SecretId "${secretId}" is not known to gse-local`);
  }
  checkTimestamp(params.get("Timestamp"), "Timestamp parameter", options.nowSeconds, options.maxClockSkewSeconds);

  // TencentCloud's documented default when SignatureMethod is left out.
  const methodName = params.get("SignatureMethod") ?? "HmacSHA1";
  if (methodName !== "HmacSHA256" && methodName !== "HmacSHA1") {
    throw new CloudApiError("AuthFailure.SignatureFailure", `SignatureMethod "${methodName}" is not supported; use HmacSHA256 or HmacSHA1`);
  }
  const given = params.get("Signature");
  if (given === undefined || given === "") {
    throw new CloudApiError("AuthFailure.SignatureFailure", "the Signature parameter is missing");
  }
  const givenBytes = Buffer.from(given, "base64");

  // The official Node client signs the endpoint exactly as configured, port
  // included; a proxy or another SDK may leave the port out. Both are bound
  // by the HMAC, so both are accepted.
  const host = options.host ?? "";
  const hosts = new Set([host, stripPort(host)]);
  for (const candidate of hosts) {
    const expected = Buffer.from(
      computeHmacSignature({
        method: options.method,
        host: candidate,
        path: options.path,
        params,
        signatureMethod: methodName,
        secretKey: options.secretKey,
      }),
      "base64",
    );
    if (expected.length === givenBytes.length && timingSafeEqual(expected, givenBytes)) return;
  }
  throw new CloudApiError(
    "AuthFailure.SignatureFailure",
    `the ${methodName} signature does not match: check the SecretKey, and that the host, path and every parameter are sent exactly as signed`,
  );
}
