import {
  closeSync,
  fdatasync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  fstatSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { crc32 } from "./crc32.js";

/** One change: `value` undefined deletes the entry; `reset` drops every domain first. */
export interface StateChange {
  readonly domain: string;
  readonly key: string;
  readonly value?: unknown;
  readonly reset?: boolean;
}

/** What was on disk when the journal was opened: domain, then key, then value. */
export type PersistedState = Map<string, Map<string, unknown>>;

export interface StateJournalOptions {
  /** The state directory; created if missing. One gse-local at a time may use it. */
  directory: string;
  /**
   * How often written records are flushed to the disk (fdatasync) while
   * there are unflushed ones. The loss window on a power cut or kernel
   * crash; a crash of gse-local itself loses nothing that `record` returned
   * for. Default 20 ms.
   */
  syncIntervalMs?: number;
  /** Journal size past which it is folded into a new snapshot. Default 4 MiB. */
  compactAfterBytes?: number;
  /** Takes over a lock left by a process that is still alive (tests play crashes with this). Default false. */
  ignoreLock?: boolean;
}

export interface JournalStats {
  /** Records replayed from the journal at open. */
  replayed: number;
  /** Bytes dropped from the journal's tail at open: a record torn by a crash mid-write. */
  tornBytes: number;
  /** Snapshots written since open. */
  snapshots: number;
}

export interface StateJournal {
  /** The state found at open (snapshot plus journal). */
  readonly loaded: PersistedState;
  readonly stats: JournalStats;
  /**
   * Writes `changes` as one record: after a crash either all of them are
   * read back or none. Synchronous: when it returns, the record is in the
   * kernel's hands (a kill -9 of gse-local does not lose it); it reaches
   * the disk within `syncIntervalMs`.
   */
  record(changes: readonly StateChange[]): void;
  /** Flushes to disk, writes a final snapshot and releases the directory. Idempotent. */
  close(): Promise<void>;
}

export class StateDirectoryError extends Error {
  readonly code = "STATE_DIRECTORY";
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "StateDirectoryError";
  }
}

const SNAPSHOT = "snapshot.json";
const JOURNAL = "journal.log";
const LOCK = "lock";
const FORMAT = 1;

/**
 * gse-local's persistence: an append-only journal of change records over a
 * snapshot, generic over domains (processes, sessions, fleets...: whatever
 * the core names), values stored as JSON.
 *
 * Torn writes: each journal line is `<crc32 hex> <json>\n`; at open, lines
 * are replayed up to the first whose checksum, JSON or newline is wrong, and
 * the file is cut there, so a record half-written when the process died is
 * dropped whole. Snapshots are written to a temporary file, flushed and
 * renamed over the old one (rename is atomic), then the journal is emptied;
 * records already in the snapshot carry a sequence number at or below the
 * snapshot's and are skipped if a crash came between the two steps.
 */
export function openStateJournal(options: StateJournalOptions): StateJournal {
  const { directory } = options;
  const syncIntervalMs = options.syncIntervalMs ?? 20;
  const compactAfterBytes = options.compactAfterBytes ?? 4 * 1024 * 1024;
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new StateDirectoryError(`the state directory ${directory} cannot be created: ${(error as Error).message}`, { cause: error });
  }
  takeLock(directory, options.ignoreLock === true);

  const state: Map<string, Map<string, string>> = new Map();
  const loaded: PersistedState = new Map();
  const stats: JournalStats = { replayed: 0, tornBytes: 0, snapshots: 0 };
  let seq = readSnapshot(directory, state);
  const journalPath = join(directory, JOURNAL);
  const fd = openSync(journalPath, "a+", 0o600);
  let size: number;
  {
    const replay = replayJournal(fd, seq, state);
    stats.replayed = replay.records;
    stats.tornBytes = replay.tornBytes;
    seq = Math.max(seq, replay.lastSeq);
    if (replay.tornBytes > 0) {
      ftruncateSync(fd, replay.goodBytes);
      fsyncSync(fd);
    }
    size = replay.goodBytes;
  }
  for (const [domain, entries] of state) {
    loaded.set(domain, new Map([...entries].map(([key, json]) => [key, JSON.parse(json) as unknown])));
  }

  let dirty = false;
  let syncing = false;
  let closed = false;
  const timer = setInterval(() => {
    if (!dirty || syncing) return;
    dirty = false;
    syncing = true;
    fdatasync(fd, () => {
      syncing = false;
    });
  }, syncIntervalMs);
  // The journal must not keep a host alive that has nothing else to do.
  timer.unref();

  function snapshot(): void {
    // Built from the JSON already kept: no value is parsed or serialized again.
    const parts: string[] = [];
    for (const [domain, entries] of state) {
      const inner: string[] = [];
      for (const [key, json] of entries) inner.push(`${JSON.stringify(key)}:${json}`);
      parts.push(`${JSON.stringify(domain)}:{${inner.join(",")}}`);
    }
    const text = `{"format":${FORMAT},"seq":${seq},"domains":{${parts.join(",")}}}`;
    const temporary = join(directory, `${SNAPSHOT}.tmp`);
    const tmpFd = openSync(temporary, "w", 0o600);
    try {
      writeSync(tmpFd, text);
      fsyncSync(tmpFd);
    } finally {
      closeSync(tmpFd);
    }
    renameSync(temporary, join(directory, SNAPSHOT));
    syncDirectory(directory);
    ftruncateSync(fd, 0);
    fsyncSync(fd);
    size = 0;
    stats.snapshots++;
  }

  return {
    loaded,
    stats,
    record(changes) {
      if (closed) throw new StateDirectoryError("the state journal is closed");
      if (changes.length === 0) return;
      seq++;
      // Each value is serialized once, for both the copy kept for snapshots
      // and the record.
      const ops: string[] = [];
      for (const change of changes) {
        if (change.reset) {
          state.clear();
          ops.push(`["*"]`);
          continue;
        }
        let entries = state.get(change.domain);
        const where = `${JSON.stringify(change.domain)},${JSON.stringify(change.key)}`;
        if (change.value === undefined) {
          entries?.delete(change.key);
          ops.push(`[${where}]`);
          continue;
        }
        const json = JSON.stringify(change.value);
        if (!entries) state.set(change.domain, (entries = new Map()));
        entries.set(change.key, json);
        ops.push(`[${where},${json}]`);
      }
      const body = `{"s":${seq},"o":[${ops.join(",")}]}`;
      const line = Buffer.from(`${crc32(body).toString(16).padStart(8, "0")} ${body}\n`, "utf8");
      let written = 0;
      while (written < line.length) written += writeSync(fd, line, written);
      size += line.length;
      dirty = true;
      if (size > compactAfterBytes) snapshot();
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      while (syncing) await new Promise((resolve) => setImmediate(resolve));
      snapshot();
      closeSync(fd);
      releaseLock(directory);
    },
  };
}

