/// <reference types="reflect-metadata" />
import { createRequire } from "node:module";
import { GseError } from "../errors/GseError.js";
import type { GameServerSession } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import type { HealthCheckContext, SessionEndContext, StartSessionContext, TerminateContext } from "./Gse.js";

// TypeScript's standard decorators put class metadata on Symbol.metadata,
// which Node 20 does not define yet. It must exist before a decorated class
// is evaluated, and importing a decorator from here guarantees that.
(Symbol as { metadata?: symbol }).metadata ??= Symbol.for("Symbol.metadata");

export type HookName = "healthCheck" | "startSession" | "terminate" | "sessionEnd";

/** Method names per hook, as recorded on one class (not its parents). */
export type HookRecord = Partial<Record<HookName, string | symbol>>;

/** Key of the hook record in standard decorator metadata. */
export const HOOKS = Symbol.for("gse-sdk.hooks");
/** Key of the hook record in reflect-metadata, for legacy decorators. */
export const LEGACY_HOOKS_KEY = "gse-sdk:hooks";

const decoratorNames: Record<HookName, string> = {
  healthCheck: "@OnHealthCheck",
  startSession: "@OnStartSession",
  terminate: "@OnTerminate",
  sessionEnd: "@OnSessionEnd",
};

// `this: any`: the decorator does not care which class the method is on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyMethod<Args extends unknown[], Result> = (this: any, ...args: Args) => Result;

/**
 * A decorator usable with TC39 standard decorators and with legacy
 * `experimentalDecorators`: TypeScript picks the signature matching the
 * compiler mode, and the runtime tells them apart by the second argument.
 */
export type HookDecorator<Args extends unknown[], Result> = {
  <M extends AnyMethod<Args, Result>>(value: M, context: ClassMethodDecoratorContext<unknown, M>): void;
  <M extends AnyMethod<Args, Result>>(target: object, propertyKey: string | symbol, descriptor: TypedPropertyDescriptor<M>): void;
};

type MaybePromise<T> = T | Promise<T>;

/**
 * Marks the method that answers GSE's health check. It may be sync or async
 * and returns true when healthy; throwing, rejecting or not answering within
 * the health check timeout reports unhealthy. Without one, the process
 * reports healthy.
 */
export function OnHealthCheck(): HookDecorator<[context: HealthCheckContext], MaybePromise<boolean>> {
  return hookDecorator("healthCheck");
}

/**
 * Marks the method that prepares a game server session GSE assigned to this
 * process. When it resolves, the SDK calls ActivateGameServerSession; when it
 * throws, the SDK ends the session with TerminateGameServerSession instead.
 * Every game class needs exactly one.
 */
export function OnStartSession(): HookDecorator<[session: GameServerSession, context: StartSessionContext], unknown> {
  return hookDecorator("startSession");
}

/**
 * Marks the method that runs when the process must end (OnProcessTerminate,
 * SIGTERM/SIGINT, or `gse.shutdown()`). When it settles, the SDK calls
 * TerminateGameServerSession if a session is held, then ProcessEnding.
 */
export function OnTerminate(): HookDecorator<[terminationTime: number, context: TerminateContext], unknown> {
  return hookDecorator("terminate");
}

/**
 * Marks the method told that the session this process held has ended without
 * the game asking (`context.reason`): the agent no longer knows it (it
 * restarted without its state), refused its activation, or the start handler
 * failed. The process is already free for the next session when it runs;
 * a session the game ends itself, or the end of the process (@OnTerminate),
 * does not call it. Optional.
 */
export function OnSessionEnd(): HookDecorator<[session: GameServerSession, context: SessionEndContext], unknown> {
  return hookDecorator("sessionEnd");
}

function hookDecorator<Args extends unknown[], Result>(hook: HookName): HookDecorator<Args, Result> {
  const name = decoratorNames[hook];
  function decorate(target: unknown, contextOrKey: unknown, descriptor?: PropertyDescriptor): void {
    if (isStandardContext(contextOrKey)) {
      const context = contextOrKey;
      if (context.kind !== "method") {
        throw misuse(`${name} can only decorate a method, not a ${context.kind} ('${String(context.name)}'). Put it on an instance method of your game class.`);
      }
      if (context.static) {
        throw misuse(`${name} cannot decorate the static method '${String(context.name)}'. Make it an instance method: the SDK calls it on the game instance.`);
      }
      if (context.private) {
        throw misuse(`${name} cannot decorate the private method '${String(context.name)}': the SDK calls it by name. Drop the '#'.`);
      }
      const metadata = context.metadata as Record<PropertyKey, unknown> | undefined;
      if (metadata === undefined) {
        throw misuse(`${name}: decorator metadata is unavailable; import "gse-sdk" before defining the game class.`);
      }
      if (!Object.hasOwn(metadata, HOOKS)) metadata[HOOKS] = {};
      record(metadata[HOOKS] as HookRecord, hook, context.name);
      return;
    }
    // Legacy experimentalDecorators: (prototype, key, descriptor).
    const key = contextOrKey as string | symbol;
    if (typeof target === "function") {
      throw misuse(`${name} cannot decorate the static method '${String(key)}'. Make it an instance method: the SDK calls it on the game instance.`);
    }
    if (descriptor === undefined || typeof descriptor.value !== "function") {
      throw misuse(`${name} can only decorate a method, not a property or accessor ('${String(key)}'). Put it on an instance method of your game class.`);
    }
    const prototype = target as object;
    loadReflectMetadata();
    let hooks = Reflect.getOwnMetadata(LEGACY_HOOKS_KEY, prototype) as HookRecord | undefined;
    if (hooks === undefined) {
      hooks = {};
      Reflect.defineMetadata(LEGACY_HOOKS_KEY, hooks, prototype);
    }
    record(hooks, hook, key);
  }

  function record(hooks: HookRecord, hookName: HookName, method: string | symbol): void {
    const existing = hooks[hookName];
    if (existing !== undefined) {
      throw misuse(
        `${name} is on both '${String(existing)}' and '${String(method)}'. A game class has at most one ${name} method: remove one.`,
      );
    }
    hooks[hookName] = method;
  }

  return decorate as HookDecorator<Args, Result>;
}

/**
 * reflect-metadata, loaded the first time a legacy decorator runs. Games on
 * standard decorators never need it, and importing it costs as much as a
 * third of the rest of the SDK's import (see docs/benchmarks.md). It is a
 * CommonJS polyfill with a global effect, so a synchronous require serves.
 */
function loadReflectMetadata(): void {
  if (typeof Reflect.getOwnMetadata === "function") return;
  createRequire(import.meta.url)("reflect-metadata");
}

/**
 * Records a class's hooks as standard decorators would (on its own
 * Symbol.metadata), so readGameHooks finds them the same way and the runtime
 * cannot tell the two apart. defineGame uses it.
 */
export function recordClassHooks(cls: Function, hooks: HookRecord): void {
  const key = (Symbol as { metadata?: symbol }).metadata!;
  if (!Object.hasOwn(cls, key)) Object.defineProperty(cls, key, { value: {}, configurable: true });
  const metadata = (cls as unknown as Record<symbol, Record<PropertyKey, unknown>>)[key]!;
  if (Object.hasOwn(metadata, HOOKS)) throw misuse(`${cls.name || "the class"} already has hooks recorded`);
  metadata[HOOKS] = { ...hooks };
}

function isStandardContext(value: unknown): value is DecoratorContext {
  return typeof value === "object" && value !== null && "kind" in value;
}

function misuse(message: string): GseError {
  return new GseError("BAD_DECORATOR_USAGE", message);
}
