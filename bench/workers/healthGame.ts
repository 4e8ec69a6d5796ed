// A game process for the health suite: its event loop runs a 60 Hz tick with
// 8 ms of synchronous work (simulation, physics) when loaded, and answers
// OnHealthCheck either through the SDK (@OnHealthCheck) or through a bare
// nice-grpc server, so the two can be compared under the same load.
import { createServer } from "nice-grpc";
import { GameServerGrpcSdkServiceDefinition, GseApp, GseResponse_Status, OnHealthCheck, OnStartSession, silentLogger, type Gse } from "gse-sdk";
import { serveCommands } from "../lib/workers.js";

const TICK_MS = 1000 / 60;
const WORK_MS = 8;

let loaded = false;
let ticks = 0;
let lateTicks = 0;

/** Drift-free 60 Hz: each tick is scheduled against the ideal timeline, as a game loop does. */
function runTicks(): void {
  const origin = performance.now();
  let n = 0;
  const tick = () => {
    if (loaded) {
      const end = performance.now() + WORK_MS;
      // Busy work stands for the game's simulation step: the event loop is blocked meanwhile.
      while (performance.now() < end) {
        /* spin */
      }
      ticks++;
    }
    n++;
    const next = origin + n * TICK_MS;
    const now = performance.now();
    if (now > next) lateTicks++;
    setTimeout(tick, Math.max(0, next - now));
  };
  setTimeout(tick, TICK_MS);
}

class HealthGame {
  constructor(readonly gse: Gse) {}
  @OnHealthCheck()
  healthy(): boolean {
    return true;
  }
  @OnStartSession()
  start(): void {}
}

let close: () => Promise<void> = async () => {};

serveCommands(
  {
    async start({ mode, agentAddress }: { mode: "sdk" | "bare"; agentAddress: string }) {
      let grpcPort: number;
      if (mode === "sdk") {
        const app = await GseApp.run(HealthGame, { gseAddress: agentAddress, clientPort: 7777, exitProcess: false, handleSignals: false, logger: silentLogger });
        grpcPort = app.grpcPort;
        close = () => app.shutdown();
      } else {
        const ok = { status: GseResponse_Status.OK, responseData: "", errorMessage: "" };
        const server = createServer();
        server.add(GameServerGrpcSdkServiceDefinition, {
          onHealthCheck: async () => ({ healthStatus: true }),
          onStartGameServerSession: async () => ok,
          onProcessTerminate: async () => ok,
        });
        grpcPort = await server.listen("127.0.0.1:0");
        close = async () => server.forceShutdown();
      }
      runTicks();
      return { grpcPort };
    },
    setLoad({ on }: { on: boolean }) {
      loaded = on;
      ticks = 0;
      lateTicks = 0;
    },
    ticks: () => ({ ticks, lateTicks }),
  },
  () => close(),
);
