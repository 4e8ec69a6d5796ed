import type {
  DescribePlayerSessionsRequest,
  DescribePlayerSessionsResponse,
  GseGrpcSdkServiceImplementation,
} from "../../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";
import { gseOk } from "../../protocol/gseResponse.js";
import { isOneOf, PLAYER_SESSION_CREATION_POLICIES, PLAYER_SESSION_STATUSES } from "../../protocol/statuses.js";
import { clip } from "../../util/clip.js";
import type { GseLocalCore } from "../core/createCore.js";
import { CoreRefusal } from "../core/CoreRefusal.js";
import type { LocalPlayerSession, LocalProcess } from "../core/records.js";
import { toGrpcPlayerSession } from "../views/grpcViews.js";
import type { AgentCallContext } from "./middleware/AgentCallContext.js";

export interface AgentServiceOptions {
  /**
   * Whether a pid is a running process. ProcessReady from one that is not
   * is refused: registered, it would be ACTIVE and take a session until the
   * next liveness sweep noticed.
   */
  isRunning?(pid: number): boolean;
  /**
   * Called at ProcessReady before the process is registered: the control
   * plane places it in its fleet's instance, and refuses (CoreRefusal) a
   * client port outside the fleet's inbound permissions.
   */
  admitProcess?(pid: number, clientPort: number): void;
}

const DESCRIBE_DEFAULT_LIMIT = 50;
const DESCRIBE_MAX_LIMIT = 1000;

type Handlers = {
  [M in keyof GseGrpcSdkServiceImplementation<AgentCallContext>]: (
    ...args: Parameters<GseGrpcSdkServiceImplementation<AgentCallContext>[M]>
  ) => Awaited<ReturnType<GseGrpcSdkServiceImplementation<AgentCallContext>[M]>>;
};

/**
 * gse-local's GseGrpcSdkService: each handler checks its request's fields
 * and makes core calls, synchronously. Metadata, faults, the translation of
 * refusals and idempotency are the middleware's (createAgentServer).
 */
export function createAgentService(core: GseLocalCore, options: AgentServiceOptions = {}): GseGrpcSdkServiceImplementation<AgentCallContext> {
  return recorded(core, createHandlers(core, options));
}

/**
 * Runs each handler as one core operation that also records the call (an
 * agentCall event), so the record is delivered with the transitions the
 * call made: whoever sees a session go ACTIVE sees the call that did it.
 * Refusals go on to the refusal middleware, which answers them.
 */
function recorded(core: GseLocalCore, handlers: Handlers): GseGrpcSdkServiceImplementation<AgentCallContext> {
  const wrap = <Req, Res>(handler: (request: Req, context: AgentCallContext) => Res) =>
    async (request: Req, context: AgentCallContext): Promise<Res> =>
      core.run(() => {
        const { method, pid, requestId } = context;
        try {
          const result = handler(request, context);
          core.emit({ type: "agentCall", method, pid, requestId, ok: true, repeated: false });
          return result;
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          core.emit({ type: "agentCall", method, pid, requestId, ok: false, repeated: false, error: error instanceof CoreRefusal ? `${method}: ${detail}` : detail });
          throw error;
        }
      });
  return Object.fromEntries(Object.entries(handlers).map(([name, handler]) => [name, wrap(handler as never)])) as unknown as GseGrpcSdkServiceImplementation<AgentCallContext>;
}

