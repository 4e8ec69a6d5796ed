import { Buffer } from "node:buffer";
import { CloudApiError } from "./CloudApiError.js";
import { COMMON_PARAMETERS } from "./commonParameters.js";
import {
  GAME_SERVER_SESSION_STATUSES,
  PLAYER_SESSION_CREATION_POLICIES,
  PLAYER_SESSION_STATUSES,
  PROTECTION_POLICIES,
  type CloudActionName,
  type CloudRequests,
  type DesiredPlayerSession,
  type GameProperty,
  type PlayerDataMap,
  type PlayerLatency,
} from "./cloudModels.js";

// ---------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------

interface StringRule {
  readonly kind: "string";
  /** In UTF-8 bytes: api.json gives limits in ASCII characters, i.e. bytes. */
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: RegExp;
  readonly oneOf?: readonly string[];
}

interface IntegerRule {
  readonly kind: "integer";
  readonly min?: number;
  readonly max?: number;
}

/** A float (api.json's `float`, e.g. a scaling policy's Threshold). */
interface NumberRule {
  readonly kind: "number";
  readonly min?: number;
  readonly max?: number;
}

interface ListRule {
  readonly kind: "list";
  readonly items: Rule;
  readonly minItems?: number;
  readonly maxItems?: number;
}

interface ObjectRule {
  readonly kind: "object";
  readonly fields: Fields;
}

type Rule = StringRule | IntegerRule | NumberRule | ListRule | ObjectRule;
type Field = Rule & { readonly required?: boolean };
type Fields = Readonly<Record<string, Field>>;

// The table below is typed against the interfaces in cloudModels.ts, so a
// field added, renamed, retyped or made required there fails to compile here
// until its rule follows. An enumerated string must list its values.
type RuleFor<T> = [T] extends [string]
  ? StringRule & (string extends T ? unknown : { readonly oneOf: readonly T[] })
  : [T] extends [number]
    ? IntegerRule | NumberRule
    : [T] extends [readonly (infer I)[]]
      ? ListRule & { readonly items: RuleFor<I> }
      : ObjectRule & { readonly fields: FieldsFor<T> };

export type FieldsFor<T> = {
  readonly [K in keyof T]-?: RuleFor<NonNullable<T[K]>> &
    (object extends Pick<T, K> ? { readonly required?: false } : { readonly required: true });
};

export interface ActionSchema<T> {
  readonly fields: FieldsFor<T>;
  /**
   * Cross-field rule: at least one group must be fully present. api.json
   * states it for CreateGameServerSession (FleetId or AliasId) and
   * EndGameServerSessionAndProcess (IpAddress only works with Port); the
   * Describe/Search ones are GameLift's, which GSE mirrors: a query with
   * none of them names nothing to look in.
   */
  readonly atLeastOneOf?: readonly (readonly (keyof T & string)[])[];
}

// ---------------------------------------------------------------------------
// The schema table, from /work/shared/spec/gse-cloud-api/api.json
// ---------------------------------------------------------------------------

const GAME_PROPERTY: FieldsFor<GameProperty> = {
  Key: { kind: "string", required: true, maxLength: 32 },
  Value: { kind: "string", required: true, maxLength: 96 },
};

const PLAYER_DATA_MAP: FieldsFor<PlayerDataMap> = {
  Key: { kind: "string", required: true, minLength: 1, maxLength: 1024 },
  Value: { kind: "string", required: true, minLength: 1, maxLength: 2048 },
};

const DESIRED_PLAYER_SESSION: FieldsFor<DesiredPlayerSession> = {
  PlayerId: { kind: "string", required: true, minLength: 1, maxLength: 1024 },
  PlayerData: { kind: "string", required: true },
};

const PLAYER_LATENCY: FieldsFor<PlayerLatency> = {
  PlayerId: { kind: "string" },
  RegionIdentifier: { kind: "string" },
  LatencyInMilliseconds: { kind: "integer", min: 0 },
};

// A session holds at most 16 properties; StartGameServerSessionPlacement
// leaves its list unbounded in api.json, but its properties become a
// session's, so the same bound applies there.
const GAME_PROPERTIES = {
  kind: "list",
  items: { kind: "object", fields: GAME_PROPERTY },
  maxItems: 16,
} as const;

