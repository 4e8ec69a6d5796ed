// The game the test-kit examples test: plain JavaScript (defineGame), no
// build. Players connect over TCP to its clientPort and send their player
// session id on the first line; the game accepts them through GSE
// (AcceptPlayerSession) and answers "WELCOME <playerId>", or "REJECTED ...".
import { once } from "node:events";
import { createServer } from "node:net";
import { defineGame } from "gse-sdk";

/** Starts the game's own listener (any free port) and returns the game class that serves it. */
export async function startLobby() {
  let gse;
  const sockets = new Set();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    socket.once("data", async (chunk) => {
      const playerSessionId = chunk.toString().split("\n")[0].trim();
      try {
        await gse.acceptPlayerSession(playerSessionId);
        const { playerSessions: [player] } = await gse.describePlayerSessions({ playerSessionId });
        socket.write(`WELCOME ${player?.playerId ?? "?"}\n`);
        socket.once("close", () => void gse.removePlayerSession(playerSessionId).catch(() => {}));
      } catch (error) {
        socket.end(`REJECTED ${error.code}\n`);
      }
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");

  const Game = defineGame({
    name: "Lobby",
    setup(handle) {
      gse = handle;
      this.sessions = 0;
    },
    onStartSession() {
      this.sessions++;
    },
    onTerminate() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  });
  return {
    Game,
    port: server.address().port,
    close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

/** How a player connects: the test kit's `connect` option. Resolves with the socket and the game's first line. */
export async function connectPlayer({ ipAddress, port, playerSessionId }) {
  const { connect } = await import("node:net");
  const socket = connect(port, ipAddress);
  await once(socket, "connect");
  socket.write(`${playerSessionId}\n`);
  const [data] = await once(socket, "data");
  return { socket, greeting: data.toString().trim(), close: () => socket.destroy() };
}
