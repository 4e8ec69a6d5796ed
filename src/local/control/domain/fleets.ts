import { randomUUID } from "node:crypto";
import { makeArn } from "../arn.js";
import { ControlRefusal } from "../ControlRefusal.js";
import { checkCapacity } from "../capacity/checkCapacity.js";
import type { ProtectionPolicy } from "../capacity/chooseScaleIn.js";
import { canTransition, eventForStatus, type FleetEventCode, type FleetStatus } from "../fleets/fleetStatus.js";
import { launchPathInBuild } from "../fleets/resolveLaunchPath.js";
import { splitParameters } from "../fleets/splitParameters.js";
import {
  MAX_FLEET_EVENTS,
  type FleetRecord,
  type InboundPermissionRecord,
  type RuntimeConfigurationRecord,
  type TagRecord,
} from "../records.js";
import type { ControlStore } from "./ControlStore.js";
import { shortId } from "./shortId.js";

/** GSE's bound on a fleet's processes: the ConcurrentExecutions of all ServerProcesses together. */
export const MAX_PROCESSES_PER_INSTANCE = 50;
export const DEFAULT_ACTIVATION_TIMEOUT_SECONDS = 600;
export const DEFAULT_PROTECTION_TIME_LIMIT_MINUTES = 60;

export interface RuntimeConfigurationInput {
  ServerProcesses?: readonly { LaunchPath?: string; Parameters?: string; ConcurrentExecutions?: number }[];
  GameServerSessionActivationTimeoutSeconds?: number;
  MaxConcurrentGameServerSessionActivations?: number;
}

export interface CreateFleetInput {
  name?: string;
  description?: string;
  assetId: string | undefined;
  region: string;
  instanceType?: string;
  runtimeConfiguration?: RuntimeConfigurationInput;
  /** `--launch`: a shell command instead of a runtime configuration. */
  launchCommand?: { command: string; concurrency: number };
  inboundPermissions?: readonly InboundPermissionRecord[];
  protectionPolicy?: ProtectionPolicy;
  protectionTimeLimitMinutes?: number;
  resourceCreationLimitPolicy?: { NewGameServerSessionsPerCreator?: number; PolicyPeriodInMinutes?: number };
  tags?: readonly TagRecord[];
  /** For the default fleet and --launch fleets: a known id. */
  fleetId?: string;
  isDefault?: boolean;
  /** Starts ACTIVE (the default fleet: nothing to build). */
  active?: boolean;
}

export interface FleetDomain {
  get(fleetId: string): FleetRecord | undefined;
  require(fleetId: string, field?: string): FleetRecord;
  list(): FleetRecord[];
  create(input: CreateFleetInput, limit: number): FleetRecord;
  /** Moves the fleet along its state machine, recording the status's event (with `message`). */
  setStatus(fleet: FleetRecord, status: FleetStatus, message?: string): void;
  addEvent(fleet: FleetRecord, code: FleetEventCode, message: string): void;
  update(fleet: FleetRecord, patch: Partial<Pick<FleetRecord, "name" | "description" | "protectionPolicy" | "protectionTimeLimitMinutes" | "resourceCreationLimitPolicy" | "inboundPermissions" | "stoppedActions" | "scalingIntervalMinutes">>): void;
  setRuntimeConfiguration(fleet: FleetRecord, runtime: RuntimeConfigurationInput): RuntimeConfigurationRecord;
  /**
   * `--launch`: the fleet runs a shell command (in gse-local's working
   * directory, no asset) instead of a build's LaunchPath; its runtime
   * configuration shows the command as the one ServerProcess's LaunchPath.
   */
  setLaunchCommand(fleet: FleetRecord, launch: { command: string; concurrency: number }): void;
  setCapacity(fleet: FleetRecord, update: { DesiredInstances?: number; MinSize?: number; MaxSize?: number }, instanceLimit: number, reason: string): void;
  remove(fleet: FleetRecord): void;
}

