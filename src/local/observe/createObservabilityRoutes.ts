import type { HttpRoute } from "../http/createHttpRouter.js";
import type { Dashboard } from "./createDashboard.js";
import type { DashboardTokens } from "../security/createDashboardTokens.js";
import type { GseLocalMetrics } from "./createMetrics.js";

export interface ObservabilityRoutesOptions {
  dashboard: Dashboard;
  metrics: GseLocalMetrics;
  /**
   * Present when gse-local has cloud API keys: then the router's guard
   * checks these routes' credentials (HTTP Basic or the dashboard token),
   * and the dashboard link's `?token=` is exchanged here for a cookie.
   */
  tokens: DashboardTokens | undefined;
  onError(error: unknown, path: string): void;
}

/** GET /metrics and /dashboard/..., as lines of gse-local's one HTTP router. */
export function createObservabilityRoutes(options: ObservabilityRoutesOptions): HttpRoute[] {
  const { dashboard, metrics, tokens } = options;
  return [
    {
      paths: ["/metrics"],
      methods: ["GET", "HEAD"],
      acceptsDashboardToken: true,
      async handle(_req, res, target) {
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
      acceptsDashboardToken: true,
      handle(req, res) {
        if (tokens && req.method === "GET" && tokens.exchange(req, res)) return;
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
