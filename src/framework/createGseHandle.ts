import type { DescribePlayerSessionsRequest, PlayerSession } from "../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";
import { GseError } from "../errors/GseError.js";
import { PLAYER_SESSION_CREATION_POLICIES, PLAYER_SESSION_STATUSES } from "../protocol/statuses.js";
import type { Gse, PlayerSessionFilter } from "./Gse.js";
import type { EndingSequence } from "./createEndingSequence.js";
import type { RuntimeContext } from "./createRuntimeContext.js";
import type { SessionLifecycle } from "./createSessionLifecycle.js";
import { sessionOf } from "./lifecycle.js";
import { requireCount, requireId, requireOneOf } from "./validate.js";

/** The Gse handle the game holds: its session, and the calls it makes to the agent. */
export function createGseHandle(ctx: RuntimeContext, sessions: SessionLifecycle, ending: EndingSequence): Gse {
  const { agent } = ctx;

  function currentSessionId(field: string, explicit: string | undefined): string {
    if (explicit !== undefined) return requireId(field, explicit);
    const session = sessionOf(ctx.state);
    if (!session) {
      throw new GseError(
        "GAME_SERVER_SESSION_NOT_READY",
        `no game server session is held by this process (${ctx.state.phase}); pass ${field} or call this while a session is active`,
        { field },
      );
    }
    return session.gameServerSessionId;
  }

  function describeRequest(filter: PlayerSessionFilter): DescribePlayerSessionsRequest {
    const byPlayer = filter.playerId !== undefined || filter.playerSessionId !== undefined;
    const gameServerSessionId =
      filter.gameServerSessionId !== undefined || !byPlayer || sessionOf(ctx.state)
        ? currentSessionId("gameServerSessionId", filter.gameServerSessionId)
        : "";
    return {
      gameServerSessionId,
      playerId: filter.playerId === undefined ? "" : requireId("playerId", filter.playerId),
      playerSessionId: filter.playerSessionId === undefined ? "" : requireId("playerSessionId", filter.playerSessionId),
      playerSessionStatusFilter:
        filter.playerSessionStatusFilter === undefined
          ? ""
          : requireOneOf("playerSessionStatusFilter", filter.playerSessionStatusFilter, PLAYER_SESSION_STATUSES),
      nextToken: filter.nextToken ?? "",
      limit: filter.limit === undefined ? 0 : requireCount("limit", filter.limit),
    };
  }

  return {
    get session() {
      return sessionOf(ctx.state);
    },
    get phase() {
      return ctx.state.phase;
    },
    get terminationTime() {
      return ending.terminationTime;
    },
    get grpcPort() {
      return ctx.attachment.grpcPort;
    },

    activateGameServerSession(callOptions = {}) {
      try {
        const id = currentSessionId("gameServerSessionId", callOptions.gameServerSessionId);
        const session = sessionOf(ctx.state);
        const maxPlayers = requireCount("maxPlayers", callOptions.maxPlayers ?? session?.maxPlayers ?? 0);
        return sessions.activate(id, maxPlayers, callOptions);
      } catch (error) {
        return Promise.reject(error);
      }
    },

    async acceptPlayerSession(playerSessionId, callOptions = {}) {
      const id = requireId("playerSessionId", playerSessionId);
      const gameServerSessionId = currentSessionId("gameServerSessionId", callOptions.gameServerSessionId);
      return agent.call("acceptPlayerSession", { gameServerSessionId, playerSessionId: id }, callOptions);
    },

    async removePlayerSession(playerSessionId, callOptions = {}) {
      const id = requireId("playerSessionId", playerSessionId);
      const gameServerSessionId = currentSessionId("gameServerSessionId", callOptions.gameServerSessionId);
      return agent.call("removePlayerSession", { gameServerSessionId, playerSessionId: id }, callOptions);
    },

    async describePlayerSessions(filter = {}, callOptions = {}) {
      return agent.call("describePlayerSessions", describeRequest(filter), callOptions);
    },

    async *allPlayerSessions(filter = {}, callOptions = {}): AsyncIterableIterator<PlayerSession> {
      let nextToken = "";
      do {
        const page = await agent.call("describePlayerSessions", { ...describeRequest(filter), nextToken }, callOptions);
        yield* page.playerSessions;
        nextToken = page.nextToken;
      } while (nextToken !== "");
    },

    async updatePlayerSessionCreationPolicy(policy, callOptions = {}) {
      const newPlayerSessionCreationPolicy = requireOneOf("policy", policy, PLAYER_SESSION_CREATION_POLICIES);
      const gameServerSessionId = currentSessionId("gameServerSessionId", callOptions.gameServerSessionId);
      return agent.call("updatePlayerSessionCreationPolicy", { gameServerSessionId, newPlayerSessionCreationPolicy }, callOptions);
    },

    async terminateGameServerSession(callOptions = {}) {
      const gameServerSessionId = currentSessionId("gameServerSessionId", callOptions.gameServerSessionId);
      // Leave the state first so the ending sequence, if it starts meanwhile,
      // does not terminate the same session a second time.
      ctx.apply({ type: "sessionEnded", gameServerSessionId });
      return ctx.enqueue(() => agent.call("terminateGameServerSession", { gameServerSessionId }, callOptions));
    },

    async processEnding(callOptions = {}) {
      return ending.sendProcessEnding(callOptions);
    },

    async reportCustomData(currentCustomCount, maxCustomCount, callOptions = {}) {
      const current = requireCount("currentCustomCount", currentCustomCount);
      const max = requireCount("maxCustomCount", maxCustomCount);
      return agent.call("reportCustomData", { currentCustomCount: current, maxCustomCount: max }, callOptions);
    },

    eventLoopLag() {
      return ctx.loopLag.read();
    },

    shutdown() {
      return ending.end("shutdown");
    },
  };
}
