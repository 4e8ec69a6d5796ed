// Suite 2: lifecycle latency through gse-local, as a backend sees it:
// CreateGameServerSession until gse-local marks the session ACTIVE, and
// JoinGameServerSession until the player session is ACTIVE after the game
// accepted the player that connected to its client port. Two games are
// registered, one on the SDK and one on bare nice-grpc, and sessions go to
// them in turn: the one not under test holds a session, so gse-local has
// exactly one free process to place the next session on.
import { connect, type Socket } from "node:net";
import { once } from "node:events";
import type { BenchConfig } from "../lib/config.js";
import { createCloudCaller } from "../lib/cloudApi.js";
import { summarize, type LatencySummary } from "../lib/stats.js";
import { monotonicMs, startWorker, type Worker } from "../lib/workers.js";

export interface LifecycleStats {
  /** CreateGameServerSession sent → session ACTIVE in gse-local. */
  createToActive: LatencySummary;
  /** CreateGameServerSession sent → its HTTP reply read (session ACTIVATING). */
  createReply: LatencySummary;
  /** CreateGameServerSession sent → the game's code gets the session (@OnStartSession, or the bare handler). */
  createToHandler: LatencySummary;
  /** The game's code got the session → session ACTIVE in gse-local. */
  handlerToActive: LatencySummary;
  /** JoinGameServerSession sent → player session ACTIVE (reply, connect, AcceptPlayerSession). */
  joinToActive: LatencySummary;
  /** JoinGameServerSession sent → its HTTP reply read (player session RESERVED). */
  joinReply: LatencySummary;
}

export interface LifecycleResult {
  sdk: LifecycleStats;
  bare: LifecycleStats;
  /** A cloud API round trip that changes nothing (DescribeGameServerSessions by id): the HTTP floor. */
  describeRoundTrip: LatencySummary;
}

type Mode = "sdk" | "bare";

interface StatusEvent {
  kind: "session" | "player";
  id: string;
  status: string;
  at: number;
}

