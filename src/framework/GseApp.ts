import { createServer } from "nice-grpc";
import type { AgonesAgent, AgonesOptions } from "../agones/createAgonesAgent.js";
import { resolvePlatform, type Platform } from "../agones/resolvePlatform.js";
import { DEFAULT_CALL_TIMEOUT_MS, createAgentClient, type AgentClient } from "../client/createAgentClient.js";
import type { RetryPolicy } from "../client/retryPolicy.js";
import { resolveAgentAddress } from "../client/resolveAgentAddress.js";
import { GseError } from "../errors/GseError.js";
import { createJsonLogger, isLogLevel, type Logger } from "../logging/Logger.js";
import type { Gse } from "./Gse.js";
import { createGseRuntime } from "./createGseRuntime.js";
import { GAME_SERVER_SERVICE_DEFINITION } from "./gameServerServiceDefinition.js";
import { createSdkTelemetry, type TelemetryOptions } from "../telemetry/createSdkTelemetry.js";
import { readGameHooks } from "./readGameHooks.js";
import { requireId, requirePort, requirePositiveMs } from "./validate.js";
import { LOG_LEVEL_ENV } from "../protocol/env.js";

/** Options of GseApp.run; the README's Configuration table lists them with their defaults. */
export interface GseAppOptions {
  /** The port game clients connect to, reported to GSE in ProcessReady. */
  clientPort: number;
  /** Log files GSE uploads when the process ends. */
  logPaths?: string[];
  /** The agent, host:port. Default: $GSE_AGENT_ADDRESS, else 127.0.0.1:5758. */
  gseAddress?: string;
  /** Port for GameServerGrpcSdkService. Default 0: any free port. */
  grpcPort?: number;
  /** Interface for GameServerGrpcSdkService. Default 127.0.0.1: the agent is local. */
  grpcHost?: string;
  /** Exit the process (code 0) after OnProcessTerminate or SIGTERM/SIGINT has ended it. Default true. */
  exitProcess?: boolean;
  /** Run the ending sequence on SIGTERM and SIGINT. Default true. */
  handleSignals?: boolean;
  /** Deadline of each agent call attempt. Default 20 000 ms. */
  callTimeoutMs?: number;
  /** Retries of agent calls after transient failures. Default 4 attempts, backoff 200 ms doubling to 2 s, with jitter. */
  retry?: RetryPolicy;
  /**
   * How long GseApp.run waits for the agent to acknowledge ProcessReady,
   * retrying while it is not reachable (backoff 250 ms doubling to 5 s, with
   * jitter). A hard bound: an agent that accepts the connection and never
   * answers is given up on by then too. Default 60 000 ms.
   */
  readyTimeoutMs?: number;
  /** Deadline of the `@OnHealthCheck` handler; past it the answer is unhealthy. Default 5 000 ms. */
  healthCheckTimeoutMs?: number;
  /** Deadline of the `@OnStartSession` handler; past it the session is ended. Default 45 000 ms. */
  startTimeoutMs?: number;
  /** Grace given to the `@OnTerminate` handler, capped by GSE's terminationTime. Default 30 000 ms. */
  terminateTimeoutMs?: number;
  /** Default: JSON lines on stderr at $GSE_LOG_LEVEL (default "info"). pino fits. */
  logger?: Logger;
  /** Receives every error that has no caller to reject (background steps, handlers). */
  onError?: (error: GseError) => void;
  /**
   * Where the SDK's OpenTelemetry spans and metrics go. Default: the global
   * providers registered when GseApp.run is called (no-ops without one). See
   * docs/observability.md.
   */
  telemetry?: TelemetryOptions;
  /**
   * Where the game runs: "gse" (the GSE agent) or "agones" (the Agones SDK
   * sidecar, through @google-cloud/agones-sdk). Default: $GSE_PLATFORM, else
   * "agones" when $AGONES_SDK_GRPC_PORT is set (Agones sets it), else "gse".
   */
  platform?: Platform;
  /** Settings used on Agones. See docs/agones.md. */
  agones?: AgonesOptions;
}

