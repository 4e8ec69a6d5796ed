// Times one cold import in a fresh process: the SDK's entry, or nice-grpc
// plus the generated code (what a hand-written client needs at least); or
// gse-sdk/cloud with its official client, beside that client's own package.
import { createRequire } from "node:module";
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
} else if (mode === "cloud") {
  // Creating a client is what loads the official client's modules.
  const { createGseCloudClient } = await import("gse-sdk/cloud");
  createGseCloudClient({ secretId: "a", secretKey: "b" });
} else if (mode === "official-modules") {
  createRequire(import.meta.url)("tencentcloud-sdk-nodejs/tencentcloud/services/gse/v20191112/gse_client");
} else if (mode === "official-whole") {
  createRequire(import.meta.url)("tencentcloud-sdk-nodejs");
} else if (mode === "candidate") {
  await import(pathToFileURL(resolve(process.argv[3]!)).href);
} else {
  throw new Error(`importProbe: unknown mode ${String(mode)}`);
}
const importMs = monotonicMs() - started;
serveCommands({ importMs: () => importMs });
