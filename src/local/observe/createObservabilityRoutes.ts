import type { HttpRoute } from "../http/createHttpRouter.js";
import type { Dashboard } from "./createDashboard.js";
import type { DashboardAuth } from "./createDashboardAuth.js";
import type { GseLocalMetrics } from "./createMetrics.js";

export interface ObservabilityRoutesOptions {
  dashboard: Dashboard;
  metrics: GseLocalMetrics;
  /**
   * Present when gse-local has cloud API keys: then the dashboard and
   * /metrics need the token too. (A minimal check of its own until an
   * authentication middleware for every route exists.)
   */
  auth: DashboardAuth | undefined;
  onError(error: unknown, path: string): void;
}

/** GET /metrics and /dashboard/..., as lines of gse-local's one HTTP router. */
export function createObservabilityRoutes(options: ObservabilityRoutesOptions): HttpRoute[] {
  const { dashboard, metrics, auth } = options;
  return [
    {
      paths: ["/metrics"],
      methods: ["GET", "HEAD"],
      async handle(req, res, target) {
        if (auth && !auth.authorize(req)) {
          res.writeHead(401, { "content-type": "text/plain; charset=utf-8", "www-authenticate": 'Bearer realm="gse-local"' });
          res.end("/metrics needs Authorization: Bearer <the dashboard token gse-local printed>\n");
          return;
        }
        try {
          const { contentType, body } = await metrics.render();
          res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" });
          res.end(body);
        } catch (error) {
          options.onError(error, target.path);
          res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
          res.end("the metrics could not be collected\n");
        }
      },
    },
    {
      paths: ["/dashboard"],
      prefix: true,
      methods: ["GET", "HEAD", "POST"],
      handle(req, res) {
        if (auth && req.method === "GET" && auth.acceptQueryToken(req, res)) return;
        if (dashboard.handle(req, res)) return;
        req.resume();
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
        res.end("the dashboard is at /dashboard/\n");
      },
    },
  ];
}

/**
 * A person opening the cloud API's address in a browser wants the
 * dashboard: the route of `/` sends a bare GET that asks for HTML there.
 * The official clients never ask for text/html; their GET form has a query.
 */
export function sendBrowsersToDashboard(routes: readonly HttpRoute[]): HttpRoute[] {
  return routes.map((route) =>
    route.paths.includes("/") && !route.prefix
      ? {
          ...route,
          handle(req, res, target) {
            if (req.method === "GET" && target.path === "/" && target.query === "" && (req.headers.accept ?? "").includes("text/html")) {
              res.writeHead(303, { location: "/dashboard/" });
              res.end();
              return;
            }
            return route.handle(req, res, target);
          },
        }
      : route,
  );
}
