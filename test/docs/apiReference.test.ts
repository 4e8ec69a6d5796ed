// The API reference (npm run docs:api, TypeDoc) builds from the doc comments
// without a warning, and every public export declared in src/ has a comment:
// TypeDoc's own notDocumented validation, failing on our sources. Declarations
// generated from the protos (generated/) are listed, not failed: their
// comments come from the .proto files.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";
import { repoRoot } from "../helpers/installPackedPackage.js";

const run = promisify(execFile);

test("every public export of src/ is documented, and TypeDoc builds the reference without a warning", async (t) => {
  const typedoc = join(repoRoot, "node_modules/typedoc/bin/typedoc");
  const { stdout, stderr } = await run(process.execPath, [typedoc, "--emit", "none"], { cwd: repoRoot, maxBuffer: 16 << 20, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } }).catch(
    (e: { stdout?: string; stderr?: string }) => ({ stdout: e.stdout ?? "", stderr: e.stderr ?? "" }),
  );
  // eslint-disable-next-line no-control-regex
  const lines = `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, "").split("\n");
  const undocumented = lines.filter((l) => l.includes("does not have any documentation"));
  const ours = undocumented.filter((l) => / defined in gse-sdk\/src\//.test(l));
  const generated = undocumented.length - ours.length;
  const other = lines.filter((l) => /\[(warning|error)\]/.test(l) && !l.includes("does not have any documentation") && !/Found \d+ errors and \d+ warnings/.test(l));
  assert.deepEqual(ours, [], "public exports of src/ without a doc comment");
  assert.deepEqual(other, [], "TypeDoc warnings and errors (bad tags, broken links)");
  assert.ok(lines.some((l) => /Found 0 errors/.test(l)), `TypeDoc ran\n${lines.join("\n")}`);
  t.diagnostic(`${generated} declarations generated from the protos have no comment of their own`);
});
