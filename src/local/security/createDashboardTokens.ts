import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface DashboardTokens {
  /** A fresh token, valid for the lifetime from now: for the dashboard link and scrapers. */
  mint(): string;
  /** Why `token` is refused (malformed, forged, expired), or undefined when it is valid now. */
  check(token: string): string | undefined;
  /** The tokens a request carries: `Authorization: Bearer`, the dashboard's cookie, `?token=` (a fresh link beside a stale cookie). */
  carried(req: IncomingMessage): string[];
  /**
   * A GET with a valid `?token=`: sets the cookie (expiring with the token)
   * and redirects to the same URL without it, so the token leaves the
   * address bar and the history. Returns false when there is none to take.
   */
  exchange(req: IncomingMessage, res: ServerResponse): boolean;
}

export const DASHBOARD_COOKIE = "gse_local_dashboard";

/**
 * The dashboard's token: `<expires>.<signature>`, expires in unix seconds,
 * the signature base64url(HMAC-SHA256(secretKey, "gse-local dashboard\n" +
 * secretId + "\n" + expires)). Only a holder of the keys can make one; it
 * is never extended (a token cannot buy a later one), so a leaked link
 * stops working at its expiry. It exists because a browser following a link
 * cannot sign TC3 requests; HTTP Basic with the keys works everywhere too.
 */
export function dashboardToken(secretId: string, secretKey: string, expires: number): string {
  return `${expires}.${createHmac("sha256", secretKey).update(`gse-local dashboard\n${secretId}\n${expires}`).digest("base64url")}`;
}

export function createDashboardTokens(keys: { secretId: string; secretKey: string }, lifetimeSeconds: number, now: () => number): DashboardTokens {
  const nowSeconds = () => Math.floor(now() / 1000);
  const check = (token: string): string | undefined => {
    const match = /^(\d{1,12})\.[A-Za-z0-9_-]{43}$/.exec(token);
    if (!match) return "the dashboard token is malformed";
    const expires = Number(match[1]);
    const expected = Buffer.from(dashboardToken(keys.secretId, keys.secretKey, expires));
    const given = Buffer.from(token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "the dashboard token was not made with this gse-local's keys";
    if (expires <= nowSeconds()) return `the dashboard token expired at ${new Date(expires * 1000).toISOString()}: open a fresh dashboard link or sign in with the SecretId and SecretKey`;
    return undefined;
  };
  const queryToken = (req: IncomingMessage) => new URL(req.url ?? "/", "http://x").searchParams.get("token") ?? undefined;
  return {
    mint: () => dashboardToken(keys.secretId, keys.secretKey, nowSeconds() + lifetimeSeconds),
    check,
    carried(req) {
      const tokens: string[] = [];
      const authorization = req.headers.authorization;
      if (authorization?.startsWith("Bearer ")) tokens.push(authorization.slice(7).trim());
      const cookie = (req.headers.cookie ?? "").split(";").map((c) => c.trim()).find((c) => c.startsWith(`${DASHBOARD_COOKIE}=`));
      if (cookie) tokens.push(cookie.slice(DASHBOARD_COOKIE.length + 1));
      const query = queryToken(req);
      if (query !== undefined) tokens.push(query);
      return tokens;
    },
    exchange(req, res) {
      const given = queryToken(req);
      if (given === undefined || check(given) !== undefined) return false;
      const url = new URL(req.url ?? "/", "http://x");
      url.searchParams.delete("token");
      const maxAge = Number(given.slice(0, given.indexOf("."))) - nowSeconds();
      req.resume();
      res.writeHead(303, {
        location: `${url.pathname}${url.search}`,
        "set-cookie": `${DASHBOARD_COOKIE}=${given}; HttpOnly; SameSite=Strict; Path=/dashboard; Max-Age=${maxAge}`,
        "cache-control": "no-store",
      });
      res.end();
      return true;
    },
  };
}
