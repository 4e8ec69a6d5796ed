import { clip } from "./clip.js";
import { CloudApiError } from "./cloud/CloudApiError.js";
import type {
  CloudActionName,
  CloudResponses,
  GameServerSession,
  GameServerSessionPlacement,
  PlayerSession,
} from "./cloud/cloudModels.js";
import type { CloudDispatch } from "./cloud/createCloudApiHandler.js";
import { parseFilterExpression, parseSortExpression, type SearchableSession } from "./cloud/searchExpression.js";
import { isCloudAction, validateCloudRequest } from "./cloud/validateCloudRequest.js";
import type { LocalStore } from "./createLocalStore.js";
import type { LocalGameServerSession, LocalPlacement, LocalPlayerSession, LocalProcess } from "./localModels.js";

/** What cloud actions need from the running agent beyond the store. */
export interface CloudEffects {
  /** Hand a new ACTIVATING session to its process (OnStartGameServerSession). */
  startSession(session: LocalGameServerSession): void;
  /** Time a new reservation out if the game does not accept it. */
  reservationMade(player: LocalPlayerSession): void;
  /** Try to place pending placements now. */
  placeQueued(): void;
  /** Arm the timeout of a new pending placement. */
  placementQueued(placement: LocalPlacement): void;
  /** OnProcessTerminate to the process, and end it at its termination time. */
  terminateProcess(process: LocalProcess, reason: string, terminationDelayMs?: number): void;
  /** Where the session's process's log files are served. */
  logUrl(session: LocalGameServerSession): string;
  /** Local-only: the registered processes. */
  describeProcesses(): Record<string, unknown>[];
}

export interface CloudActionsOptions {
  /** The fleet an AliasId resolves to. */
  fleetId: string;
}

const DEFAULT_PAGE = 100;

/** Local-only actions, for rehearsing what the cloud does on its own. */
export const LOCAL_ACTIONS = ["LocalDescribeProcesses", "LocalTerminateProcess"] as const;

/**
 * The cloud API actions, over the store: each validates its request, makes
 * its transition, and answers in the API's own shapes.
 */
