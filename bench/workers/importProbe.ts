// Times one cold import in a fresh process: the SDK's entry, or nice-grpc
// plus the generated code (what a hand-written client needs at least).
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generatedModuleUrl } from "../lib/packageRoot.js";
import { monotonicMs, serveCommands } from "../lib/workers.js";

const mode = process.argv[2];
const started = monotonicMs();
if (mode === "sdk") {
  await import("gse-sdk");
} else if (mode === "bare") {
  await import("nice-grpc");
  await import(generatedModuleUrl("GameServerGrpcSdkService"));
  await import(generatedModuleUrl("GseGrpcSdkService"));
} else if (mode === "local") {
  await import("gse-sdk/local");
} else if (mode === "candidate") {
  await import(pathToFileURL(resolve(process.argv[3]!)).href);
} else {
  throw new Error(`importProbe: unknown mode ${String(mode)}`);
}
const importMs = monotonicMs() - started;
serveCommands({ importMs: () => importMs });
