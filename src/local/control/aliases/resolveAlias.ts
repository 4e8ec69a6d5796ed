import { ControlRefusal } from "../ControlRefusal.js";

export type RoutingStrategyType = "SIMPLE" | "TERMINAL";
export const ROUTING_STRATEGY_TYPES: readonly RoutingStrategyType[] = ["SIMPLE", "TERMINAL"];

/** An alias: a name that routes to a fleet, or a terminal message. */
export interface AliasRecord {
  readonly aliasId: string;
  readonly aliasArn: string;
  readonly name: string;
  readonly description: string;
  readonly routingStrategy: { readonly type: RoutingStrategyType; readonly fleetId?: string; readonly message?: string };
  readonly creationTime: number;
  readonly lastUpdatedTime: number;
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
}

/** Aliases are spelled "alias-…" on the wire: how an id says which it is. */
export function isAliasId(id: string): boolean {
  return id.startsWith("alias-");
}

/**
 * Where an alias routes: a SIMPLE alias to its fleet; a TERMINAL one
 * refuses every use with its own message, as GSE answers
 * (GameLift's TerminalRoutingStrategyException), so a retired alias tells
 * clients why. `field` names the request field that held the alias.
 */
export function resolveAlias(alias: AliasRecord, field = "AliasId"): string {
  const strategy = alias.routingStrategy;
  if (strategy.type === "TERMINAL") {
    throw new ControlRefusal(
      "OperationDenied",
      `${field} ${alias.aliasId} is a TERMINAL alias: ${strategy.message ?? "(no message)"}`,
      field,
    );
  }
  if (strategy.fleetId === undefined) {
    throw new ControlRefusal("FailedOperation", `${field} ${alias.aliasId} is SIMPLE but points at no fleet`, field);
  }
  return strategy.fleetId;
}
