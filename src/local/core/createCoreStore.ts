import { EventEmitter } from "node:events";
import type { Clock } from "./Clock.js";
import { AGENT_DOMAINS, DOMAIN_KEYS, type CoreTables, type DomainKey, type DomainName, type DomainRecord, type StateChange } from "./CoreDomains.js";
import type { GseLocalEvent } from "./GseLocalEvent.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The one place state changes: domain modules read `tables` and write only
 * through `put`, `update` and `delete`, each of which records a StateChange.
 * Events and changes are delivered after the outermost core operation
 * (`run`) returns, in the order made, so a listener always sees whole
 * transitions (a freed process is free, a terminated one terminated).
 */
export interface CoreStore {
  readonly clock: Clock;
  readonly tables: CoreTables;
  /** Every GseLocalEvent, as "event"; every StateChange, as "change". */
  readonly events: EventEmitter;
  put<D extends DomainName>(domain: D, record: DomainRecord<D>): void;
  update<D extends DomainName>(domain: D, record: DomainRecord<D>, patch: Partial<Mutable<DomainRecord<D>>>): void;
  delete<D extends DomainName>(domain: D, key: DomainKey<D>): void;
  /** Forgets every record, as a freshly started agent knows nothing. */
  reset(): void;
  /** Runs with reset(): for a domain's indexes over its records. */
  onReset(clear: () => void): void;
  /**
   * Puts records read back from a state directory, before anything runs:
   * no change is recorded (they are already on disk), and each domain's
   * `onLoad` hook sees every record, to rebuild its indexes.
   */
  load<D extends DomainName>(domain: D, records: Iterable<DomainRecord<D>>): void;
  /** Runs for each record `load` puts: for a domain's indexes over its records. */
  onLoad(index: (domain: DomainName, record: DomainRecord<DomainName>) => void): void;
  /**
   * Runs inside every put, update and delete, before it returns: for an
   * index that a read later in the same operation must find up to date
   * (free processes by fleet, pending placements). `record` is the record
   * after the write, undefined after a delete; `added` says the key was new.
   * Not for reactions: those are events and changes, delivered after the
   * operation.
   */
  onWrite(index: (domain: DomainName, key: DomainKey<DomainName>, record: DomainRecord<DomainName> | undefined, added: boolean) => void): void;
  /** Announces an event (a transition's own, or a wire's: agentCall, cloudCall...). */
  emit(event: GseLocalEvent): void;
  /** Runs one core operation; what it emits is delivered when the outermost one returns. */
  run<T>(operation: () => T): T;
}

export interface CoreStoreOptions {
  clock: Clock;
  /** A listener threw: reported here, and the other listeners still run. */
  onListenerError?: (error: unknown) => void;
}

type Queued = { event: GseLocalEvent } | { change: StateChange };

export function createCoreStore(options: CoreStoreOptions): CoreStore {
  // One table per domain of the registry (the control plane's included).
  const maps = Object.fromEntries(Object.keys(DOMAIN_KEYS).map((domain) => [domain, new Map()])) as unknown as {
    [D in DomainName]: Map<DomainKey<D>, DomainRecord<D>>;
  };

  const events = new EventEmitter();
  // Listeners are users' code; an event stream must not warn at 11 of them.
  events.setMaxListeners(0);
  const onListenerError =
    options.onListenerError ??
    ((error: unknown) => process.emitWarning(`gse-local: an event listener threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, { code: "GSE_LOCAL_LISTENER_ERROR" }));
  const resetHooks: Array<() => void> = [];
  const loadHooks: Array<(domain: DomainName, record: DomainRecord<DomainName>) => void> = [];
  const writeHooks: Array<(domain: DomainName, key: DomainKey<DomainName>, record: DomainRecord<DomainName> | undefined, added: boolean) => void> = [];
  const indexWrite = (domain: DomainName, key: unknown, record: unknown, added: boolean) => {
    for (const index of writeHooks) index(domain, key as DomainKey<DomainName>, record as DomainRecord<DomainName> | undefined, added);
  };
  const queue: Queued[] = [];
  let depth = 0;
  let flushing = false;

  function flush(): void {
    flushing = true;
    try {
      // Listeners may start operations; what those emit joins the queue's end.
      for (let i = 0; i < queue.length; i++) {
        const item = queue[i]!;
        try {
          if ("event" in item) events.emit("event", item.event);
          else events.emit("change", item.change);
        } catch (error) {
          onListenerError(error);
        }
      }
    } finally {
      queue.length = 0;
      flushing = false;
    }
  }

  function enqueue(item: Queued): void {
    queue.push(item);
    if (depth === 0 && !flushing) flush();
  }

  function change(item: StateChange): void {
    // Nobody listening (the common case in production): no queue entry at all.
    if (events.listenerCount("change") > 0) enqueue({ change: item });
  }

  return {
    clock: options.clock,
    tables: maps,
    events,
    put(domain, record) {
      const key = (DOMAIN_KEYS[domain] as (r: typeof record) => DomainKey<typeof domain>)(record);
      const table = maps[domain] as Map<unknown, unknown>;
      const added = !table.has(key);
      table.set(key, record);
      if (writeHooks.length > 0) indexWrite(domain, key, record, added);
      change({ kind: "put", domain, key, record } as StateChange);
    },
    update(domain, record, patch) {
      Object.assign(record, patch);
      const key = (DOMAIN_KEYS[domain] as (r: typeof record) => DomainKey<typeof domain>)(record);
      if (writeHooks.length > 0) indexWrite(domain, key, record, false);
      change({ kind: "put", domain, key, record } as StateChange);
    },
    delete(domain, key) {
      if (!(maps[domain] as Map<unknown, unknown>).delete(key)) return;
      if (writeHooks.length > 0) indexWrite(domain, key, undefined, false);
      change({ kind: "delete", domain, key } as StateChange);
    },
    reset() {
      for (const domain of AGENT_DOMAINS) maps[domain].clear();
      for (const clear of resetHooks) clear();
      change({ kind: "reset" });
    },
    onReset(clear) {
      resetHooks.push(clear);
    },
    load(domain, records) {
      const key = DOMAIN_KEYS[domain] as (r: DomainRecord<typeof domain>) => DomainKey<typeof domain>;
      for (const record of records) {
        (maps[domain] as Map<unknown, unknown>).set(key(record), record);
        for (const index of loadHooks) index(domain, record as DomainRecord<DomainName>);
      }
    },
    onLoad(index) {
      loadHooks.push(index);
    },
    onWrite(index) {
      writeHooks.push(index);
    },
    emit(event) {
      enqueue({ event });
    },
    run(operation) {
      depth++;
      try {
        return operation();
      } finally {
        depth--;
        if (depth === 0 && !flushing && queue.length > 0) flush();
      }
    },
  };
}
