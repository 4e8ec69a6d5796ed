import { randomUUID } from "node:crypto";
import type { Logger } from "../../logging/Logger.js";
import { LOCAL_ACTIONS } from "../cloud/actions/localActions.js";
import type { CloudDispatch } from "../cloud/createCloudApiHandler.js";
import { isCloudAction } from "../cloud/validateCloudRequest.js";
import type { GseLocalCore } from "../core/createCore.js";
import type { HttpRoute } from "../http/createHttpRouter.js";
import { createDashboard, type Dashboard } from "./createDashboard.js";
import { createMetrics, type GseLocalMetrics } from "./createMetrics.js";
import { createObservabilityRoutes } from "./createObservabilityRoutes.js";
import type { DashboardTokens } from "../security/createDashboardTokens.js";

export interface ObservabilityOptions {
  core: GseLocalCore;
  /** The cloud API's actions: the dashboard's buttons run them. */
  dispatch: CloudDispatch;
  /** The fleet processes belong to (no fleet launched them). */
  fleetId: string;
  /** With keys: the dashboard link's tokens. */
  tokens: DashboardTokens | undefined;
  logger: Logger;
}

export interface Observability {
  readonly dashboard: Dashboard;
  readonly metrics: GseLocalMetrics;
  /** /metrics and /dashboard/..., for the HTTP router (whose guard checks their credentials). */
  readonly routes: HttpRoute[];
  /** The dashboard's URL on an endpoint (host:port), with a fresh token when there are keys. */
  dashboardUrl(endpoint: string): string;
  close(): void;
}

/** The dashboard and /metrics, over the core's streams. */
export function createObservability(options: ObservabilityOptions): Observability {
  const { core, dispatch, fleetId, logger, tokens } = options;
  const metrics = createMetrics(
    {
      processes: () => core.tables.processes.values(),
      gameServerSessions: () => core.tables.gameServerSessions.values(),
      playerSessions: () => core.tables.playerSessions.values(),
      placements: () => core.tables.placements.values(),
      fleetOf: () => fleetId,
      fleets: () => [fleetId],
    },
    { isKnownAction: (action) => isCloudAction(action) || (LOCAL_ACTIONS as readonly string[]).includes(action) },
  );
  const stopMetrics = core.onEvent(metrics.observe);
  const dashboard = createDashboard(
    {
      tables: core.tables,
      onChange: core.onChange,
      onEvent: core.onEvent,
      fleetOf: () => fleetId,
      // The cloud API's own actions, validated as the cloud API validates them; logged as cloud calls from the dashboard.
      async act(action, params) {
        const startedAt = performance.now();
        const requestId = randomUUID();
        let failure: { code: string; message: string } | undefined;
        try {
          return await dispatch(action, params, { action, requestId, form: "capi" });
        } catch (error) {
          failure = { code: (error as { code?: string }).code ?? "InternalError", message: (error as Error).message };
          throw error;
        } finally {
          core.emit({ type: "cloudCall", action, requestId, form: "dashboard", durationMs: performance.now() - startedAt, ...failure });
        }
      },
    },
  );
  return {
    dashboard,
    metrics,
    routes: createObservabilityRoutes({ dashboard, metrics, tokens, onError: (error, path) => logger.error({ err: error, path }, "serving failed") }),
    dashboardUrl: (endpoint) => `http://${endpoint}/dashboard/${tokens ? `?token=${tokens.mint()}` : ""}`,
    close() {
      stopMetrics();
      dashboard.close();
    },
  };
}
