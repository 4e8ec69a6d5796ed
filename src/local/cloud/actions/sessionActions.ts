import type { LocalGameServerSession } from "../../core/records.js";
import { toCloudSession } from "../../views/cloudViews.js";
import { parseFilterExpression, parseSortExpression, type SearchableSession } from "../searchExpression.js";
import type { GseLocalCore } from "../../core/createCore.js";
import type { CloudActionTable } from "./CloudActionContext.js";
import { fleetOf } from "./fleetOf.js";
import { page, pageInOrder } from "./paging.js";

type SessionActionName =
  | "CreateGameServerSession"
  | "DescribeGameServerSessions"
  | "DescribeGameServerSessionDetails"
  | "SearchGameServerSessions"
  | "UpdateGameServerSession";

/** Game server session actions. */
export const sessionActions: CloudActionTable<SessionActionName> = {
  CreateGameServerSession(request, { core, fleetId }) {
    const fleet = fleetOf(request, fleetId, core.control) ?? fleetId;
    const session = core.gameServerSessions.create({
      fleetId: fleet,
      maximumPlayerSessionCount: request.MaximumPlayerSessionCount,
      ...(request.Name !== undefined && { name: request.Name }),
      ...(request.CreatorId !== undefined && { creatorId: request.CreatorId }),
      ...(request.GameProperties !== undefined && { gameProperties: request.GameProperties }),
      ...(request.GameServerSessionData !== undefined && { gameServerSessionData: request.GameServerSessionData }),
      ...(request.GameServerSessionId !== undefined && { gameServerSessionId: request.GameServerSessionId }),
      ...(request.IdempotencyToken !== undefined && { idempotencyToken: request.IdempotencyToken }),
    });
    return { GameServerSession: toCloudSession(core, session) };
  },

  DescribeGameServerSessions(request, { core, fleetId }) {
    const { items, next } = page(describeSessions(core, request, fleetOf(request, fleetId, core.control)), request.Limit, request.NextToken);
    return { GameServerSessions: items.map((s) => toCloudSession(core, s)), NextToken: next };
  },

  DescribeGameServerSessionDetails(request, { core, fleetId }) {
    const { items, next } = page(describeSessions(core, request, fleetOf(request, fleetId, core.control)), request.Limit, request.NextToken);
    return {
      GameServerSessionDetails: items.map((s) => ({ GameServerSession: toCloudSession(core, s), ProtectionPolicy: s.protectionPolicy })),
      NextToken: next,
    };
  },

  SearchGameServerSessions(request, { core, fleetId }) {
    // The schema requires FleetId or AliasId, so a fleet is named.
    const fleet = fleetOf(request, fleetId, core.control)!;
    const filter = request.FilterExpression ? parseFilterExpression(request.FilterExpression) : undefined;
    const compare = request.SortExpression ? parseSortExpression(request.SortExpression) : undefined;
    // One pass and no copies: a matchmaker may search a thousand sessions many times a second.
    const found: { session: LocalGameServerSession; view: SearchableSession }[] = [];
    for (const session of core.tables.gameServerSessions.values()) {
      if (session.fleetId !== fleet || session.status !== "ACTIVE") continue;
      const view = searchable(core, session);
      if (filter === undefined || filter.matches(view)) found.push({ session, view });
    }
    const { items, next } = compare
      ? pageInOrder(found, (a, b) => compare(a.view, b.view), request.Limit, request.NextToken)
      : page(found, request.Limit, request.NextToken);
    return { GameServerSessions: items.map((f) => toCloudSession(core, f.session)), NextToken: next };
  },

  UpdateGameServerSession(request, { core }) {
    const session = core.gameServerSessions.require(request.GameServerSessionId);
    core.gameServerSessions.update(session, {
      ...(request.MaximumPlayerSessionCount !== undefined && { maximumPlayerSessionCount: request.MaximumPlayerSessionCount }),
      ...(request.Name !== undefined && { name: request.Name }),
      ...(request.PlayerSessionCreationPolicy !== undefined && { playerSessionCreationPolicy: request.PlayerSessionCreationPolicy }),
      ...(request.ProtectionPolicy !== undefined && { protectionPolicy: request.ProtectionPolicy }),
    });
    return { GameServerSession: toCloudSession(core, session) };
  },
};

/** By id, else the fleet's (the schema requires one of GameServerSessionId, FleetId, AliasId). */
function describeSessions(core: GseLocalCore, request: { GameServerSessionId?: string; StatusFilter?: string }, fleetId: string | undefined): LocalGameServerSession[] {
  const matchesStatus = (s: LocalGameServerSession) => request.StatusFilter === undefined || s.status === request.StatusFilter;
  if (request.GameServerSessionId !== undefined) return [core.gameServerSessions.require(request.GameServerSessionId)].filter(matchesStatus);
  return [...core.tables.gameServerSessions.values()].filter((s) => s.fleetId === fleetId && matchesStatus(s));
}

function searchable(core: GseLocalCore, s: LocalGameServerSession): SearchableSession {
  const count = core.gameServerSessions.openPlayerCount(s);
  return {
    gameServerSessionName: s.name,
    gameServerSessionId: s.gameServerSessionId,
    maximumSessions: s.maximumPlayerSessionCount,
    creationTimeMillis: s.creationTime,
    playerSessionCount: count,
    hasAvailablePlayerSessions: count < s.maximumPlayerSessionCount && s.playerSessionCreationPolicy === "ACCEPT_ALL",
    // The record's own list: a map built for every session of every search was most of a search's cost.
    gameServerSessionProperties: s.gameProperties,
  };
}
