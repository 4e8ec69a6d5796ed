import {
  GAME_SERVER_SESSION_STATUSES,
  PLAYER_SESSION_CREATION_POLICIES,
  PLAYER_SESSION_STATUSES,
  PROTECTION_POLICIES,
} from "../../protocol/statuses.js";
import type { ActionRulesTable } from "./schema/deriveActionSchema.js";

// api.json bounds GameServerSessionId at 48 characters in some requests and
// 256 in others, yet GSE's own ids ("qcs::gse:<region>:uin/...:
// gameserversession/fleet-.../gssess-<uuid>", and GSE Local's) are longer
// than 48. The 48 cannot have been enforced; 256 is used everywhere.
const SESSION_ID = { minLength: 1, maxLength: 256 } as const;
// Fleet ids become part of session ids (256 at most), so they are bounded too.
const FLEET_ID = { minLength: 1, maxLength: 128 } as const;
const DESCRIBE_SESSIONS = {
  fields: { FleetId: FLEET_ID, GameServerSessionId: SESSION_ID, StatusFilter: { oneOf: GAME_SERVER_SESSION_STATUSES } },
  atLeastOneOf: [["GameServerSessionId"], ["FleetId"], ["AliasId"]],
} as const;

/**
 * The session actions gse-local serves, and its rules for their requests
 * beyond api.json's limits (generated: src/cloud/generated/gseCloudFields.ts).
 * An action with no entry here is not served by the sessions' dispatch.
 */
export const SESSION_ACTION_RULES = {
  CreateGameServerSession: { fields: { FleetId: FLEET_ID }, atLeastOneOf: [["FleetId"], ["AliasId"]] },
  DescribeGameServerSessions: DESCRIBE_SESSIONS,
  DescribeGameServerSessionDetails: DESCRIBE_SESSIONS,
  SearchGameServerSessions: { fields: { FleetId: FLEET_ID }, atLeastOneOf: [["FleetId"], ["AliasId"]] },
  UpdateGameServerSession: {
    fields: { PlayerSessionCreationPolicy: { oneOf: PLAYER_SESSION_CREATION_POLICIES }, ProtectionPolicy: { oneOf: PROTECTION_POLICIES } },
  },
  // An empty player id names no player.
  JoinGameServerSession: { fields: { PlayerId: { minLength: 1 } } },
  // api.json bounds the list only; each id gets PlayerId's own bound.
  JoinGameServerSessionBatch: { fields: { PlayerIds: { items: { minLength: 1, maxLength: 1024 } } } },
  DescribePlayerSessions: {
    fields: { GameServerSessionId: SESSION_ID, PlayerSessionStatusFilter: { oneOf: PLAYER_SESSION_STATUSES } },
    atLeastOneOf: [["GameServerSessionId"], ["PlayerId"], ["PlayerSessionId"]],
  },
  // A session holds at most 16 properties; StartGameServerSessionPlacement
  // leaves its list unbounded in api.json, but its properties become a
  // session's, so the same bound applies there.
  StartGameServerSessionPlacement: { fields: { GameProperties: { maxItems: 16 } } },
  DescribeGameServerSessionPlacement: {},
  StopGameServerSessionPlacement: {},
  GetGameServerSessionLogUrl: { fields: { GameServerSessionId: SESSION_ID } },
  EndGameServerSessionAndProcess: { atLeastOneOf: [["GameServerSessionId"], ["IpAddress", "Port"]] },
} as const satisfies ActionRulesTable;
