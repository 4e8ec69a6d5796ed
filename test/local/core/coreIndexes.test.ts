// The core's indexes (processes by fleet, free processes, pending
// placements by session, open player sessions by session) against a scan
// of the tables, after a seeded random run of the transitions that move
// them: registration and recycled pids, placing processes in fleets and
// out, sessions starting and ending, placements waiting, placed, retried
// and ended, players reserving, accepted, removed, timing out and
// forgotten, a reset and a reload.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createCore, createManualClock, type GseLocalCore } from "gse-sdk/local";
import { scanFleetMembership } from "../../../src/local/control/createFleetMembership.js";
import { seededRandom } from "../../helpers/seededRandom.js";

const FLEETS = ["fleet-local", "fleet-a", "fleet-b"];

const seen = { waiting: 0, inFleets: 0, noneFree: 0, openPlayers: 0 };

/** What the indexes must answer, read the slow way. */
function assertIndexesMatchScan(core: GseLocalCore, step: string): void {
  const scan = scanFleetMembership({ processes: () => core.tables.processes.values() }, core.tables.processPlacements, "fleet-local");
  for (const fleetId of FLEETS) {
    assert.deepEqual(core.control.pidsOfFleet(fleetId), [...scan.pidsOf(fleetId)], `${step}: processes of ${fleetId}`);
    if (fleetId !== "fleet-local" && scan.pidsOf(fleetId).size > 1) seen.inFleets++;
  }
  const firstFree = [...core.tables.processes.values()].find((p) => p.status === "ACTIVE" && p.gameServerSessionId === undefined);
  assert.equal(core.processes.free(), firstFree, `${step}: first free process`);
  if (firstFree === undefined) seen.noneFree++;
  for (const session of core.tables.gameServerSessions.values()) {
    const waiting = [...core.tables.placements.values()].find((p) => p.status === "PENDING" && p.gameServerSessionId === session.gameServerSessionId);
    assert.equal(core.placements.bySession(session.gameServerSessionId), waiting, `${step}: placement waiting for ${session.gameServerSessionId}`);
    if (waiting) seen.waiting++;
    const open = [...core.tables.playerSessions.values()].filter((p) => p.gameServerSessionId === session.gameServerSessionId && (p.status === "RESERVED" || p.status === "ACTIVE")).length;
    assert.equal(core.gameServerSessions.openPlayerCount(session), open, `${step}: open player sessions of ${session.gameServerSessionId}`);
    if (open > 0) seen.openPlayers++;
  }
}

/** Players come and go on the live sessions: reservations, acceptance, removal, timeouts. */
function playerStep(core: GseLocalCore, random: () => number): void {
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const r = random();
  const session = pick([...core.tables.gameServerSessions.values()].filter((s) => s.status === "ACTIVATING" || s.status === "ACTIVE"));
  if (!session) return;
  const process = core.processes.get(session.pid)!;
  if (session.status === "ACTIVATING") {
    core.gameServerSessions.activate(process, session.gameServerSessionId, 0);
    return;
  }
  const open = core.playerSessions.ofSession(session).filter((p) => p.status === "RESERVED" || p.status === "ACTIVE");
  const player = pick(open);
  try {
    if (r < 0.45) core.playerSessions.join(session, [{ playerId: `player-${Math.floor(random() * 1e6)}` }]);
    else if (r < 0.65 && player?.status === "RESERVED") core.playerSessions.accept(process, session.gameServerSessionId, player.playerSessionId);
    else if (r < 0.8 && player) core.playerSessions.remove(process, session.gameServerSessionId, player.playerSessionId);
    else if (player?.status === "RESERVED") core.playerSessions.timeOut(player.playerSessionId);
  } catch {
    // A full session.
  }
}

