import type { GseLocalEvent } from "../../core/GseLocalEvent.js";
import type {
  AliasRecord,
  AssetRecord,
  FleetRecord,
  InstanceRecord,
  InstanceUsageRecord,
  ProcessPlacementRecord,
  QueueRecord,
  ScalingPolicyRecord,
  TimerPolicyRecord,
} from "../records.js";

/** The control plane's tables, keyed as CONTROL_DOMAIN_KEYS says. */
export interface ControlDomains {
  assets: { key: string; record: AssetRecord };
  fleets: { key: string; record: FleetRecord };
  instances: { key: string; record: InstanceRecord };
  aliases: { key: string; record: AliasRecord };
  queues: { key: string; record: QueueRecord };
  scalingPolicies: { key: string; record: ScalingPolicyRecord };
  timerPolicies: { key: string; record: TimerPolicyRecord };
  processPlacements: { key: number; record: ProcessPlacementRecord };
  instanceUsage: { key: string; record: InstanceUsageRecord };
}

export type ControlDomainName = keyof ControlDomains;

export const scalingPolicyKey = (fleetId: string, name: string) => `${fleetId}/${name}`;

export const CONTROL_DOMAIN_KEYS: { readonly [D in ControlDomainName]: (record: ControlDomains[D]["record"]) => ControlDomains[D]["key"] } = {
  assets: (r) => r.assetId,
  fleets: (r) => r.fleetId,
  instances: (r) => r.instanceId,
  aliases: (r) => r.aliasId,
  queues: (r) => r.name,
  scalingPolicies: (r) => scalingPolicyKey(r.fleetId, r.name),
  timerPolicies: (r) => r.timerId,
  processPlacements: (r) => r.pid,
  instanceUsage: (r) => r.instanceId,
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The part of the core's store the control plane writes through: the same
 * put/update/delete every core domain uses, so each change is one recorded
 * StateChange (persisted by the security work, shown by the dashboard).
 */
export interface ControlStore {
  readonly clock: { now(): number };
  readonly tables: { readonly [D in ControlDomainName]: ReadonlyMap<ControlDomains[D]["key"], ControlDomains[D]["record"]> };
  put<D extends ControlDomainName>(domain: D, record: ControlDomains[D]["record"]): void;
  update<D extends ControlDomainName>(domain: D, record: ControlDomains[D]["record"], patch: Partial<Mutable<ControlDomains[D]["record"]>>): void;
  delete<D extends ControlDomainName>(domain: D, key: ControlDomains[D]["key"]): void;
  /** Announces an event (a fleet event), delivered after the operation as the core's own are. */
  emit(event: GseLocalEvent): void;
}
