import type { GameServerSession } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import { GseError } from "../errors/GseError.js";
import type { Gse, HealthCheckContext, SessionEndContext, StartSessionContext, TerminateContext } from "./Gse.js";
import type { GameClass } from "./GseApp.js";
import { recordClassHooks, type HookName, type HookRecord } from "./decorators.js";

type MaybePromise<T> = T | Promise<T>;

/** A game instance made by defineGame: the GSE handle, and whatever `setup` puts on it. */
export interface DefinedGame {
  readonly gse: Gse;
  [state: string]: unknown;
}

/**
 * A game without decorators, for plain JavaScript (or TypeScript without a
 * decorator build). Each hook is the decorated method of the same name, and
 * is called with `this` = the game instance.
 */
export interface GameDefinition<G extends DefinedGame = DefinedGame> {
  /** The game class's name, for messages and logs. Default "Game". */
  name?: string;
  /** Runs in the constructor, before ProcessReady: set up state on `this`. */
  setup?(this: G, gse: Gse): void;
  /** As @OnStartSession: prepares the session; the SDK activates it when this resolves, ends it when this throws. Required. */
  onStartSession(this: G, session: GameServerSession, context: StartSessionContext): unknown;
  /** As @OnHealthCheck: true when healthy. Default: always healthy. */
  onHealthCheck?(this: G, context: HealthCheckContext): MaybePromise<boolean>;
  /** As @OnTerminate: runs when the process must end. */
  onTerminate?(this: G, terminationTime: number, context: TerminateContext): unknown;
  /** As @OnSessionEnd: the session ended without the game asking (e.g. the agent lost it). */
  onSessionEnd?(this: G, session: GameServerSession, context: SessionEndContext): unknown;
}

const hookKeys = { onStartSession: "startSession", onHealthCheck: "healthCheck", onTerminate: "terminate", onSessionEnd: "sessionEnd" } as const satisfies Record<string, HookName>;
const allowedKeys = ["name", "setup", ...Object.keys(hookKeys)];

/**
 * Makes a game class from an object of hooks. `GseApp.run(defineGame({...}))`
 * takes the same path as a decorated class: its hooks are recorded as the
 * decorators record theirs, and the same runtime calls them.
 *
 * ```js
 * const Game = defineGame({
 *   setup() { this.players = new Set(); },
 *   async onStartSession(session) { this.mode = session.gameProperties.find((p) => p.key === "mode")?.value; },
 *   onHealthCheck() { return true; },
 * });
 * await GseApp.run(Game, { clientPort: 7777 });
 * ```
 */
export function defineGame<G extends DefinedGame = DefinedGame>(definition: GameDefinition<G>): GameClass<G> {
  if (typeof definition !== "object" || definition === null) {
    throw misuse("defineGame takes an object of hooks: { onStartSession(session) {...}, onHealthCheck() {...}, onTerminate() {...} }");
  }
  const unknown = Object.keys(definition).filter((key) => !allowedKeys.includes(key));
  if (unknown.length > 0) {
    throw misuse(`defineGame: unknown key${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `'${k}'`).join(", ")}. The keys are ${allowedKeys.join(", ")}.`);
  }
  const name = definition.name ?? "Game";
  if (typeof name !== "string" || name === "") throw misuse("defineGame: name must be a non-empty string");
  if (typeof definition.onStartSession !== "function") {
    throw misuse(`defineGame (${name}): onStartSession is required and must be a function. It prepares each game server session GSE assigns; the SDK activates the session when it resolves.`);
  }
  for (const key of ["setup", "onHealthCheck", "onTerminate", "onSessionEnd"] as const) {
    if (definition[key] !== undefined && typeof definition[key] !== "function") throw misuse(`defineGame (${name}): ${key} must be a function`);
  }
  const setup = definition.setup;

  const Game = {
    // A computed name keeps `name` on the class for logs and messages.
    [name]: class {
      readonly gse: Gse;
      constructor(gse: Gse) {
        this.gse = gse;
        setup?.call(this as unknown as G, gse);
      }
    },
  }[name]!;
  const hooks: HookRecord = {};
  for (const [key, hook] of Object.entries(hookKeys) as [keyof typeof hookKeys, HookName][]) {
    const method = definition[key];
    if (method === undefined) continue;
    Object.defineProperty(Game.prototype, key, { value: method, writable: true, configurable: true });
    hooks[hook] = key;
  }
  recordClassHooks(Game, hooks);
  return Game as unknown as GameClass<G>;
}

function misuse(message: string): GseError {
  return new GseError("BAD_DECORATOR_USAGE", message);
}
