// The backend side on Agones: what a backend that called GSE's
// CreateGameServerSession / JoinGameServerSession calls instead. It creates
// a GameServerAllocation (allocation.agones.dev/v1, Agones' aggregated
// allocation API; https://agones.dev/site/docs/reference/gameserverallocation/)
// through @kubernetes/client-node and reads back where players connect.
//
// The session's properties travel as the allocation's metadata: annotations
// the game's SDK turns into the GameServerSession (docs/agones.md), and the
// players' ids as values added to the GameServer's `players` list, which is
// how the game knows whom to accept.
import { randomUUID } from "node:crypto";
import { CustomObjectsApi, type KubeConfig } from "@kubernetes/client-node";

export interface SessionRequest {
  /** GSE's GameServerSessionId. Default: a fresh "gss-<uuid>" (it is also a label, so at most 63 characters). */
  gameServerSessionId?: string;
  name?: string;
  /** The players list's capacity on that GameServer. */
  maxPlayers: number;
  gameProperties?: Record<string, string>;
  gameServerSessionData?: string;
  matchmakerData?: string;
  /** Player session ids to reserve now (GSE's CreatePlayerSessions). */
  playerSessionIds?: string[];
}

export interface Allocation {
  gameServerSessionId: string;
  gameServerName: string;
  /** Where players connect: the node's address and the GameServer's first port. */
  ipAddress: string;
  port: number;
  ports: { name: string; port: number }[];
  nodeName: string;
}

export interface AgonesAllocatorOptions {
  kubeConfig: KubeConfig;
  namespace?: string;
  fleet: string;
  /** Annotation prefix the game reads. Default "gse-sdk/", as the SDK's default. */
  prefix?: string;
  /** The list holding player session ids. Default "players", as the SDK's default. */
  playersList?: string;
  /**
   * How long createSession waits for the game to have activated the session
   * (the SDK's label agones.dev/sdk-gse-session=ACTIVE). An allocation
   * answers as soon as the GameServer is Allocated, before the game ran its
   * @OnStartSession; GSE hands out player sessions only once the session is
   * ACTIVE, and so does this. Default 30 000 ms; 0 returns at allocation.
   */
  activeTimeoutMs?: number;
  /** How often the GameServer is read while waiting. Default 200 ms. */
  pollIntervalMs?: number;
}

export interface AgonesAllocator {
  /** GSE's CreateGameServerSession: a Ready GameServer of the fleet, or undefined when none is free (UnAllocated). */
  createSession(request: SessionRequest): Promise<Allocation | undefined>;
  /** GSE's JoinGameServerSession: reserves more players on a running session's GameServer. */
  joinSession(gameServerSessionId: string, playerSessionIds: string[]): Promise<Allocation | undefined>;
}

/** The label the allocation puts on the GameServer so later joins find it. */
export const SESSION_LABEL = "gse-sdk/game-server-session-id";
/** The label the game's SDK sets once the session is active. */
export const ACTIVE_LABEL = "agones.dev/sdk-gse-session";
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$/;

interface AllocationStatus {
  state?: string;
  gameServerName?: string;
  address?: string;
  ports?: { name?: string; port?: number }[];
  nodeName?: string;
}

