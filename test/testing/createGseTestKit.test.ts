// gse-sdk/testing's own edges; its happy paths are the examples under
// examples/testing/, which npm test runs with node:test, vitest and jest.
import assert from "node:assert/strict";
import { test } from "node:test";
import { defineGame, isGseError } from "gse-sdk";
import { GseCloudError } from "gse-sdk/cloud";
import { createGseTestKit } from "gse-sdk/testing";

test("createSession rejects, naming the status, when the game's start handler fails", async (t) => {
  const Game = defineGame({
    onStartSession() {
      throw new Error("no map");
    },
  });
  const kit = await createGseTestKit({ game: Game, gameOptions: { onError: () => {} } });
  t.after(() => kit.close());
  const error = await kit.createSession().catch((e: unknown) => e);
  assert.ok(error instanceof GseCloudError, String(error));
  assert.equal(error.code, "CLOUD_WAIT_FAILED");
  assert.match(error.lastStatus ?? "", /^(TERMINATED|ERROR)$/);
  assert.ok(kit.agentCalls("TerminateGameServerSession").some((c) => c.ok));
});

test("close() closes every connection connect() opened, once, and is idempotent", async () => {
  const closed: string[] = [];
  const kit = await createGseTestKit({
    game: defineGame({ onStartSession() {} }),
    connect: async (ticket) => ({ id: ticket.playerId }),
    disconnect: (connection) => void closed.push(connection.id),
  });
  const session = await kit.createSession();
  await kit.joinAndConnect(session, "ada");
  await kit.joinAndConnect(session, "bob");
  await Promise.all([kit.close(), kit.close()]);
  assert.deepEqual(closed.sort(), ["ada", "bob"]);
});

test("a kit without connect says what is missing; bad options are refused", async (t) => {
  await assert.rejects(createGseTestKit({} as never), (e: unknown) => isGseError(e, "BAD_REQUEST_EXCEPTION") && /game/.test((e as Error).message));
  await assert.rejects(createGseTestKit({ game: { command: " " } }), (e: unknown) => isGseError(e) && e.field === "game.command");
  const kit = await createGseTestKit({ game: defineGame({ onStartSession() {} }) });
  t.after(() => kit.close());
  const session = await kit.createSession();
  const player = await kit.joinPlayer(session, "ada");
  assert.equal(player.Status, "RESERVED");
  await assert.rejects(kit.connect(player), (e: unknown) => isGseError(e) && e.field === "connect");
});
