// The arena game server process: `node dist/examples/arena/main.js`.
//
// Environment:
//   GSE_AGENT_ADDRESS  the GSE agent (host:port); GSE sets it, gse-local's fleet launcher too. Default 127.0.0.1:5758.
//   ARENA_HOST         interface players connect to. Default 127.0.0.1; use 0.0.0.0 on a real fleet.
//   ARENA_PORT         port players connect to. Default 0: any free port, reported to GSE in ProcessReady.
//   ARENA_PORT_BASE    instead of ARENA_PORT: base + GSE_FLEET_PROCESS_INDEX, for fleets whose inbound
//                      rules open a fixed port range (one port per concurrent process).
//   GSE_LOG_LEVEL      the SDK's lifecycle log (stderr). ARENA_LOG_LEVEL: the game's log (stdout).
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { FLEET_PROCESS_INDEX_ENV, GseApp } from "gse-sdk";
import { WebSocketServer } from "ws";
import { ArenaGame } from "./ArenaGame.js";
import { CloseCode } from "./arenaProtocol.js";
import { gameLog } from "./gameLog.js";

const env = process.env;
const host = env["ARENA_HOST"] ?? "127.0.0.1";
const port = env["ARENA_PORT_BASE"] !== undefined ? Number(env["ARENA_PORT_BASE"]) + Number(env[FLEET_PROCESS_INDEX_ENV] ?? 0) : Number(env["ARENA_PORT"] ?? 0);

// Players' socket first: ProcessReady must carry the port they connect to,
// and with port 0 that port is only known once listening.
const clients = new WebSocketServer({ host, port, maxPayload: 4096 });
await once(clients, "listening");
const clientPort = (clients.address() as AddressInfo).port;

// Nobody can hold a valid ticket before GSE activates a session on this
// process, which happens after ProcessReady; refuse anyone earlier.
let game: ArenaGame | undefined;
clients.on("connection", (socket) => (game ? game.admit(socket) : socket.close(CloseCode.notReady, "server starting")));

// Serves GameServerGrpcSdkService, calls ProcessReady, and from then on
// drives the decorated hooks of ArenaGame. On OnProcessTerminate or SIGTERM
// it ends the match (@OnTerminate), the session and the process, and exits.
const app = await GseApp.run(ArenaGame, { clientPort });
game = app.game;
gameLog.info({ event: "processReady", clientPort, grpcPort: app.grpcPort }, "arena ready for a match");

// `ended` also settles when the game itself called shutdown() after its
// match; GseApp leaves exiting to us then. Exit so the fleet starts a fresh
// process for the next match.
await app.ended;
for (const socket of clients.clients) socket.terminate();
clients.close();
gameLog.info({ event: "processExit" }, "arena process exiting");
process.exit(0);
