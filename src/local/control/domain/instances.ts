import { ControlRefusal } from "../ControlRefusal.js";
import type { InstanceRecord, InstanceStatus, ProcessPlacementRecord } from "../records.js";
import type { ControlStore } from "./ControlStore.js";
import { shortId } from "./shortId.js";
import type { UsageDomain } from "./usage.js";

/** SetServerWeight's default (api.json: 0..10, default 5). */
export const DEFAULT_INSTANCE_WEIGHT = 5;

export interface InstanceDomain {
  get(instanceId: string): InstanceRecord | undefined;
  /** The fleet's instance, or ResourceNotFound naming InstanceId. */
  require(fleetId: string, instanceId: string): InstanceRecord;
  ofFleet(fleetId: string): InstanceRecord[];
  add(fleetId: string, ipAddress: string, instanceId?: string): InstanceRecord;
  setStatus(instance: InstanceRecord, status: InstanceStatus): void;
  setWeight(instance: InstanceRecord, weight: number): void;
  setReserved(instance: InstanceRecord, reserved: boolean): void;
  /** Forgets the instance and its processes' placements. */
  remove(instance: InstanceRecord): void;
  /** A registered process joins an instance. */
  place(pid: number, fleetId: string, instanceId: string): ProcessPlacementRecord;
  placementOf(pid: number): ProcessPlacementRecord | undefined;
  unplace(pid: number): void;
  /** Pids placed on the instance. */
  pidsOf(instanceId: string): number[];
}

/** `usage`: each instance's life is recorded there for the fleet statistics. */
export function createInstanceDomain(store: ControlStore, usage?: UsageDomain): InstanceDomain {
  const instances = store.tables.instances;
  const placements = store.tables.processPlacements;
  const domain: InstanceDomain = {
    get: (id) => instances.get(id),
    require(fleetId, instanceId) {
      const instance = instances.get(instanceId);
      if (!instance || instance.fleetId !== fleetId) {
        throw new ControlRefusal("ResourceNotFound", `InstanceId ${instanceId} names no instance of fleet ${fleetId} (see DescribeInstances)`, "InstanceId");
      }
      return instance;
    },
    ofFleet: (fleetId) => [...instances.values()].filter((i) => i.fleetId === fleetId),
    add(fleetId, ipAddress, instanceId) {
      const record: InstanceRecord = {
        instanceId: instanceId ?? shortId("ins"),
        fleetId,
        status: "PENDING",
        weight: DEFAULT_INSTANCE_WEIGHT,
        reserved: false,
        createTime: store.clock.now(),
        ipAddress,
      };
      store.put("instances", record);
      usage?.begin(record);
      return record;
    },
    setStatus(instance, status) {
      if (instance.status !== status) store.update("instances", instance, { status });
    },
    setWeight(instance, weight) {
      store.update("instances", instance, { weight });
    },
    setReserved(instance, reserved) {
      store.update("instances", instance, { reserved });
    },
    remove(instance) {
      for (const pid of domain.pidsOf(instance.instanceId)) store.delete("processPlacements", pid);
      store.delete("instances", instance.instanceId);
      usage?.end(instance.instanceId);
    },
    place(pid, fleetId, instanceId) {
      const record = { pid, fleetId, instanceId };
      store.put("processPlacements", record);
      usage?.processJoined(instanceId, pid);
      return record;
    },
    placementOf: (pid) => placements.get(pid),
    unplace(pid) {
      store.delete("processPlacements", pid);
    },
    pidsOf(instanceId) {
      const pids: number[] = [];
      for (const p of placements.values()) if (p.instanceId === instanceId) pids.push(p.pid);
      return pids;
    },
  };
  return domain;
}
