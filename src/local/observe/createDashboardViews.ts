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
