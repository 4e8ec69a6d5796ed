import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { endianness } from "node:os";

/**
 * What the agent knows about the process behind a connection.
 * - `owned`: the claimed pid holds the connection's socket (read from /proc).
 * - `sameUser`: the claimed pid's fds could not be read (another user, and
 *   gse-local is not root), but the socket and the pid belong to one uid.
 * - `notOwned`: the claimed pid does not hold the socket (`reason` says why).
 * - `unverifiable`: this host has no /proc (not Linux, or /proc not mounted),
 *   so the pid metadata is taken on trust.
 */
export type PeerCheck =
  | { readonly result: "owned" | "sameUser" }
  | { readonly result: "notOwned"; readonly reason: string }
  | { readonly result: "unverifiable"; readonly reason: string };

export interface PeerVerifier {
  /** False where /proc/net/tcp cannot be read: every check answers `unverifiable`. */
  readonly available: boolean;
  /**
   * Whether the TCP connection from `peer` (gRPC's `CallContext.peer`,
   * `host:port` as grpc-js writes it: `127.0.0.1:51234`, `::1:51234`) to our
   * `serverPort` is held by process `pid`.
   */
  check(peer: string, pid: number, serverPort: number): PeerCheck;
}

export interface PeerVerifierOptions {
  /** Root of procfs. Default "/proc"; tests point it elsewhere to play a host without one. */
  procRoot?: string;
  /** Connections remembered (peer to socket), the oldest forgotten first. Default 4096. */
  cacheSize?: number;
  /** How long one read of /proc/net/tcp(6) may serve other connections' first calls, ms. Default 1000. */
  tableReuseMs?: number;
}

interface Remembered {
  readonly pid: number;
  readonly link: string;
  readonly fd: string;
}

const ESTABLISHED = "01";
const LITTLE_ENDIAN = endianness() === "LE";

/**
 * Maps a connection to the process holding it, the way `ss -p` does: the
 * connection's socket inode from /proc/net/tcp(6) (the line whose local end
 * is the peer's address and whose remote end is our port), then a look
 * through /proc/<pid>/fd for `socket:[inode]`. Only the claimed pid's fds
 * are read, not every process's.
 *
 * A verified connection is remembered as (pid, fd number, inode); the next
 * call on it costs one readlink of /proc/<pid>/fd/<fd>. That is as strong as
 * the full lookup: while the process still holds that socket at that fd, no
 * other connection can have the same peer address and port (a TCP 4-tuple is
 * unique among live sockets); once it closes it, the readlink differs and the
 * full lookup runs again for whatever connection now uses the address.
 *
 * The full lookup's first step is the expensive one: /proc/net/tcp lists
 * every socket of the host (with 1,000 processes connected, about 3,000
 * lines, 5-10 ms of kernel time per read here), and a fleet starting reads
 * it once per process. One read therefore serves the first calls of other
 * connections for up to `tableReuseMs`, for the answer `owned` only: a line
 * of an older read names a socket inode that had the connection's address
 * then; the claimed pid holding that inode now is proved by its own fd
 * table, as above, and a socket's addresses do not change while it exists,
 * so it is still this connection. Any other answer (not found, not held,
 * the same-uid fallback, which reads the socket's uid from the table) is
 * given only from a fresh read.
 */
export function createPeerVerifier(options: PeerVerifierOptions = {}): PeerVerifier {
  const proc = options.procRoot ?? "/proc";
  const cacheSize = options.cacheSize ?? 4096;
  const tableReuseMs = options.tableReuseMs ?? 1_000;
  const remembered = new Map<string, Remembered>();
  const available = readable(`${proc}/net/tcp`);
  /** The last read of each table, and when it was read (performance.now). */
  const tables = new Map<string, { text: string; at: number }>();

  /** The table's text: a recent read if `reuse`, else a fresh one (which later lookups may reuse). */
  function readTable(table: string, reuse: boolean): { text: string; earlier: boolean } | undefined {
    const now = performance.now();
    const kept = tables.get(table);
    if (reuse && kept && now - kept.at <= tableReuseMs) return { text: kept.text, earlier: true };
    let text: string;
    try {
      text = readFileSync(`${proc}/net/${table}`, "latin1");
    } catch {
      tables.delete(table);
      return undefined;
    }
    tables.set(table, { text, at: now });
    return { text, earlier: false };
  }

  function lookUp(peer: string, pid: number, serverPort: number): PeerCheck {
    const parsed = parsePeer(peer);
    if (!parsed) return { result: "notOwned", reason: `the connection's peer address ${JSON.stringify(peer)} is not a TCP address` };
    let usedEarlierRead = false;
    const first = lookUpSocket(peer, parsed, pid, serverPort, (table) => {
      const read = readTable(table, true);
      if (read?.earlier) usedEarlierRead = true;
      return read?.text;
    });
    // An earlier read can only prove ownership; anything else is decided on a fresh one.
    if (first.result === "owned" || !usedEarlierRead) return first;
    return lookUpSocket(peer, parsed, pid, serverPort, (table) => readTable(table, false)?.text);
  }

  function lookUpSocket(peer: string, parsed: PeerAddress, pid: number, serverPort: number, read: (table: string) => string | undefined): PeerCheck {
    const socket = findSocket(read, parsed, serverPort);
    if (!socket) {
      return { result: "notOwned", reason: `no connection from ${peer} to port ${serverPort} is known to this host's kernel (is the caller on another host or in another network namespace?)` };
    }
    const link = `socket:[${socket.inode}]`;
    let fds: string[];
    try {
      fds = readdirSync(`${proc}/${pid}/fd`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return { result: "notOwned", reason: `no process ${pid} is running` };
      // Another user's process and we are not root: fall back to its uid.
      const uid = processUid(proc, pid);
      if (uid === undefined) return { result: "notOwned", reason: `process ${pid} cannot be inspected (${code})` };
      if (uid === socket.uid) return { result: "sameUser" };
      return { result: "notOwned", reason: `the connection belongs to uid ${socket.uid}, process ${pid} runs as uid ${uid}` };
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`${proc}/${pid}/fd/${fd}`);
      } catch {
        continue; // closed while we looked
      }
      if (target === link) {
        remember(`${peer}|${serverPort}`, { pid, link, fd });
        return { result: "owned" };
      }
    }
    return { result: "notOwned", reason: `process ${pid} does not hold the connection from ${peer}` };
  }

  function remember(key: string, entry: Remembered): void {
    remembered.delete(key);
    remembered.set(key, entry);
    if (remembered.size > cacheSize) remembered.delete(remembered.keys().next().value!);
  }

  return {
    available,
    check(peer, pid, serverPort) {
      if (!available) return { result: "unverifiable", reason: `${proc}/net/tcp cannot be read on this host` };
      const key = `${peer}|${serverPort}`;
      const known = remembered.get(key);
      if (known && known.pid === pid) {
        try {
          if (readlinkSync(`${proc}/${pid}/fd/${known.fd}`) === known.link) return { result: "owned" };
        } catch {
          // Closed: look again.
        }
        remembered.delete(key);
      }
      return lookUp(peer, pid, serverPort);
    },
  };
}

