import type { IncomingMessage, ServerResponse } from "node:http";
import type { Dashboard } from "./createDashboard.js";
import type { DashboardAuth } from "./createDashboardAuth.js";
import type { GseLocalMetrics } from "./createMetrics.js";

export interface ObservabilityRoutesOptions {
  dashboard: Dashboard;
  metrics: GseLocalMetrics;
  /** Present when gse-local has cloud API keys: then the dashboard and /metrics need the token too. */
  auth: DashboardAuth | undefined;
  onError(error: unknown, path: string): void;
}

/**
 * GET /metrics, /dashboard/... and a browser's GET / (sent on to the
 * dashboard). Returns false for everything else: the cloud API's routes.
 */
export function createObservabilityRoutes(options: ObservabilityRoutesOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { dashboard, metrics, auth } = options;
  return (req, res) => {
    const url = req.url ?? "/";
    const path = url.split("?")[0]!;
    if (path === "/metrics") {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      if (auth && !auth.authorize(req)) {
        res.writeHead(401, { "content-type": "text/plain; charset=utf-8", "www-authenticate": 'Bearer realm="gse-local"' });
        res.end("/metrics needs Authorization: Bearer <the dashboard token gse-local printed>\n");
        return true;
      }
      metrics.render().then(
        ({ contentType, body }) => {
          res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" });
          res.end(body);
        },
        (error: unknown) => {
          options.onError(error, path);
          res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
          res.end("the metrics could not be collected\n");
        },
      );
      return true;
    }
    // A person opening the cloud API's address in a browser wants the dashboard; the official clients never send text/html.
    if (url === "/" && req.method === "GET" && (req.headers.accept ?? "").includes("text/html")) {
      res.writeHead(303, { location: "/dashboard/" });
      res.end();
      return true;
    }
    if (path === "/dashboard" || path.startsWith("/dashboard/")) {
      if (auth && req.method === "GET" && auth.acceptQueryToken(req, res)) return true;
      return dashboard.handle(req, res);
    }
    return false;
  };
}