export function createAgonesAllocator(options: AgonesAllocatorOptions): AgonesAllocator {
  const api = options.kubeConfig.makeApiClient(CustomObjectsApi);
  const namespace = options.namespace ?? "default";
  const prefix = options.prefix ?? "gse-sdk/";
  const playersList = options.playersList ?? "players";
  const fleetLabel = { "agones.dev/fleet": options.fleet };
  const activeTimeoutMs = options.activeTimeoutMs ?? 30_000;
  const pollIntervalMs = options.pollIntervalMs ?? 200;

  /** Reads the GameServer until the game activated its session; undefined if it shut down instead. */
  async function whenActive(allocation: Allocation): Promise<Allocation | undefined> {
    const deadline = Date.now() + activeTimeoutMs;
    for (;;) {
      const gameServer = (await api.getNamespacedCustomObject({ group: "agones.dev", version: "v1", namespace, plural: "gameservers", name: allocation.gameServerName })) as {
        metadata?: { labels?: Record<string, string> };
        status?: { state?: string };
      };
      if (gameServer.metadata?.labels?.[ACTIVE_LABEL] === "ACTIVE") return allocation;
      const state = gameServer.status?.state;
      if (state === "Shutdown" || state === "Unhealthy") return undefined;
      if (Date.now() + pollIntervalMs > deadline) {
        throw new Error(`GameServer '${allocation.gameServerName}' did not activate its session within ${activeTimeoutMs} ms (state ${state ?? "unknown"})`);
      }
      await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
    }
  }

  async function allocate(spec: Record<string, unknown>, gameServerSessionId: string): Promise<Allocation | undefined> {
    const created = (await api.createNamespacedCustomObject({
      group: "allocation.agones.dev",
      version: "v1",
      namespace,
      plural: "gameserverallocations",
      body: { apiVersion: "allocation.agones.dev/v1", kind: "GameServerAllocation", spec },
    })) as { status?: AllocationStatus };
    const status = created.status ?? {};
    // UnAllocated: no GameServer matched (the fleet is full); Contention: try again.
    if (status.state !== "Allocated") return undefined;
    const ports = (status.ports ?? []).map((p) => ({ name: p.name ?? "", port: p.port ?? 0 }));
    return {
      gameServerSessionId,
      gameServerName: status.gameServerName ?? "",
      ipAddress: status.address ?? "",
      port: ports[0]?.port ?? 0,
      ports,
      nodeName: status.nodeName ?? "",
    };
  }

  return {
    async createSession(request) {
      const id = request.gameServerSessionId ?? `gss-${randomUUID()}`;
      if (!LABEL_VALUE.test(id)) throw new Error(`gameServerSessionId must be a Kubernetes label value (at most 63 of [A-Za-z0-9-_.]), got '${id.slice(0, 70)}'`);
      if (!Number.isInteger(request.maxPlayers) || request.maxPlayers < 0 || request.maxPlayers > 1000) {
        throw new Error(`maxPlayers must be an integer from 0 to 1000 (an Agones list's capacity), got ${request.maxPlayers}`);
      }
      const annotations: Record<string, string> = {
        [`${prefix}game-server-session-id`]: id,
        [`${prefix}max-players`]: String(request.maxPlayers),
        ...(request.name !== undefined && { [`${prefix}name`]: request.name }),
        ...(request.gameProperties && { [`${prefix}game-properties`]: JSON.stringify(request.gameProperties) }),
        ...(request.gameServerSessionData !== undefined && { [`${prefix}game-server-session-data`]: request.gameServerSessionData }),
        ...(request.matchmakerData !== undefined && { [`${prefix}matchmaker-data`]: request.matchmakerData }),
      };
      const allocation = await allocate(
        {
          selectors: [{ matchLabels: fleetLabel, gameServerState: "Ready" }],
          metadata: { labels: { [SESSION_LABEL]: id }, annotations },
          lists: { [playersList]: { capacity: request.maxPlayers, addValues: request.playerSessionIds ?? [] } },
        },
        id,
      );
      return allocation && activeTimeoutMs > 0 ? whenActive(allocation) : allocation;
    },

    joinSession(gameServerSessionId, playerSessionIds) {
      // Allocating an Allocated GameServer again (Agones' pattern for adding
      // players to a running game) only adds the list values.
      return allocate(
        {
          selectors: [{ matchLabels: { ...fleetLabel, [SESSION_LABEL]: gameServerSessionId }, gameServerState: "Allocated" }],
          lists: { [playersList]: { addValues: playerSessionIds } },
        },
        gameServerSessionId,
      );
    },
  };
}
