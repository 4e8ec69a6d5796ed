import { ControlRefusal } from "../../control/ControlRefusal.js";
import { resolveAlias } from "../../control/aliases/resolveAlias.js";
import { toCloudAlias, toCloudQueue } from "../../views/controlViews.js";
import { matchesFilters, offsetPage, type ControlActionTable } from "./ControlActionContext.js";
import type { GameServerSessionQueueDestination, PlayerLatencyPolicy } from "./controlModels.js";

function destinationArns(list: readonly GameServerSessionQueueDestination[] | undefined): string[] | undefined {
  return list?.map((d, i) => {
    if (!d.DestinationArn) throw new ControlRefusal("MissingParameter", `Destinations.${i}.DestinationArn is required`, `Destinations.${i}.DestinationArn`);
    return d.DestinationArn;
  });
}

function latencyPolicies(list: readonly PlayerLatencyPolicy[] | undefined) {
  return list?.map((p) => ({
    maximumIndividualPlayerLatencyMilliseconds: p.MaximumIndividualPlayerLatencyMilliseconds,
    ...(p.PolicyDurationSeconds !== undefined && { policyDurationSeconds: p.PolicyDurationSeconds }),
  }));
}

export const routingActions: ControlActionTable<
  | "CreateAlias"
  | "DescribeAlias"
  | "ListAliases"
  | "UpdateAlias"
  | "DeleteAlias"
  | "ResolveAlias"
  | "CreateGameServerSessionQueue"
  | "DescribeGameServerSessionQueues"
  | "UpdateGameServerSessionQueue"
  | "DeleteGameServerSessionQueue"
> = {
  CreateAlias(request, context) {
    const { plane } = context;
    const alias = plane.routing.createAlias(
      {
        name: request.Name,
        ...(request.Description !== undefined && { description: request.Description }),
        routingStrategy: request.RoutingStrategy,
        ...(request.Tags !== undefined && { tags: request.Tags }),
        region: context.region ?? plane.region,
      },
      plane.limits.aliases,
    );
    return { Alias: toCloudAlias(alias) };
  },

  DescribeAlias(request, { plane }) {
    return { Alias: toCloudAlias(plane.routing.alias(request.AliasId)) };
  },

  ListAliases(request, { plane }) {
    let all = plane.routing
      .aliases()
      .filter((a) => (request.Name === undefined || a.name === request.Name) && (request.RoutingStrategyType === undefined || a.routingStrategy.type === request.RoutingStrategyType))
      .filter((a) => matchesFilters(request.Filters, { name: a.name, id: a.aliasId, tags: a.tags }));
    if (request.OrderBy !== undefined) {
      const key = request.OrderBy === "LastUpdatedTime" ? "lastUpdatedTime" : request.OrderBy === "Name" ? "name" : "creationTime";
      all = all.sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));
      if (request.OrderWay === "desc") all.reverse();
    }
    return { Aliases: offsetPage(all, request.Offset, request.Limit, 100).map(toCloudAlias), TotalCount: all.length };
  },

  /** Switching RoutingStrategy.FleetId is a rollout: new sessions go to the new fleet, existing ones finish where they are. */
  UpdateAlias(request, { plane }) {
    const alias = plane.routing.alias(request.AliasId);
    plane.routing.updateAlias(alias, {
      ...(request.Name !== undefined && { name: request.Name }),
      ...(request.Description !== undefined && { description: request.Description }),
      ...(request.RoutingStrategy !== undefined && { routingStrategy: request.RoutingStrategy }),
    });
    return { Alias: toCloudAlias(alias) };
  },

  DeleteAlias(request, { plane }) {
    plane.routing.deleteAlias(plane.routing.alias(request.AliasId));
    return {};
  },

  ResolveAlias(request, { plane }) {
    return { FleetId: resolveAlias(plane.routing.alias(request.AliasId)) };
  },

  CreateGameServerSessionQueue(request, context) {
    const { plane } = context;
    const destinations = destinationArns(request.Destinations);
    const policies = latencyPolicies(request.PlayerLatencyPolicies);
    const queue = plane.routing.createQueue(
      request.Name,
      {
        ...(destinations !== undefined && { destinations }),
        ...(request.TimeoutInSeconds !== undefined && { timeoutInSeconds: request.TimeoutInSeconds }),
        ...(policies !== undefined && { playerLatencyPolicies: policies }),
        ...(request.Tags !== undefined && { tags: request.Tags }),
      },
      context.region ?? plane.region,
      plane.limits.queues,
    );
    return { GameServerSessionQueue: toCloudQueue(queue, plane) };
  },

  DescribeGameServerSessionQueues(request, { plane }) {
    const all = (request.Names && request.Names.length > 0 ? request.Names.map((n, i) => plane.routing.queue(n, `Names.${i}`)) : plane.routing.queues()).filter((q) =>
      matchesFilters(request.Filters, { name: q.name, id: q.name, tags: q.tags }),
    );
    return { GameServerSessionQueues: offsetPage(all, request.Offset, request.Limit, 100).map((q) => toCloudQueue(q, plane)), TotalCount: all.length };
  },

  UpdateGameServerSessionQueue(request, { plane }) {
    const queue = plane.routing.queue(request.Name);
    const destinations = destinationArns(request.Destinations);
    const policies = latencyPolicies(request.PlayerLatencyPolicies);
    plane.routing.updateQueue(queue, {
      ...(destinations !== undefined && { destinations }),
      ...(request.TimeoutInSeconds !== undefined && { timeoutInSeconds: request.TimeoutInSeconds }),
      ...(policies !== undefined && { playerLatencyPolicies: policies }),
    });
    return { GameServerSessionQueue: toCloudQueue(queue, plane) };
  },

  DeleteGameServerSessionQueue(request, { plane }) {
    plane.routing.deleteQueue(plane.routing.queue(request.Name));
    return {};
  },
};
