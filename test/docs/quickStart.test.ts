// The README's Quick Start and the docs' official-client blocks, run as a
// reader runs them: the blocks saved under their file= names in a project
// with the packed package installed, gse-local started from that package's
// bin, `node game.mjs`, then `node backend.mjs`. The only changes from the
// README's commands: any free ports (GAME_PORT=0, gse-local's --grpc-port 0
// --http-port 0) and the cloud endpoint passed as backend.mjs's argument.
import assert from "node:assert/strict";
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, before, test, type TestContext } from "node:test";
import { promisify } from "node:util";
import { extractSnippets, readDocs } from "../helpers/extractSnippets.js";
import { createScratchProject, packRepository, repoRoot, type PackedTarball, type ScratchProject } from "../helpers/installPackedPackage.js";

const run = promisify(execFile);
const STEP_MS = 30_000;

let tarball: PackedTarball;
let project: ScratchProject;

/** The blocks these tests run, by document and file= name. */
const FILES: Record<string, string[]> = {
  "README.md": ["game.mjs", "backend.mjs", "backend.cjs"],
  "docs/gse-local.md": ["official-client.mjs", "official-client.cjs"],
};

before(async () => {
  tarball = await packRepository();
  project = await createScratchProject(tarball, {
    typesNode: join(repoRoot, "node_modules/@types/node"),
    extra: ["tencentcloud-sdk-nodejs", "tencentcloud-sdk-nodejs-intl-en"],
  });
  for (const { doc, text } of await readDocs(repoRoot)) {
    for (const name of FILES[doc] ?? []) {
      const block = extractSnippets(doc, text).find((s) => s.file === name);
      assert.ok(block, `${doc} has a block with file=${name}`);
      await writeFile(join(project.dir, name), block.code);
    }
  }
});
after(async () => {
  await project?.remove();
  await tarball?.remove();
});

interface Started {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the nth (default first) stdout line matching, past or future. */
  line(match: RegExp, what: string, nth?: number): Promise<string>;
}

function start(t: TestContext, args: string[], env: Record<string, string> = {}): Started {
  const child = spawn(process.execPath, args, { cwd: project.dir, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  t.after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  const lines: string[] = [];
  let stderr = "";
  const waiters: (() => void)[] = [];
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  createInterface({ input: child.stdout! }).on("line", (text) => {
    lines.push(text);
    for (const wake of waiters.splice(0)) wake();
  });
  const output = () => `stdout:\n${lines.join("\n")}\nstderr:\n${stderr}`;
  const line = (match: RegExp, what: string, nth = 1) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what}: not within ${STEP_MS} ms\n${output()}`)), STEP_MS);
      const check = () => {
        const found = lines.filter((l) => match.test(l))[nth - 1];
        if (found !== undefined) {
          clearTimeout(timer);
          return resolve(found);
        }
        if (child.exitCode !== null || child.signalCode !== null) {
          clearTimeout(timer);
          return reject(new Error(`${what}: the process exited first\n${output()}`));
        }
        waiters.push(check);
      };
      child.once("exit", () => waiters.splice(0).forEach((wake) => wake()));
      check();
    });
  return { child, output, line };
}

async function startGseLocal(t: TestContext, args: string[] = [], env: Record<string, string> = {}) {
  const local = start(t, [join(project.packageDir, "bin/gse-local.js"), "--grpc-port", "0", "--http-port", "0", ...args], env);
  const listening = JSON.parse(await local.line(/"event":"listening"/, "gse-local listening")) as { grpcPort: number; httpPort: number };
  return { ...local, agent: `127.0.0.1:${listening.grpcPort}`, cloud: `http://127.0.0.1:${listening.httpPort}` };
}

/** Runs a backend file to its end; it must exit 0 by itself. */
async function runBackend(file: string, endpoint: string): Promise<string> {
  const { stdout } = await run(process.execPath, [file, endpoint], { cwd: project.dir, timeout: STEP_MS });
  return stdout;
}

async function stop(started: Started): Promise<number | null> {
  started.child.kill("SIGTERM");
  const [code] = (await once(started.child, "exit")) as [number | null];
  return code;
}

test("README Quick Start: game.mjs and backend.mjs against gse-local; the player is accepted", async (t) => {
  const local = await startGseLocal(t);
  const game = start(t, ["game.mjs"], { GSE_AGENT_ADDRESS: local.agent, GAME_PORT: "0" });
  await local.line(/"event":"processRegistered"/, "the game's ProcessReady");

  const backend = await runBackend("backend.mjs", local.cloud);
  assert.match(backend, /^session ACTIVE: ada goes to 127\.0\.0\.1:\d+$/m, backend);
  assert.match(backend, /^game: welcome$/m, backend);
  await game.line(/^hosting qcs::gse:local::gameserversession\//, "the game's hosting line");
  await game.line(/^accepted player psess-/, "the game's accepted line");

  assert.equal(await stop(game), 0, `the game ends cleanly on SIGTERM\n${game.output()}`);
  assert.equal(await stop(local), 0, local.output());
});

test("game.mjs under --launch (three copies), the CommonJS backend, and the official client in ESM and CommonJS", async (t) => {
  // GAME_PORT=0 stands in for the README's $((7000 + GSE_FLEET_PROCESS_INDEX)): fixed ports are not for tests.
  const local = await startGseLocal(t, ["--launch", `exec "${process.execPath}" game.mjs`, "--concurrency", "3"], { GAME_PORT: "0" });
  await local.line(/"event":"processRegistered"/, "three launched games' ProcessReady", 3);

  const cjs = await runBackend("backend.cjs", local.cloud);
  assert.match(cjs, /^game: welcome$/m, cjs);
  await local.line(/"event":"playerSessionStatus".*"status":"ACTIVE"/, "the player accepted (AcceptPlayerSession)");

  const endpoint = local.cloud.replace("http://", "");
  for (const file of ["official-client.mjs", "official-client.cjs"]) {
    const out = await runBackend(file, endpoint);
    assert.match(out, /^qcs::gse:local::gameserversession\/\S+ (ACTIVATING|ACTIVE)$/m, `${file}\n${out}`);
  }
  assert.equal(await stop(local), 0, local.output());
});