interface PeerAddress {
  /** Address bytes, 4 (IPv4) or 16 (IPv6). */
  bytes: number[];
  port: number;
}

/** `127.0.0.1:5000`, `::1:5000`, `[::1]:5000`, `::ffff:127.0.0.1:5000`, with an optional `ipv4:`/`ipv6:` scheme. */
export function parsePeer(peer: string): PeerAddress | undefined {
  const text = peer.replace(/^ipv[46]:/, "");
  const colon = text.lastIndexOf(":");
  if (colon <= 0) return undefined;
  const port = Number(text.slice(colon + 1));
  if (!Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  const host = text.slice(0, colon).replace(/^\[(.*)\]$/, "$1");
  const bytes = host.includes(":") ? ipv6Bytes(host) : ipv4Bytes(host);
  return bytes ? { bytes, port } : undefined;
}

function ipv4Bytes(host: string): number[] | undefined {
  const parts = host.split(".");
  if (parts.length !== 4) return undefined;
  const bytes = parts.map(Number);
  return bytes.every((b, i) => /^\d{1,3}$/.test(parts[i]!) && b <= 255) ? bytes : undefined;
}

function ipv6Bytes(host: string): number[] | undefined {
  let text = host.split("%")[0]!;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(":");
  if (text.slice(lastColon + 1).includes(".")) {
    const v4 = ipv4Bytes(text.slice(lastColon + 1));
    if (!v4) return undefined;
    tail = v4;
    text = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groups = (part: string) => (part === "" ? [] : part.split(":"));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  const fill = 8 - head.length - rest.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return undefined;
  const all = [...head, ...Array<string>(fill).fill("0"), ...rest];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const bytes = all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** The kernel prints each 32-bit word of an address as it sits in memory, %08X. */
function kernelHex(bytes: number[]): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 4) {
    const word = bytes.slice(i, i + 4);
    if (LITTLE_ENDIAN) word.reverse();
    out += word.map((b) => b.toString(16).padStart(2, "0")).join("");
  }
  return out.toUpperCase();
}

function portHex(port: number): string {
  return port.toString(16).toUpperCase().padStart(4, "0");
}

const MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/**
 * The ESTABLISHED socket whose local end is `peer` and whose remote end is
 * our port. An IPv4 peer can sit in either table: an IPv6 socket connected
 * to an IPv4 address shows it v4-mapped.
 */
function findSocket(readTable: (table: string) => string | undefined, peer: PeerAddress, serverPort: number): { inode: string; uid: number } | undefined {
  const candidates: Array<[string, string]> = [];
  if (peer.bytes.length === 4) {
    candidates.push(["tcp", kernelHex(peer.bytes)], ["tcp6", kernelHex([...MAPPED_PREFIX, ...peer.bytes])]);
  } else {
    const mapped = MAPPED_PREFIX.every((b, i) => peer.bytes[i] === b);
    candidates.push(["tcp6", kernelHex(peer.bytes)]);
    if (mapped) candidates.push(["tcp", kernelHex(peer.bytes.slice(12))]);
  }
  for (const [table, address] of candidates) {
    const text = readTable(table);
    if (text === undefined) continue;
    // Anchored on the "sl:" column before it, so the peer's address as some
    // other socket's remote end (our own side of the connection) never matches.
    const needle = `: ${address}:${portHex(peer.port)} `;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const lineEnd = text.indexOf("\n", at);
      const fields = text.slice(at + 1, lineEnd === -1 ? undefined : lineEnd).trim().split(/\s+/);
      // local rem st tx:rx tr:when retrnsmt uid timeout inode
      const remote = fields[1] ?? "";
      if (fields[2] !== ESTABLISHED || !remote.endsWith(`:${portHex(serverPort)}`)) continue;
      const inode = fields[8];
      if (inode === undefined || inode === "0") continue;
      return { inode, uid: Number(fields[6]) };
    }
  }
  return undefined;
}

function processUid(proc: string, pid: number): number | undefined {
  try {
    const status = readFileSync(`${proc}/${pid}/status`, "utf8");
    const match = /^Uid:\s+(\d+)/m.exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function readable(path: string): boolean {
  try {
    readFileSync(path, "latin1");
    return true;
  } catch {
    return false;
  }
}
