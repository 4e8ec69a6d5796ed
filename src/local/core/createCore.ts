import type { EventEmitter } from "node:events";
import { systemClock, type Clock } from "./Clock.js";
import { DOMAIN_KEYS, type CoreTables, type DomainName, type StateChange } from "./CoreDomains.js";
import { createCoreStore } from "./createCoreStore.js";
import { createSessionDomain, SESSION_READS, type SessionDomain } from "./gameServerSessions.js";
import type { GseLocalEvent } from "./GseLocalEvent.js";
import { createLaunchedProcessDomain, LAUNCHED_READS, type LaunchedProcessDomain } from "./launchedProcesses.js";
import { createPlacementDomain, PLACEMENT_READS, type PlacementDomain } from "./placements.js";
import { createPlayerDomain, PLAYER_READS, type PlayerDomain } from "./playerSessions.js";
import { createProcessDomain, PROCESS_READS, type ProcessDomain } from "./processes.js";
import { DEFAULT_LOCAL_LIMITS, type LocalLimits } from "../control/catalogue/localLimits.js";
import { createControlPlane, type ControlPlane } from "../control/createControlPlane.js";
import { createFleetMembership } from "../control/createFleetMembership.js";
import type { LiveView } from "../control/LiveView.js";

/** Options of createCore. */
export interface CoreOptions {
  /** The address players are sent to (sessions' IpAddress). */
  ipAddress: string;
  /** Default: the system clock. */
  clock?: Clock;
  /** An event listener threw. Default: a process warning. */
  onListenerError?: (error: unknown) => void;
  /** Ended player sessions kept (the longest-ended are forgotten). Default ENDED_PLAYER_SESSION_HISTORY, 10,000. */
  endedPlayerSessionHistory?: number;
  /** The control plane's settings. */
  control?: {
    /** The fleet of processes no fleet launched, and of any unknown fleet-* id. Default "fleet-local". */
    defaultFleetId?: string;
    /** Where resources of requests naming no Region live. Default "ap-guangzhou". */
    region?: string;
    limits?: Partial<LocalLimits>;
  };
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
  /** What the fleet launchers started, for re-adoption after a crash. */
  readonly launchedProcesses: LaunchedProcessDomain;
  /** Assets, fleets, instances, aliases, queues and scaling policies. */
  readonly control: ControlPlane;
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

/** The core alone, without servers: for tools and tests that drive gse-local's state directly. */
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
  core.processes = operations(store.run, createProcessDomain(store, core), PROCESS_READS);
  core.gameServerSessions = operations(store.run, createSessionDomain(store, core, { ipAddress: options.ipAddress }), SESSION_READS);
  core.playerSessions = operations(store.run, createPlayerDomain(store, core, options.endedPlayerSessionHistory === undefined ? {} : { endedHistory: options.endedPlayerSessionHistory }), PLAYER_READS);
  core.placements = operations(store.run, createPlacementDomain(store, core), PLACEMENT_READS);
  core.launchedProcesses = operations(store.run, createLaunchedProcessDomain(store), LAUNCHED_READS);
  const live: LiveView = {
    processes: () => store.tables.processes.values(),
    process: (pid) => store.tables.processes.get(pid),
    session: (id) => store.tables.gameServerSessions.get(id),
    openPlayers: (id) => {
      const session = store.tables.gameServerSessions.get(id);
      return session ? core.gameServerSessions.openPlayerCount(session) : 0;
    },
  };
  const defaultFleetId = options.control?.defaultFleetId ?? "fleet-local";
  const plane = createControlPlane({
    store,
    live,
    membership: createFleetMembership(store, defaultFleetId),
    limits: { ...DEFAULT_LOCAL_LIMITS, ...options.control?.limits },
    ipAddress: options.ipAddress,
    region: options.control?.region ?? "ap-guangzhou",
    defaultFleetId,
  });
  core.control = operations(store.run, {
    ...plane,
    assets: operations(store.run, plane.assets),
    fleets: operations(store.run, plane.fleets),
    instances: operations(store.run, plane.instances),
    routing: operations(store.run, plane.routing),
    scaling: operations(store.run, plane.scaling),
    history: operations(store.run, plane.history, ["lives", "rows", "life"]),
  });
  // The default fleet exists from the start: a game started by hand joins it.
  core.control.defaultFleet();
  return core;
}

/** The domain with each method that writes made one core operation; reads stay direct (the views call them per record). */
function operations<T extends object>(run: <R>(operation: () => R) => R, domain: T, reads: readonly (keyof T)[] = []): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(domain)) {
    const write = typeof value === "function" && !reads.includes(name as keyof T);
    wrapped[name] = write ? (...args: unknown[]) => run(() => (value as (...a: unknown[]) => unknown).apply(domain, args)) : value;
  }
  return wrapped as T;
}
