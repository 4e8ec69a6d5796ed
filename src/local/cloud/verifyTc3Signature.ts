import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { CloudApiError } from "./CloudApiError.js";
import { stripPort } from "../../util/stripPort.js";

export const TC3_ALGORITHM = "TC3-HMAC-SHA256";

/** The parts of a `TC3-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...` header. */
export interface Tc3Authorization {
  secretId: string;
  /** `YYYY-MM-DD`, the UTC date of `X-TC-Timestamp`. */
  date: string;
  service: string;
  /** Lower-case header names, in the order the client listed them. */
  signedHeaders: string[];
  /** Lower-case hex. */
  signature: string;
}

/** Everything the TC3 signature covers, as the request carried it. */
export interface Tc3SigningInput {
  method: string;
  /** The raw path, as sent (no decoding or normalising, the client signs it raw). */
  path: string;
  /** The raw query string without `?`, empty when there is none. */
  query: string;
  /** Header values keyed by lower-case name; only the signed ones are read. */
  headers: Readonly<Record<string, string>>;
  signedHeaders: readonly string[];
  body: Uint8Array;
  /** `X-TC-Timestamp` exactly as sent. */
  timestamp: string;
  date: string;
  service: string;
  secretKey: string;
}

/**
 * Parses a TC3 `Authorization` header. Returns undefined when it is not one,
 * so the caller decides between "missing" and "malformed".
 */
export function parseTc3Authorization(header: string): Tc3Authorization | undefined {
  const match = /^TC3-HMAC-SHA256\s+(.*)$/s.exec(header.trim());
  if (!match) return undefined;
  const fields = new Map<string, string>();
  for (const part of (match[1] as string).split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) return undefined;
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = fields.get("Credential");
  const signedHeaders = fields.get("SignedHeaders");
  const signature = fields.get("Signature");
  if (credential === undefined || signedHeaders === undefined || signature === undefined) return undefined;
  // The SecretId itself never contains "/", so the scope is the last three parts.
  const scope = credential.split("/");
  if (scope.length !== 4 || scope[3] !== "tc3_request") return undefined;
  const [secretId, date, service] = scope as [string, string, string, string];
  if (secretId === "" || !/^\d{4}-\d{2}-\d{2}$/.test(date) || service === "") return undefined;
  if (!/^[0-9a-fA-F]{64}$/.test(signature)) return undefined;
  return {
    secretId,
    date,
    service,
    signedHeaders: signedHeaders.split(";").map((name) => name.trim().toLowerCase()),
    signature: signature.toLowerCase(),
  };
}

/** The UTC `YYYY-MM-DD` of a Unix timestamp in seconds, as TC3 scopes use. */
export function tc3Date(timestampSeconds: number): string {
  return new Date(timestampSeconds * 1000).toISOString().slice(0, 10);
}

/**
 * Computes the TC3-HMAC-SHA256 signature (lower-case hex) from the request
 * parts: canonical request → string to sign → key derived from the secret
 * key through date, service and `tc3_request`.
 */
export function computeTc3Signature(input: Tc3SigningInput): string {
  const canonicalHeaders = input.signedHeaders
    .map((name) => `${name}:${(input.headers[name] ?? "").trim()}\n`)
    .join("");
  const canonicalRequest = [
    input.method.toUpperCase(),
    input.path,
    input.query,
    canonicalHeaders,
    input.signedHeaders.join(";"),
    sha256Hex(input.body),
  ].join("\n");
  const scope = `${input.date}/${input.service}/tc3_request`;
  const stringToSign = [TC3_ALGORITHM, input.timestamp, scope, sha256Hex(canonicalRequest)].join("\n");

  const dateKey = hmac(`TC3${input.secretKey}`, input.date);
  const serviceKey = hmac(dateKey, input.service);
  const signingKey = hmac(serviceKey, "tc3_request");
  return createHmac("sha256", signingKey).update(stringToSign, "utf8").digest("hex");
}

export interface VerifyTc3Options {
  authorization: string | undefined;
  timestamp: string | undefined;
  method: string;
  path: string;
  query: string;
  headers: Readonly<Record<string, string>>;
  body: Uint8Array;
  secretId: string;
  secretKey: string;
  maxClockSkewSeconds: number;
  nowSeconds: number;
}

