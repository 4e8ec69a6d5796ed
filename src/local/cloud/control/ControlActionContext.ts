import type { GseCloudActionMap } from "../../../cloud/generated/gseCloudApi.js";
import type { ControlPlane } from "../../control/createControlPlane.js";
import type { FleetRecord } from "../../control/records.js";
import type { CloudView } from "../../views/CloudView.js";
import type { ControlActionName, ControlRequests } from "./controlModels.js";

/** What the control plane does beyond changing its state: carried out by the control orchestrator. */
export interface ControlEffects {
  /** A new fleet: download (unpack), validate, build (install.sh), activate. */
  buildFleet(fleet: FleetRecord): void;
  /** Desired capacity changed: start or stop instances to match. */
  capacityChanged(fleet: FleetRecord): void;
  /** New processes take the new runtime configuration; running ones finish. */
  runtimeChanged(fleet: FleetRecord): void;
  /** OnProcessTerminate to every process, then the fleet disappears. */
  deleteFleet(fleet: FleetRecord): void;
}

export interface ControlActionContext {
  readonly plane: ControlPlane;
  readonly effects: ControlEffects;
  /** The folder standing in for the COS bucket: BucketKey names a zip in it. */
  readonly assetDir: string;
  /** The request's Region (X-TC-Region / Region), when it named one. */
  readonly region: string | undefined;
  /** The address of gse-local's cloud API, for GetUploadCredentials' answer. */
  readonly cloudEndpoint: string;
  /**
   * A pre-signed, expiring URL of a process's logs (the /logs route):
   * undefined when the process with this pid is not the one registered at
   * `registeredAt` (a pid recycled since is another process).
   */
  processLogUrl(pid: number, registeredAt: number): string | undefined;
}

export type ControlAction<A extends ControlActionName> = (
  request: ControlRequests[A],
  context: ControlActionContext,
) => ControlResponse<A> | Promise<ControlResponse<A>>;

/**
 * What an action answers: api.json's response (the generated type) without
 * the RequestId the envelope adds, as a CloudView.
 */
export type ControlResponse<A extends ControlActionName> = CloudView<Omit<GseCloudActionMap[A]["response"], "RequestId">>;

export type ControlActionTable<A extends ControlActionName> = { readonly [K in A]: ControlAction<K> };

/** Offset paging as GSE's control actions do it (Offset, Limit; no tokens). */
export function offsetPage<T>(all: readonly T[], offset: number | undefined, limit: number | undefined, defaultLimit = 20): T[] {
  const from = offset ?? 0;
  return all.slice(from, from + (limit === undefined || limit === 0 ? defaultLimit : limit));
}

/** A FleetId field that may hold an alias id: every action taking a FleetId takes an AliasId too. */
export function fleetRef(context: ControlActionContext, id: string, field = "FleetId"): FleetRecord {
  return context.plane.fleets.require(context.plane.routing.resolveFleetRef(id, field), field);
}

/** Filters of api.json's "resource:name" / "resource:resourceId" / "tag:key" / "tag:key-value" kinds. */
export function matchesFilters(
  filters: readonly { Key?: string; Values?: readonly string[] }[] | undefined,
  item: { name: string; id: string; tags: readonly { Key: string; Value: string }[] },
): boolean {
  for (const f of filters ?? []) {
    const values = f.Values ?? [];
    switch (f.Key) {
      case "resource:name":
        if (values.length > 0 && !values.includes(item.name)) return false;
        break;
      case "resource:resourceId":
        if (values.length > 0 && !values.includes(item.id)) return false;
        break;
      case "tag:key":
        if (!item.tags.some((t) => values.length === 0 || values.includes(t.Key))) return false;
        break;
      case "tag:key-value":
        if (!item.tags.some((t) => values.includes(`${t.Key}:${t.Value}`))) return false;
        break;
      default:
        break;
    }
  }
  return true;
}
