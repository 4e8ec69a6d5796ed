import { once } from "node:events";
import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { GseError } from "../errors/GseError.js";
import { createAgentServer } from "./agent/createAgentServer.js";
import { createCloudDispatch } from "./cloud/actions/createCloudDispatch.js";
import { cloudApiFallbacks, cloudApiRoutes } from "./cloud/createCloudApiHandler.js";
import { systemClock } from "./core/Clock.js";
import { createControlWiring } from "./control/createControlWiring.js";
import { createCore } from "./core/createCore.js";
import { createAgentRestarter } from "./createAgentRestarter.js";
import { createEventLog } from "./createEventLog.js";
import { claimLaunchedProcesses } from "./fleet/claimLaunchedProcesses.js";
import { isLaunchedProcess } from "./fleet/createFleetLauncher.js";
import { endStrayProcesses, type StrayProcesses } from "./fleet/endStrayProcesses.js";
import { createFaultInjector } from "./faults/createFaultInjector.js";
import type { GseLocal, GseLocalOptions } from "./GseLocal.js";
import { hostProcesses } from "./host/HostProcesses.js";
import { createHttpRouter } from "./http/createHttpRouter.js";
import { createLogsRoute, LOGS_PATH, processLogsPath } from "./http/createLogsRoute.js";
import { createProcessLinks } from "./links/createProcessLinks.js";
import { createObservability } from "./observe/createObservability.js";
import { sendBrowsersToDashboard } from "./observe/createObservabilityRoutes.js";
import { createOrchestrator } from "./orchestrator/createOrchestrator.js";
import { attachStateJournal } from "./persistence/attachStateJournal.js";
import { openStateJournal, type StateJournal } from "./persistence/openStateJournal.js";
import { MAX_TIMER_MS, resolveGseLocalOptions } from "./resolveGseLocalOptions.js";
import { createDashboardTokens } from "./security/createDashboardTokens.js";
import { createPeerVerifier } from "./security/createPeerVerifier.js";
import { createRouteGuard } from "./security/createRouteGuard.js";
import { presignQuery } from "./security/presignedUrl.js";

export type { GseLocal, GseLocalOptions, LaunchedFleet, RestartAgentOptions, WaitOptions } from "./GseLocal.js";
export { MAX_TIMER_MS } from "./resolveGseLocalOptions.js";

function openJournal(directory: string): StateJournal {
  try {
    return openStateJournal({ directory });
  } catch (error) {
    throw new GseError("CONFIG_INVALID", `gse-local option stateDirectory: ${(error as Error).message}`, { field: "stateDirectory", cause: error });
  }
}

const PROCESS_CALL_TIMEOUT_MS = 10_000;

/**
 * Starts gse-local: the agent (GseGrpcSdkService) and the cloud API (HTTP),
 * health checks, timeouts and placement, and optionally a launched fleet.
 * Every option is checked first; if listening fails, whatever started is
 * closed before the promise rejects.
 */
