import { ServerError, Status, type CallContext } from "nice-grpc";
import {
  GseResponse_Status,
  type GseResponse,
} from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import {
  GseGrpcSdkServiceDefinition,
  type DescribePlayerSessionsRequest,
  type DescribePlayerSessionsResponse,
  type GseGrpcSdkServiceImplementation,
  type PlayerSession,
} from "../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";
import { AgentRefusal } from "./AgentRefusal.js";
import { clip } from "./clip.js";
import type { FaultInjector } from "./createFaultInjector.js";
import type { LocalStore } from "./createLocalStore.js";
import type { LocalPlayerSession, LocalProcess } from "./localModels.js";

export interface AgentServiceHooks {
  /** A process registered (or re-announced): start health checks, place queued work. */
  onProcessReady(process: LocalProcess, reannounced: boolean): void;
  /** A process no longer holds a session: it can take queued placements. */
  onProcessFree(process: LocalProcess): void;
  /**
   * Whether a pid is a running process. ProcessReady from one that is not
   * is refused: registered, it would be ACTIVE and take a session until the
   * next liveness sweep noticed.
   */
  isRunning?(pid: number): boolean;
}

export interface AgentServiceOptions {
  /** Fault rules consulted on every call that carries valid metadata. */
  faults?: FaultInjector;
}

const OK: GseResponse = { status: GseResponse_Status.OK, responseData: "", errorMessage: "" };
/** Answers kept for repeated requestIds; the oldest are forgotten first. */
const IDEMPOTENCY_CACHE_SIZE = 10_000;
const DESCRIBE_DEFAULT_LIMIT = 50;
const DESCRIBE_MAX_LIMIT = 1000;

/** Marks a request whose bytes did not decode, with the decoder's complaint. */
const MALFORMED = Symbol("gse-local malformed request");

/**
 * GseGrpcSdkService's definition with a decoder that never throws. grpc-js
 * answers a request it cannot decode with INTERNAL ("Error deserializing
 * request"), which reads as a bug in the agent; the bytes are the caller's
 * fault, so the handler answers INVALID_ARGUMENT naming the message instead.
 */
export const AGENT_SERVICE_DEFINITION: typeof GseGrpcSdkServiceDefinition = {
  ...GseGrpcSdkServiceDefinition,
  methods: Object.fromEntries(
    Object.entries(GseGrpcSdkServiceDefinition.methods).map(([key, method]) => {
      const type = method.requestType as { decode(input: Uint8Array, length?: number): object; fromPartial(value: object): object };
      const decode = (input: Uint8Array, length?: number): object => {
        try {
          return type.decode(input, length);
        } catch (error) {
          return { ...type.fromPartial({}), [MALFORMED]: error instanceof Error ? error.message : String(error) };
        }
      };
      return [key, { ...method, requestType: { ...method.requestType, decode } }];
    }),
  ) as unknown as typeof GseGrpcSdkServiceDefinition.methods,
};

/**
 * gse-local's GseGrpcSdkService: what game processes call. Every call needs
 * `pid` and `requestId` metadata; a repeated requestId from the same pid for
 * the same method gets the first answer again and changes nothing.
 */
