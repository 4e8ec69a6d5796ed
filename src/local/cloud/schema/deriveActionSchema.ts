import type { GseCloudActionMap } from "../../../cloud/generated/gseCloudApi.js";
import { GSE_CLOUD_ACTION_INPUTS, type GseCloudRequestObjects } from "../../../cloud/generated/gseCloudFields.js";
import { deriveFields } from "./deriveFields.js";
import type { ActionSchema, FieldPatch } from "./FieldRule.js";

export type GseCloudActionName = keyof GseCloudActionMap;
/** An action's request object, by its api.json name. */
export type InputOf<A extends GseCloudActionName> = (typeof GSE_CLOUD_ACTION_INPUTS)[A];

/** What gse-local says of an action's request beyond api.json's own limits. */
export interface ActionRules<A extends GseCloudActionName> {
  /** Where a field's rule differs from, or adds to, api.json's document. */
  readonly fields?: { readonly [F in keyof GseCloudRequestObjects[InputOf<A>]]?: FieldPatch };
  /**
   * Cross-field rule: at least one group must be fully present. api.json
   * states it for CreateGameServerSession (FleetId or AliasId) and
   * EndGameServerSessionAndProcess (IpAddress only works with Port); the
   * Describe/Search ones are GameLift's, which GSE mirrors: a query with
   * none of them names nothing to look in.
   */
  readonly atLeastOneOf?: readonly (readonly (keyof GseCloudRequestObjects[InputOf<A>] & string)[])[];
}

/** A table of action rules: the family's served actions are its keys. */
export type ActionRulesTable = { readonly [A in GseCloudActionName]?: ActionRules<A> };

/** The schema the validation step checks an action's request against. */
export function deriveActionSchema<A extends GseCloudActionName>(action: A, rules: ActionRules<A>): ActionSchema {
  const fields = deriveFields(GSE_CLOUD_ACTION_INPUTS[action], rules.fields as Readonly<Record<string, FieldPatch>> | undefined);
  return rules.atLeastOneOf ? { fields, atLeastOneOf: rules.atLeastOneOf } : { fields };
}

/** Every action of a rules table with its schema, derived once. */
export function deriveActionSchemas<T extends ActionRulesTable>(table: T): { readonly [A in keyof T]: ActionSchema } {
  const schemas: Record<string, ActionSchema> = {};
  for (const [action, rules] of Object.entries(table)) {
    schemas[action] = deriveActionSchema(action as GseCloudActionName, rules as ActionRules<GseCloudActionName>);
  }
  return schemas as { readonly [A in keyof T]: ActionSchema };
}
