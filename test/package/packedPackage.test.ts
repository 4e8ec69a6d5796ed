// The tarball a consumer installs: what is in it, what its manifest asks of
// npm, and that what it ships resolves (source maps, README links, the bin,
// ESM and CommonJS loading, attw's ESM-only profile).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { dirname, join, normalize } from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { createScratchProject, packRepository, repoRoot, type PackedTarball, type ScratchProject } from "../helpers/installPackedPackage.js";

const run = promisify(execFile);
let tarball: PackedTarball;
let project: ScratchProject;

before(async () => {
  tarball = await packRepository();
  project = await createScratchProject(tarball, { typesNode: join(repoRoot, "node_modules/@types/node") });
});
after(async () => {
  await project?.remove();
  await tarball?.remove();
});

test("the manifest: license, keywords, no install-time scripts", async () => {
  const { manifest, files } = tarball;
  assert.equal(manifest["license"], "Apache-2.0");
  assert.ok(files.includes("LICENSE"), "LICENSE is shipped");
  assert.match(await readFile(join(project.packageDir, "LICENSE"), "utf8"), /Apache License\s+Version 2\.0/);
  assert.ok(Array.isArray(manifest["keywords"]) && (manifest["keywords"] as unknown[]).length > 0, "keywords");
  // npm runs these in every consumer's install (prepare: for git installs too); prepack only runs in ours.
  for (const script of ["preinstall", "install", "postinstall", "prepare"]) {
    assert.equal(manifest.scripts?.[script], undefined, `the published manifest carries no ${script} script`);
  }
});

test("every source map points at sources that are shipped", async () => {
  const maps = tarball.files.filter((f) => f.endsWith(".map"));
  assert.ok(maps.length > 50, `source maps are shipped (${maps.length})`);
  const shipped = new Set(tarball.files);
  const missing: string[] = [];
  for (const map of maps) {
    const { sources } = JSON.parse(await readFile(join(project.packageDir, map), "utf8")) as { sources: string[] };
    for (const source of sources) {
      const path = normalize(join(dirname(map), source));
      if (!shipped.has(path)) missing.push(`${map} -> ${source}`);
    }
  }
  assert.deepEqual(missing, [], "sources named by the maps but not in the tarball");
});

test("every relative link in the shipped Markdown resolves inside the tarball", async () => {
  const shipped = new Set(tarball.files);
  const shippedDirs = new Set(tarball.files.flatMap((f) => f.split("/").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("/"))));
  const broken: string[] = [];
  for (const doc of tarball.files.filter((f) => f.endsWith(".md"))) {
    const text = await readFile(join(project.packageDir, doc), "utf8");
    // Links outside code blocks and code spans: [text](target) with a relative target.
    const prose = text.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
    for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target!) || target!.startsWith("#")) continue;
      const path = normalize(join(dirname(doc), target!.split("#")[0]!)).replace(/\/$/, "");
      if (!shipped.has(path) && !shippedDirs.has(path)) broken.push(`${doc}: ${target}`);
    }
  }
  assert.deepEqual(broken, [], "links to files the tarball does not ship");
});

test("gse-local --version prints the installed package's version", async () => {
  const { stdout } = await run(process.execPath, [join(project.packageDir, "bin/gse-local.js"), "--version"], { cwd: project.dir });
  assert.equal(stdout.trim(), tarball.manifest.version);
});

test("ESM import and CommonJS require (Node's require(esm)) both load every entry", async () => {
  const esm = "const [a, b, c, d] = await Promise.all(['gse-sdk', 'gse-sdk/local', 'gse-sdk/cloud', 'gse-sdk/testing'].map((m) => import(m))); console.log(typeof a.GseApp, typeof b.createGseLocal, typeof c.createGseCloudClient, typeof d.createGseTestKit);";
  const cjs = "const [a, b, c, d] = ['gse-sdk', 'gse-sdk/local', 'gse-sdk/cloud', 'gse-sdk/testing'].map((m) => require(m)); console.log(typeof a.GseApp, typeof b.createGseLocal, typeof c.createGseCloudClient, typeof d.createGseTestKit);";
  const fromEsm = await run(process.execPath, ["--input-type=module", "-e", esm], { cwd: project.dir });
  assert.equal(fromEsm.stdout.trim(), "function function function function");
  const fromCjs = await run(process.execPath, ["--input-type=commonjs", "-e", cjs], { cwd: project.dir });
  assert.equal(fromCjs.stdout.trim(), "function function function function");
});

test("attw: the types resolve for ESM consumers (node16 from ESM, bundler)", async () => {
  const attw = join(repoRoot, "node_modules/@arethetypeswrong/cli/dist/index.js");
  const result = await run(process.execPath, [attw, tarball.path, "--profile", "esm-only", "--format", "ascii"], { cwd: project.dir }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, out: `${e.stdout ?? ""}${e.stderr ?? ""}` }),
  );
  assert.equal(result.code, 0, result.out);
});
