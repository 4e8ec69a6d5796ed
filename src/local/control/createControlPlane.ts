import { choosePlacementProcess, type PlacementCandidate } from "./capacity/choosePlacementProcess.js";
import type { ScaleInCandidate } from "./capacity/chooseScaleIn.js";
import type { LocalLimits } from "./catalogue/localLimits.js";
import { isAliasId } from "./aliases/resolveAlias.js";
import { idFromArn } from "./arn.js";
import { createAssetDomain, type AssetDomain } from "./domain/assets.js";
import type { ControlStore } from "./domain/ControlStore.js";
import { createFleetDomain, processesPerInstance, type FleetDomain } from "./domain/fleets.js";
import { createInstanceDomain, DEFAULT_INSTANCE_WEIGHT, type InstanceDomain } from "./domain/instances.js";
import { createRoutingDomain, type RoutingDomain } from "./domain/routing.js";
import { createScalingDomain, type ScalingDomain } from "./domain/scaling.js";
import { createUsageDomain, type UsageDomain } from "./domain/usage.js";
import { scanFleetMembership, type FleetMembership } from "./createFleetMembership.js";
import type { LiveView } from "./LiveView.js";
import { latencyCapAt, nextLatencyRelaxation, selectDestination, type DestinationState, type PlayerLatencyInput, type QueueRecord } from "./queues/selectDestination.js";
import type { FleetRecord, InstanceRecord } from "./records.js";
import type { FleetMetrics } from "./scaling/scalingModels.js";

export interface ControlPlaneOptions {
  store: ControlStore;
  live: LiveView;
  limits: LocalLimits;
  /** Sessions' and instances' IpAddress. */
  ipAddress: string;
  /** The region of resources created by requests that name none. */
  region: string;
  /** The fleet of processes no fleet launched, and of every unknown fleet-* id (GSE Local's behaviour). */
  defaultFleetId: string;
  /**
   * The processes table by fleet: createFleetMembership over the same store
   * (the core's). Default: a scan of every process per question.
   */
  membership?: FleetMembership;
}

/**
 * The control plane's state: assets, fleets, instances, aliases, queues and
 * scaling policies, as domains over the core's store, plus the readings
 * that combine them with the core's processes and sessions. No I/O and no
 * timers here: createControlOrchestrator carries out what this decides.
 */