export function createAgentService(store: LocalStore, hooks: AgentServiceHooks, options: AgentServiceOptions = {}): GseGrpcSdkServiceImplementation {
  const answers = new Map<string, Promise<unknown>>();
  const { faults } = options;

  function handle<Req, Res>(method: string, run: (process: number, request: Req) => Res, asGseResponse: boolean) {
    return async (request: Req, context: CallContext): Promise<Res> => {
      const startedAt = performance.now();
      const took = () => performance.now() - startedAt;
      const malformed = (request as { [MALFORMED]?: string })[MALFORMED];
      if (malformed !== undefined) {
        const error = `the request is not a valid ${method}Request message: ${malformed}`;
        store.emit({ type: "agentCall", method, pid: undefined, requestId: context.metadata.get("requestid"), ok: false, repeated: false, error, code: "INVALID_ARGUMENT", durationMs: took() });
        throw new ServerError(Status.INVALID_ARGUMENT, `${method}: ${error}`);
      }
      const pidText = context.metadata.get("pid");
      const requestId = context.metadata.get("requestid");
      const pid = pidText !== undefined && /^[1-9]\d{0,9}$/.test(pidText) ? Number(pidText) : undefined;
      if (pid === undefined || requestId === undefined || requestId === "") {
        const missing = pid === undefined ? `metadata 'pid' must be the caller's process id, got ${pidText === undefined ? "none" : JSON.stringify(clip(pidText))}` : "metadata 'requestId' is required (a unique id per request, such as a UUID)";
        store.emit({ type: "agentCall", method, pid, requestId, ok: false, repeated: false, error: missing, code: "INVALID_ARGUMENT", durationMs: took() });
        throw new ServerError(Status.INVALID_ARGUMENT, `${method}: ${missing}`);
      }
      const fault = faults?.take(method, pid, requestId);
      if (fault) {
        const injected = `${method}: fault injected by gse-local`;
        switch (fault.action) {
          case "fail":
            throw new ServerError(Status[fault.code], fault.message ?? `${injected} (${fault.code})`);
          case "refuse": {
            const message = fault.message ?? `${injected} (refused with ${fault.status})`;
            if (!asGseResponse) throw new ServerError(Status.FAILED_PRECONDITION, message);
            return { status: GseResponse_Status[fault.status], responseData: "", errorMessage: message } as Res;
          }
          case "drop":
            // Never answered: the caller's deadline or cancellation, a
            // restart or close() ends the wait, and nobody reads this reply.
            await faults!.hold(context.signal);
            throw new ServerError(Status.CANCELLED, `${injected} (dropped)`);
          case "delay":
            // The caller's giving up does not stop the call (a slow network
            // would not either); a restart or close() does: that agent is gone.
            if (!(await faults!.sleep(fault.ms))) throw new ServerError(Status.UNAVAILABLE, `${method}: the agent restarted while the call was delayed`);
            break;
        }
      }
      // The method is part of the key: a requestId reused for another method
      // is another request, and its cached answer would not even fit the
      // other method's reply type.
      const key = `${method}\u0000${pid}\u0000${requestId}`;
      const earlier = answers.get(key);
      if (earlier) {
        store.emit({ type: "agentCall", method, pid, requestId, ok: true, repeated: true, code: "OK", durationMs: took() });
        return (await earlier) as Res;
      }
      const answer = (async () => {
        try {
          const result = run(pid, request);
          store.emit({ type: "agentCall", method, pid, requestId, ok: true, repeated: false, code: "OK", durationMs: took() });
          return result;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const code = !(error instanceof AgentRefusal) ? "INTERNAL" : asGseResponse ? GseResponse_Status[error.status] : "FAILED_PRECONDITION";
          store.emit({ type: "agentCall", method, pid, requestId, ok: false, repeated: false, error: message, code, durationMs: took() });
          if (!(error instanceof AgentRefusal)) throw new ServerError(Status.INTERNAL, `${method}: ${message}`);
          if (asGseResponse) return { status: error.status, responseData: "", errorMessage: error.message } as Res;
          throw new ServerError(Status.FAILED_PRECONDITION, error.message);
        }
      })();
      answers.set(key, answer);
      if (answers.size > IDEMPOTENCY_CACHE_SIZE) answers.delete(answers.keys().next().value!);
      return answer;
    };
  }

  const gse = <Req>(method: string, run: (pid: number, request: Req) => void) =>
    handle<Req, GseResponse>(method, (pid, request) => {
      run(pid, request);
      return OK;
    }, true);

  return {
    processReady: gse("ProcessReady", (pid, request) => {
      requirePort("ProcessReady", "clientPort", request.clientPort);
      requirePort("ProcessReady", "grpcPort", request.grpcPort);
      if (hooks.isRunning && !hooks.isRunning(pid)) {
        throw new AgentRefusal(`ProcessReady: no process with pid ${pid} is running on this host; metadata 'pid' must be the caller's own process id`);
      }
      const { process, reannounced } = store.registerProcess({
        pid,
        grpcPort: request.grpcPort,
        clientPort: request.clientPort,
        logPaths: request.logPathsToUpload,
        cwd: undefined,
      });
      hooks.onProcessReady(process, reannounced);
    }),

    activateGameServerSession: gse("ActivateGameServerSession", (pid, request) => {
      const process = store.liveProcess(pid, "ActivateGameServerSession");
      requireText("ActivateGameServerSession", "gameServerSessionId", request.gameServerSessionId);
      if (request.maxPlayers < 0) throw new AgentRefusal(`ActivateGameServerSession: maxPlayers must be >= 0, got ${request.maxPlayers}`);
      store.activateSession(process, request.gameServerSessionId, request.maxPlayers);
    }),

    acceptPlayerSession: gse("AcceptPlayerSession", (pid, request) => {
      const process = store.liveProcess(pid, "AcceptPlayerSession");
      requireText("AcceptPlayerSession", "gameServerSessionId", request.gameServerSessionId);
      requireText("AcceptPlayerSession", "playerSessionId", request.playerSessionId);
      store.acceptPlayer(process, request.gameServerSessionId, request.playerSessionId);
    }),

    removePlayerSession: gse("RemovePlayerSession", (pid, request) => {
      const process = store.liveProcess(pid, "RemovePlayerSession");
      requireText("RemovePlayerSession", "gameServerSessionId", request.gameServerSessionId);
      requireText("RemovePlayerSession", "playerSessionId", request.playerSessionId);
      store.removePlayer(process, request.gameServerSessionId, request.playerSessionId);
    }),

    describePlayerSessions: handle<DescribePlayerSessionsRequest, DescribePlayerSessionsResponse>(
      "DescribePlayerSessions",
      (pid, request) => describePlayerSessions(store, store.liveProcess(pid, "DescribePlayerSessions"), request),
      false,
    ),

    updatePlayerSessionCreationPolicy: gse("UpdatePlayerSessionCreationPolicy", (pid, request) => {
      const process = store.liveProcess(pid, "UpdatePlayerSessionCreationPolicy");
      const policy = request.newPlayerSessionCreationPolicy;
      if (policy !== "ACCEPT_ALL" && policy !== "DENY_ALL") {
        throw new AgentRefusal(`UpdatePlayerSessionCreationPolicy: newPlayerSessionCreationPolicy must be ACCEPT_ALL or DENY_ALL, got ${JSON.stringify(clip(policy))}`);
      }
      const session = store.ownSession(process, request.gameServerSessionId, "UpdatePlayerSessionCreationPolicy");
      store.updateSession(session, { playerSessionCreationPolicy: policy });
    }),

    terminateGameServerSession: gse("TerminateGameServerSession", (pid, request) => {
      const process = store.liveProcess(pid, "TerminateGameServerSession");
      const session = store.ownSession(process, request.gameServerSessionId, "TerminateGameServerSession");
      if (session.status === "TERMINATED" || (session.status === "ERROR" && process.gameServerSessionId !== session.gameServerSessionId)) {
        throw new AgentRefusal(`TerminateGameServerSession: game server session '${session.gameServerSessionId}' is already TERMINATED`);
      }
      store.endSession(session, "TERMINATED", "TerminateGameServerSession");
      if (process.status === "ACTIVE" && process.gameServerSessionId === undefined) hooks.onProcessFree(process);
    }),

    processEnding: gse("ProcessEnding", (pid) => {
      const process = store.liveProcess(pid, "ProcessEnding");
      store.terminateProcess(process, "ProcessEnding");
    }),

    reportCustomData: gse("ReportCustomData", (pid, request) => {
      const process = store.liveProcess(pid, "ReportCustomData");
      if (request.currentCustomCount < 0 || request.maxCustomCount < 0) {
        throw new AgentRefusal(`ReportCustomData: currentCustomCount and maxCustomCount must be >= 0, got ${request.currentCustomCount} and ${request.maxCustomCount}`);
      }
      store.reportCustomData(process, request.currentCustomCount, request.maxCustomCount);
    }),
  };
}

