// Fails when `buf generate` would change generated/: the committed bindings
// must be exactly what the committed protos and pinned ts-proto produce.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "gse-generated-"));

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

try {
  execFileSync(join(root, "node_modules/.bin/buf"), ["generate", "--output", scratch], {
    cwd: root,
    stdio: "inherit",
  });
  const fresh = join(scratch, "generated");
  const committed = join(root, "generated");
  const freshFiles = listFiles(fresh).map((f) => relative(fresh, f)).sort();
  const committedFiles = listFiles(committed).map((f) => relative(committed, f)).sort();
  const stale = [
    ...freshFiles.filter((f) => !committedFiles.includes(f)).map((f) => `missing: generated/${f}`),
    ...committedFiles.filter((f) => !freshFiles.includes(f)).map((f) => `extra: generated/${f}`),
    ...freshFiles
      .filter((f) => committedFiles.includes(f))
      .filter((f) => readFileSync(join(fresh, f), "utf8") !== readFileSync(join(committed, f), "utf8"))
      .map((f) => `changed: generated/${f}`),
  ];
  if (stale.length > 0) {
    console.error(`generated/ is stale; run \`npm run generate\` and commit:\n  ${stale.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`generated/ is fresh (${freshFiles.length} files)`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