// api.json bounds GameServerSessionId at 48 characters in some requests and
// 256 in others, yet GSE's own ids ("qcs::gse:<region>:uin/...:
// gameserversession/fleet-.../gssess-<uuid>", and GSE Local's) are longer
// than 48. The 48 cannot have been enforced; 256 is used everywhere.
const SESSION_ID = { kind: "string", minLength: 1, maxLength: 256 } as const;
// Fleet ids become part of session ids (256 at most), so they are bounded too.
const FLEET_ID = { kind: "string", minLength: 1, maxLength: 128 } as const;
const SESSION_ID_256 = { ...SESSION_ID, required: true } as const;
const NEXT_TOKEN = { kind: "string", minLength: 1, maxLength: 1024 } as const;
const LIMIT = { kind: "integer", min: 0 } as const;
const DESCRIBE_SESSIONS: FieldsFor<CloudRequests["DescribeGameServerSessions"]> = {
  AliasId: { kind: "string" },
  FleetId: FLEET_ID,
  GameServerSessionId: SESSION_ID,
  Limit: LIMIT,
  NextToken: NEXT_TOKEN,
  StatusFilter: { kind: "string", oneOf: GAME_SERVER_SESSION_STATUSES },
};

const SCHEMAS: { readonly [A in CloudActionName]: ActionSchema<CloudRequests[A]> } = {
  CreateGameServerSession: {
    fields: {
      MaximumPlayerSessionCount: { kind: "integer", required: true, min: 0 },
      AliasId: { kind: "string" },
      CreatorId: { kind: "string", maxLength: 1024 },
      FleetId: FLEET_ID,
      GameProperties: GAME_PROPERTIES,
      GameServerSessionData: { kind: "string", maxLength: 4096 },
      GameServerSessionId: { kind: "string", maxLength: 4096 },
      IdempotencyToken: { kind: "string", maxLength: 48 },
      Name: { kind: "string", maxLength: 1024 },
    },
    atLeastOneOf: [["FleetId"], ["AliasId"]],
  },
  DescribeGameServerSessions: {
    fields: DESCRIBE_SESSIONS,
    atLeastOneOf: [["GameServerSessionId"], ["FleetId"], ["AliasId"]],
  },
  DescribeGameServerSessionDetails: {
    fields: DESCRIBE_SESSIONS,
    atLeastOneOf: [["GameServerSessionId"], ["FleetId"], ["AliasId"]],
  },
  SearchGameServerSessions: {
    fields: {
      AliasId: { kind: "string" },
      FleetId: FLEET_ID,
      Limit: LIMIT,
      NextToken: NEXT_TOKEN,
      FilterExpression: { kind: "string" },
      SortExpression: { kind: "string" },
    },
    atLeastOneOf: [["FleetId"], ["AliasId"]],
  },
  UpdateGameServerSession: {
    fields: {
      GameServerSessionId: SESSION_ID_256,
      MaximumPlayerSessionCount: { kind: "integer", min: 0 },
      Name: { kind: "string", minLength: 1, maxLength: 1024 },
      PlayerSessionCreationPolicy: { kind: "string", oneOf: PLAYER_SESSION_CREATION_POLICIES },
      ProtectionPolicy: { kind: "string", oneOf: PROTECTION_POLICIES },
    },
  },
  JoinGameServerSession: {
    fields: {
      GameServerSessionId: SESSION_ID_256,
      PlayerId: { kind: "string", required: true, minLength: 1, maxLength: 1024 },
      PlayerData: { kind: "string", maxLength: 2048 },
    },
  },
  JoinGameServerSessionBatch: {
    fields: {
      GameServerSessionId: SESSION_ID_256,
      // api.json bounds the list only; each id gets PlayerId's own bound.
      PlayerIds: { kind: "list", required: true, items: { kind: "string", minLength: 1, maxLength: 1024 }, minItems: 1, maxItems: 25 },
      PlayerDataMap: { kind: "object", fields: PLAYER_DATA_MAP },
    },
  },
  DescribePlayerSessions: {
    fields: {
      GameServerSessionId: SESSION_ID,
      Limit: LIMIT,
      NextToken: NEXT_TOKEN,
      PlayerId: { kind: "string", minLength: 1, maxLength: 1024 },
      PlayerSessionId: { kind: "string", minLength: 1, maxLength: 1024 },
      PlayerSessionStatusFilter: { kind: "string", oneOf: PLAYER_SESSION_STATUSES },
    },
    atLeastOneOf: [["GameServerSessionId"], ["PlayerId"], ["PlayerSessionId"]],
  },
  StartGameServerSessionPlacement: {
    fields: {
      PlacementId: { kind: "string", required: true, maxLength: 48, pattern: /^[a-zA-Z0-9-]+$/ },
      GameServerSessionQueueName: { kind: "string", required: true },
      MaximumPlayerSessionCount: { kind: "integer", required: true, min: 1 },
      DesiredPlayerSessions: { kind: "list", items: { kind: "object", fields: DESIRED_PLAYER_SESSION } },
      GameProperties: GAME_PROPERTIES,
      GameServerSessionData: { kind: "string", maxLength: 4096 },
      GameServerSessionName: { kind: "string", maxLength: 4096 },
      PlayerLatencies: { kind: "list", items: { kind: "object", fields: PLAYER_LATENCY } },
    },
  },
  DescribeGameServerSessionPlacement: {
    fields: { PlacementId: { kind: "string", required: true } },
  },
  StopGameServerSessionPlacement: {
    fields: { PlacementId: { kind: "string", required: true } },
  },
  GetGameServerSessionLogUrl: {
    fields: { GameServerSessionId: SESSION_ID_256 },
  },
  EndGameServerSessionAndProcess: {
    fields: {
      GameServerSessionId: { kind: "string" },
      IpAddress: { kind: "string" },
      Port: { kind: "integer", min: 1025, max: 60000 },
    },
    atLeastOneOf: [["GameServerSessionId"], ["IpAddress", "Port"]],
  },
};

