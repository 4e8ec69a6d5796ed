// The arena example as a real process under gse-local: the paths the demo
// does not walk. A bad first message, a second ticket for a player already
// in, and OnProcessTerminate in the middle of a match.
import assert from "node:assert/strict";
import { once } from "node:events";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { silentLogger } from "gse-sdk";
import { createGseLocal, type GseLocalEvent } from "gse-sdk/local";
import { CloseCode } from "../../examples/arena/arenaProtocol.js";
import { createBackend } from "../../examples/backend/createBackend.js";
import { runBot } from "../../examples/bots/runBot.js";

const arenaMain = fileURLToPath(new URL("../../examples/arena/main.js", import.meta.url));
const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
const WAIT = { timeoutMs: 15_000 };

const isPlayer = (playerSessionId: string, status: string) => (e: GseLocalEvent) =>
  e.type === "playerSessionStatus" && e.playerSessionId === playerSessionId && e.status === status;

test("the arena turns away bad joins and duplicate players, and finishes its match on OnProcessTerminate", { timeout: 60_000 }, async (t) => {
  const local = await createGseLocal({
    grpcPort: 0,
    httpPort: 0,
    logger: silentLogger,
    launch: { command: `ARENA_LOG_LEVEL=warn GSE_LOG_LEVEL=warn exec ${q(process.execPath)} ${q(arenaMain)}`, concurrency: 1, output: () => {} },
  });
  t.after(() => local.close());
  const ready = await local.waitFor((e) => e.type === "processRegistered", WAIT);
  const pid = (ready as Extract<GseLocalEvent, { type: "processRegistered" }>).pid;
  const exited = new Promise<{ pid: number; code: number | null }>((resolve) => {
    local.fleet!.events.on("exit", (e: { pid: number; code: number | null }) => {
      if (e.pid === pid) resolve(e);
    });
  });

  const backend = createBackend({
    endpoint: local.cloudEndpoint,
    protocol: "http://",
    secretId: "unused",
    secretKey: "unused",
    queueName: "arena-test",
    // A long match: only OnProcessTerminate will end it.
    gameProperties: { matchMs: "60000", tickMs: "50", idleMs: "60000" },
  });
  const [ada] = await backend.matchPlayers(["ada"]);
  assert.ok(ada);
  const playing = runBot({ ticket: ada, playMs: 60_000 });
  await local.waitFor(isPlayer(ada.playerSessionId, "ACTIVE"), WAIT);

  // A second reservation for the same player, through the cloud API's GSE Local form.
  const joined = await fetch(`http://${local.cloudEndpoint}/capi`, {
    method: "POST",
    body: JSON.stringify({ Action: "JoinGameServerSession", GameServerSessionId: ada.gameServerSessionId, PlayerId: "ada" }),
  });
  const second = ((await joined.json()) as { Response: { PlayerSession: { PlayerSessionId: string } } }).Response.PlayerSession.PlayerSessionId;
  const duplicate = await runBot({ ticket: { ...ada, playerSessionId: second }, playMs: 0 });
  assert.equal(duplicate.outcome, "rejected");
  assert.equal(duplicate.closeCode, CloseCode.cannotPlace);
  assert.match(duplicate.closeReason, /already in the match/);
  // GSE accepted it, so the game gave the slot back.
  await local.waitFor(isPlayer(second, "COMPLETED"), WAIT);

  // Anything but a join first is refused.
  const raw = new WebSocket(`ws://${ada.ipAddress}:${ada.port}`);
  await once(raw, "open");
  raw.send('{"type":"move","dir":"up"}');
  const [code] = (await once(raw, "close")) as [number];
  assert.equal(code, CloseCode.badJoin);

  // Scale-in mid-match: the game tells its player, removes it, and the SDK
  // ends the session and the process.
  local.terminateProcess(pid, { terminationDelayMs: 15_000 });
  const result = await playing;
  assert.equal(result.outcome, "matchOver");
  assert.match(result.matchOver?.reason ?? "", /OnProcessTerminate/);
  await local.waitFor(isPlayer(ada.playerSessionId, "COMPLETED"), WAIT);
  await local.waitFor(
    (e) => e.type === "gameServerSessionStatus" && e.gameServerSessionId === ada.gameServerSessionId && e.status === "TERMINATED" && e.reason === "TerminateGameServerSession",
    WAIT,
  );
  await local.waitFor((e) => e.type === "processStatus" && e.pid === pid && e.status === "TERMINATED" && e.reason === "ProcessEnding", WAIT);
  assert.equal((await exited).code, 0);
  // The player left through RemovePlayerSession before the session ended, not by the session's end.
  const removes = local.history.filter((e) => e.type === "agentCall" && e.method === "RemovePlayerSession" && e.pid === pid && e.ok);
  assert.equal(removes.length, 2, "RemovePlayerSession for the duplicate and for ada");
  await backend.close();
});
