import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { Metadata } from "nice-grpc-common";
import type { CallContext } from "nice-grpc-common";
import {
  GseResponse_Status,
  type GameServerGrpcSdkServiceImplementation,
  type GameServerSession,
  type GseResponse,
} from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import type { AgentCallOptions, AgentClient, AgentMethod, AgentRequest, AgentResponse } from "../client/createAgentClient.js";
import { GseError } from "../errors/GseError.js";
import type { Logger } from "../logging/Logger.js";
import { ATTR, type SdkTelemetry } from "../telemetry/createSdkTelemetry.js";
import type { AgonesGameServer } from "./AgonesGameServer.js";
import { createAgonesPlayers } from "./createAgonesPlayers.js";
import { createGameServerWatch } from "./createGameServerWatch.js";
import { createHealthPinger } from "./createHealthPinger.js";
import { loadAgonesSdk, type AgonesSdk, type LoadedAgonesSdk } from "./loadAgonesSdk.js";
import { sessionFromGameServer } from "./sessionFromGameServer.js";
import { requireId, requirePort, requirePositiveMs } from "../framework/validate.js";
import { gseOk } from "../protocol/gseResponse.js";

/** Agones settings of GseApp.run (`agones` option). */
export interface AgonesOptions {
  /** The SDK sidecar's gRPC port. Default: $AGONES_SDK_GRPC_PORT, else 9357 (Agones' default). */
  sdkPort?: number;
  /**
   * How often `@OnHealthCheck` is asked (and Health() pinged when healthy).
   * Default: half the GameServer's spec.health.periodSeconds, so one late
   * tick is not a missed period.
   */
  healthIntervalMs?: number;
  /**
   * The pod's terminationGracePeriodSeconds, in ms: SIGTERM's terminationTime
   * is the signal's arrival plus this. A container cannot read it, so set it
   * to the Fleet's value. Default: $GSE_AGONES_GRACE_SECONDS × 1000, else 30 000 (Kubernetes' default).
   */
  terminationGraceMs?: number;
  /** The Agones List holding player session ids. Default "players". */
  playersList?: string;
  /** The Agones Counter reportCustomData sets (count, capacity). Default "custom". */
  customCounter?: string;
  /** Prefix of the session annotations an allocation sets. Default "gse-sdk/". */
  metadataPrefix?: string;
}

/** Labels the SDK sets (Agones stores them as agones.dev/sdk-<key>). */
export const AGONES_LABELS = {
  session: "gse-session",
  playerSessionCreationPolicy: "gse-player-session-creation-policy",
} as const;

export const GRACE_ENV = "GSE_AGONES_GRACE_SECONDS";

export interface AgonesAgentOptions extends AgonesOptions {
  logger: Logger;
  /** Errors with no caller: stream failures, a refused offer. */
  report: (error: GseError) => void;
  /** How long processReady waits for the sidecar. */
  connectTimeoutMs: number;
  /** Deadline of each SDK call. */
  callTimeoutMs: number;
  /** Run the ending sequence (with terminationTime from the grace period) on SIGTERM. */
  handleSignals: boolean;
  /** For tests and benchmarks: an already loaded SDK. */
  sdk?: LoadedAgonesSdk;
  /** The same spans and metrics as the GSE agent client's, named by the GSE method. */
  telemetry?: SdkTelemetry;
}

/**
 * The GSE agent's calls over the Agones SDK, and the agent's callbacks
 * driven from Agones: the framework's runtime (createGseRuntime) runs the
 * same lifecycle state machine on either platform.
 */
export interface AgonesAgent extends AgentClient {
  /** The runtime's GameServerGrpcSdkService callbacks, which this adapter calls. */
  drive(implementation: GameServerGrpcSdkServiceImplementation): void;
}

const OK: GseResponse = gseOk();