function requirePort(method: string, field: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new AgentRefusal(`${method}: ${field} must be a port from 1 to 65535, got ${value}`);
  }
}

function requireText(method: string, field: string, value: string): void {
  if (value === "") throw new AgentRefusal(`${method}: ${field} is required`);
}

/** Player sessions of the caller's own sessions only, paged by an offset token. */
function describePlayerSessions(store: LocalStore, process: LocalProcess, request: DescribePlayerSessionsRequest): DescribePlayerSessionsResponse {
  const { gameServerSessionId, playerId, playerSessionId, playerSessionStatusFilter: status } = request;
  if (status !== "" && !["RESERVED", "ACTIVE", "COMPLETED", "TIMEDOUT"].includes(status)) {
    throw new AgentRefusal(`DescribePlayerSessions: playerSessionStatusFilter must be RESERVED, ACTIVE, COMPLETED or TIMEDOUT, got ${JSON.stringify(clip(status))}`);
  }
  if (gameServerSessionId === "" && playerId === "" && playerSessionId === "") {
    throw new AgentRefusal("DescribePlayerSessions: one of gameServerSessionId, playerId or playerSessionId is required");
  }
  if (request.limit < 0 || request.limit > DESCRIBE_MAX_LIMIT) {
    throw new AgentRefusal(`DescribePlayerSessions: limit must be from 0 to ${DESCRIBE_MAX_LIMIT}, got ${request.limit}`);
  }
  const offset = request.nextToken === "" ? 0 : Number(request.nextToken);
  if (!Number.isInteger(offset) || offset < 0) throw new AgentRefusal(`DescribePlayerSessions: nextToken ${JSON.stringify(clip(request.nextToken))} is not one this agent gave out`);
  if (gameServerSessionId !== "") store.ownSession(process, gameServerSessionId, "DescribePlayerSessions");

  const matches: LocalPlayerSession[] = [];
  for (const player of store.playerSessions.values()) {
    if (store.sessions.get(player.gameServerSessionId)?.pid !== process.pid) continue;
    if (gameServerSessionId !== "" && player.gameServerSessionId !== gameServerSessionId) continue;
    if (playerId !== "" && player.playerId !== playerId) continue;
    if (playerSessionId !== "" && player.playerSessionId !== playerSessionId) continue;
    if (status !== "" && player.status !== status) continue;
    matches.push(player);
  }
  const limit = request.limit === 0 ? DESCRIBE_DEFAULT_LIMIT : request.limit;
  const page = matches.slice(offset, offset + limit);
  return {
    nextToken: offset + limit < matches.length ? String(offset + limit) : "",
    playerSessions: page.map(toGrpcPlayerSession),
  };
}

function toGrpcPlayerSession(player: LocalPlayerSession): PlayerSession {
  return {
    playerSessionId: player.playerSessionId,
    playerId: player.playerId,
    gameServerSessionId: player.gameServerSessionId,
    fleetId: player.fleetId,
    ipAddress: player.ipAddress,
    status: player.status,
    creationTime: Math.floor(player.creationTime / 1000),
    terminationTime: player.terminationTime === undefined ? 0 : Math.floor(player.terminationTime / 1000),
    port: player.port,
    playerData: player.playerData,
    dnsName: "",
  };
}
