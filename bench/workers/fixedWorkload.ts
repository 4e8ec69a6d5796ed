// A fixed amount of gse-local work in one process, for counting its
// instructions (valgrind --tool=callgrind, bench/suites/instructions.ts):
// the same requests in the same order every run, one at a time, no timer
// whose count depends on how fast the run goes. gse-local (the build named
// by --entry), its cloud client and one GameServerGrpcSdkService standing
// for every simulated process all live here; each simulated pid is a real
// idle `sleep`, since gse-local checks that registered pids are alive.
//
//   node fixedWorkload.js --entry=<gse-sdk/local index.js> --phase=<phase> --processes=N --count=C
//
// Phases: cloud (the scale suite's request mix, each join accepted by its
// game), agent (ReportCustomData), health (C health checks), placement (C
// placements of the default queue name, which every build places on the
// default fleet), queue (C placements through a three-destination queue,
// the processes in fleets of 50). count=0 runs the set-up alone: the cost of
// one operation is (instructions at C − instructions at 0) / C.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { Metadata, createChannel, createClient, createServer } from "nice-grpc";
import { GameServerGrpcSdkServiceDefinition, GseGrpcSdkServiceDefinition, GseResponse_Status, silentLogger } from "gse-sdk";
import type { GseLocal, GseLocalEvent } from "gse-sdk/local";
import { createCloudCaller } from "../lib/cloudApi.js";

const args = new Map(process.argv.slice(2).map((arg) => /^--([^=]+)=(.*)$/.exec(arg)!.slice(1, 3) as [string, string]));
const entry = args.get("entry")!;
const phase = args.get("phase")!;
const processes = Number(args.get("processes") ?? 100);
const count = Number(args.get("count") ?? 0);
const NEVER = 2 ** 31 - 1;
const OK = { status: GseResponse_Status.OK, responseData: "", errorMessage: "" };

/** A seeded generator: the same mix in every run. */
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// A connection reset that reaches no listener (seen only under valgrind at
// 1,000 processes, whose slowness passes keep-alive and gRPC timeouts) is
// counted, not fatal: every operation still has to complete, so a lost
// request would show as a workload that never says done.
let resets = 0;
process.on("uncaughtException", (error: NodeJS.ErrnoException) => {
  if (error.code !== "ECONNRESET") throw error;
  resets++;
  process.stderr.write(`fixed workload: a connection was reset (${resets} so far)\n`);
});

const shell = spawn("sh", ["-c", `i=0; while [ $i -lt ${processes} ]; do sleep 900 </dev/null >/dev/null 2>&1 & echo $!; i=$((i+1)); done`], { stdio: ["ignore", "pipe", "inherit"] });
const pids: number[] = [];
for await (const line of createInterface({ input: shell.stdout })) pids.push(Number(line));
const killPlaceholders = () => pids.forEach((pid) => { try { process.kill(pid, "SIGKILL"); } catch { /* gone */ } });
process.on("exit", killPlaceholders);

const { createGseLocal } = (await import(pathToFileURL(resolve(entry)).href)) as typeof import("gse-sdk/local");
const local: GseLocal = await createGseLocal({
  grpcPort: 0,
  httpPort: 0,
  logger: silentLogger,
  verifyPeers: false,
  // No timer may fire a number of times that depends on the run's speed.
  healthCheckIntervalMs: phase === "health" ? 200 : NEVER,
  livenessIntervalMs: NEVER,
  scalingEvaluationIntervalMs: NEVER,
  placementTimeoutMs: NEVER,
  activationTimeoutMs: NEVER,
  reservationTimeoutMs: NEVER,
} as Parameters<typeof createGseLocal>[0]);
const agentChannel = createChannel(local.agentAddress);
const agent = createClient(GseGrpcSdkServiceDefinition, agentChannel);
const meta = (pid: number) => ({ metadata: Metadata({ pid: String(pid), requestId: randomUUID() }) });
const sessionPid = new Map<string, number>();

const game = createServer();
game.add(GameServerGrpcSdkServiceDefinition, {
  async onHealthCheck() {
    return { healthStatus: true };
  },
  async onStartGameServerSession(request) {
    const session = request.gameServerSession!;
    const pid = pidOfPort.get(session.port)!;
    setImmediate(() => void agent.activateGameServerSession({ gameServerSessionId: session.gameServerSessionId, maxPlayers: session.maxPlayers }, meta(pid)));
    return OK;
  },
  async onProcessTerminate() {
    return OK;
  },
});
const grpcPort = await game.listen("127.0.0.1:0");
// Each simulated process has its own client port: that is how a session names its process here.
const pidOfPort = new Map<number, number>();
for (const [i, pid] of pids.entries()) {
  pidOfPort.set(20_000 + i, pid);
  await agent.processReady({ logPathsToUpload: [], clientPort: 20_000 + i, grpcPort }, meta(pid));
}

const cloudClient = createCloudCaller(local.cloudEndpoint, 1);
/**
 * Under valgrind a gap between two requests can pass the HTTP server's
 * keep-alive timeout (5 s): a request sent on the socket it is closing is
 * reset before it is read. Sent again on a new connection, once.
 */
const cloud = (action: string, params: Record<string, unknown>) =>
  cloudClient.call(action, params).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") throw error;
    return cloudClient.call(action, params);
  });
