// The same idle game process written on nice-grpc and the generated code
// alone: serves GameServerGrpcSdkService, sends ProcessReady with the pid and
// requestId metadata, and idles.
import { randomUUID } from "node:crypto";
import { Metadata, createChannel, createClient, createServer } from "nice-grpc";
import { generatedModuleUrl } from "../lib/packageRoot.js";
import { monotonicMs, serveCommands } from "../lib/workers.js";
import { idleMemory } from "./idleMemory.js";

// The generated modules are not among the package's exports; the bare game
// loads them by path, as a project with its own copy of the bindings would.
type GameService = typeof import("gse-sdk")["GameServerGrpcSdkServiceDefinition"];
type AgentService = typeof import("gse-sdk")["GseGrpcSdkServiceDefinition"];
const { GameServerGrpcSdkServiceDefinition } = (await import(generatedModuleUrl("GameServerGrpcSdkService"))) as { GameServerGrpcSdkServiceDefinition: GameService };
const { GseGrpcSdkServiceDefinition } = (await import(generatedModuleUrl("GseGrpcSdkService"))) as { GseGrpcSdkServiceDefinition: AgentService };

const ok = { status: 0, responseData: "", errorMessage: "" };
const server = createServer();
server.add(GameServerGrpcSdkServiceDefinition, {
  onHealthCheck: async () => ({ healthStatus: true }),
  onStartGameServerSession: async () => ok,
  onProcessTerminate: async () => ok,
});
const grpcPort = await server.listen("127.0.0.1:0");
const agent = createClient(GseGrpcSdkServiceDefinition, createChannel(process.env["BENCH_AGENT_ADDRESS"]!));
await agent.processReady(
  { logPathsToUpload: [], clientPort: 7777, grpcPort },
  { metadata: Metadata({ pid: String(process.pid), requestId: randomUUID() }) },
);
const readyAt = monotonicMs();
serveCommands({ readyAt: () => readyAt, idleMemory });
