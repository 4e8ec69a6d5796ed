/// <reference types="reflect-metadata" />
import { GseError } from "../errors/GseError.js";
import { HOOKS, LEGACY_HOOKS_KEY, type HookName, type HookRecord } from "./decorators.js";

export interface GameHooks {
  healthCheck?: string | symbol;
  startSession: string | symbol;
  terminate?: string | symbol;
  sessionEnd?: string | symbol;
}

const cache = new WeakMap<Function, GameHooks>();

/**
 * The hooks of a game class, its parents' included (a subclass's own hook
 * wins). Throws when there is no @OnStartSession.
 */
export function readGameHooks(gameClass: Function): GameHooks {
  const cached = cache.get(gameClass);
  if (cached) return cached;

  const merged: HookRecord = {};
  for (let current: unknown = gameClass; typeof current === "function" && current !== Function.prototype; current = Object.getPrototypeOf(current)) {
    const own = [ownStandardHooks(current), ownLegacyHooks(current)];
    for (const hooks of own) {
      if (!hooks) continue;
      for (const [hook, method] of Object.entries(hooks) as [HookName, string | symbol][]) {
        merged[hook] ??= method;
      }
    }
  }

  const name = gameClass.name || "the game class";
  if (merged.startSession === undefined) {
    throw new GseError(
      "BAD_DECORATOR_USAGE",
      `${name} has no @OnStartSession method. Add one: it prepares each game server session GSE assigns, and the SDK activates the session when it resolves.`,
    );
  }
  for (const method of Object.values(merged)) {
    if (typeof (gameClass.prototype as Record<string | symbol, unknown>)[method] !== "function") {
      throw new GseError("BAD_DECORATOR_USAGE", `${name}.${String(method)} is decorated as a hook but is not a method.`);
    }
  }
  const hooks = merged as GameHooks;
  cache.set(gameClass, hooks);
  return hooks;
}

function ownStandardHooks(cls: Function): HookRecord | undefined {
  const key = (Symbol as { metadata?: symbol }).metadata;
  if (key === undefined || !Object.hasOwn(cls, key)) return undefined;
  const metadata = (cls as unknown as Record<symbol, Record<PropertyKey, unknown> | undefined>)[key];
  return metadata && Object.hasOwn(metadata, HOOKS) ? (metadata[HOOKS] as HookRecord) : undefined;
}

function ownLegacyHooks(cls: Function): HookRecord | undefined {
  const prototype: unknown = cls.prototype;
  if (typeof prototype !== "object" || prototype === null) return undefined;
  // Not loaded means no legacy decorator has run (decorators.ts loads it first).
  if (typeof Reflect.getOwnMetadata !== "function") return undefined;
  return Reflect.getOwnMetadata(LEGACY_HOOKS_KEY, prototype) as HookRecord | undefined;
}
