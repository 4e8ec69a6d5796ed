import type { IncomingMessage, ServerResponse } from "node:http";

/** The request target split without decoding: signatures cover it raw. */
export interface RequestTarget {
  path: string;
  query: string;
}

export interface HttpRoute {
  /** Exact paths served; with `prefix`, paths that start with one of them. */
  paths: readonly string[];
  prefix?: boolean;
  /** Methods served (upper case); another method is answered 405 with Allow. */
  methods: readonly string[];
  /**
   * The route checks its own credential (the cloud API's signatures, the
   * log route's pre-signed URLs); every other route goes through the
   * router's `guard` first.
   */
  authenticates?: boolean;
  /**
   * The guard also accepts the dashboard token here (the dashboard's pages,
   * stream and actions, /metrics), besides HTTP Basic with the keys.
   */
  acceptsDashboardToken?: boolean;
  handle(req: IncomingMessage, res: ServerResponse, target: RequestTarget): void | Promise<void>;
}

/** Why the guard refused a request: 401, no valid credential; 403, a credential that may not be used from where the request came. */
export interface GuardRefusal {
  status: 401 | 403;
  reason: string;
}

export interface HttpRouterOptions {
  /** No route has the path. */
  notFound(req: IncomingMessage, res: ServerResponse, target: RequestTarget): void;
  /** A route has the path but not the method. */
  notAllowed(req: IncomingMessage, res: ServerResponse, target: RequestTarget, allowed: readonly string[]): void;
  /** A handler threw or rejected: the reply may be half written; the server must go on. */
  onError(error: unknown, req: IncomingMessage, res: ServerResponse): void;
  /**
   * Runs before every route that does not authenticate itself, whoever
   * added it: returns why the request is refused, or undefined to let it
   * through. gse-local sets one when it has keys (security/createRouteGuard.ts).
   */
  guard?: (req: IncomingMessage, target: RequestTarget, route: HttpRoute) => GuardRefusal | undefined;
  /** Answers a request the guard refused. */
  unauthorized?(req: IncomingMessage, res: ServerResponse, target: RequestTarget, reason: string, status: GuardRefusal["status"]): void;
}

/**
 * gse-local's one HTTP entry: every route (`/`, `/capi`, `/logs/`, and what
 * comes next: `/metrics`, `/dashboard`, event streams) is a line in one table.
 * The first route whose path matches decides; exact paths before prefixes.
 */
export function createHttpRouter(routes: readonly HttpRoute[], options: HttpRouterOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const ordered = [...routes.filter((r) => !r.prefix), ...routes.filter((r) => r.prefix)];
  return (req, res) => {
    const target = splitTarget(req.url ?? "/");
    const route = ordered.find((r) => (r.prefix ? r.paths.some((p) => target.path.startsWith(p)) : r.paths.includes(target.path)));
    try {
      if (!route) return options.notFound(req, res, target);
      const method = (req.method ?? "GET").toUpperCase();
      if (!route.methods.includes(method)) return options.notAllowed(req, res, target, route.methods);
      if (!route.authenticates && options.guard) {
        const refused = options.guard(req, target, route);
        if (refused !== undefined) {
          req.resume();
          if (options.unauthorized) return options.unauthorized(req, res, target, refused.reason, refused.status);
          res.writeHead(refused.status, { "content-type": "text/plain; charset=utf-8", ...(refused.status === 401 && { "www-authenticate": 'Basic realm="gse-local"' }) });
          res.end(`${refused.reason}\n`);
          return;
        }
      }
      const done = route.handle(req, res, target);
      if (done) done.catch((error: unknown) => options.onError(error, req, res));
    } catch (error) {
      options.onError(error, req, res);
    }
  };
}

function splitTarget(url: string): RequestTarget {
  const mark = url.indexOf("?");
  return mark < 0 ? { path: url, query: "" } : { path: url.slice(0, mark), query: url.slice(mark + 1) };
}
