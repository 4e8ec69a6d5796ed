// Property-based: random sequences of lifecycle events against a real app
// and a recording agent over gRPC. Whatever the order, every session the
// process accepted is activated at most once and terminated exactly once,
// ProcessEnding is sent exactly once and last, and nothing follows it.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { GseApp, GseResponse_Status, silentLogger, type GameServerSession } from "gse-sdk";
import { defineGame } from "../fixtures/games.js";
import { createRecordingAgent } from "../helpers/createRecordingAgent.js";
import { deferred, type Deferred } from "../helpers/deferred.js";
import { waitFor } from "../helpers/waitFor.js";

type Step = "offer" | "startResolves" | "startThrows" | "gameEndsSession" | "agentTerminates" | "shutdown" | "healthCheck";
const steps: Step[] = ["offer", "startResolves", "startThrows", "gameEndsSession", "agentTerminates", "shutdown", "healthCheck"];

function session(id: string): GameServerSession {
  return { gameServerSessionId: id, fleetId: "", name: "", maxPlayers: 2, joinable: true, gameProperties: [], port: 0, ipAddress: "", gameServerSessionData: "", matchmakerData: "", dnsName: "" };
}

test("random lifecycle scripts keep every protocol invariant", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...steps), { minLength: 1, maxLength: 12 }), async (script) => {
      const agent = await createRecordingAgent();
      const pending: Deferred<void>[] = [];
      const app = await GseApp.run(
        defineGame({ events: [], start: () => { const d = deferred(); pending.push(d); return d.promise; } }),
        { clientPort: 7777, gseAddress: agent.address, exitProcess: false, handleSignals: false, logger: silentLogger, terminateTimeoutMs: 200 },
      );
      const game = await agent.game();
      const accepted: string[] = [];
      let n = 0;
      try {
        for (const step of script) {
          if (app.gse.phase === "ended") break;
          switch (step) {
            case "offer": {
              const id = `gss-${++n}`;
              const before = pending.length;
              const ack = await game.onStartGameServerSession({ gameServerSession: session(id) }).catch(() => undefined);
              if (ack?.status === GseResponse_Status.OK) {
                accepted.push(id);
                await waitFor("the start handler to run", () => pending.length > before || app.gse.phase !== "activating");
              }
              break;
            }
            case "startResolves":
            case "startThrows": {
              const handler = pending.shift();
              if (!handler) break;
              const id = app.gse.session?.gameServerSessionId;
              if (step === "startResolves") handler.resolve();
              else handler.reject(new Error("no map"));
              await waitFor("the start outcome", () => app.gse.phase !== "activating" || app.gse.session?.gameServerSessionId !== id);
              break;
            }
            case "gameEndsSession":
              if (app.gse.session) await app.gse.terminateGameServerSession().catch(() => undefined);
              break;
            case "agentTerminates":
              await game.onProcessTerminate({ terminationTime: 0 }).catch(() => undefined);
              break;
            case "shutdown":
              void app.shutdown();
              break;
            case "healthCheck":
              await game.onHealthCheck({}).catch(() => undefined);
              break;
          }
        }
        for (const handler of pending.splice(0)) handler.resolve();
        await app.shutdown();
        // Let any activation that raced the end settle before reading the log.
        await waitFor("the process to end", () => app.gse.phase === "ended");

        const methods = agent.methods();
        assert.equal(methods[0], "ProcessReady");
        assert.equal(methods.filter((m) => m === "ProcessReady").length, 1);
        assert.equal(methods.filter((m) => m === "ProcessEnding").length, 1, `ProcessEnding once: ${methods.join(",")}`);
        assert.equal(methods.at(-1), "ProcessEnding", `nothing after ProcessEnding: ${methods.join(",")}`);
        for (const id of accepted) {
          const calls = agent.calls.filter((c) => c.request["gameServerSessionId"] === id).map((c) => c.method);
          assert.ok(calls.filter((m) => m === "ActivateGameServerSession").length <= 1, `${id} activated at most once: ${calls}`);
          assert.equal(calls.filter((m) => m === "TerminateGameServerSession").length, 1, `${id} terminated exactly once: ${calls} (script ${script})`);
          if (calls.includes("ActivateGameServerSession")) {
            assert.ok(calls.indexOf("ActivateGameServerSession") < calls.indexOf("TerminateGameServerSession"), `${id}: activate before terminate`);
          }
        }
        assert.equal(methods.filter((m) => m === "TerminateGameServerSession").length, accepted.length, "no session is terminated that was not accepted");
      } finally {
        for (const handler of pending.splice(0)) handler.resolve();
        await app.shutdown();
        await agent.close();
      }
    }),
    { numRuns: 40, seed: 20261123 },
  );
});
