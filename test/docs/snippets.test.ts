// Every code block of README.md and docs/ that the convention in
// docs/snippets.md marks as checked: TypeScript and JavaScript blocks are
// type-checked, each as its own module, against the packed package installed
// in a scratch project (what a reader who copies the block gets); JSON blocks
// must parse. Blocks that can run without a live backend of the reader's own
// run too (test/docs/quickStart.test.ts).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import { CHECKED_LANGS, extractSnippets, readDocs, type Snippet } from "../helpers/extractSnippets.js";
import { createScratchProject, packRepository, repoRoot, type PackedTarball, type ScratchProject } from "../helpers/installPackedPackage.js";

const run = promisify(execFile);

/** Packages a snippet may import besides gse-sdk: what a reader installs beside it (docs say which). */
const READER_PACKAGES = ["tencentcloud-sdk-nodejs", "tencentcloud-sdk-nodejs-intl-en", "ws", "@types/ws", "@grpc/grpc-js", "fast-check"];

const EXTENSION: Record<string, string> = { ts: ".ts", typescript: ".ts", js: ".mjs", javascript: ".mjs", mjs: ".mjs", cjs: ".cjs" };

interface Placed {
  snippet: Snippet;
  /** Path inside the scratch project. */
  path: string;
}

const docs = await readDocs(repoRoot);
const snippets = docs.flatMap(({ doc, text }) => extractSnippets(doc, text)).filter((s) => CHECKED_LANGS.has(s.lang) && !s.skip);
let tarball: PackedTarball;
let project: ScratchProject;
const placed: Placed[] = [];
let compilerOutput = "";

before(async () => {
  tarball = await packRepository();
  project = await createScratchProject(tarball, { typesNode: join(repoRoot, "node_modules/@types/node"), extra: READER_PACKAGES });
  for (const snippet of snippets) {
    if (snippet.lang === "json") continue;
    const folder = `snippets/${snippet.doc.replace(/\.md$/, "").replaceAll("/", "-")}`;
    const path = `${folder}/${snippet.file ?? `L${snippet.line}${EXTENSION[snippet.lang]}`}`;
    placed.push({ snippet, path });
    await mkdir(dirname(join(project.dir, path)), { recursive: true });
    await writeFile(join(project.dir, path), snippet.code);
  }
  // TypeScript blocks as a strict project would compile them; JavaScript
  // blocks as a // @ts-check reader's editor does: names, imports and members
  // must exist, but no strict null or implicit-any rules plain JS never meets.
  const base = { module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2023"], types: ["node"], noEmit: true, skipLibCheck: true };
  const configs = {
    "tsconfig.ts.json": { compilerOptions: { ...base, strict: true }, include: ["snippets/**/*.ts"] },
    "tsconfig.js.json": { compilerOptions: { ...base, strict: false, allowJs: true, checkJs: true }, include: ["snippets/**/*.mjs", "snippets/**/*.cjs"] },
  };
  const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
  for (const [name, config] of Object.entries(configs)) {
    await writeFile(join(project.dir, name), JSON.stringify(config));
    if (!placed.some((p) => config.include.some((pattern) => p.path.endsWith(pattern.slice(pattern.lastIndexOf("."))))) ) continue;
    compilerOutput += await run(process.execPath, [tsc, "-p", name, "--pretty", "false"], { cwd: project.dir, maxBuffer: 16 << 20 }).then(
      (r) => r.stdout,
      (e: { stdout?: string; stderr?: string }) => `${e.stdout ?? ""}${e.stderr ?? ""}`,
    );
  }
});
after(async () => {
  await project?.remove();
  await tarball?.remove();
});

/** The compiler's errors for one block, as doc:line. */
function errorsOf({ snippet, path }: Placed): string[] {
  const errors: string[] = [];
  for (const [, file, line, message] of compilerOutput.matchAll(/^(.+?)\((\d+),\d+\): (error TS\d+: .*)$/gm)) {
    if (file !== path) continue;
    // JavaScript cannot narrow a union without a cast (server.address().port is
    // string | AddressInfo): not an error a reader of plain JS would meet.
    if (!path.endsWith(".ts") && /^error TS2339: .* on type '[^']* \| [^']*'/.test(message!)) continue;
    errors.push(`${snippet.doc}:${snippet.line + Number(line) - 1}: ${message}`);
  }
  // Type-checking cannot see this one: @types/node declares require for every file.
  if (snippet.lang !== "cjs" && /(^|[^.\w])require\(/.test(snippet.code) && !/createRequire/.test(snippet.code)) {
    errors.push(`${snippet.doc}:${snippet.line}: require() in an ES module block (the package is ESM): tag the block cjs, or use createRequire`);
  }
  return errors;
}

describe("README and docs code blocks", () => {
  test("blocks were found, and every file= name is unique in its document", () => {
    assert.ok(snippets.some((s) => s.doc === "README.md"), "the README has checked blocks");
    const names = placed.map((p) => p.path);
    assert.deepEqual(
      names.filter((n, i) => names.indexOf(n) !== i),
      [],
      "two blocks of one document claim the same file=",
    );
  });

  for (const { doc } of docs) {
    const mine = snippets.filter((s) => s.doc === doc);
    if (mine.length === 0) continue;
    test(`${doc}: ${mine.length} checked block(s) compile against the packed package`, () => {
      const errors = placed.filter((p) => p.snippet.doc === doc).flatMap(errorsOf);
      for (const json of mine.filter((s) => s.lang === "json")) {
        try {
          JSON.parse(json.code);
        } catch (error) {
          errors.push(`${doc}:${json.line}: JSON block does not parse: ${(error as Error).message}`);
        }
      }
      assert.deepEqual(errors, [], `fix the block, or mark a deliberate fragment with <!-- snippet: skip --> (docs/snippets.md)`);
    });
  }

  test("every compiler error belongs to a block", () => {
    // A config error or an error in a library prints no snippet path: it must not pass as "no errors".
    const paths = new Set(placed.map((p) => p.path));
    const stray = compilerOutput.split("\n").filter((line) => /error TS\d+/.test(line) && !paths.has(/^(.+?)\(\d+,\d+\)/.exec(line)?.[1] ?? ""));
    assert.deepEqual(stray, []);
  });
});
