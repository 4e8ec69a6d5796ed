// The rules the cloud API's validation step checks a request against. They
// are built from api.json (cloud/generated/gseCloudFields.ts) by
// deriveFields.ts, with gse-local's own changes (FieldPatch) laid over them.

export interface StringRule {
  readonly kind: "string";
  /** In UTF-8 bytes: api.json gives limits in ASCII characters, i.e. bytes. */
  readonly minLength?: number | undefined;
  readonly maxLength?: number | undefined;
  readonly pattern?: RegExp | undefined;
  readonly oneOf?: readonly string[] | undefined;
}

export interface IntegerRule {
  readonly kind: "integer";
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/** A float (api.json's `float`, e.g. a scaling policy's Threshold). */
export interface NumberRule {
  readonly kind: "number";
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

export interface ListRule {
  readonly kind: "list";
  readonly items: Rule;
  readonly minItems?: number | undefined;
  readonly maxItems?: number | undefined;
}

export interface ObjectRule {
  readonly kind: "object";
  readonly fields: Fields;
}

export type Rule = StringRule | IntegerRule | NumberRule | ListRule | ObjectRule;
export type Field = Rule & { readonly required?: boolean };
export type Fields = Readonly<Record<string, Field>>;

/** An action's fields, and the groups of which at least one must be fully present. */
export interface ActionSchema {
  readonly fields: Fields;
  readonly atLeastOneOf?: readonly (readonly string[])[] | undefined;
}

/**
 * Where gse-local's rule for a field differs from, or adds to, the limits
 * api.json's document states: an enumeration's values, a bound api.json
 * leaves out or gets wrong. A bound set to undefined is dropped. `items`
 * patches a list's items.
 */
export interface FieldPatch {
  readonly minLength?: number | undefined;
  readonly maxLength?: number | undefined;
  readonly pattern?: RegExp;
  readonly oneOf?: readonly string[];
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly items?: FieldPatch;
}
