import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import yauzl from "yauzl";
import { AssetArchiveError } from "./AssetArchiveError.js";

/** Bounds on an asset zip; every one has a default, because a zip is input from outside. */
export interface AssetArchiveLimits {
  /** The zip file itself. Default 2 GiB. */
  maxArchiveBytes: number;
  /** Files and folders in it. Default 20 000. */
  maxEntries: number;
  /** One file, uncompressed. Default 1 GiB. */
  maxEntryBytes: number;
  /** All files, uncompressed: the bound that stops a zip bomb. Default 4 GiB. */
  maxTotalBytes: number;
}

export const DEFAULT_ASSET_ARCHIVE_LIMITS: Readonly<AssetArchiveLimits> = Object.freeze({
  maxArchiveBytes: 2 * 1024 ** 3,
  maxEntries: 20_000,
  maxEntryBytes: 1024 ** 3,
  maxTotalBytes: 4 * 1024 ** 3,
});

export interface AssetArchiveEntry {
  /** Relative, forward slashes, no trailing slash. */
  readonly path: string;
  readonly directory: boolean;
  /** Uncompressed bytes (0 for a folder). */
  readonly size: number;
  /** A Unix mode with an execute bit was recorded (zips made on Linux and macOS keep it). */
  readonly executable: boolean;
}

export interface AssetArchiveSummary {
  readonly entries: readonly AssetArchiveEntry[];
  readonly archiveBytes: number;
  /** Sum of the files' uncompressed sizes. */
  readonly totalBytes: number;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

/**
 * Reads a zip's central directory and checks every rule without writing
 * anything: paths that would leave the target folder (zip-slip: absolute
 * paths, drive letters, `..`), symbolic links, encrypted or undecodable
 * entries, duplicates, and the size and count bounds. CreateAsset calls it
 * so a bad archive is refused when it is named, not when a fleet unpacks it.
 */
export async function inspectAssetArchive(
  zipPath: string,
  limits: Partial<AssetArchiveLimits> = {},
): Promise<AssetArchiveSummary> {
  const bounds = { ...DEFAULT_ASSET_ARCHIVE_LIMITS, ...limits };
  const archiveBytes = await archiveSize(zipPath, bounds);
  const zip = await openZip(zipPath);
  const entries: AssetArchiveEntry[] = [];
  try {
    await walk(zip, bounds, async (_entry, info) => {
      entries.push(info);
    });
  } finally {
    zip.close();
  }
  return summarise(entries, archiveBytes);
}

/**
 * Unpacks `zipPath` into `targetDir` (which must not exist yet), checking
 * the same rules as inspectAssetArchive entry by entry; yauzl checks that
 * each entry inflates to exactly its declared size, so the declared sizes
 * bound what is written. It unpacks into a sibling folder and renames it at
 * the end, so a failure leaves no half-unpacked build behind.
 */
export async function unpackAssetArchive(
  zipPath: string,
  targetDir: string,
  options: { limits?: Partial<AssetArchiveLimits>; signal?: AbortSignal } = {},
): Promise<AssetArchiveSummary> {
  const bounds = { ...DEFAULT_ASSET_ARCHIVE_LIMITS, ...options.limits };
  const archiveBytes = await archiveSize(zipPath, bounds);
  const target = resolve(targetDir);
  const partial = `${target}.partial-${process.pid}-${Date.now().toString(36)}`;
  await mkdir(partial, { recursive: true });
  const zip = await openZip(zipPath);
  const entries: AssetArchiveEntry[] = [];
  try {
    await walk(zip, bounds, async (entry, info) => {
      options.signal?.throwIfAborted();
      entries.push(info);
      const destination = join(partial, info.path);
      if (info.directory) {
        await mkdir(destination, { recursive: true });
        return;
      }
      await mkdir(dirname(destination), { recursive: true });
      const source = await zip.openReadStreamPromise(entry);
      try {
        await pipeline(source, createWriteStream(destination, { mode: info.executable ? 0o755 : 0o644 }), {
          signal: options.signal,
        });
      } catch (error) {
        if (options.signal?.aborted) throw error;
        throw new AssetArchiveError(
          "malformed",
          `asset archive: entry "${info.path}" could not be inflated (${(error as Error).message})`,
          info.path,
        );
      }
    });
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  } finally {
    zip.close();
  }
  return summarise(entries, archiveBytes);
}

/** The zip-slip rule alone: where `name` lands under `root`, or the reason it may not. */
export function checkEntryPath(name: string, root = "/asset-root"): { path: string } | { refused: string } {
  if (name.includes("\0")) return { refused: "contains a NUL character" };
  const normalised = name.replaceAll("\\", "/");
  if (normalised.startsWith("/")) return { refused: "is an absolute path" };
  if (/^[A-Za-z]:/.test(normalised)) return { refused: "starts with a drive letter" };
  const segments = normalised.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) return { refused: 'contains a ".." segment' };
  if (segments.length === 0) return { refused: "names no file" };
  const base = resolve(root);
  const landed = resolve(base, ...segments);
  if (!landed.startsWith(base + sep)) return { refused: "resolves outside the target folder" };
  return { path: segments.join("/") };
}

