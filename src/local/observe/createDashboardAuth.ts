import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface DashboardAuth {
  /** The token, for the URL printed at start-up and for `gse-local status`. */
  readonly token: string;
  /** Whether the request carries the token (bearer header, cookie or ?token=). */
  authorize(req: IncomingMessage): boolean;
  /**
   * A page request with ?token=: sets the cookie and redirects to the same
   * URL without it, so the token leaves the address bar and the history.
   * Returns false when the request has no token in its query.
   */
  acceptQueryToken(req: IncomingMessage, res: ServerResponse): boolean;
}

const COOKIE = "gse_local_dashboard";

/**
 * The dashboard's token when gse-local has cloud API keys: derived from the
 * key, so whoever holds the key (the CLI, `gse-local status`) can compute it
 * and nobody else can. A browser cannot sign TC3 requests; it carries this.
 */
export function dashboardToken(secretId: string, secretKey: string): string {
  return createHmac("sha256", secretKey).update(`gse-local dashboard\u0000${secretId}`).digest("base64url");
}

export function createDashboardAuth(secretId: string, secretKey: string): DashboardAuth {
  const token = dashboardToken(secretId, secretKey);
  const expected = Buffer.from(token);
  const matches = (candidate: string | undefined) => {
    if (candidate === undefined) return false;
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  const queryToken = (req: IncomingMessage) => new URL(req.url ?? "/", "http://x").searchParams.get("token") ?? undefined;
  return {
    token,
    authorize(req) {
      const authorization = req.headers.authorization;
      if (authorization?.startsWith("Bearer ") && matches(authorization.slice(7).trim())) return true;
      const cookie = (req.headers.cookie ?? "").split(";").map((c) => c.trim()).find((c) => c.startsWith(`${COOKIE}=`));
      if (cookie && matches(cookie.slice(COOKIE.length + 1))) return true;
      return matches(queryToken(req));
    },
    acceptQueryToken(req, res) {
      const given = queryToken(req);
      if (given === undefined || !matches(given)) return false;
      const url = new URL(req.url ?? "/", "http://x");
      url.searchParams.delete("token");
      req.resume();
      res.writeHead(303, {
        location: `${url.pathname}${url.search}`,
        "set-cookie": `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/dashboard`,
        "cache-control": "no-store",
      });
      res.end();
      return true;
    },
  };
}
