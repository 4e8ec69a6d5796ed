// Compile-only checks of the public API's types. Compiled under standard
// decorators (tsconfig.json) and legacy decorators (test/legacy/tsconfig.json);
// never run. A line marked @ts-expect-error fails the build if it compiles.
import {
  GseApp,
  GseError,
  OnHealthCheck,
  OnSessionEnd,
  OnStartSession,
  OnTerminate,
  type DescribePlayerSessionsResponse,
  type GameServerSession,
  type Gse,
  type GseErrorCode,
  type GseResponse,
  type PlayerSession,
  type SessionEndContext,
  type TerminateContext,
} from "gse-sdk";

class MyGame {
  constructor(readonly gse: Gse) {}
  @OnHealthCheck() healthy(): boolean {
    return true;
  }
  @OnStartSession() async start(session: GameServerSession): Promise<void> {
    void session.gameServerSessionId;
  }
  @OnTerminate() async stop(terminationTime: number, context: TerminateContext): Promise<void> {
    void terminationTime;
    void context.signal;
  }
  @OnSessionEnd() ended(session: GameServerSession, context: SessionEndContext): void {
    const reason: "lostByAgent" | "activationFailed" | "startFailed" = context.reason;
    void reason;
    void session;
  }
}

class WrongSessionEnd {
  // @ts-expect-error the hook receives a session first, not a number
  @OnSessionEnd() ended(count: number): void {
    void count;
  }
  @OnStartSession() start(): void {}
}
void WrongSessionEnd;

class AsyncHealth {
  @OnHealthCheck() async healthy(): Promise<boolean> {
    return true;
  }
  @OnStartSession() start(): void {}
}

class WrongHealth {
  // @ts-expect-error: a health check must answer boolean
  @OnHealthCheck() healthy(): string {
    return "yes";
  }
}

class WrongStart {
  // @ts-expect-error: the start handler receives a GameServerSession
  @OnStartSession() start(session: number): void {
    void session;
  }
}

export async function usage(): Promise<void> {
  const app = await GseApp.run(MyGame, { clientPort: 7777, logPaths: ["logs/game.log"], gseAddress: "127.0.0.1:5758", grpcPort: 0 });
  const game: MyGame = app.game;
  const gse: Gse = app.gse;
  void game;
  const accepted: GseResponse = await gse.acceptPlayerSession("psess-1");
  void accepted;
  const page: DescribePlayerSessionsResponse = await gse.describePlayerSessions({ playerSessionStatusFilter: "ACTIVE" });
  void page;
  for await (const player of gse.allPlayerSessions()) {
    const p: PlayerSession = player;
    void p;
  }
  await gse.updatePlayerSessionCreationPolicy("DENY_ALL");
  // @ts-expect-error: only ACCEPT_ALL and DENY_ALL
  await gse.updatePlayerSessionCreationPolicy("SOMETIMES");
  // @ts-expect-error: player session ids are strings
  await gse.acceptPlayerSession(42);
  await gse.reportCustomData(1, 10);
  await gse.terminateGameServerSession();
  await gse.shutdown();
  const session: GameServerSession | undefined = gse.session;
  const time: number | undefined = gse.terminationTime;
  void session;
  void time;

  // @ts-expect-error: clientPort is required
  await GseApp.run(MyGame, {});
  // @ts-expect-error: a game class takes the Gse handle, nothing else
  await GseApp.run(class { constructor(readonly n: number) {} }, { clientPort: 1 });
  await GseApp.run(AsyncHealth, { clientPort: 1 });
  // The same class on Agones: configuration only.
  await GseApp.run(MyGame, { clientPort: 7654, platform: "agones", agones: { sdkPort: 9357, terminationGraceMs: 30_000, playersList: "players" } });
  // @ts-expect-error: the platform is "gse" or "agones"
  await GseApp.run(MyGame, { clientPort: 7654, platform: "kubernetes" });
  void WrongHealth;
  void WrongStart;

  try {
    await gse.processEnding();
  } catch (error) {
    if (error instanceof GseError) {
      const code: GseErrorCode = error.code;
      void code;
    }
  }
}
