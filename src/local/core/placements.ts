import type { CoreStore } from "./createCoreStore.js";
import { CoreRefusal } from "./CoreRefusal.js";
import type { GseLocalCore } from "./createCore.js";
import type { KeyValue, LatencyRecord, LocalGameServerSession, LocalPlacement, PlacementStatus } from "./records.js";

export interface StartPlacementInput {
  placementId: string;
  queueName: string;
  maximumPlayerSessionCount: number;
  gameProperties?: readonly KeyValue[];
  gameServerSessionName?: string;
  gameServerSessionData?: string;
  desiredPlayerSessions?: readonly { PlayerId: string; PlayerData: string }[];
  playerLatencies?: readonly LatencyRecord[];
}

/** Game server session placements: a queued request for a session, placed on the first free process. */
export interface PlacementDomain {
  get(id: string): LocalPlacement | undefined;
  list(): LocalPlacement[];
  /** The placement `id`, or NOT_FOUND. */
  require(id: string): LocalPlacement;
  /** A new PENDING placement. */
  start(input: StartPlacementInput): LocalPlacement;
  /** StopGameServerSessionPlacement: only a PENDING placement. */
  stop(placement: LocalPlacement): void;
  /** Creates a session for each PENDING placement that has none, while free processes last. */
  placePending(fleetId: string): void;
  /** The PENDING placement waiting for this session to become ACTIVE. */
  bySession(gameServerSessionId: string): LocalPlacement | undefined;
  /** Its session is ACTIVE: reserve the desired players, FULFILLED; FAILED if they cannot all join. */
  fulfil(placement: LocalPlacement, session: LocalGameServerSession): void;
  /** Its session failed on process `pid`: place it elsewhere later. */
  retryElsewhere(placement: LocalPlacement, pid: number): void;
  /** Still PENDING with no session: TIMED_OUT. */
  timeOut(placementId: string): void;
  setStatus(placement: LocalPlacement, status: PlacementStatus): void;
}

/** Methods that only read: called directly, not as core operations (they emit nothing). */
export const PLACEMENT_READS: readonly (keyof PlacementDomain)[] = ["get", "list", "require", "bySession"];

export function createPlacementDomain(store: CoreStore, core: GseLocalCore): PlacementDomain {
  const placements = store.tables.placements;

  const domain: PlacementDomain = {
    get: (id) => placements.get(id),
    list: () => [...placements.values()],

    require(id) {
      const placement = placements.get(id);
      if (!placement) throw new CoreRefusal("NOT_FOUND", `Game server session placement '${id}' does not exist.`);
      return placement;
    },

    start(input) {
      const desired = input.desiredPlayerSessions ?? [];
      if (desired.length > input.maximumPlayerSessionCount) {
        throw new CoreRefusal(
          "INVALID_REQUEST",
          `DesiredPlayerSessions has ${desired.length} players, more than MaximumPlayerSessionCount ${input.maximumPlayerSessionCount}.`,
        );
      }
      if (placements.has(input.placementId)) {
        throw new CoreRefusal("ALREADY_EXISTS", `PlacementId '${input.placementId}' is already used; placement ids are unique.`);
      }
      const placement: LocalPlacement = {
        placementId: input.placementId,
        queueName: input.queueName,
        status: "PENDING",
        maximumPlayerSessionCount: input.maximumPlayerSessionCount,
        gameProperties: input.gameProperties ?? [],
        gameServerSessionName: input.gameServerSessionName ?? "",
        gameServerSessionData: input.gameServerSessionData ?? "",
        desiredPlayerSessions: desired,
        playerLatencies: input.playerLatencies ?? [],
        startTime: store.clock.now(),
        endTime: undefined,
        gameServerSessionId: undefined,
        placedPlayerSessions: [],
        triedPids: [],
      };
      store.put("placements", placement);
      store.emit({ type: "placementStatus", placementId: placement.placementId, status: placement.status });
      return placement;
    },

    stop(placement) {
      if (placement.status !== "PENDING") {
        throw new CoreRefusal("WRONG_STATE", `Placement '${placement.placementId}' is ${placement.status}; only a PENDING placement can be stopped.`);
      }
      domain.setStatus(placement, "CANCELLED");
    },

    placePending(fleetId) {
      for (const placement of placements.values()) {
        if (placement.status !== "PENDING" || placement.gameServerSessionId !== undefined) continue;
        if (!core.processes.free()) return;
        // Through its queue: the first destination with a free process within
        // the latency policy in force; a queue name no queue has places on
        // the default fleet, as gse-local did before queues existed.
        const target = core.control.placementFleet(placement, fleetId);
        if (target === undefined) continue;
        if (core.control.pickProcess(core.control.hostFleetOf(target).fleetId, placement.triedPids) === undefined) continue;
        const session = core.gameServerSessions.create({
          excludePids: placement.triedPids,
          fleetId: target,
          maximumPlayerSessionCount: placement.maximumPlayerSessionCount,
          name: placement.gameServerSessionName,
          gameProperties: placement.gameProperties,
          gameServerSessionData: placement.gameServerSessionData,
        });
        store.update("placements", placement, { gameServerSessionId: session.gameServerSessionId });
      }
    },

    bySession(gameServerSessionId) {
      for (const placement of placements.values()) {
        if (placement.status === "PENDING" && placement.gameServerSessionId === gameServerSessionId) return placement;
      }
      return undefined;
    },

    fulfil(placement, session) {
      let players;
      try {
        players = core.playerSessions.join(
          session,
          placement.desiredPlayerSessions.map((d) => ({ playerId: d.PlayerId, playerData: d.PlayerData })),
        );
      } catch (error) {
        domain.setStatus(placement, "FAILED");
        throw error;
      }
      store.update("placements", placement, { placedPlayerSessions: players.map((p) => ({ PlayerId: p.playerId, PlayerSessionId: p.playerSessionId })) });
      domain.setStatus(placement, "FULFILLED");
    },

    retryElsewhere(placement, pid) {
      store.update("placements", placement, { triedPids: [...placement.triedPids, pid], gameServerSessionId: undefined });
    },

    timeOut(placementId) {
      const placement = placements.get(placementId);
      if (placement?.status === "PENDING" && placement.gameServerSessionId === undefined) domain.setStatus(placement, "TIMED_OUT");
    },

    setStatus(placement, status) {
      if (placement.status === status) return;
      store.update("placements", placement, status === "PENDING" ? { status } : { status, endTime: store.clock.now() });
      store.emit({
        type: "placementStatus",
        placementId: placement.placementId,
        status,
        ...(placement.gameServerSessionId ? { gameServerSessionId: placement.gameServerSessionId } : {}),
      });
    },
  };
  return domain;
}
