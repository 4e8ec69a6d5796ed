import type { CoreStore } from "../core/createCoreStore.js";
import type { LocalProcess } from "../core/records.js";
import type { LiveView } from "./LiveView.js";
import type { ProcessPlacementRecord } from "./records.js";

/** Which live processes each fleet has, kept as the store is written. */
export interface FleetMembership {
  /**
   * Pids of the fleet's processes that are not TERMINATED, in registration
   * order (the order of the processes table, as a scan of it would give).
   * Live: do not write the store while iterating it.
   */
  pidsOf(fleetId: string): ReadonlySet<number>;
}

const NONE: ReadonlySet<number> = new Set();

interface Members {
  readonly pids: Set<number>;
  /** The highest registration sequence added: a lower one means the set must be re-sorted. */
  maxSeq: number;
}

/**
 * An index of the processes table by fleet (a process no instance claims is
 * the default fleet's), so that placement, capacity and the fleet views
 * read a fleet's processes instead of scanning every process of every
 * fleet for each one (docs/benchmarks.md, "Placement at 1,000 processes").
 * Kept inside each write (CoreStore.onWrite), so a read later in the same
 * operation sees it; rebuilt on reset and on a state directory's load.
 */
export function createFleetMembership(store: Pick<CoreStore, "tables" | "onWrite" | "onReset" | "onLoad">, defaultFleetId: string): FleetMembership {
  const processes = store.tables.processes;
  const placements = store.tables.processPlacements;
  /** Per record in the processes table: its position (a pid re-registered is a new record, last). */
  const seqOf = new Map<number, number>();
  /** Per live pid: the fleet it is counted in. */
  const fleetOf = new Map<number, string>();
  const byFleet = new Map<string, Members>();
  let nextSeq = 0;

  function leave(pid: number): void {
    const fleetId = fleetOf.get(pid);
    if (fleetId === undefined) return;
    fleetOf.delete(pid);
    byFleet.get(fleetId)?.pids.delete(pid);
  }

  function join(pid: number, fleetId: string): void {
    if (fleetOf.get(pid) === fleetId) return;
    leave(pid);
    fleetOf.set(pid, fleetId);
    const seq = seqOf.get(pid)!;
    let members = byFleet.get(fleetId);
    if (!members) {
      members = { pids: new Set(), maxSeq: -1 };
      byFleet.set(fleetId, members);
    }
    if (seq > members.maxSeq) {
      members.pids.add(pid);
      members.maxSeq = seq;
      return;
    }
    // Placed out of registration order (rare): keep the set in table order.
    const sorted = [...members.pids, pid].sort((a, b) => seqOf.get(a)! - seqOf.get(b)!);
    members.pids.clear();
    for (const p of sorted) members.pids.add(p);
  }

  /** Where the pid belongs now, from its current record and placement. */
  function place(pid: number): void {
    const process = processes.get(pid);
    if (!process || process.status === "TERMINATED") return leave(pid);
    join(pid, placements.get(pid)?.fleetId ?? defaultFleetId);
  }

  function onProcess(pid: number, record: LocalProcess | undefined, added: boolean): void {
    if (record === undefined) {
      seqOf.delete(pid);
      leave(pid);
      return;
    }
    // A write to a record the table no longer holds (a recycled pid's old one) changes nothing here.
    if (processes.get(pid) !== record) return;
    if (added || !seqOf.has(pid)) seqOf.set(pid, nextSeq++);
    place(pid);
  }

  store.onWrite((domain, key, record, added) => {
    if (domain === "processes") onProcess(key as number, record as LocalProcess | undefined, added);
    else if (domain === "processPlacements") place((record as ProcessPlacementRecord | undefined)?.pid ?? (key as number));
  });
  store.onLoad((domain, record) => {
    if (domain === "processes") onProcess((record as LocalProcess).pid, record as LocalProcess, true);
    else if (domain === "processPlacements") place((record as ProcessPlacementRecord).pid);
  });
  store.onReset(() => {
    seqOf.clear();
    fleetOf.clear();
    byFleet.clear();
  });

  return {
    pidsOf: (fleetId) => byFleet.get(fleetId)?.pids ?? NONE,
  };
}

/**
 * The same answer by scanning every process: for a control plane over a
 * store without write hooks (tests that set processes directly), and the
 * reference the index is tested against.
 */
export function scanFleetMembership(live: Pick<LiveView, "processes">, placements: ReadonlyMap<number, ProcessPlacementRecord>, defaultFleetId: string): FleetMembership {
  return {
    pidsOf(fleetId) {
      const pids = new Set<number>();
      for (const proc of live.processes()) {
        if (proc.status !== "TERMINATED" && (placements.get(proc.pid)?.fleetId ?? defaultFleetId) === fleetId) pids.add(proc.pid);
      }
      return pids;
    },
  };
}
