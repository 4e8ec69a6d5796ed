import { CloudApiError } from "./CloudApiError.js";

const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

// Keeps a hostile form from planting an absurd index that would then make
// the density check walk billions of slots; real requests stay far below.
const MAX_ARRAY_INDEX = 100_000;

type Container = Record<string, unknown> | unknown[];

/**
 * Rebuilds the nested request the official clients flatten for the form
 * encoded (HmacSHA256/HmacSHA1) signature: `GameProperties.0.Key=k` becomes
 * `{GameProperties: [{Key: "k"}]}`. A segment that is a decimal integer opens
 * an array, any other segment an object, so the result has the same shape as
 * the JSON body of a TC3-HMAC-SHA256 request. Values stay strings: the form
 * carries no types, and the action schema decides later what is a number.
 *
 * Throws `CloudApiError("InvalidParameter")` naming the key when the keys
 * contradict each other (`A=1` with `A.B=2`), skip array indexes, or are
 * malformed.
 */
export function unflattenParams(flat: Iterable<readonly [string, string]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const arrays: Array<{ path: string; array: unknown[] }> = [];

  for (const [key, value] of flat) {
    const segments = key.split(".");
    for (const segment of segments) {
      if (segment === "") {
        throw new CloudApiError("InvalidParameter", `parameter name "${key}" has an empty segment`);
      }
      // Assigning "__proto__" on a plain object would replace its prototype.
      if (segment === "__proto__") {
        throw new CloudApiError("InvalidParameter", `parameter name "${key}" uses the reserved segment "__proto__"`);
      }
    }

    let container: Container = root;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i] as string;
      const isLast = i === segments.length - 1;
      const pathSoFar = segments.slice(0, i + 1).join(".");

      if (Array.isArray(container)) {
        if (!ARRAY_INDEX.test(segment)) {
          throw new CloudApiError(
            "InvalidParameter",
            `parameter "${key}": "${segments.slice(0, i).join(".")}" is a list, so "${segment}" must be an index`,
          );
        }
        const index = Number(segment);
        if (index > MAX_ARRAY_INDEX) {
          throw new CloudApiError("InvalidParameter", `parameter "${key}": index ${index} is over ${MAX_ARRAY_INDEX}`);
        }
        container = step(container, index, isLast, value, segments[i + 1], key, pathSoFar, arrays);
      } else {
        container = step(container, segment, isLast, value, segments[i + 1], key, pathSoFar, arrays);
      }
    }
  }

  for (const { path, array } of arrays) {
    for (let i = 0; i < array.length; i++) {
      if (!(i in array)) {
        throw new CloudApiError(
          "InvalidParameter",
          `parameter "${path}.${i}" is missing: list indexes must run from 0 without gaps`,
        );
      }
    }
  }
  return root;
}

function step(
  container: Container,
  slot: string | number,
  isLast: boolean,
  value: string,
  nextSegment: string | undefined,
  key: string,
  pathSoFar: string,
  arrays: Array<{ path: string; array: unknown[] }>,
): Container {
  const existing: unknown = (container as Record<string | number, unknown>)[slot];
  const present = Object.prototype.hasOwnProperty.call(container, slot);

  if (isLast) {
    if (present) {
      throw new CloudApiError(
        "InvalidParameter",
        typeof existing === "string"
          ? `parameter "${key}" is given twice`
          : `parameter "${key}" is given a value, but "${pathSoFar}.…" parameters make it a list or object`,
      );
    }
    (container as Record<string | number, unknown>)[slot] = value;
    return container;
  }

  const wantArray = ARRAY_INDEX.test(nextSegment as string);
  if (present) {
    if (typeof existing === "string") {
      throw new CloudApiError(
        "InvalidParameter",
        `parameter "${key}" nests under "${pathSoFar}", which is also given as a plain value`,
      );
    }
    if (Array.isArray(existing) !== wantArray) {
      throw new CloudApiError(
        "InvalidParameter",
        `parameter "${key}" treats "${pathSoFar}" as ${wantArray ? "a list" : "an object"}, but other parameters treat it as ${wantArray ? "an object" : "a list"}`,
      );
    }
    return existing as Container;
  }

  const created: Container = wantArray ? [] : {};
  if (Array.isArray(created)) arrays.push({ path: pathSoFar, array: created });
  (container as Record<string | number, unknown>)[slot] = created;
  return created;
}
