// The test command (`npm test`, and so CI): proto lint, generated-code
// freshness, both decorator builds, then every compiled test under node:test.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const bin = (name) => join(root, "node_modules/.bin", name);
const run = (label, cmd, args) => {
  console.log(`\n> ${label}`);
  execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
};

function findTests(dir, suffix) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path, suffix);
    return name.endsWith(suffix) ? [path] : [];
  });
}

// test/consumer pins the compilers the consumer type matrix runs (its own lock,
// so their tsc bins never shadow ours). Installed from its lock like the root:
// by .ci/run, or here the first time and whenever its lock changes.
function ensureConsumerMatrix() {
  const dir = join(root, "test/consumer");
  const installed = join(dir, "node_modules/.package-lock.json");
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(join(dir, "package-lock.json")).mtimeMs) return;
  run("install test/consumer (the consumer type matrix's compilers)", "npm", ["ci", "--prefix", dir, "--no-audit", "--no-fund"]);
}

try {
  ensureConsumerMatrix();
  rmSync(join(root, "dist"), { recursive: true, force: true });
  run("buf lint", bin("buf"), ["lint"]);
  run("generated/ is fresh", process.execPath, [join(root, "scripts/check-generated.js")]);
  run("cloud API types are fresh", process.execPath, [join(root, "scripts/generate-cloud-types.js"), "--check"]);
  run("build the package", bin("tsc"), ["-p", "tsconfig.build.json"]);
  run("compile tests (standard decorators)", bin("tsc"), ["-p", "tsconfig.json"]);
  run("compile fixtures (legacy experimentalDecorators)", bin("tsc"), ["-p", "test/legacy/tsconfig.json"]);
  const filter = process.argv.slice(2);
  // Compiled TypeScript tests, and plain-JavaScript ones (ESM and CommonJS)
  // run from the source tree as they are: no build step touches them.
  const tests = [
    ...findTests(join(root, "dist/test"), ".test.js"),
    ...findTests(join(root, "test"), ".test.mjs"),
    ...findTests(join(root, "test"), ".test.cjs"),
    // The test kit's node:test example (its vitest and jest twins run below).
    ...findTests(join(root, "examples/testing/node-test"), ".test.mjs"),
  ]
    .filter((t) => filter.length === 0 || filter.some((f) => t.includes(f)))
    .sort();
  // The packed-package checks (consumer type matrix, snippets, attw, the API
  // reference) are compilers, all CPU: a step of their own after the rest, so
  // they never starve the timing-sensitive lifecycle tests of the two cores.
  const heavy = (t) => t.includes("/dist/test/package/") || t.includes("/dist/test/docs/");
  const light = tests.filter((t) => !heavy(t));
  // With no files, node --test would go looking for tests on its own.
  if (light.length > 0) {
    run(`node --test (${light.length} files)`, process.execPath, ["--test", "--test-concurrency=2", ...light]);
  }
  const wanted = (name) => filter.length === 0 || filter.some((f) => name.includes(f));
  if (wanted("examples/testing/vitest")) {
    run("test kit example: vitest", bin("vitest"), ["run", "--config", join(root, "examples/testing/vitest/vitest.config.mjs")]);
  }
  if (wanted("examples/testing/jest")) {
    // gse-sdk is ESM only: jest runs it as native ESM, which needs this flag.
    process.env["NODE_OPTIONS"] = [process.env["NODE_OPTIONS"], "--experimental-vm-modules", "--disable-warning=ExperimentalWarning"].filter(Boolean).join(" ");
    run("test kit example: jest", bin("jest"), ["--config", join(root, "examples/testing/jest/jest.config.mjs")]);
  }
  const packed = tests.filter(heavy);
  if (packed.length > 0) {
    run(`node --test (${packed.length} files, the packed package)`, process.execPath, ["--test", "--test-concurrency=2", ...packed]);
  }
} catch (error) {
  // execFileSync already printed the failing tool's output.
  process.exit(typeof error?.status === "number" ? error.status : 1);
}
