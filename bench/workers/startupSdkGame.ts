// An idle game process on the SDK: started, ProcessReady acknowledged, then
// nothing. The startup suite times it from spawn and reads its memory.
import { GseApp, OnStartSession, silentLogger, type Gse } from "gse-sdk";
import { monotonicMs, serveCommands } from "../lib/workers.js";
import { idleMemory } from "./idleMemory.js";

class IdleGame {
  constructor(readonly gse: Gse) {}
  @OnStartSession()
  start(): void {}
}

const agentAddress = process.env["BENCH_AGENT_ADDRESS"]!;
await GseApp.run(IdleGame, { gseAddress: agentAddress, clientPort: 7777, exitProcess: false, handleSignals: false, logger: silentLogger });
const readyAt = monotonicMs();
serveCommands({ readyAt: () => readyAt, idleMemory });