// ---------------------------------------------------------------------------
// The walker
// ---------------------------------------------------------------------------

/** Every action gse-local serves, in the order of the schema table. */
export const CLOUD_ACTIONS: readonly CloudActionName[] = Object.freeze(
  // The table's type requires every action, so its keys are exactly them.
  Object.keys(SCHEMAS) as CloudActionName[],
);

export function isCloudAction(name: string): name is CloudActionName {
  return Object.hasOwn(SCHEMAS, name);
}

/**
 * Checks an action's parameters and returns them typed, or throws the
 * CloudApiError TencentCloud would answer with: MissingParameter,
 * UnknownParameter (TencentCloud refuses parameters an action does not
 * define), InvalidParameter for a wrong type and InvalidParameterValue for a
 * value out of its documented bounds, each naming the field's path
 * (`GameProperties.3.Key`, indexes from 0 as in form-encoded names).
 *
 * `params` comes from a JSON body or from a form whose lists are already
 * arrays, so integers may arrive as decimal strings; those are converted.
 * A null counts as absent, since some SDKs send unset fields as null.
 */
export function validateCloudRequest<A extends CloudActionName>(
  action: A,
  params: Record<string, unknown>,
): CloudRequests[A] {
  if (!isCloudAction(action)) {
    // Reachable from untyped callers only.
    throw new CloudApiError("InvalidAction", `The action '${String(action)}' is not served by gse-local.`);
  }
  // Sound: every field was checked against a rule typed from CloudRequests[A].
  return validateWithSchema(SCHEMAS[action] as ActionSchema<unknown>, params) as CloudRequests[A];
}

/**
 * The same walk over any action's schema table entry: the control plane's
 * actions (cloud/control/controlSchemas.ts) are validated here too.
 */
export function validateWithSchema<T>(actionSchema: ActionSchema<T>, params: Record<string, unknown>): T {
  const schema = actionSchema as unknown as { readonly fields: Fields; readonly atLeastOneOf?: readonly (readonly string[])[] };
  const request = readObject(schema.fields, params, "", true);
  const groups = schema.atLeastOneOf;
  if (groups && !groups.some((group) => group.every((name) => request[name] !== undefined))) {
    const alternatives = groups.map((group) => group.map((name) => `'${name}'`).join(" with ")).join(" or ");
    throw new CloudApiError("MissingParameter", `The request is missing a required parameter ${alternatives}.`);
  }
  return request as unknown as T;
}

function readObject(
  fields: Fields,
  value: Record<string, unknown>,
  prefix: string,
  topLevel = false,
): Record<string, unknown> {
  for (const name of Object.keys(value)) {
    if (!Object.hasOwn(fields, name) && !(topLevel && COMMON_PARAMETERS.has(name))) {
      throw new CloudApiError("UnknownParameter", `The parameter '${prefix}${name}' is not recognized.`);
    }
  }
  const result: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    const path = prefix + name;
    const raw = Object.hasOwn(value, name) ? value[name] : undefined;
    if (raw === undefined || raw === null) {
      if (field.required) {
        throw new CloudApiError("MissingParameter", `The request is missing a required parameter '${path}'.`);
      }
      continue;
    }
    result[name] = readValue(field, raw, path);
  }
  return result;
}

