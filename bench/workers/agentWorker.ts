// The far side of the agent-call comparison: a minimal GseGrpcSdkService that
// answers OK without looking at anything, so the client process is the only
// one doing per-variant work; and, in the same process, the raw TCP echo
// that every row is compared with. It also probes game processes' health
// checks for the health suite.
import { createServer as createTcpServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { once } from "node:events";
import { createChannel, createClient, createServer } from "nice-grpc";
import {
  GameServerGrpcSdkServiceDefinition,
  GseGrpcSdkServiceDefinition,
  GseResponse_Status,
  type GseGrpcSdkServiceImplementation,
  type GseResponse,
} from "gse-sdk";
import { monotonicMs, serveCommands } from "../lib/workers.js";
import { onFrames } from "../lib/onFrames.js";

const OK: GseResponse = { status: GseResponse_Status.OK, responseData: "", errorMessage: "" };
let calls = 0;
const ok = async (): Promise<GseResponse> => {
  calls++;
  return OK;
};

const implementation: GseGrpcSdkServiceImplementation = {
  processReady: ok,
  activateGameServerSession: ok,
  acceptPlayerSession: ok,
  removePlayerSession: ok,
  describePlayerSessions: async () => ({ nextToken: "", playerSessions: [] }),
  updatePlayerSessionCreationPolicy: ok,
  terminateGameServerSession: ok,
  processEnding: ok,
  reportCustomData: ok,
};

const server = createServer();
server.add(GseGrpcSdkServiceDefinition, implementation);
const grpcPort = await server.listen("127.0.0.1:0");

/** Length-prefixed frames (uint32 big-endian length, then payload), echoed back one by one. */
function serveEcho(socket: Socket): void {
  socket.setNoDelay(true);
  onFrames(socket, (frame) => {
    socket.write(frame);
    calls++;
  });
  socket.on("error", () => undefined);
}
const tcpServer = createTcpServer(serveEcho);
tcpServer.listen(0, "127.0.0.1");
await once(tcpServer, "listening");
const tcpPort = (tcpServer.address() as AddressInfo).port;

interface ProbeArgs {
  port: number;
  durationMs: number;
  /** Mean gap between probes; each gap is drawn from [0.5, 1.5] × this, so probes land at every phase of the game's tick. */
  intervalMs: number;
}

/** Calls OnHealthCheck on a game process again and again; returns each answer's latency (ms). */
async function probeHealth({ port, durationMs, intervalMs }: ProbeArgs): Promise<{ latencies: number[]; unhealthy: number }> {
  const channel = createChannel(`127.0.0.1:${port}`);
  const client = createClient(GameServerGrpcSdkServiceDefinition, channel);
  try {
    await client.onHealthCheck({}); // connect outside the measurement
    const latencies: number[] = [];
    let unhealthy = 0;
    const end = performance.now() + durationMs;
    while (performance.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, intervalMs * (0.5 + Math.random())));
      const started = performance.now();
      const answer = await client.onHealthCheck({}, { signal: AbortSignal.timeout(5_000) });
      latencies.push(performance.now() - started);
      if (!answer.healthStatus) unhealthy++;
    }
    return { latencies, unhealthy };
  } finally {
    channel.close();
  }
}

serveCommands(
  {
    addresses: () => ({ grpcAddress: `127.0.0.1:${grpcPort}`, tcpPort }),
    /** CPU time and calls so far: the orchestrator checks the agent was not the bottleneck. */
    usage: () => ({ cpu: process.cpuUsage(), calls, at: monotonicMs() }),
    probeHealth,
  },
  () => {
    server.forceShutdown();
    tcpServer.close();
  },
);
