// An idle game on Agones, in a fresh process: "layer" is gse-sdk's Agones
// platform (GseApp.run with the adapter and the official SDK), "bare" the
// official @google-cloud/agones-sdk used by hand the way its docs show
// (connect, Ready, WatchGameServer, a Health() ping per period). Both time
// their cold import first, then get ready against the sidecar
// ($AGONES_SDK_GRPC_PORT) and serve their idle memory.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../lib/packageRoot.js";
import { monotonicMs, serveCommands } from "../lib/workers.js";
import { idleMemory } from "./idleMemory.js";

const mode = process.argv[2];
const periodMs = Number(process.env["BENCH_HEALTH_MS"] ?? 1000);
const started = monotonicMs();
let importMs: number;

if (mode === "layer") {
  const sdk = await import("gse-sdk");
  // What GseApp.run loads on Agones, and only there.
  await import(pathToFileURL(join(packageRoot, "dist/src/agones/createAgonesAgent.js")).href);
  const { loadAgonesSdk } = (await import(pathToFileURL(join(packageRoot, "dist/src/agones/loadAgonesSdk.js")).href)) as { loadAgonesSdk(): Promise<unknown> };
  await loadAgonesSdk();
  importMs = monotonicMs() - started;
  class IdleGame {
    @sdk.OnStartSession()
    start(): void {}
  }
  await sdk.GseApp.run(IdleGame, { clientPort: 7777, platform: "agones", agones: { healthIntervalMs: periodMs }, exitProcess: false, handleSignals: false, logger: sdk.silentLogger });
} else if (mode === "bare") {
  const AgonesSDK = createRequire(import.meta.url)("@google-cloud/agones-sdk") as new () => {
    connect(): Promise<void>;
    ready(): Promise<unknown>;
    health(onError: (error: unknown) => void): void;
    watchGameServer(onData: (gs: unknown) => void, onError: (error: unknown) => void): void;
  };
  importMs = monotonicMs() - started;
  const agones = new AgonesSDK();
  await agones.connect();
  await agones.ready();
  agones.watchGameServer(() => {}, () => {});
  setInterval(() => agones.health(() => {}), periodMs);
} else {
  throw new Error(`agonesGame: unknown mode ${String(mode)}`);
}
serveCommands({ importMs: () => importMs, idleMemory });
