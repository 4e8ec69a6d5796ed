import { createHmac, timingSafeEqual } from "node:crypto";

/** How long a log URL from GetGameServerSessionLogUrl stays valid, by default. */
export const LOG_URL_LIFETIME_SECONDS = 15 * 60;

/**
 * The query that makes `path` fetchable until `expiresAt` (Unix seconds)
 * by whoever holds the URL, as GSE's pre-signed COS log URLs were:
 * `Expires=<seconds>&Signature=<base64url HMAC-SHA256 of "GET\n<path>\n<expires>">`,
 * keyed with the SecretKey. The path is signed as sent (percent-encoded), so
 * a URL cannot be bent to another session.
 */
export function presignQuery(path: string, secretKey: string, expiresAt: number): string {
  const expires = String(Math.floor(expiresAt));
  return `Expires=${expires}&Signature=${sign(path, expires, secretKey)}`;
}

export type PresignedCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Whether a request for `path` with `query` carries a valid, unexpired signature. */
export function verifyPresignedQuery(path: string, query: URLSearchParams, secretKey: string, nowSeconds: number): PresignedCheck {
  const expires = query.get("Expires");
  const signature = query.get("Signature");
  if (expires === null || signature === null) return { ok: false, reason: "the URL is not signed (Expires and Signature are required when gse-local has keys)" };
  if (!/^\d{1,12}$/.test(expires)) return { ok: false, reason: "Expires must be Unix seconds" };
  if (Number(expires) < nowSeconds) return { ok: false, reason: `the URL expired at ${new Date(Number(expires) * 1000).toISOString()}` };
  const expected = Buffer.from(sign(path, expires, secretKey));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "the signature does not match" };
  return { ok: true };
}

function sign(path: string, expires: string, secretKey: string): string {
  return createHmac("sha256", secretKey).update(`GET\n${path}\n${expires}`).digest("base64url");
}
