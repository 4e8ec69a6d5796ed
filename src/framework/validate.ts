import { GseError } from "../errors/GseError.js";

const INT32_MAX = 2_147_483_647;

/** A non-empty id of at most 1024 characters without whitespace. */
export function requireId(field: string, value: unknown): string {
  if (typeof value !== "string" || value.length === 0) {
    throw invalid(field, `${field} must be a non-empty string, got ${describe(value)}`);
  }
  if (value.length > 1024) throw invalid(field, `${field} must be at most 1024 characters, got ${value.length}`);
  if (/\s/.test(value)) throw invalid(field, `${field} must not contain whitespace, got ${JSON.stringify(value)}`);
  return value;
}

/** An int32 count >= 0. */
export function requireCount(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > INT32_MAX) {
    throw invalid(field, `${field} must be an integer from 0 to ${INT32_MAX}, got ${describe(value)}`);
  }
  return value;
}

/** A TCP port 1..65535 (or 0 where `allowZero`, meaning any free port). */
export function requirePort(field: string, value: unknown, allowZero: boolean): number {
  const min = allowZero ? 0 : 1;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > 65535) {
    throw invalid(field, `${field} must be an integer port from ${min} to 65535, got ${describe(value)}`);
  }
  return value;
}

export function requireOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw invalid(field, `${field} must be one of ${allowed.join(", ")}, got ${describe(value)}`);
  }
  return value as T;
}

export function requirePositiveMs(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw invalid(field, `${field} must be a positive number of milliseconds, got ${describe(value)}`);
  }
  return value;
}

function invalid(field: string, message: string): GseError {
  return new GseError("BAD_REQUEST_EXCEPTION", message, { field });
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}