/** A game class: constructed once with the Gse handle, its hooks marked by decorators or defineGame. */
export type GameClass<T extends object> = new (gse: Gse) => T;

/** A running game server process: its game instance and its GSE handle. */
export class GseApp<T extends object> {
  private constructor(
    /** The game instance GseApp.run constructed. */
    readonly game: T,
    /** The GSE handle, also passed to the game's constructor. */
    readonly gse: Gse,
    /** Settles once the process has ended: ProcessEnding sent, server closed. */
    readonly ended: Promise<void>,
  ) {}

  /** The port GameServerGrpcSdkService listens on. */
  get grpcPort(): number {
    return this.gse.grpcPort;
  }

  /** Same as gse.shutdown(). */
  shutdown(): Promise<void> {
    return this.gse.shutdown();
  }

  /**
   * Serves the game's GameServerGrpcSdkService, calls ProcessReady, and
   * resolves once the agent acknowledged it. From then on the SDK runs the
   * lifecycle: activation after `@OnStartSession`, and on OnProcessTerminate
   * (or SIGTERM/SIGINT) `@OnTerminate`, TerminateGameServerSession,
   * ProcessEnding, then exit.
   */
  static async run<T extends object>(gameClass: GameClass<T>, options: GseAppOptions): Promise<GseApp<T>> {
    const startedAt = Date.now();
    const hooks = readGameHooks(gameClass);
    if (typeof options !== "object" || options === null) {
      throw new GseError("BAD_REQUEST_EXCEPTION", "GseApp.run needs options with at least clientPort", { field: "options" });
    }
    const clientPort = requirePort("clientPort", options.clientPort, false);
    const grpcPort = requirePort("grpcPort", options.grpcPort ?? 0, true);
    const logPaths = (options.logPaths ?? []).map((path, i) => requireId(`logPaths[${i}]`, path));
    const callTimeoutMs = requirePositiveMs("callTimeoutMs", options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
    const envLevel = process.env[LOG_LEVEL_ENV];
    const logger = options.logger ?? createJsonLogger({ level: isLogLevel(envLevel) ? envLevel : "info", base: { pid: process.pid } });
    const address = resolveAgentAddress(options.gseAddress);
    const exitProcess = options.exitProcess ?? true;
    const handleSignals = options.handleSignals ?? true;

    const readyTimeoutMs = requirePositiveMs("readyTimeoutMs", options.readyTimeoutMs ?? 60_000);
    const onError = options.onError ?? (() => {});
    const platform = resolvePlatform(options.platform);
    let reconnected = () => {};
    let refused: (error: GseError, gameServerSessionId: string | undefined) => void = () => {};
    const telemetry = createSdkTelemetry(options.telemetry);
    let agones: AgonesAgent | undefined;
    let agent: AgentClient;
    if (platform.platform === "agones") {
      logger.info({ platform: "agones", from: platform.source }, "running on Agones");
      // Loaded only here: a GSE game never loads the adapter nor the Agones SDK.
      const { createAgonesAgent } = await import("../agones/createAgonesAgent.js");
      agones = await createAgonesAgent({
        ...options.agones,
        logger,
        report: (error) => reportError(logger, onError, error),
        connectTimeoutMs: readyTimeoutMs,
        callTimeoutMs,
        handleSignals,
        telemetry,
      });
      agent = agones;
    } else {
      agent = createAgentClient({
        address,
        timeoutMs: callTimeoutMs,
        ...(options.retry && { retry: options.retry }),
        onReconnect: () => reconnected(),
        onRefusal: (error, gameServerSessionId) => refused(error, gameServerSessionId),
        telemetry,
      });
    }
    let readyRequest = { logPathsToUpload: logPaths, clientPort, grpcPort: 0 };
    const runtime = createGseRuntime({
      hooks,
      agent,
      logger,
      healthCheckTimeoutMs: requirePositiveMs("healthCheckTimeoutMs", options.healthCheckTimeoutMs ?? 5_000),
      startTimeoutMs: requirePositiveMs("startTimeoutMs", options.startTimeoutMs ?? 45_000),
      terminateTimeoutMs: requirePositiveMs("terminateTimeoutMs", options.terminateTimeoutMs ?? 30_000),
      onError,
      announce: () => agent.call("processReady", readyRequest),
      telemetry,
    });
    reconnected = () => runtime.reannounce();
    refused = (error, gameServerSessionId) => runtime.agentRefused(error, gameServerSessionId);

    // On Agones nothing calls in: the adapter drives the same callbacks.
    const server = agones ? undefined : createServer();
    server?.add(GAME_SERVER_SERVICE_DEFINITION, runtime.implementation);
    agones?.drive(runtime.implementation);
    let game: T;
    let boundPort = 0;
    try {
      game = new gameClass(runtime.gse);
      if (server) boundPort = await server.listen(`${options.grpcHost ?? "127.0.0.1"}:${grpcPort}`);
    } catch (error) {
      agent.close();
      await server?.shutdown();
      throw error;
    }
    runtime.attach(game, boundPort, server ? (deadline) => closeGracefully(server, deadline) : async () => {});

    readyRequest = { logPathsToUpload: logPaths, clientPort, grpcPort: boundPort };
    try {
      // The agent may not be up yet (a process started before its agent):
      // keep trying with backoff, up to readyTimeoutMs.
      await agent.call("processReady", readyRequest, {
        retry: { maxAttempts: Infinity, initialBackoffMs: 250, maxBackoffMs: 5_000 },
        deadline: startedAt + readyTimeoutMs,
        onRetry: (attempt, error, delayMs) =>
          logger.warn({ attempt, delayMs, agent: address, err: error }, `ProcessReady attempt ${attempt} failed; retrying`),
      });
    } catch (error) {
      agent.close();
      server?.forceShutdown();
      const gseError = error instanceof GseError ? error : undefined;
      const why = gseError && gseError.status === undefined && gseError.code !== "ABORTED" ? ` (gave up after ${readyTimeoutMs} ms)` : "";
      throw new GseError("PROCESS_READY_FAILED", `ProcessReady to the agent at ${agent.address} failed${why}: ${(error as Error).message}`, {
        cause: error,
        ...(gseError && { method: gseError.method, requestId: gseError.requestId, grpcCode: gseError.grpcCode, status: gseError.status, errorMessage: gseError.errorMessage }),
      });
    }
    runtime.markReady();
    logger.info({ grpcPort: boundPort, clientPort, agent: agent.address }, "ProcessReady acknowledged");

    const onSignal = (signal: NodeJS.Signals) => {
      logger.info({ signal }, "signal received: ending the process");
      void runtime.end("signal");
    };
    if (handleSignals) {
      // On Agones SIGTERM is Kubernetes ending the pod: the adapter turns it
      // into OnProcessTerminate with the grace period's terminationTime.
      if (!agones) process.on("SIGTERM", onSignal);
      process.on("SIGINT", onSignal);
    }
    const ended = runtime.ended.then((reason) => {
      process.off("SIGTERM", onSignal);
      process.off("SIGINT", onSignal);
      // GSE expects the process gone after OnProcessTerminate or a signal; a
      // game that called shutdown() itself decides what happens next.
      if (exitProcess && reason !== "shutdown") process.exit(0);
    });
    return new GseApp(game, runtime.gse, ended);
  }
}

function reportError(logger: Logger, onError: (error: GseError) => void, error: GseError): void {
  logger.error({ err: error, code: error.code, method: error.method }, error.message);
  try {
    onError(error);
  } catch (hookError) {
    logger.error({ err: hookError }, "the onError hook threw");
  }
}

async function closeGracefully(server: ReturnType<typeof createServer>, deadline = Infinity): Promise<void> {
  // In-flight calls (a health check, the OnProcessTerminate answer) finish;
  // anything still open after 5 s, or at the ending's deadline, is cut.
  const timer = setTimeout(() => server.forceShutdown(), Math.max(0, Math.min(5_000, deadline - Date.now())));
  try {
    await server.shutdown();
  } finally {
    clearTimeout(timer);
  }
}
