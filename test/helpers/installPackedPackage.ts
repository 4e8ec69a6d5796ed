// The package as a consumer gets it: `npm pack` of the built tree, the tarball
// unpacked into node_modules/gse-sdk of a scratch project outside the
// repository. Its dependencies are linked from the repository's node_modules
// (already installed by `npm ci`, so this needs no network), and @types/node is
// the version the caller picks. Outside the repository so that no parent
// node_modules/@types leaks into the consumer's program.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const run = promisify(execFile);

/** The repository root (this file runs from dist/test/helpers/). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
/** Compilers and @types/node for the consumer matrix: test/consumer's own install. */
export const matrixModules = join(repoRoot, "test/consumer/node_modules");

export interface PackedTarball {
  /** Absolute path of the .tgz. */
  path: string;
  /** Every path in it, relative to the package root ("dist/src/index.js", ...). */
  files: string[];
  /** The manifest as packed. */
  manifest: Record<string, unknown> & { version: string; dependencies?: Record<string, string>; scripts?: Record<string, string> };
  remove(): Promise<void>;
}

/**
 * Packs the repository as it is built now (dist/ must be fresh: `npm test`
 * builds it first). --ignore-scripts: prepack would only build again.
 */
export async function packRepository(): Promise<PackedTarball> {
  const dir = await mkdtemp(join(tmpdir(), "gse-sdk-pack-"));
  const { stdout } = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: repoRoot, maxBuffer: 16 << 20 });
  const [report] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  if (!report) throw new Error(`npm pack printed no report: ${stdout}`);
  const manifest = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8")) as PackedTarball["manifest"];
  return {
    path: join(dir, report.filename),
    files: report.files.map((f) => f.path),
    manifest,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface ScratchProject {
  dir: string;
  /** node_modules/gse-sdk inside it. */
  packageDir: string;
  remove(): Promise<void>;
}

export interface ScratchOptions {
  /** The @types/node directory to install as node_modules/@types/node. */
  typesNode: string;
  /** More packages to link from the repository's node_modules (e.g. the official TencentCloud client). */
  extra?: string[];
  /** The scratch project's package.json. Default: an ES module package. */
  packageJson?: Record<string, unknown>;
}

/** A scratch consumer project with the tarball installed. */
export async function createScratchProject(tarball: PackedTarball, options: ScratchOptions): Promise<ScratchProject> {
  const dir = await mkdtemp(join(tmpdir(), "gse-sdk-consumer-"));
  const modules = join(dir, "node_modules");
  await mkdir(join(modules, "@types"), { recursive: true });
  await run("tar", ["-xzf", tarball.path, "-C", modules]);
  const packageDir = join(modules, "gse-sdk");
  await rename(join(modules, "package"), packageDir);
  const linked = [...Object.keys(tarball.manifest.dependencies ?? {}), ...(options.extra ?? [])];
  for (const name of linked) {
    if (name.includes("/")) await mkdir(join(modules, name.split("/")[0]!), { recursive: true });
    await symlink(join(repoRoot, "node_modules", name), join(modules, name), "dir");
  }
  await symlink(options.typesNode, join(modules, "@types/node"), "dir");
  await writeFile(join(dir, "package.json"), JSON.stringify(options.packageJson ?? { name: "consumer", private: true, type: "module" }, null, 2));
  return { dir, packageDir, remove: () => rm(dir, { recursive: true, force: true }) };
}
