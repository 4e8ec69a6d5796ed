// The published declarations, type-checked the way a consumer's project
// checks them: the packed tarball installed in a scratch project,
// skipLibCheck false, one run per compiler x module setting x decorator mode.
// The compilers come from test/consumer (its own lock); the oldest runs with
// the oldest @types/node we support (the repository's, Node 20), the newer
// ones with the newest @types/node. The supported set is in the README.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import { createScratchProject, matrixModules, packRepository, repoRoot, type PackedTarball, type ScratchProject } from "../helpers/installPackedPackage.js";

const run = promisify(execFile);

type Module = "node16" | "nodenext" | "bundler";
type Decorators = "standard" | "legacy";
interface Compiler {
  name: string;
  bin: string;
  types: "oldest" | "latest";
  modules: Module[];
  decorators: Decorators[];
}

const ALL_MODULES: Module[] = ["node16", "nodenext", "bundler"];
const BOTH: Decorators[] = ["standard", "legacy"];
const COMPILERS: Compiler[] = [
  { name: "TypeScript 5.7.3 (oldest supported)", bin: join(matrixModules, "typescript-5.7/bin/tsc"), types: "oldest", modules: ALL_MODULES, decorators: BOTH },
  { name: "TypeScript 5.9.3 (newest 5.x)", bin: join(repoRoot, "node_modules/typescript/bin/tsc"), types: "latest", modules: ALL_MODULES, decorators: BOTH },
  // 6.0 is JavaScript tsc like 5.x: one row for its new defaults (types: []), not the whole grid.
  { name: "TypeScript 6.0.3", bin: join(matrixModules, "typescript-6/bin/tsc"), types: "latest", modules: ["nodenext"], decorators: ["standard"] },
  { name: "TypeScript 7.0.2 (tsgo)", bin: join(matrixModules, "typescript-7/bin/tsc"), types: "latest", modules: ALL_MODULES, decorators: BOTH },
  { name: "tsgo 7.0.0-dev.20260707.2 (@typescript/native-preview)", bin: join(matrixModules, "@typescript/native-preview/bin/tsgo"), types: "latest", modules: ALL_MODULES, decorators: BOTH },
];

// Every public entry, a decorated game, and the values a consumer calls.
const CONSUMER = `import { GseApp, GseError, isGseError, OnHealthCheck, OnStartSession, OnTerminate, Status, createJsonLogger,
  type Gse, type GameServerSession, type GseAppOptions, type TerminateContext } from "gse-sdk";
import { createGseLocal, createFleetLauncher, parseFaultRule, type GseLocal, type GseLocalEvent } from "gse-sdk/local";
import { createGseCloudClient, GseCloudError, type GameServerSession as CloudSession } from "gse-sdk/cloud";
import { createGseTestKit } from "gse-sdk/testing";

class MyGame {
  constructor(readonly gse: Gse) {}
  @OnHealthCheck() healthy(): boolean { return this.gse.phase !== "ended"; }
  @OnStartSession() async start(session: GameServerSession): Promise<void> { void session.maxPlayers; }
  @OnTerminate() async stop(terminationTime: number, context: TerminateContext): Promise<void> { void terminationTime; void context.signal; }
}

export async function main(): Promise<GseLocal> {
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0 });
  const options: GseAppOptions = { clientPort: 7777, gseAddress: local.agentAddress, logger: createJsonLogger({ level: "warn" }) };
  const app = await GseApp.run(MyGame, options);
  try {
    await app.gse.acceptPlayerSession("psess-1", { signal: AbortSignal.timeout(1000) });
  } catch (error) {
    if (error instanceof GseError && error.grpcCode === Status.UNAVAILABLE) throw error;
    if (isGseError(error)) void error.code;
  }
  const event: GseLocalEvent | undefined = local.history[0];
  void event;
  void parseFaultRule("AcceptPlayerSession:drop");
  void createFleetLauncher;
  const cloud = createGseCloudClient({ endpoint: local.cloudEndpoint, secretId: "local", secretKey: "local" });
  try {
    const session: CloudSession = await cloud.createActiveGameServerSession({ FleetId: "fleet-local", MaximumPlayerSessionCount: 2 });
    const { PlayerSession } = await cloud.JoinGameServerSession({ GameServerSessionId: session.GameServerSessionId, PlayerId: "ada" });
    void PlayerSession?.PlayerSessionId;
  } catch (error) {
    if (error instanceof GseCloudError) void error.cloudCode;
  }
  await app.shutdown();
  const kit = await createGseTestKit({ game: MyGame, gameOptions: { clientPort: 7777 } });
  await kit.createSession();
  await kit.close();
  return local;
}
`;

function tsconfig(module: Module, decorators: Decorators): object {
  return {
    compilerOptions: {
      module: module === "bundler" ? "esnext" : module,
      moduleResolution: module,
      target: "es2022",
      lib: ["es2022"],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      ...(decorators === "legacy" ? { experimentalDecorators: true } : {}),
    },
    files: ["consumer.ts"],
  };
}

let tarball: PackedTarball;
const projects = new Map<Compiler, ScratchProject>();

before(async () => {
  tarball = await packRepository();
  // One project per compiler: build mode writes .tsbuildinfo files, and the compilers run two at a time.
  for (const compiler of COMPILERS) {
    const typesNode = compiler.types === "oldest" ? join(repoRoot, "node_modules/@types/node") : join(matrixModules, "@types/node-latest");
    const project = await createScratchProject(tarball, { typesNode });
    await writeFile(join(project.dir, "consumer.ts"), CONSUMER);
    for (const module of compiler.modules) {
      for (const mode of compiler.decorators) await writeFile(join(project.dir, configName(module, mode)), JSON.stringify(tsconfig(module, mode)));
    }
    projects.set(compiler, project);
  }
});
after(async () => {
  for (const project of projects.values()) await project.remove();
  await tarball?.remove();
});

const configName = (module: Module, mode: Decorators) => `tsconfig.${module}.${mode}.json`;

describe("the packed declarations type-check in a consumer project (skipLibCheck: false)", { concurrency: 2 }, () => {
  for (const compiler of COMPILERS) {
    const configs = compiler.modules.flatMap((module) => compiler.decorators.map((mode) => configName(module, mode)));
    const rows = compiler.modules.map((module) => `${module} (${compiler.decorators.join(", ")} decorators)`).join("; ");
    test(`${compiler.name}, @types/node ${compiler.types}: module ${rows}`, async () => {
      // Build mode checks every configuration in one process: the libraries'
      // declarations are parsed once, about half the time of one run each.
      const project = projects.get(compiler)!;
      const result = await run(process.execPath, [compiler.bin, "-b", "--verbose", ...configs], { cwd: project.dir, maxBuffer: 16 << 20 }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, out: `${e.stdout ?? ""}${e.stderr ?? ""}` }),
      );
      // --verbose announces each project before its errors: name the failing configurations.
      const failing = result.out
        .split(/^.*Building project '/m)
        .slice(1)
        .filter((section) => /error TS\d+/.test(section))
        .map((section) => section.slice(0, section.indexOf("'")).split("/").pop());
      assert.equal(result.code, 0, `failing: ${failing.join(", ") || "?"}\n${result.out}`);
      for (const config of configs) assert.match(result.out, new RegExp(`Building project '[^']*${config.replaceAll(".", "\\.")}'`), `${config} was checked`);
    });
  }
});
