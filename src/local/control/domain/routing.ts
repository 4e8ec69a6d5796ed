import { idFromArn, makeArn } from "../arn.js";
import { ControlRefusal } from "../ControlRefusal.js";
import { isAliasId, resolveAlias, type AliasRecord, type RoutingStrategyType } from "../aliases/resolveAlias.js";
import type { PlayerLatencyPolicyRecord, QueueRecord } from "../queues/selectDestination.js";
import type { TagRecord } from "../records.js";
import type { ControlStore } from "./ControlStore.js";
import { shortId } from "./shortId.js";

export interface RoutingStrategyInput {
  Type: RoutingStrategyType;
  FleetId?: string;
  Message?: string;
}

export interface QueueInput {
  destinations?: readonly string[];
  timeoutInSeconds?: number;
  playerLatencyPolicies?: readonly PlayerLatencyPolicyRecord[];
}

/** GameLift's default placement timeout, which api.json repeats (默认值为600秒). */
export const DEFAULT_QUEUE_TIMEOUT_SECONDS = 600;

export interface RoutingDomain {
  alias(aliasId: string, field?: string): AliasRecord;
  aliases(): AliasRecord[];
  createAlias(input: { name: string; description?: string; routingStrategy: RoutingStrategyInput; tags?: readonly TagRecord[]; region: string }, limit: number): AliasRecord;
  updateAlias(alias: AliasRecord, patch: { name?: string; description?: string; routingStrategy?: RoutingStrategyInput }): AliasRecord;
  deleteAlias(alias: AliasRecord): void;
  queue(name: string, field?: string): QueueRecord;
  findQueue(name: string): QueueRecord | undefined;
  queues(): QueueRecord[];
  createQueue(name: string, input: QueueInput & { tags?: readonly TagRecord[] }, region: string, limit: number): QueueRecord;
  updateQueue(queue: QueueRecord, input: QueueInput): QueueRecord;
  deleteQueue(queue: QueueRecord): void;
  /**
   * The fleet id a request's FleetId or AliasId names: an alias resolves
   * (TERMINAL refuses with its message); a fleet id passes as it is.
   */
  resolveFleetRef(id: string, field: string): string;
}

export interface RoutingDeps {
  /** Refuses with ResourceNotFound naming `field` when no such fleet exists. */
  requireFleet(fleetId: string, field: string): void;
}

export function createRoutingDomain(store: ControlStore, deps: RoutingDeps): RoutingDomain {
  const aliases = store.tables.aliases;
  const queues = store.tables.queues;

  const checkStrategy = (strategy: RoutingStrategyInput, field: string) => {
    if (strategy.Type === "SIMPLE") {
      if (strategy.FleetId === undefined) {
        throw new ControlRefusal("MissingParameter", `${field}.FleetId is required for a SIMPLE alias`, `${field}.FleetId`);
      }
      deps.requireFleet(strategy.FleetId, `${field}.FleetId`);
      return { type: "SIMPLE" as const, fleetId: strategy.FleetId };
    }
    return { type: "TERMINAL" as const, message: strategy.Message ?? "" };
  };

  const checkDestinations = (destinations: readonly string[]) => {
    destinations.forEach((arn, i) => {
      const field = `Destinations.${i}.DestinationArn`;
      const id = idFromArn(arn);
      if (isAliasId(id)) domain.alias(id, field);
      else deps.requireFleet(id, field);
    });
    if (new Set(destinations.map(idFromArn)).size !== destinations.length) {
      throw new ControlRefusal("InvalidParameterValue", "Destinations names the same fleet or alias twice", "Destinations");
    }
  };

  const domain: RoutingDomain = {
    alias(aliasId, field = "AliasId") {
      const alias = aliases.get(aliasId);
      if (!alias) throw new ControlRefusal("ResourceNotFound", `${field} ${aliasId} names no alias (see ListAliases)`, field);
      return alias;
    },
    aliases: () => [...aliases.values()],
    createAlias(input, limit) {
      if (aliases.size >= limit) throw new ControlRefusal("LimitExceeded", `this gse-local holds at most ${limit} aliases; delete one first`);
      const aliasId = shortId("alias");
      const now = store.clock.now();
      const record: AliasRecord = {
        aliasId,
        aliasArn: makeArn("alias", input.region, aliasId),
        name: input.name,
        description: input.description ?? "",
        routingStrategy: checkStrategy(input.routingStrategy, "RoutingStrategy"),
        creationTime: now,
        lastUpdatedTime: now,
        tags: input.tags ?? [],
      };
      store.put("aliases", record);
      return record;
    },
    updateAlias(alias, patch) {
      // AliasRecord is readonly for readers; the store applies the patch.
      const next = {
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.description !== undefined && { description: patch.description }),
        ...(patch.routingStrategy !== undefined && { routingStrategy: checkStrategy(patch.routingStrategy, "RoutingStrategy") }),
        lastUpdatedTime: store.clock.now(),
      };
      store.update("aliases", alias, next as never);
      return alias;
    },
    deleteAlias(alias) {
      store.delete("aliases", alias.aliasId);
    },
    queue(name, field = "Name") {
      const queue = queues.get(name);
      if (!queue) throw new ControlRefusal("ResourceNotFound", `${field} ${name} names no game server session queue`, field);
      return queue;
    },
    findQueue: (name) => queues.get(name),
    queues: () => [...queues.values()],
    createQueue(name, input, region, limit) {
      if (queues.has(name)) throw new ControlRefusal("InvalidParameterValue", `a queue named ${name} already exists`, "Name");
      if (queues.size >= limit) throw new ControlRefusal("LimitExceeded", `this gse-local holds at most ${limit} queues; delete one first`);
      const destinations = input.destinations ?? [];
      checkDestinations(destinations);
      const record: QueueRecord = {
        name,
        arn: makeArn("gameserversessionqueue", region, name),
        destinations,
        timeoutInSeconds: input.timeoutInSeconds ?? DEFAULT_QUEUE_TIMEOUT_SECONDS,
        playerLatencyPolicies: input.playerLatencyPolicies ?? [],
        tags: input.tags ?? [],
        creationTime: store.clock.now(),
      };
      store.put("queues", record);
      return record;
    },
    updateQueue(queue, input) {
      if (input.destinations !== undefined) checkDestinations(input.destinations);
      const patch = {
        ...(input.destinations !== undefined && { destinations: input.destinations }),
        ...(input.timeoutInSeconds !== undefined && { timeoutInSeconds: input.timeoutInSeconds }),
        ...(input.playerLatencyPolicies !== undefined && { playerLatencyPolicies: input.playerLatencyPolicies }),
      };
      store.update("queues", queue, patch as never);
      return queue;
    },
    deleteQueue(queue) {
      store.delete("queues", queue.name);
    },
    resolveFleetRef(id, field) {
      return isAliasId(id) ? resolveAlias(domain.alias(id, field), field) : id;
    },
  };
  return domain;
}
