import type { GameProperty, GameServerSession } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import { GseError } from "../errors/GseError.js";
import { mapValue, type AgonesGameServer } from "./AgonesGameServer.js";

/**
 * The annotations an allocation sets (GameServerAllocation
 * spec.metadata.annotations) to carry what GSE's CreateGameServerSession
 * carries. Keys are `<prefix><name>`, the prefix "gse-sdk/" by default.
 */
export const SESSION_ANNOTATIONS = {
  gameServerSessionId: "game-server-session-id",
  name: "name",
  maxPlayers: "max-players",
  gameProperties: "game-properties",
  gameServerSessionData: "game-server-session-data",
  matchmakerData: "matchmaker-data",
} as const;

/** The label Agones' Fleet controller puts on every GameServer of a Fleet. */
export const FLEET_LABEL = "agones.dev/fleet";

// GSE's own limits (CreateGameServerSession in the cloud API): an
// allocation must not smuggle in what GSE would have refused.
const MAX_GAME_PROPERTIES = 16;
const MAX_PROPERTY_KEY = 32;
const MAX_PROPERTY_VALUE = 96;
const MAX_DATA = 4096;
const MAX_PLAYERS = 10_000;

export interface SessionSource {
  /** Annotation key prefix. */
  prefix: string;
  /** The Agones list holding the session's player session ids. */
  playersList: string;
}

/**
 * The GameServerSession an Allocated GameServer stands for, built from its
 * metadata and status. Throws BAD_REQUEST_EXCEPTION naming the annotation
 * and the rule when the allocation carried something GSE would refuse.
 */
export function sessionFromGameServer(gameServer: AgonesGameServer, source: SessionSource): GameServerSession {
  const meta = gameServer.objectMeta ?? {};
  const status = gameServer.status ?? {};
  const annotation = (name: string) => mapValue(meta.annotationsMap, source.prefix + name);
  const bad = (name: string, rule: string) =>
    new GseError("BAD_REQUEST_EXCEPTION", `annotation '${source.prefix}${name}' ${rule}`, { field: source.prefix + name });

  const text = (name: string, max: number): string | undefined => {
    const value = annotation(name);
    if (value !== undefined && value.length > max) throw bad(name, `must be at most ${max} characters, got ${value.length}`);
    return value;
  };

  // One session per GameServer: its identity is the GameServer's unless the
  // allocation named the session.
  const namespace = meta.namespace || "default";
  const gameServerSessionId = text(SESSION_ANNOTATIONS.gameServerSessionId, MAX_DATA) || `${namespace}/${meta.name ?? ""}`;
  if (gameServerSessionId === `${namespace}/`) {
    throw new GseError("BAD_REQUEST_EXCEPTION", "the GameServer has no objectMeta.name to derive a session id from", { field: "objectMeta.name" });
  }

  let maxPlayers: number;
  const declared = annotation(SESSION_ANNOTATIONS.maxPlayers);
  if (declared !== undefined) {
    maxPlayers = Number(declared);
    if (!/^\d+$/.test(declared) || maxPlayers > MAX_PLAYERS) throw bad(SESSION_ANNOTATIONS.maxPlayers, `must be an integer from 0 to ${MAX_PLAYERS}, got '${declared.slice(0, 32)}'`);
  } else {
    // The players list's capacity is what Agones enforces; player tracking
    // (alpha) is the older place for the same number.
    maxPlayers = mapValue(status.listsMap, source.playersList)?.capacity ?? status.players?.capacity ?? 0;
  }

  const port = status.portsList?.[0]?.port ?? 0;
  return {
    gameServerSessionId,
    fleetId: mapValue(meta.labelsMap, FLEET_LABEL) ?? "",
    name: text(SESSION_ANNOTATIONS.name, MAX_DATA) ?? meta.name ?? "",
    maxPlayers: Math.min(maxPlayers, MAX_PLAYERS),
    joinable: true,
    gameProperties: readGameProperties(annotation(SESSION_ANNOTATIONS.gameProperties), (rule) => bad(SESSION_ANNOTATIONS.gameProperties, rule)),
    port,
    ipAddress: status.address ?? "",
    gameServerSessionData: text(SESSION_ANNOTATIONS.gameServerSessionData, MAX_DATA) ?? "",
    matchmakerData: text(SESSION_ANNOTATIONS.matchmakerData, MAX_DATA) ?? "",
    dnsName: "",
  };
}

/** `{"key":"value",...}`: a JSON object of strings, within GSE's limits. */
function readGameProperties(json: string | undefined, bad: (rule: string) => GseError): GameProperty[] {
  if (json === undefined || json === "") return [];
  if (json.length > MAX_GAME_PROPERTIES * (MAX_PROPERTY_KEY + MAX_PROPERTY_VALUE + 8) + 2) throw bad("is too long for 16 properties");
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw bad('must be a JSON object of strings, such as {"mode":"duel"}');
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw bad('must be a JSON object of strings, such as {"mode":"duel"}');
  const entries = Object.entries(parsed);
  if (entries.length > MAX_GAME_PROPERTIES) throw bad(`must hold at most ${MAX_GAME_PROPERTIES} properties, got ${entries.length}`);
  return entries.map(([key, value]) => {
    if (typeof value !== "string") throw bad(`property '${key.slice(0, MAX_PROPERTY_KEY)}' must be a string, got ${typeof value}`);
    if (key.length === 0 || key.length > MAX_PROPERTY_KEY) throw bad(`property keys must be 1 to ${MAX_PROPERTY_KEY} characters, got '${key.slice(0, 40)}'`);
    if (value.length > MAX_PROPERTY_VALUE) throw bad(`property '${key}' must be at most ${MAX_PROPERTY_VALUE} characters, got ${value.length}`);
    return { key, value };
  });
}
