import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { afterEach, test } from "node:test";
import { fileURLToPath } from "node:url";
import { createRecordingAgent, type RecordingAgent } from "../helpers/createRecordingAgent.js";

const childGame = fileURLToPath(new URL("../fixtures/childGame.js", import.meta.url));
const agents: RecordingAgent[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await Promise.all(agents.splice(0).map((a) => a.close()));
});

async function spawnGame(env: Record<string, string> = {}) {
  const agent = await createRecordingAgent();
  agents.push(agent);
  const child = spawn(process.execPath, [childGame], {
    env: { ...process.env, GSE_AGENT_ADDRESS: agent.address, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const lines: Record<string, unknown>[] = [];
  const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  const reader = createInterface({ input: child.stdout! });
  reader.on("line", (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  await agent.nextCall("ProcessReady", 15_000);
  return { agent, child, lines, exited };
}

test("the agent address comes from $GSE_AGENT_ADDRESS and the pid metadata is the child's", async () => {
  const { agent, child } = await spawnGame();
  assert.equal(agent.calls[0]!.pid, String(child.pid));
  child.kill("SIGKILL");
});

test("after OnProcessTerminate the process ends its lifecycle and exits with code 0", async () => {
  const { agent, lines, exited } = await spawnGame();
  const game = await agent.game();
  await game.onProcessTerminate({ terminationTime: Math.floor(Date.now() / 1000) + 60 });
  const [code, signal] = await exited;
  assert.equal(code, 0);
  assert.equal(signal, null);
  assert.deepEqual(agent.methods(), ["ProcessReady", "ProcessEnding"]);
  assert.ok(lines.some((l) => l["event"] === "terminate"));
});

test("SIGTERM runs the same sequence and exits 0", async () => {
  const { agent, child, lines, exited } = await spawnGame();
  const game = await agent.game();
  await game.onStartGameServerSession({
    gameServerSession: { gameServerSessionId: "gss-1", fleetId: "", name: "", maxPlayers: 2, joinable: true, gameProperties: [], port: 0, ipAddress: "", gameServerSessionData: "", matchmakerData: "", dnsName: "" },
  });
  await agent.nextCall("ActivateGameServerSession");
  child.kill("SIGTERM");
  const [code] = await exited;
  assert.equal(code, 0);
  assert.deepEqual(agent.methods(), ["ProcessReady", "ActivateGameServerSession", "TerminateGameServerSession", "ProcessEnding"]);
  assert.ok(lines.some((l) => l["event"] === "terminate"));
});

test("after shutdown() nothing of the SDK keeps Node alive: the process exits on its own", async () => {
  const { agent, lines, exited } = await spawnGame({ CHILD_EXIT_PROCESS: "false", CHILD_SHUTDOWN: "true" });
  const [code] = await exited;
  assert.equal(code, 0);
  assert.deepEqual(agent.methods(), ["ProcessReady", "ProcessEnding"]);
  assert.ok(lines.some((l) => l["event"] === "shutdown-resolved"));
});

test("SIGTERM then OnProcessTerminate: one ending sequence, exit 0", async () => {
  const { agent, child, exited } = await spawnGame();
  const game = await agent.game();
  await game.onStartGameServerSession({
    gameServerSession: { gameServerSessionId: "gss-1", fleetId: "", name: "", maxPlayers: 2, joinable: true, gameProperties: [], port: 0, ipAddress: "", gameServerSessionData: "", matchmakerData: "", dnsName: "" },
  });
  await agent.nextCall("ActivateGameServerSession");
  child.kill("SIGTERM");
  // The agent's own terminate arrives while the process is already ending; it
  // may also find the server closed. Either way: no second sequence.
  await game.onProcessTerminate({ terminationTime: Math.floor(Date.now() / 1000) + 60 }).catch(() => undefined);
  const [code] = await exited;
  assert.equal(code, 0);
  assert.deepEqual(agent.methods(), ["ProcessReady", "ActivateGameServerSession", "TerminateGameServerSession", "ProcessEnding"]);
});