export interface ControlPlane {
  readonly limits: LocalLimits;
  readonly region: string;
  readonly ipAddress: string;
  readonly assets: AssetDomain;
  readonly fleets: FleetDomain;
  readonly instances: InstanceDomain;
  readonly routing: RoutingDomain;
  readonly scaling: ScalingDomain;
  /** Instance lives, ended ones too: the fleet statistics' history. */
  readonly history: UsageDomain;
  readonly live: LiveView;
  /** The core's clock. */
  now(): number;
  /** The default fleet, created ACTIVE with one host instance on first use. */
  defaultFleet(): FleetRecord;
  /** The default fleet's instance for processes no fleet launched (a game started by hand), created on first use. */
  hostInstance(): InstanceRecord;
  /**
   * `--launch`: the default fleet becomes a fleet whose instances run the
   * command, with the capacity it had (one instance for a new one). An empty
   * host instance is forgotten (made again for the first game started by hand).
   */
  useLaunchCommand(launch: { command: string; concurrency: number }): FleetRecord;
  /** The instances the fleet's capacity counts: all but the host instance of a --launch default fleet. */
  capacityInstances(fleetId: string): InstanceRecord[];
  /**
   * The fleet whose processes host sessions asked for `fleetId`: itself when
   * it exists, else the default fleet (any fleet-* id works there).
   */
  hostFleetOf(fleetId: string): FleetRecord;
  /** Whether a process belongs to the fleet (a process no instance claims is the default fleet's). */
  processFilter(fleetId: string): (process: { readonly pid: number }) => boolean;
  /** Pids of the fleet's registered, live processes. */
  pidsOfFleet(fleetId: string): number[];
  /** How many of the fleet's processes can take a session now (none on an instance of weight 0). */
  freeProcesses(fleetId: string): number;
  /**
   * The pid of the fleet's free process a new session goes to, not among
   * `exclude`: weighted least-loaded over its instances (choosePlacementProcess).
   */
  pickProcess(fleetId: string, exclude?: readonly number[]): number | undefined;
  /** A new process registered (after ProcessReady placed it): its instance's life lists it, for the instance's logs. */
  processRegistered(pid: number, registeredAt: number): void;
  /** A session on process `pid` ended after `seconds` with `playerSessions` players: counted in its instance's life. */
  sessionEnded(pid: number, seconds: number, playerSessions: number): void;
  /** The fleet's numbers that scaling policies read. */
  metrics(fleetId: string): FleetMetrics;
  /** The fleet's processes a scale-in may end, best first. */
  scaleInCandidates(fleetId: string): ScaleInCandidate[];
  /** The queue's destinations with what each can take now. */
  destinations(queue: QueueRecord): DestinationState[];
  /**
   * The fleet a PENDING placement goes to now: through its queue (order,
   * free processes not yet tried, the latency cap in force), or `fallback`
   * when no queue has its name. Undefined: no destination can take it yet.
   */
  placementFleet(placement: PlacementLike, fallback: string): string | undefined;
  /**
   * When (epoch ms, after now) the latency cap of the placement's queue
   * next relaxes; undefined without a queue or a later change.
   */
  latencyRelaxesAt(placement: PlacementLike): number | undefined;
  /** The queue's timeout for a placement through it, in ms; undefined without a queue. */
  placementTimeoutMs(queueName: string): number | undefined;
  /** How much of each limit is in use (DescribeUserQuotas). */
  usage(): Record<keyof LocalLimits, number>;
}

export const DEFAULT_INSTANCE_SUFFIX = "host";
const HOST_INSTANCE_ID = `ins-${DEFAULT_INSTANCE_SUFFIX}`;

export interface PlacementLike {
  readonly queueName: string;
  readonly startTime: number;
  readonly triedPids: readonly number[];
  readonly playerLatencies: readonly PlayerLatencyInput[];
}