/** Checks a RuntimeConfiguration's own rules and fills in GSE's defaults. */
export function checkRuntimeConfiguration(runtime: RuntimeConfigurationInput | undefined, field = "RuntimeConfiguration"): RuntimeConfigurationRecord {
  const processes = runtime?.ServerProcesses;
  if (!processes || processes.length === 0) {
    throw new ControlRefusal("MissingParameter", `${field}.ServerProcesses must hold at least one server process`, `${field}.ServerProcesses`);
  }
  let total = 0;
  const checked = processes.map((p, i) => {
    const at = `${field}.ServerProcesses.${i}`;
    if (p.LaunchPath === undefined) throw new ControlRefusal("MissingParameter", `${at}.LaunchPath is required`, `${at}.LaunchPath`);
    launchPathInBuild(p.LaunchPath, `${at}.LaunchPath`);
    splitParameters(p.Parameters ?? "", `${at}.Parameters`);
    const count = p.ConcurrentExecutions ?? 1;
    total += count;
    if (total > MAX_PROCESSES_PER_INSTANCE) {
      throw new ControlRefusal(
        "InvalidParameterValue",
        `${at}.ConcurrentExecutions brings the fleet's processes to ${total}; all ServerProcesses together run at most ${MAX_PROCESSES_PER_INSTANCE}`,
        `${at}.ConcurrentExecutions`,
      );
    }
    return { LaunchPath: p.LaunchPath, Parameters: p.Parameters ?? "", ConcurrentExecutions: count };
  });
  return {
    ServerProcesses: checked,
    GameServerSessionActivationTimeoutSeconds: runtime?.GameServerSessionActivationTimeoutSeconds ?? DEFAULT_ACTIVATION_TIMEOUT_SECONDS,
    MaxConcurrentGameServerSessionActivations: runtime?.MaxConcurrentGameServerSessionActivations ?? 2147483647,
  };
}

/** Server processes one instance of the fleet runs. */
export function processesPerInstance(fleet: FleetRecord): number {
  if (fleet.launchCommand !== undefined) return fleet.launchCommand.concurrency;
  return fleet.runtimeConfiguration.ServerProcesses.reduce((sum, p) => sum + p.ConcurrentExecutions, 0);
}