function takeLock(directory: string, ignoreLock: boolean): void {
  const path = join(directory, LOCK);
  let holder: number | undefined;
  try {
    holder = Number(readFileSync(path, "utf8").trim());
  } catch {
    holder = undefined;
  }
  if (!ignoreLock && holder !== undefined && Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
    throw new StateDirectoryError(`the state directory ${directory} is in use by process ${holder}; one gse-local at a time may use a state directory`);
  }
  writeFileSync(path, `${process.pid}\n`, { mode: 0o600 });
}

function releaseLock(directory: string): void {
  try {
    const path = join(directory, LOCK);
    if (Number(readFileSync(path, "utf8").trim()) === process.pid) writeFileSync(path, "");
  } catch {
    // Gone already.
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Loads the snapshot into `state`; returns its sequence number (0 without one). */
function readSnapshot(directory: string, state: Map<string, Map<string, string>>): number {
  let text: string;
  try {
    text = readFileSync(join(directory, SNAPSHOT), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw new StateDirectoryError(`the snapshot in ${directory} cannot be read: ${(error as Error).message}`, { cause: error });
  }
  let parsed: { format?: unknown; seq?: unknown; domains?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch (error) {
    // Renamed into place only once complete and flushed, so this is damage
    // from outside (an edit, a disk fault): refuse rather than start empty.
    throw new StateDirectoryError(`the snapshot in ${directory} is not valid JSON; move the directory away to start with no state`, { cause: error });
  }
  if (parsed.format !== FORMAT || typeof parsed.seq !== "number" || typeof parsed.domains !== "object" || parsed.domains === null) {
    throw new StateDirectoryError(`the snapshot in ${directory} is not a gse-local snapshot of format ${FORMAT}`);
  }
  for (const [domain, entries] of Object.entries(parsed.domains as Record<string, Record<string, unknown>>)) {
    state.set(domain, new Map(Object.entries(entries).map(([key, value]) => [key, JSON.stringify(value)])));
  }
  return parsed.seq;
}

function replayJournal(fd: number, afterSeq: number, state: Map<string, Map<string, string>>): { records: number; lastSeq: number; goodBytes: number; tornBytes: number } {
  const total = fstatSync(fd).size;
  const buffer = Buffer.alloc(total);
  let read = 0;
  while (read < total) {
    const n = readSync(fd, buffer, read, total - read, read);
    if (n === 0) break;
    read += n;
  }
  let offset = 0;
  let records = 0;
  let lastSeq = afterSeq;
  while (offset < read) {
    const newline = buffer.indexOf(0x0a, offset);
    if (newline === -1) break;
    const line = buffer.toString("utf8", offset, newline);
    const space = line.indexOf(" ");
    if (space !== 8) break;
    const body = line.slice(9);
    if (crc32(body).toString(16).padStart(8, "0") !== line.slice(0, 8)) break;
    let record: { s: number; o: Array<[string, string | undefined, unknown?]> };
    try {
      record = JSON.parse(body) as typeof record;
    } catch {
      break;
    }
    offset = newline + 1;
    if (record.s <= afterSeq) continue;
    lastSeq = record.s;
    records++;
    for (const [domain, key, value] of record.o) {
      if (domain === "*" && key === undefined) {
        state.clear();
        continue;
      }
      let entries = state.get(domain);
      if (value === undefined) {
        entries?.delete(key!);
        continue;
      }
      if (!entries) state.set(domain, (entries = new Map()));
      entries.set(key!, JSON.stringify(value));
    }
  }
  return { records, lastSeq, goodBytes: offset, tornBytes: total - offset };
}

function syncDirectory(directory: string): void {
  let dirFd: number | undefined;
  try {
    dirFd = openSync(directory, "r");
    fsyncSync(dirFd);
  } catch {
    // Some file systems cannot fsync a directory; the rename still happened.
  } finally {
    if (dirFd !== undefined) closeSync(dirFd);
  }
}