export function createCloudActions(store: LocalStore, effects: CloudEffects, options: CloudActionsOptions): CloudDispatch {
  const fleetOf = (request: { FleetId?: string; AliasId?: string }): string | undefined => {
    if (request.FleetId !== undefined) {
      if (!/^fleet-\S+$/.test(request.FleetId)) {
        throw new CloudApiError("InvalidParameterValue", `FleetId '${clip(request.FleetId)}' is not a fleet id: it must match ^fleet-\\S+ (any such id is accepted locally).`);
      }
      return request.FleetId;
    }
    if (request.AliasId !== undefined) {
      if (!/^alias-\S+$/.test(request.AliasId)) {
        throw new CloudApiError("InvalidParameterValue", `AliasId '${clip(request.AliasId)}' is not an alias id: it must match ^alias-\\S+.`);
      }
      return options.fleetId;
    }
    return undefined;
  };

  const view = {
    session: (s: LocalGameServerSession): GameServerSession => toCloudSession(store, s),
    player: (p: LocalPlayerSession): PlayerSession => toCloudPlayer(p),
  };

  const actions: { [A in CloudActionName]: (params: Record<string, unknown>) => Omit<CloudResponses[A], "RequestId"> } = {
    CreateGameServerSession(params) {
      const request = validateCloudRequest("CreateGameServerSession", params);
      const fleetId = fleetOf(request) ?? options.fleetId;
      const earlier = request.IdempotencyToken ? store.sessionByIdempotencyToken(request.IdempotencyToken) : undefined;
      if (earlier) return { GameServerSession: view.session(earlier) };
      const session = store.createSession({
        fleetId,
        maximumPlayerSessionCount: request.MaximumPlayerSessionCount,
        ...(request.Name !== undefined && { name: request.Name }),
        ...(request.CreatorId !== undefined && { creatorId: request.CreatorId }),
        ...(request.GameProperties !== undefined && { gameProperties: request.GameProperties }),
        ...(request.GameServerSessionData !== undefined && { gameServerSessionData: request.GameServerSessionData }),
        ...(request.GameServerSessionId !== undefined && { gameServerSessionId: request.GameServerSessionId }),
        ...(request.IdempotencyToken !== undefined && { idempotencyToken: request.IdempotencyToken }),
      });
      effects.startSession(session);
      return { GameServerSession: view.session(session) };
    },

    DescribeGameServerSessions(params) {
      const request = validateCloudRequest("DescribeGameServerSessions", params);
      const { items, next } = page(describeSessions(store, request, fleetOf(request)), request.Limit, request.NextToken);
      return { GameServerSessions: items.map(view.session), NextToken: next };
    },

    DescribeGameServerSessionDetails(params) {
      const request = validateCloudRequest("DescribeGameServerSessionDetails", params);
      const { items, next } = page(describeSessions(store, request, fleetOf(request)), request.Limit, request.NextToken);
      return {
        GameServerSessionDetails: items.map((s) => ({ GameServerSession: view.session(s), ProtectionPolicy: s.protectionPolicy })),
        NextToken: next,
      };
    },

    SearchGameServerSessions(params) {
      const request = validateCloudRequest("SearchGameServerSessions", params);
      const fleetId = fleetOf(request);
      if (fleetId === undefined) throw new CloudApiError("MissingParameter", "The request is missing a required parameter 'FleetId' or 'AliasId'.");
      const filter = request.FilterExpression ? parseFilterExpression(request.FilterExpression) : undefined;
      const compare = request.SortExpression ? parseSortExpression(request.SortExpression) : undefined;
      let found = [...store.sessions.values()]
        .filter((s) => s.fleetId === fleetId && s.status === "ACTIVE")
        .map((s) => ({ session: s, searchable: searchable(store, s) }))
        .filter((s) => !filter || filter.matches(s.searchable));
      if (compare) found = found.sort((a, b) => compare(a.searchable, b.searchable));
      const { items, next } = page(found.map((f) => f.session), request.Limit, request.NextToken);
      return { GameServerSessions: items.map(view.session), NextToken: next };
    },

    UpdateGameServerSession(params) {
      const request = validateCloudRequest("UpdateGameServerSession", params);
      const session = store.requireSession(request.GameServerSessionId);
      if (!store.isLive(session)) {
        throw new CloudApiError("FailedOperation", `Game server session '${session.gameServerSessionId}' is ${session.status}; only a live session can be updated.`);
      }
      // Lowering the maximum under the players already in would leave the
      // session over-full (CurrentPlayerSessionCount > Maximum...): refused.
      const open = store.openPlayerCount(session);
      if (request.MaximumPlayerSessionCount !== undefined && request.MaximumPlayerSessionCount < open) {
        throw new CloudApiError(
          "FailedOperation",
          `MaximumPlayerSessionCount ${request.MaximumPlayerSessionCount} is below the ${open} player sessions RESERVED or ACTIVE in game server session '${session.gameServerSessionId}'; remove players first.`,
        );
      }
      store.updateSession(session, {
        ...(request.MaximumPlayerSessionCount !== undefined && { maximumPlayerSessionCount: request.MaximumPlayerSessionCount }),
        ...(request.Name !== undefined && { name: request.Name }),
        ...(request.PlayerSessionCreationPolicy !== undefined && { playerSessionCreationPolicy: request.PlayerSessionCreationPolicy }),
        ...(request.ProtectionPolicy !== undefined && { protectionPolicy: request.ProtectionPolicy }),
      });
      return { GameServerSession: view.session(session) };
    },

    JoinGameServerSession(params) {
      const request = validateCloudRequest("JoinGameServerSession", params);
      const session = store.requireSession(request.GameServerSessionId);
      const [player] = store.join(session, [{ playerId: request.PlayerId, ...(request.PlayerData !== undefined && { playerData: request.PlayerData }) }]);
      effects.reservationMade(player!);
      return { PlayerSession: view.player(player!) };
    },

    JoinGameServerSessionBatch(params) {
      const request = validateCloudRequest("JoinGameServerSessionBatch", params);
      const session = store.requireSession(request.GameServerSessionId);
      if (new Set(request.PlayerIds).size !== request.PlayerIds.length) {
        throw new CloudApiError("InvalidParameterValue", "PlayerIds must not repeat a player id.");
      }
      const data = playerDataMap(request.PlayerDataMap);
      const players = store.join(
        session,
        request.PlayerIds.map((playerId) => ({ playerId, ...(data.has(playerId) && { playerData: data.get(playerId)! }) })),
      );
      players.forEach((p) => effects.reservationMade(p));
      return { PlayerSessions: players.map(view.player) };
    },

    DescribePlayerSessions(params) {
      const request = validateCloudRequest("DescribePlayerSessions", params);
      if (request.GameServerSessionId === undefined && request.PlayerId === undefined && request.PlayerSessionId === undefined) {
        throw new CloudApiError("MissingParameter", "The request is missing a required parameter: one of 'GameServerSessionId', 'PlayerId' or 'PlayerSessionId'.");
      }
      let players: LocalPlayerSession[];
      if (request.GameServerSessionId !== undefined) {
        const session = store.requireSession(request.GameServerSessionId);
        players = session.playerSessionIds.map((id) => store.playerSessions.get(id)!);
      } else {
        players = [...store.playerSessions.values()];
      }
      players = players.filter(
        (p) =>
          (request.PlayerId === undefined || p.playerId === request.PlayerId) &&
          (request.PlayerSessionId === undefined || p.playerSessionId === request.PlayerSessionId) &&
          (request.PlayerSessionStatusFilter === undefined || p.status === request.PlayerSessionStatusFilter),
      );
      const { items, next } = page(players, request.Limit, request.NextToken);
      return { PlayerSessions: items.map(view.player), NextToken: next };
    },

    StartGameServerSessionPlacement(params) {
      const request = validateCloudRequest("StartGameServerSessionPlacement", params);
      const placement: LocalPlacement = {
        placementId: request.PlacementId,
        queueName: request.GameServerSessionQueueName,
        status: "PENDING",
        maximumPlayerSessionCount: request.MaximumPlayerSessionCount,
        gameProperties: request.GameProperties ?? [],
        gameServerSessionName: request.GameServerSessionName ?? "",
        gameServerSessionData: request.GameServerSessionData ?? "",
        desiredPlayerSessions: request.DesiredPlayerSessions ?? [],
        playerLatencies: request.PlayerLatencies ?? [],
        startTime: Date.now(),
        endTime: undefined,
        gameServerSessionId: undefined,
        placedPlayerSessions: [],
        triedPids: new Set(),
      };
      if (placement.desiredPlayerSessions.length > placement.maximumPlayerSessionCount) {
        throw new CloudApiError(
          "InvalidParameterValue",
          `DesiredPlayerSessions has ${placement.desiredPlayerSessions.length} players, more than MaximumPlayerSessionCount ${placement.maximumPlayerSessionCount}.`,
        );
      }
      store.addPlacement(placement);
      effects.placementQueued(placement);
      effects.placeQueued();
      return { GameServerSessionPlacement: toCloudPlacement(store, placement) };
    },

    DescribeGameServerSessionPlacement(params) {
      const request = validateCloudRequest("DescribeGameServerSessionPlacement", params);
      return { GameServerSessionPlacement: toCloudPlacement(store, store.requirePlacement(request.PlacementId)) };
    },

    StopGameServerSessionPlacement(params) {
      const request = validateCloudRequest("StopGameServerSessionPlacement", params);
      const placement = store.requirePlacement(request.PlacementId);
      if (placement.status !== "PENDING") {
        throw new CloudApiError("FailedOperation", `Placement '${placement.placementId}' is ${placement.status}; only a PENDING placement can be stopped.`);
      }
      store.setPlacementStatus(placement, "CANCELLED");
      return { GameServerSessionPlacement: toCloudPlacement(store, placement) };
    },

    GetGameServerSessionLogUrl(params) {
      const request = validateCloudRequest("GetGameServerSessionLogUrl", params);
      return { PreSignedUrl: effects.logUrl(store.requireSession(request.GameServerSessionId)) };
    },

    EndGameServerSessionAndProcess(params) {
      const request = validateCloudRequest("EndGameServerSessionAndProcess", params);
      let process: LocalProcess | undefined;
      if (request.GameServerSessionId !== undefined) {
        process = store.processes.get(store.requireSession(request.GameServerSessionId).pid);
      } else if (request.IpAddress !== undefined && request.Port !== undefined) {
        process = [...store.processes.values()].find((p) => p.clientPort === request.Port && p.status !== "TERMINATED");
        if (!process) throw new CloudApiError("ResourceNotFound", `No live game server process listens on ${request.IpAddress}:${request.Port}.`);
      } else {
        throw new CloudApiError("MissingParameter", "The request is missing a required parameter: 'GameServerSessionId', or 'IpAddress' with 'Port'.");
      }
      if (!process || process.status === "TERMINATED") {
        throw new CloudApiError("FailedOperation", "The game server process of that session has already ended.");
      }
      effects.terminateProcess(process, "EndGameServerSessionAndProcess");
      return {};
    },
  };

  return (action, params) => {
    if (action === "LocalDescribeProcesses") return { Processes: effects.describeProcesses() };
    if (action === "LocalTerminateProcess") return localTerminateProcess(store, effects, params);
    if (!isCloudAction(action)) {
      throw new CloudApiError("InvalidAction", `The action '${action}' does not exist in gse 2019-11-12 or is not served by gse-local.`);
    }
    return actions[action](params);
  };
}

