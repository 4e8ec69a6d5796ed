// The lobby as its own process, for the test kit's child-process mode (and
// for `npx gse-local --launch "exec node examples/testing/main.mjs"`).
import { GseApp } from "gse-sdk";
import { startLobby } from "./lobbyGame.mjs";

const lobby = await startLobby();
await GseApp.run(lobby.Game, { clientPort: lobby.port });