function createHandlers(core: GseLocalCore, options: AgentServiceOptions): Handlers {
  // One answer for every success: the idempotency memory keeps each call's answer for minutes.
  const ok = gseOk();
  return {
    processReady(request, { pid }) {
      requirePort("clientPort", request.clientPort);
      requirePort("grpcPort", request.grpcPort);
      if (options.isRunning && !options.isRunning(pid)) {
        throw new CoreRefusal("INVALID_REQUEST", `no process with pid ${pid} is running on this host; metadata 'pid' must be the caller's own process id`);
      }
      options.admitProcess?.(pid, request.clientPort);
      core.processes.register({ pid, grpcPort: request.grpcPort, clientPort: request.clientPort, logPaths: request.logPathsToUpload });
      return ok;
    },

    activateGameServerSession(request, { pid }) {
      const process = core.processes.live(pid);
      requireText("gameServerSessionId", request.gameServerSessionId);
      if (request.maxPlayers < 0) throw new CoreRefusal("INVALID_REQUEST", `maxPlayers must be >= 0, got ${request.maxPlayers}`);
      core.gameServerSessions.activate(process, request.gameServerSessionId, request.maxPlayers);
      return ok;
    },

    acceptPlayerSession: (request, { pid }) => (playerCall(core, pid, request, core.playerSessions.accept), ok),
    removePlayerSession: (request, { pid }) => (playerCall(core, pid, request, core.playerSessions.remove), ok),

    describePlayerSessions(request, { pid }) {
      return describePlayerSessions(core, pid, request);
    },

    updatePlayerSessionCreationPolicy(request, { pid }) {
      const process = core.processes.live(pid);
      const policy = request.newPlayerSessionCreationPolicy;
      if (!isOneOf(PLAYER_SESSION_CREATION_POLICIES, policy)) {
        throw new CoreRefusal("INVALID_REQUEST", `newPlayerSessionCreationPolicy must be ACCEPT_ALL or DENY_ALL, got ${JSON.stringify(clip(policy))}`);
      }
      core.gameServerSessions.setCreationPolicy(core.gameServerSessions.own(process, request.gameServerSessionId), policy);
      return ok;
    },

    terminateGameServerSession(request, { pid }) {
      core.gameServerSessions.terminateByProcess(core.processes.live(pid), request.gameServerSessionId);
      return ok;
    },

    processEnding(_request, { pid }) {
      core.processes.terminate(core.processes.live(pid), "ProcessEnding");
      return ok;
    },

    reportCustomData(request, { pid }) {
      const process = core.processes.live(pid);
      if (request.currentCustomCount < 0 || request.maxCustomCount < 0) {
        throw new CoreRefusal(
          "INVALID_REQUEST",
          `currentCustomCount and maxCustomCount must be >= 0, got ${request.currentCustomCount} and ${request.maxCustomCount}`,
        );
      }
      core.processes.reportCustomData(process, request.currentCustomCount, request.maxCustomCount);
      return ok;
    },
  };
}

/** AcceptPlayerSession and RemovePlayerSession: the same fields, one core call. */
function playerCall(
  core: GseLocalCore,
  pid: number,
  request: { gameServerSessionId: string; playerSessionId: string },
  call: (process: LocalProcess, gameServerSessionId: string, playerSessionId: string) => unknown,
): void {
  const process = core.processes.live(pid);
  requireText("gameServerSessionId", request.gameServerSessionId);
  requireText("playerSessionId", request.playerSessionId);
  call(process, request.gameServerSessionId, request.playerSessionId);
}

function requirePort(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new CoreRefusal("INVALID_REQUEST", `${field} must be a port from 1 to 65535, got ${value}`);
}

function requireText(field: string, value: string): void {
  if (value === "") throw new CoreRefusal("INVALID_REQUEST", `${field} is required`);
}

/** Player sessions of the caller's own sessions only, paged by an offset token. */
function describePlayerSessions(core: GseLocalCore, pid: number, request: DescribePlayerSessionsRequest): DescribePlayerSessionsResponse {
  const process = core.processes.live(pid);
  const { gameServerSessionId, playerId, playerSessionId, playerSessionStatusFilter: status } = request;
  if (status !== "" && !isOneOf(PLAYER_SESSION_STATUSES, status)) {
    throw new CoreRefusal("INVALID_REQUEST", `playerSessionStatusFilter must be ${PLAYER_SESSION_STATUSES.join(", ").replace(/, (\w+)$/, " or $1")}, got ${JSON.stringify(clip(status))}`);
  }
  if (gameServerSessionId === "" && playerId === "" && playerSessionId === "") {
    throw new CoreRefusal("INVALID_REQUEST", "one of gameServerSessionId, playerId or playerSessionId is required");
  }
  if (request.limit < 0 || request.limit > DESCRIBE_MAX_LIMIT) {
    throw new CoreRefusal("INVALID_REQUEST", `limit must be from 0 to ${DESCRIBE_MAX_LIMIT}, got ${request.limit}`);
  }
  const offset = request.nextToken === "" ? 0 : Number(request.nextToken);
  if (!Number.isInteger(offset) || offset < 0) throw new CoreRefusal("INVALID_REQUEST", `nextToken ${JSON.stringify(clip(request.nextToken))} is not one this agent gave out`);
  if (gameServerSessionId !== "") core.gameServerSessions.own(process, gameServerSessionId);

  const matches: LocalPlayerSession[] = [];
  for (const player of core.tables.playerSessions.values()) {
    if (core.tables.gameServerSessions.get(player.gameServerSessionId)?.pid !== process.pid) continue;
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
