// Issue 11 item 3: the log route served any file a ProcessReady listed. A log
// path is now served only if it is a regular file the registering process
// could read itself; with keys set, log URLs are pre-signed and expire.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { openLogFile, readProcessCredentials, type ProcessCredentials } from "../../../src/local/security/openLogFile.js";
import { presignQuery, verifyPresignedQuery } from "../../../src/local/security/presignedUrl.js";

const dir = mkdtempSync(join(tmpdir(), "gse-logs-"));
chmodSync(dir, 0o755);
after(() => rmSync(dir, { recursive: true, force: true }));
const me: ProcessCredentials = readProcessCredentials(process.pid) ?? { uid: process.getuid!(), gid: process.getgid!(), groups: process.getgroups!() };
const nobody: ProcessCredentials = { uid: 65534, gid: 65534, groups: [] };

async function served(path: string, cwd: string | undefined, credentials: ProcessCredentials | undefined): Promise<string> {
  const opened = await openLogFile(path, cwd, credentials);
  if (!opened.ok) return `refused: ${opened.reason}`;
  try {
    return (await opened.handle.readFile("utf8")).trim();
  } finally {
    await opened.handle.close();
  }
}

describe("log file policy", { skip: process.platform !== "linux" && "needs Linux /proc" }, () => {
  it("reads a process's credentials from /proc", () => {
    const credentials = readProcessCredentials(process.pid);
    assert.ok(credentials);
    assert.equal(credentials.uid, process.getuid!());
    assert.equal(credentials.gid, process.getgid!());
    assert.equal(readProcessCredentials(2 ** 22 + 12345), undefined);
  });

  it("serves a regular file the process can read, relative to its cwd", async () => {
    writeFileSync(join(dir, "game.log"), "hello\n", { mode: 0o644 });
    assert.equal(await served("game.log", dir, me), "hello");
    assert.equal(await served(join(dir, "game.log"), undefined, me), "hello");
    assert.equal(await served(join(dir, "game.log"), undefined, nobody), "hello");
    assert.match(await served("game.log", undefined, me), /working directory is unknown/);
  });

  it("refuses symlinks, directories, FIFOs and missing files", async () => {
    writeFileSync(join(dir, "secret"), "secret\n", { mode: 0o600 });
    symlinkSync(join(dir, "secret"), join(dir, "link.log"));
    assert.match(await served("link.log", dir, me), /symbolic link/);
    assert.match(await served(dir, undefined, me), /not a regular file/);
    execFileSync("mkfifo", [join(dir, "pipe.log")]);
    assert.match(await served("pipe.log", dir, me), /not a regular file/);
    assert.match(await served("missing.log", dir, me), /ENOENT/);
    assert.match(await served("a\0b", dir, me), /not a usable path/);
  });

  it("refuses what the registering process could not read: file mode and directories", async () => {
    writeFileSync(join(dir, "locked.log"), "x\n", { mode: 0o000 });
    chmodSync(join(dir, "locked.log"), 0o000);
    const owner = { uid: 4242, gid: 4242, groups: [] };
    // Whoever owns it, mode 000 grants its owner nothing (only root reads it).
    if (process.getuid!() === 0) chownSync(join(dir, "locked.log"), 4242, 4242);
    assert.match(await served("locked.log", dir, process.getuid!() === 0 ? owner : me), /could not read it/);
    // The owner/group/other rule with another user's credentials.
    writeFileSync(join(dir, "mine.log"), "x\n", { mode: 0o640 });
    chmodSync(join(dir, "mine.log"), 0o640);
    assert.match(await served("mine.log", dir, nobody), /could not read it/);
    assert.equal(await served("mine.log", dir, { ...nobody, groups: [me.gid] }), "x");
    // Readable file, unreachable directory.
    mkdirSync(join(dir, "private"), { mode: 0o700 });
    chmodSync(join(dir, "private"), 0o700);
    writeFileSync(join(dir, "private", "open.log"), "x\n", { mode: 0o644 });
    assert.match(await served("private/open.log", dir, nobody), /could not reach it \(directory .*private\)/);
    // A symlinked directory is followed, and its real path is what is checked.
    symlinkSync(join(dir, "private"), join(dir, "via"));
    assert.match(await served("via/open.log", dir, nobody), /could not reach it \(directory .*private\)/);
    assert.equal(await served("via/open.log", dir, me), "x");
  });

  it("without credentials, serves only what every user may read", async () => {
    writeFileSync(join(dir, "world.log"), "w\n", { mode: 0o644 });
    chmodSync(join(dir, "world.log"), 0o644);
    assert.equal(await served("world.log", dir, undefined), "w");
    writeFileSync(join(dir, "group.log"), "g\n", { mode: 0o640 });
    chmodSync(join(dir, "group.log"), 0o640);
    assert.match(await served("group.log", dir, undefined), /could not read it/);
  });
});

describe("pre-signed log URLs", () => {
  const key = "secret-key";
  const path = "/logs/qcs%3A%3Agse%3Alocal%3A%3Agameserversession%2Ff%2Fs";
  it("accepts its own signature until it expires", () => {
    const query = new URLSearchParams(presignQuery(path, key, 1_000));
    assert.deepEqual(verifyPresignedQuery(path, query, key, 999), { ok: true });
    assert.deepEqual(verifyPresignedQuery(path, query, key, 1_000), { ok: true });
    assert.match((verifyPresignedQuery(path, query, key, 1_001) as { reason: string }).reason, /expired/);
  });
  it("refuses another path, another key, a changed expiry and no signature", () => {
    const query = new URLSearchParams(presignQuery(path, key, 1_000));
    assert.equal(verifyPresignedQuery(`${path}x`, query, key, 0).ok, false);
    assert.equal(verifyPresignedQuery(path, query, "other", 0).ok, false);
    const later = new URLSearchParams(query);
    later.set("Expires", "2000");
    assert.match((verifyPresignedQuery(path, later, key, 0) as { reason: string }).reason, /does not match/);
    assert.match((verifyPresignedQuery(path, new URLSearchParams(), key, 0) as { reason: string }).reason, /not signed/);
  });
});
