// Testing a game with gse-sdk/testing and node:test (`node --test`).
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { after, before, describe, test } from "node:test";
import { createGseTestKit } from "gse-sdk/testing";
import { connectPlayer, startLobby } from "../lobbyGame.mjs";

describe("the lobby, in this process", () => {
  let lobby;
  let kit;
  before(async () => {
    lobby = await startLobby();
    kit = await createGseTestKit({ game: lobby.Game, gameOptions: { clientPort: lobby.port }, connect: connectPlayer });
  });
  after(async () => {
    await kit?.close();
    lobby?.close();
  });

  test("a player who joined is welcomed and accepted", async () => {
    const session = await kit.createSession({ MaximumPlayerSessionCount: 2 });
    assert.equal(session.Status, "ACTIVE");
    const { playerSession, connection } = await kit.joinAndConnect(session, "ada");
    assert.equal(connection.greeting, "WELCOME ada");
    await kit.waitForPlayerSession(playerSession.PlayerSessionId, "ACTIVE");
    assert.equal(kit.agentCalls("AcceptPlayerSession").filter((c) => c.ok).length, 1);
    assert.equal(kit.game.sessions, 1);
  });

  test("an unknown player session id is rejected", async () => {
    const connection = await connectPlayer({ ipAddress: "127.0.0.1", port: lobby.port, playerSessionId: "psess-forged" });
    connection.close();
    assert.match(connection.greeting, /^REJECTED /);
    await kit.waitForAgentCall("AcceptPlayerSession", { ok: false });
  });

  test("OnProcessTerminate ends the session and the process", async () => {
    await kit.terminateProcess();
    const ending = kit.agentCalls().filter((c) => c.method === "TerminateGameServerSession" || c.method === "ProcessEnding");
    assert.deepEqual(
      ending.map((c) => `${c.method}:${c.ok}`),
      ["TerminateGameServerSession:true", "ProcessEnding:true"],
    );
  });
});

describe("the lobby, as a child process", () => {
  let kit;
  before(async () => {
    const main = fileURLToPath(new URL("../main.mjs", import.meta.url));
    kit = await createGseTestKit({ game: { command: `exec "${process.execPath}" "${main}"` }, connect: connectPlayer });
  });
  after(() => kit?.close());

  test("joins and connects the same way, and ends on OnProcessTerminate", async () => {
    const session = await kit.createSession();
    const { connection } = await kit.joinAndConnect(session, "bob");
    assert.equal(connection.greeting, "WELCOME bob");
    const pid = kit.pid;
    assert.notEqual(pid, process.pid);
    await kit.terminateProcess();
    assert.ok(kit.agentCalls("ProcessEnding").some((c) => c.pid === pid && c.ok));
  });
});