/**
 * Checks a TC3-HMAC-SHA256 request against the configured key pair, throwing
 * the `AuthFailure.*` error TencentCloud would answer with.
 *
 * The credential scope's service is taken as the client wrote it rather than
 * required to be `gse`: the official Node client derives it from the first
 * label of the endpoint, so pointed at `127.0.0.1:8080` it signs for service
 * `127`. The service still feeds the key derivation, so accepting it costs
 * no security.
 */
export function verifyTc3Signature(options: VerifyTc3Options): Tc3Authorization {
  if (options.authorization === undefined || options.authorization.trim() === "") {
    throw new CloudApiError("AuthFailure.SignatureFailure", "the Authorization header is missing; gse-local is configured with keys, so requests must be signed");
  }
  const auth = parseTc3Authorization(options.authorization);
  if (!auth) {
    throw new CloudApiError(
      "AuthFailure.SignatureFailure",
      "the Authorization header is not a valid TC3-HMAC-SHA256 header (expected `TC3-HMAC-SHA256 Credential=<SecretId>/<date>/<service>/tc3_request, SignedHeaders=content-type;host, Signature=<64 hex>`)",
    );
  }
  if (auth.secretId !== options.secretId) {
    throw new CloudApiError("AuthFailure.SecretIdNotFound", `SecretId "${auth.secretId}" is not known to gse-local`);
  }
  const timestamp = checkTimestamp(options.timestamp, "X-TC-Timestamp header", options.nowSeconds, options.maxClockSkewSeconds);
  // TencentCloud refuses a TC3 signature that leaves the body type or the
  // endpoint unsigned; accepting one here would hide a client bug until it
  // met the real service.
  for (const required of ["content-type", "host"]) {
    if (!auth.signedHeaders.includes(required)) {
      throw new CloudApiError("AuthFailure.SignatureFailure", `SignedHeaders must include ${required}; got "${auth.signedHeaders.join(";")}"`);
    }
  }
  const expectedDate = tc3Date(timestamp);
  if (auth.date !== expectedDate) {
    throw new CloudApiError(
      "AuthFailure.SignatureFailure",
      `the credential date ${auth.date} is not the UTC date of X-TC-Timestamp (${expectedDate})`,
    );
  }

  const signature = Buffer.from(auth.signature, "hex");
  for (const headers of hostVariants(options.headers)) {
    const expected = computeTc3Signature({
      method: options.method,
      path: options.path,
      query: options.query,
      headers,
      signedHeaders: auth.signedHeaders,
      body: options.body,
      timestamp: options.timestamp as string,
      date: auth.date,
      service: auth.service,
      secretKey: options.secretKey,
    });
    if (timingSafeEqual(Buffer.from(expected, "hex"), signature)) return auth;
  }
  throw new CloudApiError(
    "AuthFailure.SignatureFailure",
    "the TC3-HMAC-SHA256 signature does not match: check the SecretKey, and that the body, Content-Type and Host are sent exactly as signed",
  );
}

/**
 * Validates a Unix timestamp in seconds and the distance to our clock.
 * Shared by both signature forms.
 */
export function checkTimestamp(
  raw: string | undefined,
  what: string,
  nowSeconds: number,
  maxClockSkewSeconds: number,
): number {
  if (raw === undefined || raw === "") {
    throw new CloudApiError("MissingParameter", `the ${what} is missing; signed requests must carry a Unix timestamp in seconds`);
  }
  if (!/^\d{1,12}$/.test(raw.trim())) {
    throw new CloudApiError("InvalidParameter", `the ${what} "${raw}" is not a Unix timestamp in seconds`);
  }
  const timestamp = Number(raw.trim());
  const skew = Math.abs(nowSeconds - timestamp);
  if (skew > maxClockSkewSeconds) {
    throw new CloudApiError(
      "AuthFailure.SignatureExpire",
      `the ${what} ${timestamp} is ${Math.round(skew)} s away from the server clock (${Math.round(nowSeconds)}); at most ${maxClockSkewSeconds} s is allowed`,
    );
  }
  return timestamp;
}

/**
 * The `host` value to try. The official Node client signs the host name
 * without the port (it uses `URL.hostname`) while sending `Host: name:port`;
 * other official SDKs sign the endpoint as written, port included. Either is
 * bound by the HMAC, so both are accepted.
 */
export function hostVariants(headers: Readonly<Record<string, string>>): Array<Readonly<Record<string, string>>> {
  const host = headers["host"];
  if (host === undefined) return [headers];
  const withoutPort = stripPort(host);
  return withoutPort === host ? [headers] : [headers, { ...headers, host: withoutPort }];
}

function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}
