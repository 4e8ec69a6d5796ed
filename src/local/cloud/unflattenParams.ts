import { CloudApiError } from "./CloudApiError.js";

/**
 * What one form-encoded request may hold. The official clients' deepest key
 * is four segments (`RuntimeConfiguration.ServerProcesses.0.LaunchPath`),
 * their longest under 80 characters, and no action takes more than a few
 * hundred parameters; these bounds leave room and keep the work of one
 * request proportional to its size: a hostile request costs what reading its
 * bytes costs, never a multiple of it.
 */
export const FORM_LIMITS = {
  /** Segments in one parameter name (`A.0.B` has 3). */
  maxDepth: 8,
  /** Characters in one parameter name. */
  maxKeyLength: 256,
  /** Parameters in one request. */
  maxKeys: 2_000,
} as const;

export interface UnflattenLimits {
  maxDepth?: number;
  maxKeyLength?: number;
  maxKeys?: number;
}

/** Filled in when passed: the number of segment steps done, for tests that bound the work. */
export interface UnflattenStats {
  steps: number;
}

const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

type Container = Record<string, unknown> | unknown[];

/** Per list: where it is (for messages) and how many slots were filled, to find a gap without walking it. */
interface ListInfo {
  key: string;
  /** Length of `key`'s prefix that names the list. */
  pathLength: number;
  filled: number;
}

/**
 * Rebuilds the nested request the official clients flatten for the form
 * encoded (HmacSHA256/HmacSHA1) signature: `GameProperties.0.Key=k` becomes
 * `{GameProperties: [{Key: "k"}]}`. A segment that is a decimal integer opens
 * an array, any other segment an object, so the result has the same shape as
 * the JSON body of a TC3-HMAC-SHA256 request. Values stay strings: the form
 * carries no types, and the action schema decides later what is a number.
 *
 * Linear in the size of the input: each key is split once and walked once;
 * paths for messages are slices taken only when a message is written; a list
 * is checked for gaps by counting its filled slots, not by walking it. Bounded
 * by `FORM_LIMITS` (depth, key length, key count; a list index must be below
 * the key count, since a list with more slots than keys cannot be dense).
 *
 * Throws `CloudApiError("InvalidParameter")` naming the key and the rule when
 * a bound is passed, when the keys contradict each other (`A=1` with `A.B=2`),
 * skip list indexes, or are malformed.
 */
export function unflattenParams(
  flat: Iterable<readonly [string, string]>,
  limits: UnflattenLimits = {},
  stats?: UnflattenStats,
): Record<string, unknown> {
  const maxDepth = limits.maxDepth ?? FORM_LIMITS.maxDepth;
  const maxKeyLength = limits.maxKeyLength ?? FORM_LIMITS.maxKeyLength;
  const maxKeys = limits.maxKeys ?? FORM_LIMITS.maxKeys;
  const root: Record<string, unknown> = {};
  const lists = new Map<unknown[], ListInfo>();
  let keys = 0;
  let steps = 0;

  for (const [key, value] of flat) {
    if (++keys > maxKeys) {
      throw new CloudApiError("InvalidParameter", `the request has more than ${maxKeys} parameters`);
    }
    if (key.length > maxKeyLength) {
      throw new CloudApiError("InvalidParameter", `parameter name "${key.slice(0, 64)}…" is ${key.length} characters long; at most ${maxKeyLength} are accepted`);
    }
    const segments = key.split(".");
    if (segments.length > maxDepth) {
      throw new CloudApiError("InvalidParameter", `parameter name "${key}" has ${segments.length} segments; at most ${maxDepth} are accepted`);
    }

    let container: Container = root;
    // Offset in `key` just past the current segment: the path so far is key.slice(0, end).
    let end = -1;
    for (let i = 0; i < segments.length; i++) {
      steps++;
      const segment = segments[i] as string;
      end += segment.length + 1;
      if (segment === "") {
        throw new CloudApiError("InvalidParameter", `parameter name "${key}" has an empty segment`);
      }
      // Assigning "__proto__" on a plain object would replace its prototype.
      if (segment === "__proto__") {
        throw new CloudApiError("InvalidParameter", `parameter name "${key}" uses the reserved segment "__proto__"`);
      }
      const isLast = i === segments.length - 1;

      let slot: string | number = segment;
      if (Array.isArray(container)) {
        if (!ARRAY_INDEX.test(segment)) {
          throw new CloudApiError(
            "InvalidParameter",
            `parameter "${key}": "${key.slice(0, end - segment.length - 1)}" is a list, so "${segment}" must be an index`,
          );
        }
        slot = Number(segment);
        if (slot >= maxKeys) {
          throw new CloudApiError("InvalidParameter", `parameter "${key}": index ${segment} is over ${maxKeys - 1} (a request has at most ${maxKeys} parameters)`);
        }
      }
      const holder: Container = container;
      const present = Object.prototype.hasOwnProperty.call(holder, slot);
      const existing: unknown = (holder as Record<string | number, unknown>)[slot];

      if (isLast) {
        if (present) {
          throw new CloudApiError(
            "InvalidParameter",
            typeof existing === "string"
              ? `parameter "${key}" is given twice`
              : `parameter "${key}" is given a value, but "${key}.…" parameters make it a list or object`,
          );
        }
        (holder as Record<string | number, unknown>)[slot] = value;
        if (Array.isArray(holder)) lists.get(holder)!.filled++;
        break;
      }

      const wantArray = ARRAY_INDEX.test(segments[i + 1] as string);
      if (present) {
        if (typeof existing === "string") {
          throw new CloudApiError("InvalidParameter", `parameter "${key}" nests under "${key.slice(0, end)}", which is also given as a plain value`);
        }
        if (Array.isArray(existing) !== wantArray) {
          throw new CloudApiError(
            "InvalidParameter",
            `parameter "${key}" treats "${key.slice(0, end)}" as ${wantArray ? "a list" : "an object"}, but other parameters treat it as ${wantArray ? "an object" : "a list"}`,
          );
        }
        container = existing as Container;
        continue;
      }
      const created: Container = wantArray ? [] : {};
      if (Array.isArray(created)) lists.set(created, { key, pathLength: end, filled: 0 });
      (holder as Record<string | number, unknown>)[slot] = created;
      if (Array.isArray(holder)) lists.get(holder)!.filled++;
      container = created;
    }
  }

  for (const [list, info] of lists) {
    steps++;
    if (info.filled === list.length) continue;
    // Only on the error path; the walk stops at the first gap, which lies
    // below the list's length, itself below maxKeys.
    let gap = 0;
    while (gap in list) gap++;
    throw new CloudApiError(
      "InvalidParameter",
      `parameter "${info.key.slice(0, info.pathLength)}.${gap}" is missing: list indexes must run from 0 without gaps`,
    );
  }
  if (stats) stats.steps += steps;
  return root;
}
