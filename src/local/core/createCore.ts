import type { EventEmitter } from "node:events";
import { systemClock, type Clock } from "./Clock.js";
import { DOMAIN_KEYS, type CoreTables, type DomainName, type StateChange } from "./CoreDomains.js";
import { createCoreStore } from "./createCoreStore.js";
import { createSessionDomain, type SessionDomain } from "./gameServerSessions.js";
import type { GseLocalEvent } from "./GseLocalEvent.js";
import { createPlacementDomain, type PlacementDomain } from "./placements.js";
import { createPlayerDomain, type PlayerDomain } from "./playerSessions.js";
import { createProcessDomain, type ProcessDomain } from "./processes.js";

export interface CoreOptions {
  /** The address players are sent to (sessions' IpAddress). */
  ipAddress: string;
  /** Default: the system clock. */
  clock?: Clock;
  /** An event listener threw. Default: a process warning. */
  onListenerError?: (error: unknown) => void;
  /** Ended player sessions kept (the longest-ended are forgotten). Default ENDED_PLAYER_SESSION_HISTORY, 10,000. */
  endedPlayerSessionHistory?: number;
}

/**
 * gse-local's state and every transition of it: the only writer of state.
 * Synchronous, so no two requests interleave inside one transition (picking
 * a process and giving it a session, counting free slots and reserving
 * them). It knows nothing of HTTP or gRPC: it refuses with CoreRefusal, and
 * announces what happened as GseLocalEvents ("event") and StateChanges
 * ("change") on `events`, after each operation.
 */
export interface GseLocalCore {
  readonly clock: Clock;
  readonly events: EventEmitter;
  readonly tables: CoreTables;
  readonly processes: ProcessDomain;
  readonly gameServerSessions: SessionDomain;
  readonly playerSessions: PlayerDomain;
  readonly placements: PlacementDomain;
  /** Announces a wire's own event (agentCall, cloudCall, processCall...). */
  emit(event: GseLocalEvent): void;
  /** Every state change, in order; returns a function that stops listening. */
  onChange(listener: (change: StateChange) => void): () => void;
  /** Every event, in order; returns a function that stops listening. */
  onEvent(listener: (event: GseLocalEvent) => void): () => void;
  /** Forgets every record (restartAgent's forgetState). */
  reset(): void;
  /**
   * Takes back the records a state directory kept (persistence/), before
   * anything else runs. Domains are matched by name; a domain this core does
   * not have is ignored (it stays on disk). No change is announced.
   */
  load(state: ReadonlyMap<string, ReadonlyMap<string, unknown>>): void;
  /** Runs several calls as one operation: what they emit is delivered when it returns. */
  run<T>(operation: () => T): T;
}

export function createCore(options: CoreOptions): GseLocalCore {
  const store = createCoreStore({ clock: options.clock ?? systemClock, ...(options.onListenerError && { onListenerError: options.onListenerError }) });
  const core = {
    clock: store.clock,
    events: store.events,
    tables: store.tables,
    emit: store.emit,
    run: store.run,
    reset: () => store.run(() => store.reset()),
    load(state: ReadonlyMap<string, ReadonlyMap<string, unknown>>) {
      for (const domain of Object.keys(DOMAIN_KEYS) as DomainName[]) {
        const records = state.get(domain);
        if (records) store.load(domain, records.values() as Iterable<never>);
      }
    },
    onChange(listener: (change: StateChange) => void) {
      store.events.on("change", listener);
      return () => void store.events.off("change", listener);
    },
    onEvent(listener: (event: GseLocalEvent) => void) {
      store.events.on("event", listener);
      return () => void store.events.off("event", listener);
    },
  } as { -readonly [K in keyof GseLocalCore]: GseLocalCore[K] };
  // Every domain operation is one core operation: its events go out when it returns.
  core.processes = operations(store.run, createProcessDomain(store, core));
  core.gameServerSessions = operations(store.run, createSessionDomain(store, core, { ipAddress: options.ipAddress }));
  core.playerSessions = operations(store.run, createPlayerDomain(store, core, options.endedPlayerSessionHistory === undefined ? {} : { endedHistory: options.endedPlayerSessionHistory }));
  core.placements = operations(store.run, createPlacementDomain(store, core));
  return core;
}

function operations<T extends object>(run: <R>(operation: () => R) => R, domain: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(domain)) {
    wrapped[name] = typeof value === "function" ? (...args: unknown[]) => run(() => (value as (...a: unknown[]) => unknown).apply(domain, args)) : value;
  }
  return wrapped as T;
}
