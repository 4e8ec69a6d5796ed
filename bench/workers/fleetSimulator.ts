// Many game server processes in one: each simulated process serves
// GameServerGrpcSdkService on its own port and calls the agent with its own
// pid. gse-local checks that every registered pid is alive (and reads its
// /proc entry), so each simulated process is backed by a real, idle
// placeholder process (`sleep`) whose pid it uses.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { Metadata, createChannel, createClient, createServer, type Server } from "nice-grpc";
import { GameServerGrpcSdkServiceDefinition, GseGrpcSdkServiceDefinition, GseResponse_Status, type GseGrpcSdkServiceClient } from "gse-sdk";
import { serveCommands } from "../lib/workers.js";

const OK = { status: GseResponse_Status.OK, responseData: "", errorMessage: "" };
const placeholders: number[] = [];
const servers: Server[] = [];
const counters = { healthChecks: 0, starts: 0, activations: 0, accepts: 0, terminates: 0, errors: 0 };
let agent: GseGrpcSdkServiceClient | undefined;
let closeAgent = () => {};

const metadata = (pid: number) => Metadata({ pid: String(pid), requestId: randomUUID() });

/** Placeholder pids, forked by one shell: much faster than a spawn from Node per process. */
async function spawnPlaceholders(count: number): Promise<number[]> {
  // They outlive nothing: each sleeps 15 minutes at most, and exit kills them.
  const shell = spawn("sh", ["-c", `i=0; while [ $i -lt ${count} ]; do sleep 900 </dev/null >/dev/null 2>&1 & echo $!; i=$((i+1)); done`], { stdio: ["ignore", "pipe", "inherit"] });
  const pids: number[] = [];
  for await (const line of createInterface({ input: shell.stdout! })) pids.push(Number(line));
  placeholders.push(...pids);
  return pids;
}

async function simulate(pid: number): Promise<void> {
  const server = createServer();
  server.add(GameServerGrpcSdkServiceDefinition, {
    async onHealthCheck() {
      counters.healthChecks++;
      return { healthStatus: true };
    },
    async onStartGameServerSession(request) {
      counters.starts++;
      const session = request.gameServerSession!;
      // An empty start handler: activate once the answer is on its way, as the SDK does.
      setImmediate(() => {
        agent!.activateGameServerSession({ gameServerSessionId: session.gameServerSessionId, maxPlayers: session.maxPlayers }, { metadata: metadata(pid) }).then(
          (answer) => (answer.status === GseResponse_Status.OK ? counters.activations++ : counters.errors++),
          () => counters.errors++,
        );
      });
      return OK;
    },
    async onProcessTerminate() {
      counters.terminates++;
      return OK;
    },
  });
  const grpcPort = await server.listen("127.0.0.1:0");
  servers.push(server);
  await agent!.processReady({ logPathsToUpload: [], clientPort: 7000 + (pid % 1000), grpcPort }, { metadata: metadata(pid) });
}

function killPlaceholders(): void {
  for (const pid of placeholders.splice(0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}
// However this process ends, its placeholders go with it.
process.on("exit", killPlaceholders);

serveCommands(
  {
    start({ agentAddress }: { agentAddress: string }) {
      const channel = createChannel(agentAddress);
      agent = createClient(GseGrpcSdkServiceDefinition, channel);
      closeAgent = () => channel.close();
    },
    /** Adds `count` simulated processes, registered with the agent when this resolves. */
    async grow({ count }: { count: number }) {
      const started = performance.now();
      const pids = await spawnPlaceholders(count);
      // A few at a time: the agent sees a fleet starting, not a thundering herd.
      for (let i = 0; i < pids.length; i += 50) await Promise.all(pids.slice(i, i + 50).map(simulate));
      return { total: servers.length, ms: performance.now() - started };
    },
    /** Players connecting to their sessions' processes: AcceptPlayerSession for each. */
    async accept({ players }: { players: { pid: number; gameServerSessionId: string; playerSessionId: string }[] }) {
      await Promise.all(
        players.map((p) =>
          agent!.acceptPlayerSession({ gameServerSessionId: p.gameServerSessionId, playerSessionId: p.playerSessionId }, { metadata: metadata(p.pid) }).then(
            (answer) => (answer.status === GseResponse_Status.OK ? counters.accepts++ : counters.errors++),
            () => counters.errors++,
          ),
        ),
      );
    },
    stats: () => ({ ...counters, processes: servers.length, cpu: process.cpuUsage(), rss: process.memoryUsage().rss }),
  },
  () => {
    killPlaceholders();
    for (const server of servers) server.forceShutdown();
    closeAgent();
  },
);
