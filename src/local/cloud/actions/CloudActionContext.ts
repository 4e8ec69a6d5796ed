import type { GseLocalCore } from "../../core/createCore.js";
import type { LocalGameServerSession, LocalProcess } from "../../core/records.js";
import type { CloudActionName, CloudRequests, CloudResponses } from "../cloudModels.js";

/** What a cloud action may use: the core for state, and the few effects that are not state. */
export interface CloudActionContext {
  readonly core: GseLocalCore;
  /** The fleet an AliasId (and a placement) resolves to. */
  readonly fleetId: string;
  /** OnProcessTerminate to the process, and end it at its termination time. */
  terminateProcess(process: LocalProcess, reason: string, terminationDelayMs?: number): void;
  /** Where the session's process's log files are served. */
  logUrl(session: LocalGameServerSession): string;
}

/** A served action: its request is already validated and typed. */
export type CloudAction<A extends CloudActionName> = (request: CloudRequests[A], context: CloudActionContext) => Omit<CloudResponses[A], "RequestId">;

export type CloudActionTable<A extends CloudActionName> = { readonly [K in A]: CloudAction<K> };