export async function lifecycleSuite(config: BenchConfig, log: (line: string) => void): Promise<LifecycleResult> {
  const local = await startWorker("gse-local", new URL("../workers/gseLocalWorker.js", import.meta.url));
  const games: Record<Mode, Worker> = {
    sdk: await startWorker("game (sdk)", new URL("../workers/lifecycleGame.js", import.meta.url)),
    bare: await startWorker("game (bare)", new URL("../workers/lifecycleGame.js", import.meta.url)),
  };
  const seen = new Map<string, number>();
  const waiters = new Map<string, (at: number) => void>();
  local.onEvent((name, data) => {
    if (name !== "status") return;
    const event = data as StatusEvent;
    const key = `${event.kind}:${event.id}:${event.status}`;
    const waiter = waiters.get(key);
    if (waiter) {
      waiters.delete(key);
      waiter(event.at);
    } else seen.set(key, event.at);
  });
  const statusAt = (kind: StatusEvent["kind"], id: string, status: string): Promise<number> => {
    const key = `${kind}:${id}:${status}`;
    const at = seen.get(key);
    if (at !== undefined) {
      seen.delete(key);
      return Promise.resolve(at);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${kind} ${id} ${status} within 10 s`)), 10_000);
      waiters.set(key, (when) => {
        clearTimeout(timer);
        resolve(when);
      });
    });
  };
  const handedOver = new Map<string, number>();
  for (const game of Object.values(games)) {
    game.onEvent((name, data) => {
      if (name === "sessionHandedOver") handedOver.set((data as { id: string }).id, (data as { at: number }).at);
    });
  }

  const { agentAddress, cloudEndpoint } = await local.call<{ agentAddress: string; cloudEndpoint: string }>("start", { forward: true });
  const ports: Record<Mode, number> = {
    sdk: (await games.sdk.call<{ clientPort: number }>("start", { agentAddress, mode: "sdk" })).clientPort,
    bare: (await games.bare.call<{ clientPort: number }>("start", { agentAddress, mode: "bare" })).clientPort,
  };
  const cloud = createCloudCaller(cloudEndpoint, 4);
  const players = {} as Record<Mode, Socket>;
  for (const mode of ["sdk", "bare"] as const) {
    players[mode] = connect(ports[mode], "127.0.0.1");
    players[mode].setNoDelay(true);
    players[mode].on("data", () => undefined);
    await once(players[mode], "connect");
  }

  const samples = () => ({ createToActive: [] as number[], createReply: [] as number[], createToHandler: [] as number[], handlerToActive: [] as number[], joinToActive: [] as number[], joinReply: [] as number[] });
  const collected: Record<Mode, ReturnType<typeof samples>> = { sdk: samples(), bare: samples() };
  const describeRoundTrip: number[] = [];

  const createSession = async (): Promise<{ id: string; port: number; t0: number; tReply: number }> => {
    const t0 = monotonicMs();
    const created = await cloud.call("CreateGameServerSession", { FleetId: "fleet-bench", MaximumPlayerSessionCount: 100 });
    const tReply = monotonicMs();
    const session = created["GameServerSession"] as { GameServerSessionId: string; Port: number };
    return { id: session.GameServerSessionId, port: session.Port, t0, tReply };
  };

  try {
    // Both games are free: the first session goes to the one registered first (the SDK game) and parks there.
    let parked: { mode: Mode; id: string } = { mode: "sdk", id: (await createSession()).id };
    await statusAt("session", parked.id, "ACTIVE");
    const { sessions, joinsPerSession } = config.lifecycle;
    // Each game's first session warms its paths up and is not counted.
    for (let i = 0; i < 2 * sessions + 1; i++) {
      const mode: Mode = parked.mode === "sdk" ? "bare" : "sdk";
      const counted = i >= 1;
      const into = collected[mode];
      const { id, port, t0, tReply } = await createSession();
      if (port !== ports[mode]) throw new Error(`lifecycle: the session went to port ${port}, not to the ${mode} game's ${ports[mode]}`);
      const tActive = await statusAt("session", id, "ACTIVE");
      if (counted) {
        into.createToActive.push(tActive - t0);
        into.createReply.push(tReply - t0);
        // The game's stamp travels over IPC and may trail the ACTIVE event; wait for it briefly.
        for (let wait = 0; !handedOver.has(id) && wait < 100; wait++) await new Promise((resolve) => setTimeout(resolve, 1));
        const tHandler = handedOver.get(id);
        if (tHandler !== undefined) {
          into.createToHandler.push(tHandler - t0);
          into.handlerToActive.push(tActive - tHandler);
        }
        const d0 = monotonicMs();
        await cloud.call("DescribeGameServerSessions", { GameServerSessionId: id });
        describeRoundTrip.push(monotonicMs() - d0);
      }
      for (let j = 0; j < joinsPerSession; j++) {
        const j0 = monotonicMs();
        const joined = await cloud.call("JoinGameServerSession", { GameServerSessionId: id, PlayerId: `player-${i}-${j}` });
        const jReply = monotonicMs();
        const playerSessionId = (joined["PlayerSession"] as { PlayerSessionId: string }).PlayerSessionId;
        players[mode].write(`${playerSessionId}\n`);
        const accepted = await statusAt("player", playerSessionId, "ACTIVE");
        if (counted) {
          into.joinToActive.push(accepted - j0);
          into.joinReply.push(jReply - j0);
        }
      }
      // The other game lets its session go; this one's stays, so the next session goes there.
      await games[parked.mode].call("endSession");
      await statusAt("session", parked.id, "TERMINATED");
      parked = { mode, id };
      seen.clear();
      handedOver.clear();
    }
    log(`  lifecycle: ${sessions} sessions and ${sessions * joinsPerSession} player sessions per game`);
  } finally {
    for (const socket of Object.values(players)) socket.destroy();
    cloud.close();
    await games.sdk.stop();
    await games.bare.stop();
    await local.stop();
  }
  const stats = (s: ReturnType<typeof samples>): LifecycleStats => ({
    createToActive: summarize(s.createToActive),
    createReply: summarize(s.createReply),
    createToHandler: summarize(s.createToHandler),
    handlerToActive: summarize(s.handlerToActive),
    joinToActive: summarize(s.joinToActive),
    joinReply: summarize(s.joinReply),
  });
  return { sdk: stats(collected.sdk), bare: stats(collected.bare), describeRoundTrip: summarize(describeRoundTrip) };
}
