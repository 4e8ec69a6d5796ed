// Compile-only checks of defineGame (see publicApi.types.ts).
import { GseApp, defineGame, type DefinedGame } from "gse-sdk";

interface Arena extends DefinedGame {
  players: Set<string>;
}

const Game = defineGame<Arena>({
  setup() {
    this.players = new Set();
  },
  onStartSession(session) {
    void session.gameServerSessionId;
    this.players.clear();
  },
  onHealthCheck() {
    return this.players.size >= 0;
  },
});
export const running = () => GseApp.run(Game, { clientPort: 7777 }).then((app) => app.game.players.size);

// @ts-expect-error onStartSession is required
defineGame({ onHealthCheck: () => true });
// @ts-expect-error a health check answers a boolean
defineGame({ onStartSession() {}, onHealthCheck: () => "yes" });
