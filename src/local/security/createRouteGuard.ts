import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { GuardRefusal, HttpRoute, RequestTarget } from "../http/createHttpRouter.js";
import type { DashboardTokens } from "./createDashboardTokens.js";

/**
 * The credential of every route that does not check one of its own (the
 * signed cloud API at `/` and the pre-signed log URLs do) once gse-local has
 * keys, as the router's guard:
 * - HTTP Basic with the SecretId as user and the SecretKey as password, on
 *   every such route. Basic because every HTTP client and browser speaks it
 *   (GSE Local's `POST /capi` is unsigned by design; a browser asks for it
 *   when a page answers 401);
 * - on routes marked `acceptsDashboardToken` (the dashboard, /metrics) also
 *   the dashboard token derived from the keys (createDashboardTokens), for
 *   the link gse-local prints and for scrapers;
 * - whatever it carries, a request that could act (not GET or HEAD) from a
 *   page of another origin is refused: a browser that was given the keys
 *   sends them to gse-local from any page, and a form on another site could
 *   otherwise act. (What such a page GETs, it cannot read: no CORS.)
 * Returns why a request is refused (403 for another origin, 401 for the
 * credential), or undefined.
 */
export function createRouteGuard(keys: { secretId: string; secretKey: string }, tokens: DashboardTokens): (req: IncomingMessage, target: RequestTarget, route: HttpRoute) => GuardRefusal | undefined {
  const check = createCredentialCheck(keys, tokens);
  return (req, _target, route) => {
    const foreign = foreignOrigin(req);
    if (foreign !== undefined) {
      return { status: 403, reason: `a ${req.method ?? ""} from a page of another origin (${foreign.slice(0, 100)}) is refused: gse-local takes requests from its own dashboard and from programs, not from other sites' pages` };
    }
    const reason = check(req, route);
    return reason === undefined ? undefined : { status: 401, reason };
  };
}

function createCredentialCheck(keys: { secretId: string; secretKey: string }, tokens: DashboardTokens): (req: IncomingMessage, route: HttpRoute) => string | undefined {
  const expected = Buffer.from(`${keys.secretId}:${keys.secretKey}`, "utf8");
  return (req, route) => {
    const header = req.headers.authorization;
    if (header !== undefined && /^Basic\s/i.test(header)) {
      const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
      if (!match) return "the Authorization header is not HTTP Basic";
      const given = Buffer.from(match[1]!, "base64");
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "the SecretId or SecretKey does not match";
      return undefined;
    }
    if (!route.acceptsDashboardToken) {
      if (header === undefined) return "gse-local has keys: this route needs HTTP Basic authentication with the SecretId as user and the SecretKey as password";
      return "the Authorization header is not HTTP Basic";
    }
    const carried = tokens.carried(req);
    if (carried.length === 0) {
      return "gse-local has keys: this route needs HTTP Basic authentication with the SecretId as user and the SecretKey as password, or the dashboard token (the dashboard link gse-local printed, or Authorization: Bearer <token>)";
    }
    const refusals = carried.map(tokens.check);
    return refusals.includes(undefined) ? undefined : refusals[0];
  };
}

/** The Origin of a request that could act, sent by a page of another origin; undefined otherwise. Programs send no Origin. */
function foreignOrigin(req: IncomingMessage): string | undefined {
  const method = (req.method ?? "GET").toUpperCase();
  if (method === "GET" || method === "HEAD") return undefined;
  const origin = req.headers.origin;
  if (origin === undefined || origin === `http://${req.headers.host ?? ""}`) return undefined;
  return origin;
}