export async function createGseLocal(options: GseLocalOptions = {}): Promise<GseLocal> {
  const config = resolveGseLocalOptions(options);
  const { host, publicIp, logger } = config;

  const core = createCore({
    ipAddress: publicIp,
    clock: systemClock,
    control: { defaultFleetId: config.fleetId, region: config.control.region, limits: config.control.limits },
  });
  // The state directory first: what it holds is the state the rest starts from.
  const journal = config.stateDirectory === undefined ? undefined : openJournal(config.stateDirectory);
  if (journal) core.load(journal.loaded);
  const detachJournal = journal && attachStateJournal(core, journal, (error) => logger.error({ err: error }, "gse-local could not write its state directory"));
  // What an earlier gse-local launched and still runs: its launchers take it back below.
  const launched =
    journal && config.stateDirectory !== undefined
      ? {
          recorder: core.launchedProcesses,
          adoption: claimLaunchedProcesses(core.launchedProcesses.list(), core.launchedProcesses, logger),
          clock: core.clock,
          pollMs: config.livenessIntervalMs,
          outputDir: join(config.stateDirectory, "output"),
        }
      : undefined;
  const log = createEventLog(core);
  const faults = createFaultInjector(config.faults, (event) => core.emit({ type: "faultInjected", ...event }));
  const links = createProcessLinks({ faults });
  // Only processes a fleet launcher started (--launch, the control plane's
  // fleets) may be signalled; any other registered pid is only asked to end.
  const mayKill = isLaunchedProcess;
  // The resolved options carry every timing the orchestrator reads.
  const orchestrator = createOrchestrator({ ...config, core, links, host: hostProcesses, logger, processCallTimeoutMs: PROCESS_CALL_TIMEOUT_MS, mayKill });
  let httpPort = 0;
  let agentAddress = "";
  /** With keys, as GSE's COS links were: pre-signed and expiring. */
  const logUrl = (path: string) => {
    const query = config.keys ? `?${presignQuery(path, config.keys.secretKey, Date.now() / 1000 + config.logUrlLifetimeSeconds)}` : "";
    return `http://${publicIp}:${httpPort}${path}${query}`;
  };
  const control = createControlWiring({
    core,
    config,
    logger,
    terminateProcess(pid, reason) {
      const process = core.processes.get(pid);
      if (process && process.status !== "TERMINATED") orchestrator.terminateProcess(process, reason);
    },
    agentAddress: () => agentAddress,
    cloudEndpoint: () => `${publicIp}:${httpPort}`,
    processLogUrl: (pid, registeredAt) => {
      const process = core.processes.get(pid);
      return process && process.registeredAt === registeredAt ? logUrl(processLogsPath(process)) : undefined;
    },
    ...(launched && { launched }),
  });
  const peers = config.verifyPeers ? createPeerVerifier() : undefined;
  if (peers && !peers.available) logger.warn({}, "gse-local cannot read /proc/net/tcp on this host: agent calls' pid metadata is taken on trust (docs/reliability.md#security)");
  const dispatch = createCloudDispatch({
    core,
    fleetId: config.fleetId,
    terminateProcess: orchestrator.terminateProcess,
    logUrl: (session) => logUrl(`${LOGS_PATH}${encodeURIComponent(session.gameServerSessionId)}`),
  }, control.dispatch);
  const cloudRoutes = cloudApiRoutes({
    dispatch,
    ...config.keys,
    onRequest: (event) =>
      core.emit({ type: "cloudCall", action: event.action, requestId: event.requestId, form: event.form, durationMs: event.durationMs, ...(event.code !== undefined && { code: event.code }), ...(event.message !== undefined && { message: event.message }) }),
    onInternalError: (error, context) => logger.error({ err: error, action: context.action, requestId: context.requestId }, "cloud action failed"),
  });
  const tokens = config.keys && createDashboardTokens(config.keys, config.dashboardTokenLifetimeSeconds, () => core.clock.now());
  const observability = createObservability({ core, dispatch, fleetId: config.fleetId, tokens, logger });
  const agent = createAgentServer({
    core,
    faults,
    isRunning: hostProcesses.isAlive,
    admitProcess: control.admitProcess,
    observeCall: observability.metrics.observeAgentCall,
    ...(peers?.available && { peers }),
  });
  const logsRoute = createLogsRoute(core, logger, config.keys ? { secretKey: config.keys.secretKey } : {});
  // With keys, every route that does not check a credential of its own
  // (/capi, /metrics, /dashboard, and whatever routes are added) needs
  // them: HTTP Basic, or on the dashboard's routes its token.
  const guard = config.keys && tokens ? createRouteGuard(config.keys, tokens) : undefined;
  const httpServer = createHttpServer(createHttpRouter([...sendBrowsersToDashboard(cloudRoutes), logsRoute, ...observability.routes], { ...cloudApiFallbacks, ...(guard && { guard }) }));
  const closeSignal = new AbortController();
  let strays: StrayProcesses | undefined;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      closeSignal.abort();
      faults.close();
      // Timers and health checks stop first: processes ending below are not news to act on.
      orchestrator.close();
      await control.close();
      await strays?.close();
      observability.close();
      agent.down();
      httpServer.closeAllConnections();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      // Last: the fleet's ending above is part of the state kept.
      await Promise.resolve();
      detachJournal?.();
      await journal?.close();
    })());

  let grpcPort: number;
  try {
    grpcPort = await agent.listen(host, config.grpcPort);
    agentAddress = `${host === "0.0.0.0" ? "127.0.0.1" : host}:${grpcPort}`;
    // In the same turn as the agent starts listening, before any call is
    // read: a re-adopted process re-announcing itself finds its instance.
    if (journal) control.resume();
    httpServer.listen(config.httpPort, host);
    await once(httpServer, "listening");
    httpPort = (httpServer.address() as AddressInfo).port;
  } catch (error) {
    await close();
    throw new GseError("SERVICE_CALL_FAILED", `gse-local could not listen on ${host}: ${(error as Error).message}`, { cause: error });
  }

  // Health checks and timers of what the state directory held.
  if (journal) orchestrator.resume();
  // The --launch fleet's instances start now that the agent has an address.
  try {
    control.start();
    // Launched by an earlier gse-local for no instance this one runs.
    if (launched) strays = endStrayProcesses(launched.adoption.rest(), { recorder: launched.recorder, clock: launched.clock, graceMs: 5_000, logger });
  } catch (error) {
    await close();
    throw error;
  }

  return {
    host,
    grpcPort,
    httpPort,
    agentAddress,
    cloudEndpoint: `${publicIp}:${httpPort}`,
    // With keys, each read carries a fresh token: the one printed at start-up expires.
    get dashboardUrl() {
      return observability.dashboardUrl(`${publicIp}:${httpPort}`);
    },
    dashboard: observability.dashboard,
    events: core.events,
    history: log.history,
    waitFor: log.waitFor as GseLocal["waitFor"],
    processes: () => core.processes.list(),
    gameServerSessions: () => core.gameServerSessions.list(),
    playerSessions: () => core.playerSessions.list(),
    placements: () => core.placements.list(),
    terminateProcess(pid, terminateOptions = {}) {
      const process = core.processes.get(pid);
      if (!process || process.status === "TERMINATED") {
        throw new GseError("BAD_REQUEST_EXCEPTION", `no live game server process has pid ${pid}`, { field: "pid" });
      }
      const delayMs = terminateOptions.terminationDelayMs;
      if (delayMs !== undefined && !(typeof delayMs === "number" && delayMs >= 0 && delayMs <= MAX_TIMER_MS)) {
        throw new GseError("BAD_REQUEST_EXCEPTION", `terminationDelayMs must be from 0 to ${MAX_TIMER_MS}, got ${String(delayMs)}`, { field: "terminationDelayMs" });
      }
      orchestrator.terminateProcess(process, "terminateProcess", delayMs);
    },
    faults: { add: (rule) => faults.add(rule), clear: () => faults.clear(), list: () => faults.list() },
    restartAgent: createAgentRestarter({ core, agent, orchestrator, faults, grpcPort, closed: closeSignal.signal }),
    fleet: control.launched,
    control: control.control,
    core,
    close,
  };
}