/** LocalTerminateProcess {Pid, TerminationDelaySeconds?}: rehearse scale-in or a health failure. */
function localTerminateProcess(store: LocalStore, effects: CloudEffects, params: Record<string, unknown>): Record<string, unknown> {
  const pid = localNumber(params, "Pid");
  if (pid === undefined) throw new CloudApiError("MissingParameter", "The request is missing a required parameter 'Pid'.");
  if (!Number.isSafeInteger(pid) || pid <= 0) throw new CloudApiError("InvalidParameterValue", `The parameter 'Pid' must be a positive integer, got ${pid}.`);
  const delay = localNumber(params, "TerminationDelaySeconds");
  // Bounded so the termination timer fits a setTimeout: a longer one fires at once.
  if (delay !== undefined && !(delay >= 0 && delay <= MAX_TERMINATION_DELAY_SECONDS)) {
    throw new CloudApiError("InvalidParameterValue", `The parameter 'TerminationDelaySeconds' must be from 0 to ${MAX_TERMINATION_DELAY_SECONDS}, got ${delay}.`);
  }
  const process = store.processes.get(pid);
  if (!process || process.status === "TERMINATED") throw new CloudApiError("ResourceNotFound", `No live game server process has pid ${pid}.`);
  effects.terminateProcess(process, "LocalTerminateProcess", delay === undefined ? undefined : delay * 1000);
  return {};
}

