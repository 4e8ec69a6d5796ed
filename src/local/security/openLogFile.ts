import { constants, readFileSync, statSync, type Stats } from "node:fs";
import { open, realpath, type FileHandle } from "node:fs/promises";
import { basename, dirname, isAbsolute, resolve, sep } from "node:path";

/** Who a process is to the file system: its filesystem uid and gid and its supplementary groups. */
export interface ProcessCredentials {
  readonly uid: number;
  readonly gid: number;
  readonly groups: readonly number[];
}

// Compiled once: the credentials are read at every ProcessReady.
const UID_LINE = /^Uid:[ \t]*(.*)$/m;
const GID_LINE = /^Gid:[ \t]*(.*)$/m;
const GROUPS_LINE = /^Groups:[ \t]*(.*)$/m;

/**
 * A process's credentials from /proc/<pid>/status (the filesystem ids, the
 * fourth of each `Uid:`/`Gid:` line, are the ones the kernel checks on
 * open), or undefined where /proc cannot tell (not Linux, the process gone).
 * Read at ProcessReady and kept: logs are fetched after the process ended.
 */
export function readProcessCredentials(pid: number, procRoot = "/proc"): ProcessCredentials | undefined {
  let status: string;
  try {
    status = readFileSync(`${procRoot}/${pid}/status`, "utf8");
  } catch {
    return undefined;
  }
  const ids = (line: RegExp): number[] | undefined => {
    const match = line.exec(status);
    return match ? match[1]!.trim().split(/\s+/).filter(Boolean).map(Number) : undefined;
  };
  const uid = ids(UID_LINE);
  const gid = ids(GID_LINE);
  const groups = ids(GROUPS_LINE) ?? [];
  if (!uid || !gid || uid.length < 4 || gid.length < 4) return undefined;
  return { uid: uid[3]!, gid: gid[3]!, groups };
}

export type LogFileOpening =
  | { readonly ok: true; readonly handle: FileHandle; readonly size: number; readonly realPath: string }
  | { readonly ok: false; readonly reason: string };

const R = { owner: 0o400, group: 0o040, other: 0o004 };
const X = { owner: 0o100, group: 0o010, other: 0o001 };

/**
 * Opens a log path a process listed in ProcessReady, for the log route,
 * only if serving it discloses nothing that process could not read itself:
 *
 * - the path is resolved against the process's working directory; its
 *   directories are resolved to their real path (symlinks in them are
 *   followed, and the real directories are the ones checked);
 * - its last component is opened with O_NOFOLLOW (a symlink is refused) and
 *   O_NONBLOCK (a FIFO cannot hang the route), and the opened file, not the
 *   path, must be a regular file: a swap between check and read changes
 *   nothing, since every later check is on what was opened;
 * - the file's mode must grant read, and every directory on its real path
 *   search, to the process's credentials by the classic owner/group/other
 *   rule (uid 0 may read everything, as the kernel allows root). POSIX ACLs
 *   are not consulted: a file readable only through an ACL is refused;
 * - without credentials (no /proc), only what every user may read: the file
 *   o+r and every directory on the way o+x.
 */
export async function openLogFile(path: string, cwd: string | undefined, credentials: ProcessCredentials | undefined): Promise<LogFileOpening> {
  if (path === "" || path.includes("\0")) return { ok: false, reason: "not a usable path" };
  const full = isAbsolute(path) ? path : cwd !== undefined ? resolve(cwd, path) : undefined;
  if (full === undefined) return { ok: false, reason: "a relative path, and the process's working directory is unknown" };
  let directory: string;
  try {
    directory = await realpath(dirname(full));
  } catch (error) {
    return { ok: false, reason: `its directory cannot be resolved (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  const realPath = directory === sep ? `${sep}${basename(full)}` : `${directory}${sep}${basename(full)}`;

  let handle: FileHandle;
  try {
    handle = await open(realPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ELOOP" ? "a symbolic link (not followed)" : `not readable (${code ?? "error"})` };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return close(handle, "not a regular file");
    if (!allows(stats, credentials, R)) return close(handle, "the process that registered it could not read it (file mode)");
    for (let dir = directory; ; dir = dirname(dir)) {
      let dirStats: Stats;
      try {
        dirStats = statSync(dir);
      } catch {
        return close(handle, `its directory ${dir} cannot be inspected`);
      }
      if (!allows(dirStats, credentials, X)) return close(handle, `the process that registered it could not reach it (directory ${dir})`);
      if (dir === dirname(dir)) break;
    }
    return { ok: true, handle, size: stats.size, realPath };
  } catch (error) {
    return close(handle, `not readable (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

async function close(handle: FileHandle, reason: string): Promise<LogFileOpening> {
  await handle.close().catch(() => undefined);
  return { ok: false, reason };
}

function allows(stats: Stats, credentials: ProcessCredentials | undefined, bits: { owner: number; group: number; other: number }): boolean {
  if (!credentials) return (stats.mode & bits.other) !== 0;
  if (credentials.uid === 0) return true;
  if (stats.uid === credentials.uid) return (stats.mode & bits.owner) !== 0;
  if (stats.gid === credentials.gid || credentials.groups.includes(stats.gid)) return (stats.mode & bits.group) !== 0;
  return (stats.mode & bits.other) !== 0;
}