/** The next event that matches: listen before the request that causes it. */
if (process.env["WORKLOAD_DEBUG"]) local.events.on("event", (e: GseLocalEvent) => process.stderr.write(`${JSON.stringify(e)}\n`));
const next = (predicate: (event: GseLocalEvent) => boolean) =>
  new Promise<GseLocalEvent>((resolveEvent) => {
    const listener = (event: GseLocalEvent) => {
      if (!predicate(event)) return;
      local.events.off("event", listener);
      resolveEvent(event);
    };
    local.events.on("event", listener);
  });

// Set-up done: the driver switches instruction counting on, then says go.
const input = createInterface({ input: process.stdin });
const lines = input[Symbol.asyncIterator]();
const told = async (word: string) => {
  const line = await lines.next();
  if (line.done || line.value.trim() !== word) throw new Error(`fixed workload: expected "${word}" on stdin`);
};
/** Set-up for the phase; returns operation i of the measured window. */
async function prepare(): Promise<(i: number) => Promise<void>> {
  if (phase === "cloud" || phase === "agent") {
    // One ACTIVE session on every process.
    const sessions: string[] = [];
    for (let i = 0; i < processes; i++) {
      const active = next((e) => e.type === "gameServerSessionStatus" && e.status === "ACTIVE");
      const reply = await cloud("CreateGameServerSession", { FleetId: "fleet-local", MaximumPlayerSessionCount: 50 });
      const id = (reply["GameServerSession"] as { GameServerSessionId: string }).GameServerSessionId;
      sessionPid.set(id, pidOfPort.get((reply["GameServerSession"] as { Port: number }).Port)!);
      await active;
      sessions.push(id);
    }
    if (phase === "agent") {
      return async (i) => void (await agent.reportCustomData({ currentCustomCount: i % 7, maxCustomCount: 8 }, meta(pids[i % pids.length]!)));
    }
    const players: string[] = [];
    return async (i) => {
      const r = random();
      const session = pick(sessions);
      if (r < 0.35) await cloud("DescribeGameServerSessions", { GameServerSessionId: session });
      else if (r < 0.65) {
        const reply = await cloud("JoinGameServerSession", { GameServerSessionId: session, PlayerId: `player-${i}` }).catch(() => undefined);
        const playerSessionId = (reply?.["PlayerSession"] as { PlayerSessionId: string } | undefined)?.PlayerSessionId;
        if (playerSessionId !== undefined) {
          players.push(playerSessionId);
          await agent.acceptPlayerSession({ gameServerSessionId: session, playerSessionId }, meta(sessionPid.get(session)!));
        }
      } else if (r < 0.9 && players.length > 0) await cloud("DescribePlayerSessions", { PlayerSessionId: pick(players) });
      else await cloud("SearchGameServerSessions", { FleetId: "fleet-local", FilterExpression: "hasAvailablePlayerSessions = true", SortExpression: "playerSessionCount DESC", Limit: 10 });
    };
  }
  if (phase === "health") return async () => void (await next((e) => e.type === "healthCheck"));
  if (phase === "placement" || phase === "queue") {
    if (count > processes) throw new Error("fixed workload: a placement needs a free process each; --count must not exceed --processes");
    let queueName = "no-such-queue";
    if (phase === "queue") {
      // The control suite's shape: the processes in fleets of 50, a TERMINAL
      // alias, an empty fleet, then the first fleet.
      if (count > 50) throw new Error("fixed workload: the queue's fleet has 50 processes; --count must not exceed 50");
      const plane = local.control.plane;
      const fleets: string[] = [];
      for (let f = 0; f * 50 < processes; f++) {
        const fleet = plane.fleets.create({ assetId: undefined, region: "ap-guangzhou", name: `sim-${f}`, active: true }, 1_000);
        const instance = plane.instances.add(fleet.fleetId, "127.0.0.1");
        plane.instances.setStatus(instance, "ACTIVE");
        for (const pid of pids.slice(f * 50, (f + 1) * 50)) plane.instances.place(pid, fleet.fleetId, instance.instanceId);
        fleets.push(fleet.fleetId);
      }
      const empty = plane.fleets.create({ assetId: undefined, region: "ap-guangzhou", name: "empty", active: true }, 1_000);
      const alias = (await cloud("CreateAlias", { Name: "retired", RoutingStrategy: { Type: "TERMINAL", Message: "retired" } }))["Alias"] as { AliasArn: string };
      queueName = "bench-queue";
      await cloud("CreateGameServerSessionQueue", {
        Name: queueName,
        Destinations: [{ DestinationArn: alias.AliasArn }, { DestinationArn: empty.fleetArn }, { DestinationArn: plane.fleets.get(fleets[0]!)!.fleetArn }],
      });
    }
    return async (i) => {
      const id = `placement-${i}`;
      const placed = next((e) => e.type === "placementStatus" && e.placementId === id && e.status !== "PENDING");
      await cloud("StartGameServerSessionPlacement", { PlacementId: id, GameServerSessionQueueName: queueName, MaximumPlayerSessionCount: 2 });
      const outcome = (await placed) as { status: string };
      if (outcome.status !== "FULFILLED") throw new Error(`placement ${id} ended ${outcome.status}`);
    };
  }
  throw new Error(`unknown phase ${phase}`);
}

const operation = await prepare();
process.stdout.write("ready\n");
await told("go");
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
for (let i = 0; i < count; i++) await operation(i);
const cpu = process.cpuUsage(cpuBefore);
const wallMs = performance.now() - wallBefore;
process.stdout.write("done\n");
await told("stop");
input.close();

cloudClient.close();
agentChannel.close();
await local.close();
game.forceShutdown();
process.stdout.write(`${JSON.stringify({ phase, processes, count, cpuUs: cpu.user + cpu.system, wallMs, resets })}\n`);
process.exit(0);