/** 24 days: the longest delay a Node timer takes (2^31 - 1 ms), in whole seconds. */
const MAX_TERMINATION_DELAY_SECONDS = 2_000_000;

/**
 * A number parameter of a local action: a JSON number, or a decimal string
 * as form-encoded requests carry every value. Absent (or null) is undefined.
 */
function localNumber(params: Record<string, unknown>, name: string): number | undefined {
  const raw = Object.hasOwn(params, name) ? params[name] : undefined;
  if (raw === undefined || raw === null) return undefined;
  const value = typeof raw === "string" && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    const got = typeof raw === "string" ? JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw) : Array.isArray(raw) ? "a list" : typeof raw;
    throw new CloudApiError("InvalidParameter", `The parameter '${name}' must be a number, got ${got}.`);
  }
  return value;
}

function describeSessions(
  store: LocalStore,
  request: { GameServerSessionId?: string; StatusFilter?: string },
  fleetId: string | undefined,
): LocalGameServerSession[] {
  if (request.GameServerSessionId !== undefined) {
    return [store.requireSession(request.GameServerSessionId)].filter((s) => request.StatusFilter === undefined || s.status === request.StatusFilter);
  }
  if (fleetId === undefined) {
    throw new CloudApiError("MissingParameter", "The request is missing a required parameter: one of 'GameServerSessionId', 'FleetId' or 'AliasId'.");
  }
  return [...store.sessions.values()].filter(
    (s) => s.fleetId === fleetId && (request.StatusFilter === undefined || s.status === request.StatusFilter),
  );
}

