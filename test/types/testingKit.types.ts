// Compile-only checks of gse-sdk/testing (see publicApi.types.ts).
import { OnStartSession, type Gse } from "gse-sdk";
import { createGseTestKit } from "gse-sdk/testing";

class Game {
  constructor(readonly gse: Gse) {}
  score = 0;
  @OnStartSession() start(): void {}
}

export async function kitTypes(): Promise<void> {
  const kit = await createGseTestKit({ game: Game, connect: async (ticket) => ({ port: ticket.port, close() {} }) });
  const session = await kit.createSession({ MaximumPlayerSessionCount: 2 });
  const { connection } = await kit.joinAndConnect(session, "ada");
  const port: number = connection.port;
  const score: number | undefined = kit.game?.score;
  const accepted = kit.agentCalls("AcceptPlayerSession").every((call) => call.ok);
  const statuses = kit.events("gameServerSessionStatus").map((e) => e.status);
  void [port, score, accepted, statuses];
  // @ts-expect-error the game option is required
  await createGseTestKit({});
  await kit.close();
}
