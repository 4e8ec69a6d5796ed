import type { GseLocalCore } from "../core/createCore.js";
import type { StateChange as CoreChange } from "../core/CoreDomains.js";
import type { StateChange, StateJournal } from "./openStateJournal.js";

/**
 * Persists the core's one change stream, whatever domains it has: every
 * change made in one turn of the event loop (an agent call, a cloud action,
 * a timer and what its listeners did) becomes one journal record, written
 * in a microtask that runs before the reply of the request that caused it
 * is sent. So a reply tells of nothing that a kill -9 right after it could
 * lose, and a crash never leaves half an operation on disk.
 *
 * Records are serialized when the record is written, not when changed: the
 * core hands out live objects, and the latest state is the one to keep.
 * Returns a function that detaches.
 */
export function attachStateJournal(core: GseLocalCore, journal: StateJournal, onError: (error: unknown) => void): () => void {
  // Insertion-ordered; a delete followed by a put of the same key keeps both
  // (the key moves to the end of its table, as a recycled pid does).
  let pending = new Map<string, { domain: string; key: string; record?: unknown; reset?: true }>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = pending;
    pending = new Map();
    const changes: StateChange[] = [];
    for (const entry of batch.values()) {
      if (entry.reset) changes.push({ domain: "*", key: "*", reset: true });
      else changes.push(entry.record === undefined ? { domain: entry.domain, key: entry.key } : { domain: entry.domain, key: entry.key, value: entry.record });
    }
    try {
      journal.record(changes);
    } catch (error) {
      onError(error);
    }
  };

  return core.onChange((change: CoreChange) => {
    if (change.kind === "reset") {
      pending.clear();
      pending.set("*", { domain: "*", key: "*", reset: true });
    } else {
      const key = String(change.key);
      const id = `${change.domain}\u0000${key}`;
      if (change.kind === "delete") {
        pending.delete(id);
        pending.delete(`${id}\u0000again`);
        pending.set(id, { domain: change.domain, key });
      } else if (pending.has(id) && pending.get(id)!.record === undefined) {
        pending.set(`${id}\u0000again`, { domain: change.domain, key, record: change.record });
      } else {
        pending.set(id, { domain: change.domain, key, record: change.record });
      }
    }
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(flush);
    }
  });
}