/** Offset paging with an opaque-looking token; a token we did not issue is refused. */
function page<T>(all: T[], limit: number | undefined, token: string | undefined): { items: T[]; next: string | null } {
  let offset = 0;
  if (token !== undefined) {
    const decoded = Buffer.from(token, "base64url").toString("utf8");
    offset = /^offset:\d+$/.test(decoded) ? Number(decoded.slice(7)) : -1;
    if (offset < 0) throw new CloudApiError("InvalidParameterValue", `NextToken '${token}' was not issued by this agent.`);
  }
  const size = limit === undefined || limit === 0 ? DEFAULT_PAGE : limit;
  const items = all.slice(offset, offset + size);
  const more = offset + size < all.length;
  return { items, next: more ? Buffer.from(`offset:${offset + size}`).toString("base64url") : null };
}

function playerDataMap(value: unknown): Map<string, string> {
  // api.json types PlayerDataMap as one {Key, Value}; accept a list of them too.
  const entries = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return new Map(entries.map((e: { Key: string; Value: string }) => [e.Key, e.Value]));
}

function searchable(store: LocalStore, s: LocalGameServerSession): SearchableSession {
  const count = store.openPlayerCount(s);
  return {
    gameServerSessionName: s.name,
    gameServerSessionId: s.gameServerSessionId,
    maximumSessions: s.maximumPlayerSessionCount,
    creationTimeMillis: s.creationTime,
    playerSessionCount: count,
    hasAvailablePlayerSessions: count < s.maximumPlayerSessionCount && s.playerSessionCreationPolicy === "ACCEPT_ALL",
    gameServerSessionProperties: Object.fromEntries(s.gameProperties.map((p) => [p.Key, p.Value])),
  };
}

export function cloudTime(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function toCloudSession(store: LocalStore, s: LocalGameServerSession): GameServerSession {
  const process = store.processes.get(s.pid);
  return {
    CreationTime: cloudTime(s.creationTime)!,
    CreatorId: s.creatorId,
    CurrentPlayerSessionCount: store.openPlayerCount(s),
    DnsName: "",
    FleetId: s.fleetId,
    GameProperties: s.gameProperties,
    GameServerSessionData: s.gameServerSessionData,
    GameServerSessionId: s.gameServerSessionId,
    IpAddress: s.ipAddress,
    MatchmakerData: s.matchmakerData,
    MaximumPlayerSessionCount: s.maximumPlayerSessionCount,
    Name: s.name,
    PlayerSessionCreationPolicy: s.playerSessionCreationPolicy,
    Port: s.port,
    Status: s.status,
    StatusReason: s.statusReason,
    TerminationTime: cloudTime(s.terminationTime),
    InstanceType: "local",
    CurrentCustomCount: process?.currentCustomCount ?? 0,
    MaxCustomCount: process?.maxCustomCount ?? 0,
    Weight: 10,
    AvailabilityStatus: "Enable",
  };
}

function toCloudPlayer(p: LocalPlayerSession): PlayerSession {
  return {
    CreationTime: cloudTime(p.creationTime)!,
    DnsName: "",
    FleetId: p.fleetId,
    GameServerSessionId: p.gameServerSessionId,
    IpAddress: p.ipAddress,
    PlayerData: p.playerData,
    PlayerId: p.playerId,
    PlayerSessionId: p.playerSessionId,
    Port: p.port,
    Status: p.status,
    TerminationTime: cloudTime(p.terminationTime),
  };
}

function toCloudPlacement(store: LocalStore, p: LocalPlacement): GameServerSessionPlacement {
  const session = p.gameServerSessionId ? store.sessions.get(p.gameServerSessionId) : undefined;
  const placed = p.status === "FULFILLED" && session;
  return {
    PlacementId: p.placementId,
    GameServerSessionQueueName: p.queueName,
    PlayerLatencies: p.playerLatencies,
    Status: p.status,
    DnsName: "",
    GameServerSessionId: p.gameServerSessionId ?? "",
    GameServerSessionName: p.gameServerSessionName,
    GameServerSessionRegion: "local",
    GameProperties: p.gameProperties,
    MaximumPlayerSessionCount: p.maximumPlayerSessionCount,
    GameServerSessionData: p.gameServerSessionData,
    IpAddress: placed ? session.ipAddress : "",
    Port: placed ? session.port : 0,
    MatchmakerData: "",
    PlacedPlayerSessions: p.placedPlayerSessions,
    StartTime: cloudTime(p.startTime)!,
    EndTime: cloudTime(p.endTime),
  };
}