export function createFleetDomain(store: ControlStore): FleetDomain {
  const fleets = store.tables.fleets;
  const domain: FleetDomain = {
    get: (id) => fleets.get(id),
    require(id, field = "FleetId") {
      const fleet = fleets.get(id);
      if (!fleet || fleet.status === "TERMINATED") {
        throw new ControlRefusal("ResourceNotFound", `${field} ${id} names no fleet (see ListFleets)`, field);
      }
      return fleet;
    },
    list: () => [...fleets.values()],

    create(input, limit) {
      const live = [...fleets.values()].filter((f) => !f.isDefault && f.status !== "TERMINATED").length;
      if (!input.isDefault && live >= limit) {
        throw new ControlRefusal("LimitExceeded", `this gse-local holds at most ${limit} fleets (DescribeUserQuota ResourceType 2); delete one first`);
      }
      const runtime: RuntimeConfigurationRecord =
        input.assetId !== undefined
          ? checkRuntimeConfiguration(input.runtimeConfiguration)
          : { ServerProcesses: [], GameServerSessionActivationTimeoutSeconds: input.runtimeConfiguration?.GameServerSessionActivationTimeoutSeconds ?? DEFAULT_ACTIVATION_TIMEOUT_SECONDS, MaxConcurrentGameServerSessionActivations: 2147483647 };
      const fleetId = input.fleetId ?? shortId("fleet");
      const now = store.clock.now();
      const fleet: FleetRecord = {
        fleetId,
        fleetArn: makeArn("fleet", input.region, fleetId),
        name: input.name ?? fleetId,
        description: input.description ?? "",
        assetId: input.assetId,
        region: input.region,
        status: input.active ? "ACTIVE" : "NEW",
        instanceType: input.instanceType ?? "LOCAL.HOST",
        fleetType: "ON_DEMAND",
        runtimeConfiguration: runtime,
        launchCommand: input.launchCommand ? { ...input.launchCommand } : undefined,
        inboundPermissions: input.inboundPermissions ?? [],
        protectionPolicy: input.protectionPolicy ?? "NoProtection",
        protectionTimeLimitMinutes: input.protectionTimeLimitMinutes ?? DEFAULT_PROTECTION_TIME_LIMIT_MINUTES,
        resourceCreationLimitPolicy: {
          NewGameServerSessionsPerCreator: input.resourceCreationLimitPolicy?.NewGameServerSessionsPerCreator ?? 2,
          PolicyPeriodInMinutes: input.resourceCreationLimitPolicy?.PolicyPeriodInMinutes ?? 3,
        },
        // GameLift's (and GSE's) new fleet: one instance wanted, between 0 and 1.
        capacity: { desired: 1, min: 0, max: 1 },
        scalingIntervalMinutes: 10,
        stoppedActions: [],
        creationTime: now,
        terminationTime: undefined,
        tags: input.tags ?? [],
        isDefault: input.isDefault ?? false,
        events: [{ eventId: randomUUID(), eventCode: "FLEET_CREATED", message: `Fleet ${fleetId} created`, time: now }],
      };
      store.put("fleets", fleet);
      const created = fleet.events[0]!;
      store.emit({ type: "fleetEvent", fleetId, eventId: created.eventId, eventCode: created.eventCode, message: created.message, status: fleet.status });
      if (input.active) domain.addEvent(fleet, "FLEET_STATE_ACTIVE", `Fleet ${fleetId} is ACTIVE`);
      return fleet;
    },

    setStatus(fleet, status, message) {
      if (fleet.status === status) return;
      if (!canTransition(fleet.status, status)) {
        throw new ControlRefusal("FailedOperation", `fleet ${fleet.fleetId} is ${fleet.status} and cannot become ${status}`, "FleetId");
      }
      store.update("fleets", fleet, {
        status,
        ...(status === "TERMINATED" && { terminationTime: store.clock.now() }),
      });
      domain.addEvent(fleet, eventForStatus(status), message ?? `Fleet ${fleet.fleetId} status changed to ${status}`);
    },

    addEvent(fleet, code, message) {
      const event = { eventId: randomUUID(), eventCode: code, message, time: store.clock.now() };
      store.update("fleets", fleet, { events: [...fleet.events, event].slice(-MAX_FLEET_EVENTS) });
      // The same event on gse-local's stream: the CLI timeline and the dashboard show fleet lifecycle.
      store.emit({ type: "fleetEvent", fleetId: fleet.fleetId, eventId: event.eventId, eventCode: code, message, status: fleet.status });
    },

    update(fleet, patch) {
      store.update("fleets", fleet, patch);
    },

    setRuntimeConfiguration(fleet, runtime) {
      const checked = checkRuntimeConfiguration(runtime);
      store.update("fleets", fleet, { runtimeConfiguration: checked });
      return checked;
    },

    setLaunchCommand(fleet, launch) {
      store.update("fleets", fleet, {
        description: `--launch ${launch.command} (x${launch.concurrency} per instance)`,
        launchCommand: { command: launch.command, concurrency: launch.concurrency },
        runtimeConfiguration: {
          ...fleet.runtimeConfiguration,
          ServerProcesses: [{ LaunchPath: launch.command, Parameters: "", ConcurrentExecutions: launch.concurrency }],
        },
      });
    },

    setCapacity(fleet, update, instanceLimit, reason) {
      const next = checkCapacity(fleet.capacity, update, instanceLimit);
      const before = fleet.capacity;
      if (before.desired === next.desired && before.min === next.min && before.max === next.max) return;
      store.update("fleets", fleet, { capacity: next });
      domain.addEvent(
        fleet,
        "FLEET_SCALING_EVENT",
        `${reason}: desired ${before.desired} -> ${next.desired} (min ${next.min}, max ${next.max})`,
      );
    },

    remove(fleet) {
      store.delete("fleets", fleet.fleetId);
    },
  };
  return domain;
}
