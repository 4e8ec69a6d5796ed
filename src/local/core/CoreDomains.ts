import { CONTROL_DOMAIN_KEYS, type ControlDomains } from "../control/domain/ControlStore.js";
import type { LaunchedProcessRecord } from "../fleet/LaunchedProcessRecord.js";
import type { LocalGameServerSession, LocalPlacement, LocalPlayerSession, LocalProcess } from "./records.js";

/**
 * The state domains of the core: one table each, keyed by the record's id.
 * A new domain (fleets, aliases, queues...) adds a line here and one in
 * DOMAIN_KEYS, then a sibling module like processes.ts.
 */
export interface CoreDomains extends ControlDomains {
  processes: { key: number; record: LocalProcess };
  gameServerSessions: { key: string; record: LocalGameServerSession };
  playerSessions: { key: string; record: LocalPlayerSession };
  placements: { key: string; record: LocalPlacement };
  launchedProcesses: { key: number; record: LaunchedProcessRecord };
}

export type DomainName = keyof CoreDomains;
export type DomainKey<D extends DomainName> = CoreDomains[D]["key"];
export type DomainRecord<D extends DomainName> = CoreDomains[D]["record"];

/** How each domain's key is read from its record. */
export const DOMAIN_KEYS: { readonly [D in DomainName]: (record: DomainRecord<D>) => DomainKey<D> } = {
  processes: (r) => r.pid,
  gameServerSessions: (r) => r.gameServerSessionId,
  playerSessions: (r) => r.playerSessionId,
  placements: (r) => r.placementId,
  launchedProcesses: (r) => r.pid,
  ...CONTROL_DOMAIN_KEYS,
};

/**
 * The agent's own tables: what a restarted agent (restartAgent's forgetState)
 * forgets. The control plane's (fleets, aliases, queues...) are the cloud's
 * and survive it, except which instance each process belonged to.
 */
export const AGENT_DOMAINS: readonly DomainName[] = ["processes", "gameServerSessions", "playerSessions", "placements", "processPlacements"];

/**
 * One change of state, in the order made. `record` is the record after the
 * change (the live object: copy it, e.g. structuredClone, to keep it);
 * undefined when the record was removed. `reset` drops the AGENT_DOMAINS tables.
 */
export type StateChange =
  | { readonly [D in DomainName]: { readonly kind: "put"; readonly domain: D; readonly key: DomainKey<D>; readonly record: DomainRecord<D> } }[DomainName]
  | { readonly [D in DomainName]: { readonly kind: "delete"; readonly domain: D; readonly key: DomainKey<D> } }[DomainName]
  | { readonly kind: "reset" };

/** The tables, read-only to everyone but the store. */
export type CoreTables = { readonly [D in DomainName]: ReadonlyMap<DomainKey<D>, DomainRecord<D>> };
