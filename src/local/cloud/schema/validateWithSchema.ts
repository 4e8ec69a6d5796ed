import { Buffer } from "node:buffer";
import { CloudApiError } from "../CloudApiError.js";
import { COMMON_PARAMETERS } from "../commonParameters.js";
import type { ActionSchema, Fields, IntegerRule, NumberRule, Rule, StringRule } from "./FieldRule.js";

/**
 * Checks an action's parameters against its schema and returns them as the
 * typed request, or throws the CloudApiError TencentCloud would answer with:
 * MissingParameter, UnknownParameter (TencentCloud refuses parameters an
 * action does not define), InvalidParameter for a wrong type and
 * InvalidParameterValue for a value out of its documented bounds, each naming
 * the field's path (`GameProperties.3.Key`, indexes from 0 as in
 * form-encoded names).
 *
 * `params` comes from a JSON body or from a form whose lists are already
 * arrays, so integers may arrive as decimal strings; those are converted.
 * A null counts as absent, since some SDKs send unset fields as null.
 */
export function validateWithSchema<T>(schema: ActionSchema, params: Record<string, unknown>): T {
  const request = readObject(schema.fields, params, "", true);
  const groups = schema.atLeastOneOf;
  if (groups && !groups.some((group) => group.every((name) => request[name] !== undefined))) {
    const alternatives = groups.map((group) => group.map((name) => `'${name}'`).join(" with ")).join(" or ");
    throw new CloudApiError("MissingParameter", `The request is missing a required parameter ${alternatives}.`);
  }
  // Sound: every field was checked against the rule derived from T's own spec.
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
