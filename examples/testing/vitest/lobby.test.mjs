// Testing a game with gse-sdk/testing and vitest (`vitest run`).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createGseTestKit } from "gse-sdk/testing";
import { connectPlayer, startLobby } from "../lobbyGame.mjs";

describe("the lobby", () => {
  let lobby;
  let kit;
  beforeAll(async () => {
    lobby = await startLobby();
    kit = await createGseTestKit({ game: lobby.Game, gameOptions: { clientPort: lobby.port }, connect: connectPlayer });
  });
  afterAll(async () => {
    await kit?.close();
    lobby?.close();
  });

  test("a player who joined is welcomed and accepted", async () => {
    const session = await kit.createSession();
    const { playerSession, connection } = await kit.joinAndConnect(session, "ada");
    expect(connection.greeting).toBe("WELCOME ada");
    await kit.waitForPlayerSession(playerSession.PlayerSessionId, "ACTIVE");
    expect(kit.agentCalls("AcceptPlayerSession").map((c) => c.ok)).toEqual([true]);
  });

  test("OnProcessTerminate ends the session, then the process", async () => {
    await kit.terminateProcess();
    const ending = kit.agentCalls().filter((c) => c.method === "TerminateGameServerSession" || c.method === "ProcessEnding");
    expect(ending.map((c) => c.method)).toEqual(["TerminateGameServerSession", "ProcessEnding"]);
  });
});
