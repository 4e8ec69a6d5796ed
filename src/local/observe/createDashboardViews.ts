import type { GseLocalEvent } from "../core/GseLocalEvent.js";
import type { LocalGameServerSession, LocalPlacement, LocalPlayerSession, LocalProcess } from "../core/records.js";
import { describeEvent } from "./createTimeline.js";
import { shortId } from "./shortId.js";

/** The state the dashboard shows, by collection; each item has an `id`. */
export interface DashboardState {
  processes: ProcessView[];
  gameServerSessions: SessionView[];
  playerSessions: PlayerSessionView[];
  placements: PlacementView[];
  /** Whatever else gse-local knows (fleets, aliases, queues...), rendered generically. */
  [collection: string]: { id: string }[];
}

export interface HealthSample {
  at: number;
  healthy: boolean;
  ms?: number;
  detail?: string;
}

export interface ProcessView {
  id: string;
  pid: number;
  fleetId: string;
  status: string;
  statusReason: string;
  clientPort: number;
  grpcPort: number;
  gameServerSessionId: string | null;
  healthFailures: number;
  terminationTime: number | null;
  currentCustomCount: number;
  maxCustomCount: number;
  registeredAt: number;
  health: HealthSample[];
}

export interface SessionView {
  /** The GameServerSessionId. */
  id: string;
  shortId: string;
  fleetId: string;
  name: string;
  status: string;
  statusReason: string;
  pid: number;
  ipAddress: string;
  port: number;
  players: number;
  maxPlayers: number;
  playerSessionCreationPolicy: string;
  protectionPolicy: string;
  gameProperties: { Key: string; Value: string }[];
  creationTime: number;
}

export interface PlayerSessionView {
  /** The PlayerSessionId. */
  id: string;
  shortId: string;
  playerId: string;
  gameServerSessionId: string;
  status: string;
  ipAddress: string;
  port: number;
  creationTime: number;
}

export interface PlacementView {
  /** The PlacementId. */
  id: string;
  queueName: string;
  status: string;
  gameServerSessionId: string | null;
  players: string[];
  startTime: number;
}

/** One event as the dashboard's timeline shows and filters it. */
export interface TimelineEntry {
  seq: number;
  at: number;
  type: string;
  subject: string;
  text: string;
  pid?: number;
  gameServerSessionId?: string;
}

export function processView(process: LocalProcess, fleetId: string, health: HealthSample[]): ProcessView {
  return {
    id: String(process.pid),
    pid: process.pid,
    fleetId,
    status: process.status,
    statusReason: process.statusReason,
    clientPort: process.clientPort,
    grpcPort: process.grpcPort,
    gameServerSessionId: process.gameServerSessionId ?? null,
    healthFailures: process.healthFailures,
    terminationTime: process.terminationTime ?? null,
    currentCustomCount: process.currentCustomCount,
    maxCustomCount: process.maxCustomCount,
    registeredAt: process.registeredAt,
    health,
  };
}

export function sessionView(session: LocalGameServerSession, players: number): SessionView {
  return {
    id: session.gameServerSessionId,
    shortId: shortId(session.gameServerSessionId),
    fleetId: session.fleetId,
    name: session.name,
    status: session.status,
    statusReason: session.statusReason,
    pid: session.pid,
    ipAddress: session.ipAddress,
    port: session.port,
    players,
    maxPlayers: session.maximumPlayerSessionCount,
    playerSessionCreationPolicy: session.playerSessionCreationPolicy,
    protectionPolicy: session.protectionPolicy,
    gameProperties: session.gameProperties.map((p) => ({ Key: p.Key, Value: p.Value })),
    creationTime: session.creationTime,
  };
}

export function playerSessionView(player: LocalPlayerSession): PlayerSessionView {
  return {
    id: player.playerSessionId,
    shortId: shortId(player.playerSessionId),
    playerId: player.playerId,
    gameServerSessionId: player.gameServerSessionId,
    status: player.status,
    ipAddress: player.ipAddress,
    port: player.port,
    creationTime: player.creationTime,
  };
}

export function placementView(placement: LocalPlacement): PlacementView {
  return {
    id: placement.placementId,
    queueName: placement.queueName,
    status: placement.status,
    gameServerSessionId: placement.gameServerSessionId ?? null,
    players: placement.desiredPlayerSessions.map((d) => d.PlayerId),
    startTime: placement.startTime,
  };
}

export function timelineEntry(seq: number, at: number, event: GseLocalEvent): TimelineEntry {
  const { subject, text } = describeEvent(event);
  const entry: TimelineEntry = { seq, at, type: event.type, subject, text };
  const fields = event as { pid?: unknown; gameServerSessionId?: unknown };
  if (typeof fields.pid === "number") entry.pid = fields.pid;
  if (typeof fields.gameServerSessionId === "string") entry.gameServerSessionId = fields.gameServerSessionId;
  return entry;
}

/** A player session holds a slot while RESERVED or ACTIVE. */
export function holdsSlot(player: LocalPlayerSession): boolean {
  return player.status === "RESERVED" || player.status === "ACTIVE";
}

/** A record of a domain the dashboard has no view for (fleets, aliases...): its fields as they are, keyed by `id`. */
export function genericView(key: string | number, record: unknown): { id: string } {
  return { ...(typeof record === "object" && record !== null ? record : { value: record }), id: String(key) };
}

export interface DashboardViews {
  /** How the dashboard shows one record of a domain. */
  view(domain: string, key: string | number, record: unknown): { id: string };
  /** Every table, as the dashboard shows it. */
  state(): DashboardState;
}

/** The dashboard's views over the core's tables; a domain it has no view for is shown generically. */
export function createDashboardViews(
  tables: { readonly [domain: string]: ReadonlyMap<string | number, unknown> },
  fleetOf: (process: LocalProcess) => string,
  healthOf: (pid: number) => HealthSample[],
): DashboardViews {
  function players(session: LocalGameServerSession): number {
    const table = tables["playerSessions"] as ReadonlyMap<string, LocalPlayerSession> | undefined;
    let n = 0;
    for (const id of session.playerSessionIds) {
      const player = table?.get(id);
      if (player && holdsSlot(player)) n++;
    }
    return n;
  }

  function view(domain: string, key: string | number, record: unknown): { id: string } {
    switch (domain) {
      case "processes":
        return processView(record as LocalProcess, fleetOf(record as LocalProcess), healthOf((record as LocalProcess).pid));
      case "gameServerSessions":
        return sessionView(record as LocalGameServerSession, players(record as LocalGameServerSession));
      case "playerSessions":
        return playerSessionView(record as LocalPlayerSession);
      case "placements":
        return placementView(record as LocalPlacement);
      default:
        return genericView(key, record);
    }
  }

  return {
    view,
    state() {
      const collections: Record<string, { id: string }[]> = { processes: [], gameServerSessions: [], playerSessions: [], placements: [] };
      for (const [domain, table] of Object.entries(tables)) collections[domain] = [...table].map(([key, record]) => view(domain, key, record));
      return collections as DashboardState;
    },
  };
}