describe("the core's indexes", () => {
  test("answer as a scan of the tables would, through a random run, a reset and a reload", () => {
    const random = seededRandom(7);
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
    // A short history of ended players, so that forgetting them is part of the run.
    const core = createCore({ ipAddress: "127.0.0.1", clock: createManualClock(1_000), endedPlayerSessionHistory: 20 });
    const instances = new Map(
      FLEETS.slice(1).map((fleetId) => {
        core.control.fleets.create({ fleetId, assetId: undefined, region: "ap-guangzhou", name: fleetId, active: true }, 1_000);
        return [fleetId, core.control.instances.add(fleetId, "127.0.0.1").instanceId] as const;
      }),
    );
    let placementCount = 0;
    for (let step = 0; step < 1_500; step++) {
      const r = random();
      const processes = [...core.tables.processes.values()];
      const live = processes.filter((p) => p.status !== "TERMINATED");
      if (r < 0.2) {
        // A new pid, or a recycled one (a terminated record replaced).
        const pid = random() < 0.3 && processes.length > 0 ? pick(processes)!.pid : 1 + Math.floor(random() * 200);
        core.processes.register({ pid, grpcPort: 1, clientPort: 1_000 + pid, logPaths: [] });
      } else if (r < 0.32 && live.length > 0) {
        const fleetId = pick(FLEETS.slice(1))!;
        core.control.instances.place(pick(live)!.pid, fleetId, instances.get(fleetId)!);
      } else if (r < 0.36 && live.length > 0) {
        core.control.instances.unplace(pick(live)!.pid);
      } else if (r < 0.44 && live.length > 0) {
        core.processes.terminate(pick(live)!, "test");
      } else if (r < 0.56) {
        try {
          core.gameServerSessions.create({ fleetId: pick(FLEETS)!, maximumPlayerSessionCount: 2 });
        } catch {
          // No free process in that fleet.
        }
      } else if (r < 0.66) {
        const sessions = [...core.tables.gameServerSessions.values()].filter((s) => s.status === "ACTIVATING" || s.status === "ACTIVE");
        const session = pick(sessions);
        if (session) core.gameServerSessions.end(session, random() < 0.5 ? "TERMINATED" : "ERROR", "test");
      } else if (r < 0.76) {
        core.placements.start({ placementId: `p-${placementCount++}`, queueName: "none", maximumPlayerSessionCount: 2 });
      } else if (r < 0.84) {
        core.placements.placePending(pick(FLEETS)!);
      } else if (r < 0.9) {
        const waiting = [...core.tables.placements.values()].filter((p) => p.status === "PENDING" && p.gameServerSessionId !== undefined);
        const placement = pick(waiting);
        if (placement) core.placements.retryElsewhere(placement, core.gameServerSessions.get(placement.gameServerSessionId!)?.pid ?? 0);
      } else if (r < 0.96) {
        const waiting = [...core.tables.placements.values()].filter((p) => p.status === "PENDING");
        const placement = pick(waiting);
        if (placement) core.placements.setStatus(placement, pick(["FULFILLED", "CANCELLED", "TIMED_OUT", "FAILED"] as const)!);
      } else if (r < 0.97) {
        core.reset();
      } else if (r < 0.98) {
        // A state directory read back into a fresh core.
        const state = new Map(Object.entries(core.tables).map(([domain, table]) => [domain, new Map(table as ReadonlyMap<unknown, unknown>)] as const));
        const reloaded = createCore({ ipAddress: "127.0.0.1", clock: createManualClock(1_000) });
        reloaded.load(state as unknown as ReadonlyMap<string, ReadonlyMap<string, unknown>>);
        assertIndexesMatchScan(reloaded, `step ${step} (reloaded)`);
      }
      if (random() < 0.5) playerStep(core, random);
      assertIndexesMatchScan(core, `step ${step}`);
    }
    // The run went through the states the indexes keep.
    assert.ok(seen.waiting > 100 && seen.inFleets > 100 && seen.noneFree > 10 && seen.openPlayers > 100, JSON.stringify(seen));
  });
});