export async function createAgonesAgent(options: AgonesAgentOptions): Promise<AgonesAgent> {
  const { logger, report } = options;
  // Validate every setting before loading anything.
  const port = String(requirePort("agones.sdkPort", options.sdkPort ?? Number(process.env["AGONES_SDK_GRPC_PORT"] || 9357), false));
  const playersList = requireId("agones.playersList", options.playersList ?? "players");
  const customCounter = requireId("agones.customCounter", options.customCounter ?? "custom");
  const prefix = requireId("agones.metadataPrefix", options.metadataPrefix ?? "gse-sdk/");
  const graceMs = requirePositiveMs("agones.terminationGraceMs", options.terminationGraceMs ?? graceFromEnv());
  if (options.healthIntervalMs !== undefined) requirePositiveMs("agones.healthIntervalMs", options.healthIntervalMs);
  const loaded = options.sdk ?? (await loadAgonesSdk());
  const sdk: AgonesSdk = loaded.create(port);

  let implementation: GameServerGrpcSdkServiceImplementation | undefined;
  let closed = false;
  let offeredUid: string | undefined;
  let session: GameServerSession | undefined;
  let active = false;
  let shutdownCall: Promise<unknown> | undefined;
  const lifetime = new AbortController();

  /** One SDK call under a deadline; every failure becomes a GseError naming the method. */
  async function sdkCall<T>(method: string, run: () => Promise<T>, timeoutMs = options.callTimeoutMs): Promise<T> {
    if (closed) throw new GseError("SERVICE_CALL_FAILED", `${method} failed: the Agones SDK client is closed`, { method });
    let timer: NodeJS.Timeout | undefined;
    // The official SDK's calls take no deadline: race one, so a stuck
    // sidecar fails the call instead of hanging the game.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new GseError("SERVICE_CALL_FAILED", `${method} failed: no answer from the Agones SDK server within ${timeoutMs} ms`, { method, grpcCode: 4 })), timeoutMs);
    });
    try {
      return await Promise.race([run(), deadline]);
    } catch (error) {
      if (error instanceof GseError) throw error;
      const grpc = error as { code?: number; details?: string; message?: string };
      throw new GseError("SERVICE_CALL_FAILED", `${method} failed on Agones: ${grpc.details || grpc.message || String(error)}`, {
        method,
        ...(typeof grpc.code === "number" && { grpcCode: grpc.code }),
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  const players = createAgonesPlayers({
    list: playersList,
    call: sdkCall,
    lists: sdk.beta,
    activeSession: () => (active && session ? session : undefined),
  });

  function context(): CallContext {
    return { signal: lifetime.signal, metadata: Metadata(), peer: "agones", header: Metadata(), sendHeader() {}, trailer: Metadata() } as unknown as CallContext;
  }

  function requireHeld(method: string, gameServerSessionId: string): void {
    if (!session || gameServerSessionId !== session.gameServerSessionId) {
      const message = session
        ? `on Agones a process hosts one session, its GameServer's ('${session.gameServerSessionId}'), not '${gameServerSessionId}'`
        : `this GameServer holds no session ('${gameServerSessionId}' was asked for)`;
      throw new GseError("BAD_REQUEST_EXCEPTION", `${method} refused (ERROR_400): ${message}`, { method, status: 1, errorMessage: message });
    }
  }

  /** Shutdown() once: the end of the session is the end of the GameServer. */
  function shutdownGameServer(): Promise<unknown> {
    shutdownCall ??= sdkCall("Shutdown", () => sdk.shutdown());
    return shutdownCall;
  }

  // --- WatchGameServer: Allocated starts the session ------------------------

  const watch = createGameServerWatch({ sdk, empty: loaded.empty, logger, report, onGameServer: (gameServer) => onGameServer(gameServer) });

  function onGameServer(gameServer: AgonesGameServer): void {
    const state = gameServer.status?.state;
    const uid = gameServer.objectMeta?.uid ?? "";
    if (state !== "Allocated" || offeredUid === uid || shutdownCall) return;
    offeredUid = uid;
    let offered: GameServerSession;
    try {
      offered = sessionFromGameServer(gameServer, { prefix, playersList });
    } catch (error) {
      report(error as GseError);
      // The allocation carried what GSE would have refused: no session, and
      // the GameServer goes so the backend sees the allocation failed.
      void shutdownGameServer().catch(report);
      return;
    }
    session = offered;
    logger.info({ gameServerSessionId: offered.gameServerSessionId, fleetId: offered.fleetId, maxPlayers: offered.maxPlayers }, "GameServer Allocated: starting a session");
    void implementation!
      .onStartGameServerSession({ gameServerSession: offered }, context())
      .then((answer) => {
        if (answer.status !== undefined && answer.status !== GseResponse_Status.OK) {
          report(new GseError("BAD_REQUEST_EXCEPTION", `the Allocated GameServer's session was refused: ${answer.errorMessage ?? ""}`));
        }
      })
      .catch((error: unknown) => report(new GseError("HANDLER_FAILED", `starting the session failed: ${(error as Error).message}`, { cause: error })));
  }

  // --- Health: ask the game, ping only when healthy ------------------------

  const health = createHealthPinger({
    sdk,
    empty: loaded.empty,
    logger,
    report,
    ask: async () => (implementation ? (await implementation.onHealthCheck({}, context())).healthStatus === true : true),
  });

  // --- SIGTERM from Kubernetes ---------------------------------------------

  const onSigterm = () => {
    const terminationTime = Math.floor((Date.now() + graceMs) / 1000);
    logger.info({ signal: "SIGTERM", terminationTime, graceMs }, "SIGTERM from Kubernetes: ending the process before the grace period");
    void implementation?.onProcessTerminate({ terminationTime }, context()).catch((error: unknown) => report(new GseError("HANDLER_FAILED", `ending on SIGTERM failed: ${(error as Error).message}`, { cause: error })));
  };

  // --- the agent calls ---------------------------------------------------------

  type Handlers = { [M in AgentMethod]: (request: AgentRequest<M>, callOptions: AgentCallOptions) => Promise<AgentResponse<M>> };
  const handlers: Handlers = {
    async processReady(request) {
      // The SDK's connect() always waits up to 30 s (a timer that holds the
      // process that long even after giving up); wait with our own deadline.
      await sdkCall(
        "Connect",
        () => new Promise<void>((resolve, reject) => sdk.client.waitForReady(Date.now() + options.connectTimeoutMs, (error) => (error ? reject(error) : resolve()))),
        options.connectTimeoutMs + 1_000,
      );
      await sdkCall("Ready", () => sdk.ready());
      const gameServer = (await sdkCall("GetGameServer", () => sdk.getGameServer())) as AgonesGameServer;
      logger.info({ clientPort: request.clientPort, gameServer: gameServer.objectMeta?.name, sdkPort: port }, "Agones Ready() acknowledged");
      if ((request.logPathsToUpload ?? []).length > 0) logger.warn({ logPaths: request.logPathsToUpload }, "logPaths have no Agones meaning (Kubernetes collects stdout/stderr); ignored");
      if (options.handleSignals) process.on("SIGTERM", onSigterm);
      health.start(gameServer.spec?.health, options.healthIntervalMs);
      watch.start();
      return OK;
    },

    async activateGameServerSession(request) {
      requireHeld("ActivateGameServerSession", request.gameServerSessionId ?? "");
      // The runtime counts the session active from here, as GSE does once it
      // received ActivateGameServerSession.
      active = true;
      // The allocation sets the players list's capacity (its ListAction's
      // capacity); the SDK does not, because the official Node SDK's
      // setListCapacity sends an empty FieldMask (it builds it as
      // new FieldMask({ Name: "capacity" }), which google-protobuf reads as
      // no paths), so the update would change nothing.
      await sdkCall("SetLabel", () => sdk.setLabel(AGONES_LABELS.session, "ACTIVE"));
      return OK;
    },

    async acceptPlayerSession(request) {
      requireHeld("AcceptPlayerSession", request.gameServerSessionId ?? "");
      await players.accept(request.playerSessionId ?? "");
      return OK;
    },

    async removePlayerSession(request) {
      requireHeld("RemovePlayerSession", request.gameServerSessionId ?? "");
      await players.remove(request.playerSessionId ?? "");
      return OK;
    },

    async describePlayerSessions(request) {
      return players.describe({
        gameServerSessionId: request.gameServerSessionId ?? "",
        playerId: request.playerId ?? "",
        playerSessionId: request.playerSessionId ?? "",
        playerSessionStatusFilter: request.playerSessionStatusFilter ?? "",
        nextToken: request.nextToken ?? "",
        limit: request.limit ?? 0,
      });
    },

    async updatePlayerSessionCreationPolicy(request) {
      requireHeld("UpdatePlayerSessionCreationPolicy", request.gameServerSessionId ?? "");
      await sdkCall("SetLabel", () => sdk.setLabel(AGONES_LABELS.playerSessionCreationPolicy, request.newPlayerSessionCreationPolicy ?? ""));
      return OK;
    },

    async terminateGameServerSession(request) {
      requireHeld("TerminateGameServerSession", request.gameServerSessionId ?? "");
      active = false;
      await shutdownGameServer();
      return OK;
    },

    async processEnding() {
      await shutdownGameServer();
      return OK;
    },

    async reportCustomData(request) {
      // Capacity first: a count above the old capacity would be refused.
      await sdkCall("UpdateCounter", () => sdk.beta.setCounterCapacity(customCounter, request.maxCustomCount ?? 0));
      await sdkCall("UpdateCounter", () => sdk.beta.setCounterCount(customCounter, request.currentCustomCount ?? 0));
      return OK;
    },
  };

  return {
    address: `localhost:${port}`,
    drive(runtime) {
      implementation = runtime;
    },
    async call(method, request, callOptions = {}) {
      const name = method.charAt(0).toUpperCase() + method.slice(1);
      if (callOptions.signal?.aborted) throw new GseError("ABORTED", `${name} was aborted`, { method: name });
      const telemetry = options.telemetry;
      const span = telemetry?.tracer.startSpan(`agones/${name}`, { kind: SpanKind.CLIENT });
      const startedHr = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        const handled = (handlers[method] as (r: typeof request, o: AgentCallOptions) => Promise<AgentResponse<typeof method>>)(request, callOptions);
        // A hard deadline from the runtime (the ending sequence's budget) bounds the whole call.
        const remaining = callOptions.deadline === undefined ? Infinity : callOptions.deadline - Date.now();
        const response = !Number.isFinite(remaining)
          ? await handled
          : await Promise.race([
              handled,
              new Promise<never>((_, reject) => {
                timer = setTimeout(() => reject(new GseError("SERVICE_CALL_FAILED", `${name} failed: its deadline passed before the Agones SDK answered`, { method: name, grpcCode: 4 })), Math.max(0, remaining));
              }),
            ]);
        record(name, "ok", 0);
        return response;
      } catch (error) {
        const failure = error as GseError;
        record(name, failure.status !== undefined ? "refused" : failure.code === "ABORTED" ? "aborted" : "failed", failure.grpcCode ?? 2, failure);
        throw error;
      } finally {
        clearTimeout(timer);
      }

      function record(rpcMethod: string, outcome: string, grpcCode: number, failure?: GseError): void {
        if (!telemetry || !span) return;
        const attributes = { [ATTR.rpcMethod]: rpcMethod, [ATTR.grpcStatusCode]: grpcCode, [ATTR.outcome]: outcome };
        telemetry.agentCalls.add(1, attributes);
        telemetry.agentCallDuration.record((performance.now() - startedHr) / 1000, attributes);
        if (span.isRecording()) span.setAttributes({ [ATTR.rpcSystem]: "grpc", [ATTR.rpcService]: "agones.dev.sdk.SDK", ...attributes });
        if (failure) span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
        span.end();
      }
    },
    close() {
      if (closed) return;
      closed = true;
      lifetime.abort(new Error("the Agones SDK client is closed"));
      process.off("SIGTERM", onSigterm);
      try {
        health.close();
        watch.close();
        sdk.close();
        // The SDK's close() leaves the alpha and beta clients' channels open.
        sdk.alpha.client.close();
        sdk.beta.client.close();
      } catch (error) {
        logger.warn({ err: error }, "closing the Agones SDK client threw");
      }
    },
  };
}

function graceFromEnv(): number {
  const seconds = Number(process.env[GRACE_ENV]);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 30_000;
}
