// A game process for the lifecycle suite, on the SDK (an empty
// @OnStartSession) or on bare nice-grpc (answer OnStartGameServerSession, then
// ActivateGameServerSession), so the SDK's share of the latency shows. Both
// serve a TCP client port where a "player" sends its player session id on a
// line; the game accepts it through GSE (AcceptPlayerSession), as a real
// game does when a client connects.
import { randomUUID } from "node:crypto";
import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { once } from "node:events";
import { Metadata, createChannel, createClient, createServer as createGrpcServer } from "nice-grpc";
import { GameServerGrpcSdkServiceDefinition, GseApp, GseGrpcSdkServiceDefinition, GseResponse_Status, OnStartSession, silentLogger, type GameServerSession, type Gse } from "gse-sdk";
import { emitEvent, monotonicMs, serveCommands } from "../lib/workers.js";

/** What the game does through GSE, whichever way it talks to the agent. */
interface GameSide {
  accept(playerSessionId: string): Promise<unknown>;
  endSession(): Promise<unknown>;
  close(): Promise<void>;
}

/** The moment the game's code gets the session; sent after the current turn so the IPC write is not on the measured path. */
function sessionHandedOver(id: string): void {
  const at = monotonicMs();
  setImmediate(() => emitEvent("sessionHandedOver", { id, at }));
}

let gse: Gse | undefined;

class LifecycleGame {
  constructor(readonly handle: Gse) {
    gse = handle;
  }
  // Empty but for a timestamp.
  @OnStartSession()
  start(session: GameServerSession): void {
    sessionHandedOver(session.gameServerSessionId);
  }
}

async function sdkGame(agentAddress: string, clientPort: number): Promise<GameSide> {
  const app = await GseApp.run(LifecycleGame, { gseAddress: agentAddress, clientPort, exitProcess: false, handleSignals: false, logger: silentLogger });
  return {
    accept: (playerSessionId) => gse!.acceptPlayerSession(playerSessionId),
    endSession: () => gse!.terminateGameServerSession(),
    close: () => app.shutdown(),
  };
}

async function bareGame(agentAddress: string, clientPort: number): Promise<GameSide> {
  const channel = createChannel(agentAddress);
  const agent = createClient(GseGrpcSdkServiceDefinition, channel);
  const metadata = () => Metadata({ pid: String(process.pid), requestId: randomUUID() });
  const ok = { status: GseResponse_Status.OK, responseData: "", errorMessage: "" };
  let sessionId: string | undefined;
  const server = createGrpcServer();
  server.add(GameServerGrpcSdkServiceDefinition, {
    onHealthCheck: async () => ({ healthStatus: true }),
    async onStartGameServerSession(request) {
      const session = request.gameServerSession!;
      sessionId = session.gameServerSessionId;
      sessionHandedOver(session.gameServerSessionId);
      // Answer first, activate right after: the same order the SDK keeps.
      setImmediate(() => void agent.activateGameServerSession({ gameServerSessionId: session.gameServerSessionId, maxPlayers: session.maxPlayers }, { metadata: metadata() }));
      return ok;
    },
    onProcessTerminate: async () => ok,
  });
  const grpcPort = await server.listen("127.0.0.1:0");
  await agent.processReady({ logPathsToUpload: [], clientPort, grpcPort }, { metadata: metadata() });
  return {
    accept: (playerSessionId) => agent.acceptPlayerSession({ gameServerSessionId: sessionId!, playerSessionId }, { metadata: metadata() }),
    endSession: () => agent.terminateGameServerSession({ gameServerSessionId: sessionId! }, { metadata: metadata() }),
    async close() {
      server.forceShutdown();
      channel.close();
    },
  };
}

let side: GameSide | undefined;

function servePlayers(socket: Socket): void {
  socket.setNoDelay(true);
  let buffered = "";
  socket.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const playerSessionId = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      side!.accept(playerSessionId).then(
        () => socket.write(`OK ${playerSessionId}\n`),
        (error: Error) => socket.write(`ERR ${playerSessionId} ${error.message}\n`),
      );
    }
  });
  socket.on("error", () => undefined);
}

const players = createServer(servePlayers);
players.listen(0, "127.0.0.1");
await once(players, "listening");
const clientPort = (players.address() as AddressInfo).port;

serveCommands(
  {
    async start({ agentAddress, mode }: { agentAddress: string; mode: "sdk" | "bare" }) {
      side = mode === "sdk" ? await sdkGame(agentAddress, clientPort) : await bareGame(agentAddress, clientPort);
      return { clientPort };
    },
    async endSession() {
      await side!.endSession();
    },
  },
  async () => {
    await side?.close();
    players.close();
  },
);