// ---------------------------------------------------------------------------

async function archiveSize(zipPath: string, bounds: AssetArchiveLimits): Promise<number> {
  let size: number;
  try {
    const info = await stat(zipPath);
    if (!info.isFile()) throw new Error("not a regular file");
    size = info.size;
  } catch (error) {
    throw new AssetArchiveError("malformed", `asset archive ${zipPath}: cannot be read (${(error as Error).message})`);
  }
  if (size > bounds.maxArchiveBytes) {
    throw new AssetArchiveError(
      "archive-size",
      `asset archive ${zipPath}: ${size} bytes is more than the limit of ${bounds.maxArchiveBytes}`,
    );
  }
  return size;
}

async function openZip(zipPath: string): Promise<yauzl.ZipFile> {
  try {
    // decodeStrings off: yauzl would refuse bad names with its own message;
    // we check them ourselves to name the rule.
    return await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      decodeStrings: false,
      validateEntrySizes: true,
      autoClose: false,
    });
  } catch (error) {
    throw new AssetArchiveError("malformed", `asset archive ${zipPath}: not a readable zip (${(error as Error).message})`);
  }
}

function walk(
  zip: yauzl.ZipFile,
  bounds: AssetArchiveLimits,
  visit: (entry: yauzl.Entry, info: AssetArchiveEntry) => Promise<void>,
): Promise<void> {
  if (zip.entryCount > bounds.maxEntries) {
    return Promise.reject(
      new AssetArchiveError("entry-count", `asset archive: ${zip.entryCount} entries is more than the limit of ${bounds.maxEntries}`),
    );
  }
  if (zip.entryCount === 0) return Promise.reject(new AssetArchiveError("empty", "asset archive: the zip holds no entries"));
  const seen = new Set<string>();
  let total = 0;
  return new Promise<void>((resolvePromise, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(
        error instanceof AssetArchiveError || (error as Error)?.name === "AbortError"
          ? error
          : new AssetArchiveError("malformed", `asset archive: ${(error as Error).message}`),
      );
    };
    zip.on("error", fail);
    zip.on("end", () => {
      if (settled) return;
      settled = true;
      resolvePromise();
    });
    zip.on("entry", (entry: yauzl.Entry) => {
      let info: AssetArchiveEntry;
      try {
        info = describeEntry(entry, bounds);
        if (!info.directory) {
          total += info.size;
          if (total > bounds.maxTotalBytes) {
            throw new AssetArchiveError(
              "total-size",
              `asset archive: the files add up to more than the limit of ${bounds.maxTotalBytes} bytes uncompressed`,
              info.path,
            );
          }
        }
        if (seen.has(info.path)) {
          throw new AssetArchiveError("duplicate", `asset archive: entry "${info.path}" appears twice`, info.path);
        }
        seen.add(info.path);
      } catch (error) {
        fail(error);
        return;
      }
      visit(entry, info).then(() => {
        if (!settled) zip.readEntry();
      }, fail);
    });
    zip.readEntry();
  });
}

function describeEntry(entry: yauzl.Entry, bounds: AssetArchiveLimits): AssetArchiveEntry {
  const raw = yauzl.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw ?? (entry.fileName as unknown as Buffer),
    entry.extraFields,
    false,
  );
  const checked = checkEntryPath(raw);
  if ("refused" in checked) {
    throw new AssetArchiveError("zip-slip", `asset archive: entry "${raw}" ${checked.refused}; entries must stay inside the build folder`, raw);
  }
  const path = checked.path;
  const unixMode = (entry.externalFileAttributes >>> 16) & 0xffff;
  const madeOnUnix = entry.versionMadeBy >> 8 === 3 || entry.versionMadeBy >> 8 === 19;
  if (madeOnUnix && (unixMode & S_IFMT) === S_IFLNK) {
    throw new AssetArchiveError("symlink", `asset archive: entry "${path}" is a symbolic link; links are not unpacked`, path);
  }
  if (entry.isEncrypted()) {
    throw new AssetArchiveError("encrypted", `asset archive: entry "${path}" is encrypted`, path);
  }
  const directory = raw.endsWith("/") || raw.endsWith("\\") || (madeOnUnix && (unixMode & S_IFMT) === S_IFDIR);
  if (!directory && !entry.canDecodeFileData()) {
    throw new AssetArchiveError(
      "compression",
      `asset archive: entry "${path}" uses compression method ${entry.compressionMethod}; only stored and deflated entries are supported`,
      path,
    );
  }
  if (!directory && entry.uncompressedSize > bounds.maxEntryBytes) {
    throw new AssetArchiveError(
      "entry-size",
      `asset archive: entry "${path}" is ${entry.uncompressedSize} bytes, more than the limit of ${bounds.maxEntryBytes}`,
      path,
    );
  }
  return {
    path,
    directory,
    size: directory ? 0 : entry.uncompressedSize,
    executable: madeOnUnix && (unixMode & 0o111) !== 0,
  };
}

function summarise(entries: AssetArchiveEntry[], archiveBytes: number): AssetArchiveSummary {
  return {
    entries,
    archiveBytes,
    totalBytes: entries.reduce((sum, e) => sum + e.size, 0),
  };
}
