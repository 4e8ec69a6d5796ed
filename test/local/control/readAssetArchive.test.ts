import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { AssetArchiveError, type AssetArchiveRule } from "../../../src/local/control/assets/AssetArchiveError.js";
import {
  checkEntryPath,
  inspectAssetArchive,
  unpackAssetArchive,
} from "../../../src/local/control/assets/readAssetArchive.js";
import { makeZip, type RawZipEntry } from "../../helpers/makeZip.js";

function scratch(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), "gse-asset-test-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function writeZip(dir: string, entries: RawZipEntry[], name = "build.zip"): string {
  const path = join(dir, name);
  writeFileSync(path, makeZip(entries));
  return path;
}

async function refusedWith(promise: Promise<unknown>, rule: AssetArchiveRule, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof AssetArchiveError, `expected AssetArchiveError, got ${String(error)}`);
    assert.equal(error.rule, rule);
    assert.match(error.message, pattern);
    return true;
  });
}

test("unpacks files and folders, keeping the execute bit", async (t) => {
  const dir = scratch(t);
  const zip = writeZip(dir, [
    { name: "bin/" },
    { name: "bin/server", data: "#!/bin/sh\necho hi\n", mode: 0o100755 },
    { name: "config/game.json", data: '{"a":1}', deflate: false },
  ]);
  const target = join(dir, "out");
  const summary = await unpackAssetArchive(zip, target);
  assert.equal(summary.entries.length, 3);
  assert.equal(summary.totalBytes, 18 + 7);
  assert.equal(readFileSync(join(target, "config/game.json"), "utf8"), '{"a":1}');
  assert.ok((statSync(join(target, "bin/server")).mode & 0o111) !== 0, "bin/server is executable");
  assert.equal(statSync(join(target, "config/game.json")).mode & 0o111, 0);
  assert.deepEqual(readdirSync(dir).sort(), ["build.zip", "out"], "no partial folder left behind");
});

for (const [name, why] of [
  ["../evil.sh", /"\.\." segment/],
  ["game/../../evil.sh", /"\.\." segment/],
  ["/etc/evil.sh", /absolute path/],
  ["C:/Windows/evil.exe", /drive letter/],
  ["..\\evil.bat", /"\.\." segment/],
] as const) {
  test(`zip-slip: "${name}" is refused by inspect and unpack, nothing written`, async (t) => {
    const dir = scratch(t);
    const zip = writeZip(dir, [{ name: "ok.txt", data: "fine" }, { name, data: "boom" }]);
    await refusedWith(inspectAssetArchive(zip), "zip-slip", why);
    await refusedWith(unpackAssetArchive(zip, join(dir, "out")), "zip-slip", /must stay inside the build folder/);
    assert.deepEqual(readdirSync(dir), ["build.zip"], "neither the target nor a partial folder exists");
    assert.equal(existsSync(join(dir, "evil.sh")), false);
  });
}

test("symbolic links are refused", async (t) => {
  const dir = scratch(t);
  const zip = writeZip(dir, [{ name: "link", data: "/etc/passwd", mode: 0o120777 }]);
  await refusedWith(unpackAssetArchive(zip, join(dir, "out")), "symlink", /"link" is a symbolic link/);
});

test("entry count, entry size and total size bounds name the limit", async (t) => {
  const dir = scratch(t);
  const many = writeZip(dir, [{ name: "a" }, { name: "b" }, { name: "c" }], "many.zip");
  await refusedWith(inspectAssetArchive(many, { maxEntries: 2 }), "entry-count", /3 entries is more than the limit of 2/);
  const big = writeZip(dir, [{ name: "big.bin", data: Buffer.alloc(1000) }], "big.zip");
  await refusedWith(inspectAssetArchive(big, { maxEntryBytes: 999 }), "entry-size", /"big\.bin" is 1000 bytes, more than the limit of 999/);
  const sum = writeZip(dir, [{ name: "x", data: Buffer.alloc(600) }, { name: "y", data: Buffer.alloc(600) }], "sum.zip");
  await refusedWith(inspectAssetArchive(sum, { maxTotalBytes: 1000 }), "total-size", /more than the limit of 1000 bytes/);
  await refusedWith(inspectAssetArchive(sum, { maxArchiveBytes: 10 }), "archive-size", /more than the limit of 10/);
});

test("an entry that inflates past its declared size is refused (zip bomb)", async (t) => {
  const dir = scratch(t);
  const zip = writeZip(dir, [{ name: "bomb.bin", data: Buffer.alloc(100_000), declaredSize: 10 }]);
  await refusedWith(unpackAssetArchive(zip, join(dir, "out")), "malformed", /"bomb\.bin" could not be inflated/);
  assert.deepEqual(readdirSync(dir), ["build.zip"]);
});

test("malformed, empty, encrypted and duplicate archives are refused", async (t) => {
  const dir = scratch(t);
  const junk = join(dir, "junk.zip");
  writeFileSync(junk, "this is not a zip at all, but it is long enough to look for an end record");
  await refusedWith(inspectAssetArchive(junk), "malformed", /not a readable zip/);
  await refusedWith(inspectAssetArchive(join(dir, "missing.zip")), "malformed", /cannot be read/);
  await refusedWith(inspectAssetArchive(writeZip(dir, [], "empty.zip")), "empty", /holds no entries/);
  await refusedWith(
    inspectAssetArchive(writeZip(dir, [{ name: "s", data: "x", encrypted: true }], "enc.zip")),
    "encrypted",
    /"s" is encrypted/,
  );
  await refusedWith(
    inspectAssetArchive(writeZip(dir, [{ name: "a/b" }, { name: "a//b" }], "dup.zip")),
    "duplicate",
    /"a\/b" appears twice/,
  );
});

test("checkEntryPath keeps ordinary names and normalises ./ segments", () => {
  assert.deepEqual(checkEntryPath("./game/./main.js"), { path: "game/main.js" });
  assert.deepEqual(checkEntryPath("a\\b.txt"), { path: "a/b.txt" });
  assert.ok("refused" in checkEntryPath(""));
  assert.ok("refused" in checkEntryPath("a\0b"));
});