function readValue(rule: Rule, raw: unknown, path: string): unknown {
  switch (rule.kind) {
    case "string":
      return readString(rule, raw, path);
    case "integer":
      return readInteger(rule, raw, path);
    case "number":
      return readNumber(rule, raw, path);
    case "list": {
      if (!Array.isArray(raw)) throw wrongType(path, "a list", raw);
      if (rule.minItems !== undefined && raw.length < rule.minItems) {
        throw badValue(path, `must have at least ${count(rule.minItems, "item")}, got ${raw.length}`);
      }
      if (rule.maxItems !== undefined && raw.length > rule.maxItems) {
        throw badValue(path, `must have at most ${count(rule.maxItems, "item")}, got ${raw.length}`);
      }
      return raw.map((item: unknown, index) => readValue(rule.items, item, `${path}.${index}`));
    }
    case "object":
      if (!isPlainObject(raw)) throw wrongType(path, "an object", raw);
      return readObject(rule.fields, raw, `${path}.`);
  }
}

// A UTF-16 surrogate without its pair has no UTF-8 form: sent to a game it
// becomes U+FFFD, and the game then names a session that does not exist.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** The widest integer the game's wire carries (protobuf int32: maxPlayers, ports, counts). */
const INT32_MAX = 2 ** 31 - 1;

function readString(rule: StringRule, raw: unknown, path: string): string {
  if (typeof raw !== "string") throw wrongType(path, "a string", raw);
  if (LONE_SURROGATE.test(raw)) throw badValue(path, "must be valid Unicode text; it has a lone UTF-16 surrogate");
  const bytes = Buffer.byteLength(raw, "utf8");
  if (rule.minLength !== undefined && bytes < rule.minLength) {
    throw badValue(path, `must be at least ${count(rule.minLength, "character")} (UTF-8 bytes), got ${bytes}`);
  }
  if (rule.maxLength !== undefined && bytes > rule.maxLength) {
    throw badValue(path, `must be at most ${count(rule.maxLength, "character")} (UTF-8 bytes), got ${bytes}`);
  }
  if (rule.pattern && !rule.pattern.test(raw)) {
    throw badValue(path, `must match ${rule.pattern.source}, got ${show(raw)}`);
  }
  if (rule.oneOf && !rule.oneOf.includes(raw)) {
    throw badValue(path, `must be one of ${rule.oneOf.join(", ")}, got ${show(raw)}`);
  }
  return raw;
}

function readInteger(rule: IntegerRule, raw: unknown, path: string): number {
  // Form-encoded requests carry every leaf as a string. Only plain decimal
  // integers convert: "5.5", "1e3", " 5" and "" are not integers.
  const value = typeof raw === "string" && /^-?\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isSafeInteger(value)) throw wrongType(path, "an integer", raw);
  // No rule's bound is above int32: a count the agent's int32 fields cannot
  // carry used to be accepted and then fail as a "serialization failure".
  const max = Math.min(rule.max ?? INT32_MAX, INT32_MAX);
  const tooSmall = rule.min !== undefined && value < rule.min;
  const tooLarge = value > max;
  if (tooSmall || tooLarge) {
    const bound =
      rule.max !== undefined
        ? `from ${rule.min ?? -INT32_MAX - 1} to ${max}`
        : tooSmall
          ? `>= ${rule.min}`
          : `${rule.min === undefined ? "<=" : `from ${rule.min} to`} ${max} (the game's wire carries int32)`;
    throw badValue(path, `must be an integer ${bound}, got ${value}`);
  }
  return value;
}

function readNumber(rule: NumberRule, raw: unknown, path: string): number {
  const value = typeof raw === "string" && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isFinite(value)) throw wrongType(path, "a number", raw);
  if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) {
    throw badValue(path, `must be a number from ${rule.min ?? "-inf"} to ${rule.max ?? "inf"}, got ${value}`);
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value of the wrong type or form: TencentCloud's InvalidParameter. */
function wrongType(path: string, expected: string, raw: unknown): CloudApiError {
  return new CloudApiError("InvalidParameter", `The parameter '${path}' must be ${expected}, got ${show(raw)}.`);
}

/** A well-formed value outside its documented bounds: TencentCloud's InvalidParameterValue. */
function badValue(path: string, rule: string): CloudApiError {
  return new CloudApiError("InvalidParameterValue", `The parameter '${path}' ${rule}.`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  return value === null ? "null" : typeof value;
}