export function createControlPlane(options: ControlPlaneOptions): ControlPlane {
  const { store, live } = options;
  const assets = createAssetDomain(store);
  const fleets = createFleetDomain(store);
  const history = createUsageDomain(store);
  const instances = createInstanceDomain(store, history);
  const routing = createRoutingDomain(store, {
    requireFleet: (fleetId, field) => void fleets.require(fleetId, field),
  });
  const scaling = createScalingDomain(store);

  const isLive = (status: string) => status !== "TERMINATED";
  const membership = options.membership ?? scanFleetMembership(live, store.tables.processPlacements, options.defaultFleetId);
  const holdsSession = (gameServerSessionId: string | undefined) => {
    if (gameServerSessionId === undefined) return false;
    const s = live.session(gameServerSessionId);
    return s !== undefined && (s.status === "ACTIVATING" || s.status === "ACTIVE");
  };

  /**
   * One pass over the fleet's processes (the membership index: not every
   * fleet's): its free ones that may take a session (not on a weight-0
   * instance, not excluded), in registration order, and how many sessions
   * each of its instances holds.
   */
  const placementCandidates = (fleetId: string, exclude?: readonly number[]) => {
    const placements = store.tables.processPlacements;
    // A process no instance claims is the default fleet's, on its host instance.
    const hostInstanceId = HOST_INSTANCE_ID;
    const candidates: PlacementCandidate[] = [];
    const load = new Map<string, number>();
    for (const pid of membership.pidsOf(fleetId)) {
      const proc = live.process(pid);
      if (!proc || !isLive(proc.status)) continue;
      const instanceId = placements.get(pid)?.instanceId ?? hostInstanceId;
      if (proc.gameServerSessionId !== undefined) {
        load.set(instanceId, (load.get(instanceId) ?? 0) + 1);
        continue;
      }
      if (proc.status !== "ACTIVE" || exclude?.includes(proc.pid)) continue;
      const weight = instances.get(instanceId)?.weight ?? DEFAULT_INSTANCE_WEIGHT;
      if (weight > 0) candidates.push({ pid: proc.pid, instanceId, weight });
    }
    return { candidates, load };
  };

  /** The queue's destinations, each with what `free` counts for the fleet it routes to now. */
  const destinationStates = (queue: QueueRecord, free: (fleetId: string) => number): DestinationState[] =>
    queue.destinations.map((destination) => {
      const id = idFromArn(destination);
      let fleetId: string;
      try {
        fleetId = isAliasId(id) ? routing.resolveFleetRef(id, "DestinationArn") : id;
      } catch (error) {
        return { destination, fleet: { unusable: (error as Error).message } };
      }
      const fleet = fleets.get(fleetId);
      if (!fleet || fleet.status === "TERMINATED") return { destination, fleet: { unusable: `fleet ${fleetId} does not exist` } };
      return { destination, fleet: { fleetId, region: fleet.region, freeProcesses: free(fleetId), active: fleet.status === "ACTIVE" } };
    });

  const plane: ControlPlane = {
    limits: options.limits,
    region: options.region,
    ipAddress: options.ipAddress,
    assets,
    fleets,
    instances,
    routing,
    scaling,
    history,
    live,
    now: () => store.clock.now(),

    defaultFleet() {
      const existing = fleets.get(options.defaultFleetId);
      if (existing) return existing;
      const fleet = fleets.create(
        { fleetId: options.defaultFleetId, name: "gse-local default fleet", assetId: undefined, region: options.region, isDefault: true, active: true },
        Number.MAX_SAFE_INTEGER,
      );
      plane.hostInstance();
      return fleet;
    },

    hostInstance() {
      const existing = instances.get(HOST_INSTANCE_ID);
      if (existing) return existing;
      const instance = instances.add(options.defaultFleetId, options.ipAddress, HOST_INSTANCE_ID);
      instances.setStatus(instance, "ACTIVE");
      return instance;
    },

    useLaunchCommand(launch) {
      const fleet = plane.defaultFleet();
      fleets.setLaunchCommand(fleet, launch);
      const host = instances.get(HOST_INSTANCE_ID);
      if (host && instances.pidsOf(host.instanceId).length === 0) instances.remove(host);
      return fleet;
    },

    capacityInstances(fleetId) {
      const all = instances.ofFleet(fleetId);
      return fleets.get(fleetId)?.launchCommand ? all.filter((i) => i.instanceId !== HOST_INSTANCE_ID) : all;
    },

    hostFleetOf(fleetId) {
      const fleet = fleets.get(fleetId);
      return fleet && fleet.status !== "TERMINATED" ? fleet : plane.defaultFleet();
    },

    processFilter(fleetId) {
      return (process) => (store.tables.processPlacements.get(process.pid)?.fleetId ?? options.defaultFleetId) === fleetId;
    },

    pidsOfFleet(fleetId) {
      // The fleet's own processes, not a scan of every fleet's (the membership index keeps only live ones).
      return [...membership.pidsOf(fleetId)];
    },

    freeProcesses(fleetId) {
      return placementCandidates(fleetId).candidates.length;
    },

    pickProcess(fleetId, exclude) {
      const { candidates, load } = placementCandidates(fleetId, exclude);
      return choosePlacementProcess(candidates, load);
    },

    processRegistered(pid, registeredAt) {
      history.processJoined(store.tables.processPlacements.get(pid)?.instanceId ?? HOST_INSTANCE_ID, pid, registeredAt);
    },

    sessionEnded(pid, seconds, playerSessions) {
      // A process no instance claims is the default fleet's: its host instance.
      history.sessionEnded(store.tables.processPlacements.get(pid)?.instanceId ?? HOST_INSTANCE_ID, seconds, playerSessions);
    },

    metrics(fleetId) {
      const fleet = fleets.require(fleetId);
      const serving = plane.capacityInstances(fleetId).filter((i) => i.status !== "TERMINATING");
      let idleInstances = 0;
      let availableSessions = 0;
      let activeSessions = 0;
      let players = 0;
      let availableCustom = 0;
      let maxCustom = 0;
      for (const instance of serving) {
        let busy = false;
        for (const pid of instances.pidsOf(instance.instanceId)) {
          const proc = live.process(pid);
          if (!proc || !isLive(proc.status)) continue;
          if (holdsSession(proc.gameServerSessionId)) {
            busy = true;
            activeSessions++;
            players += live.openPlayers(proc.gameServerSessionId!);
          } else if (proc.status === "ACTIVE" && instance.weight > 0) {
            // A weight-0 instance takes no new session: its free processes are not available capacity.
            availableSessions++;
          }
          availableCustom += Math.max(0, proc.maxCustomCount - proc.currentCustomCount);
          maxCustom += proc.maxCustomCount;
        }
        if (!busy) idleInstances++;
      }
      return {
        instances: serving.length,
        idleInstances,
        processesPerInstance: processesPerInstance(fleet),
        availableSessions,
        activeSessions,
        currentPlayerSessions: players,
        availableCustomCount: availableCustom,
        maxCustomCount: maxCustom,
      };
    },

    scaleInCandidates(fleetId) {
      return plane
        .capacityInstances(fleetId)
        .filter((i) => i.status !== "TERMINATING")
        .map((i) => ({
          instanceId: i.instanceId,
          reserved: i.reserved,
          weight: i.weight,
          createdAt: i.createTime,
          sessions: instances.pidsOf(i.instanceId).flatMap((pid) => {
            const proc = live.process(pid);
            const s = proc?.gameServerSessionId !== undefined ? live.session(proc.gameServerSessionId) : undefined;
            return s && (s.status === "ACTIVATING" || s.status === "ACTIVE") ? [{ protectionPolicy: s.protectionPolicy, creationTime: s.creationTime }] : [];
          }),
        }));
    },

    destinations(queue) {
      return destinationStates(queue, (fleetId) => plane.freeProcesses(fleetId));
    },

    placementFleet(placement, fallback) {
      const queue = routing.findQueue(placement.queueName);
      if (!queue) return fallback;
      const tried = new Set(placement.triedPids);
      // One pass per destination: its free processes not yet tried.
      const states = destinationStates(queue, (fleetId) => placementCandidates(fleetId).candidates.filter((c) => !tried.has(c.pid)).length);
      const cap = latencyCapAt(queue.playerLatencyPolicies, (store.clock.now() - placement.startTime) / 1000);
      return selectDestination(states, placement.playerLatencies, cap).fleetId;
    },

    latencyRelaxesAt(placement) {
      const queue = routing.findQueue(placement.queueName);
      if (!queue) return undefined;
      const at = nextLatencyRelaxation(queue.playerLatencyPolicies, (store.clock.now() - placement.startTime) / 1000);
      return at === undefined ? undefined : placement.startTime + at * 1000;
    },

    placementTimeoutMs(queueName) {
      const queue = routing.findQueue(queueName);
      return queue ? queue.timeoutInSeconds * 1000 : undefined;
    },

    usage() {
      const liveFleets = fleets.list().filter((f) => !f.isDefault && f.status !== "TERMINATED");
      return {
        assets: assets.list().length,
        fleets: liveFleets.length,
        aliases: routing.aliases().length,
        queues: routing.queues().length,
        instances: [...store.tables.instances.values()].filter((i) => !i.instanceId.endsWith(`-${DEFAULT_INSTANCE_SUFFIX}`)).length,
      };
    },
  };
  return plane;
}
