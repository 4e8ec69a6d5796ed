import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * The credential of every route that does not authenticate itself (the
 * signed cloud API at `/` and the pre-signed log URLs do) once gse-local has
 * keys: HTTP Basic with the SecretId as user and the SecretKey as password.
 * Basic because every HTTP client and browser speaks it (GSE Local's `POST
 * /capi` is unsigned by design; a dashboard is opened in a browser); the
 * keys never leave the machine in any other form than the signatures the
 * official clients send. Returns why a request is refused, or undefined.
 */
export function createBasicAuthGuard(keys: { secretId: string; secretKey: string }): (req: IncomingMessage) => string | undefined {
  const expected = Buffer.from(`${keys.secretId}:${keys.secretKey}`, "utf8");
  return (req) => {
    const header = req.headers.authorization;
    if (header === undefined) return "gse-local has keys: this route needs HTTP Basic authentication with the SecretId as user and the SecretKey as password";
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
    if (!match) return "the Authorization header is not HTTP Basic";
    const given = Buffer.from(match[1]!, "base64");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "the SecretId or SecretKey does not match";
    return undefined;
  };
}
