import type { GSE_CLOUD_REQUEST_FIELDS, GseCloudRequestObjectName, GseCloudRequestObjects } from "../../../cloud/generated/gseCloudFields.js";
import type { GseCloudActionName, InputOf } from "./deriveActionSchema.js";
import type { OBJECT_RULES } from "./objectRules.js";

type Specs = typeof GSE_CLOUD_REQUEST_FIELDS;
type ObjectRules = typeof OBJECT_RULES;
type PatchesOf<O extends GseCloudRequestObjectName> = O extends keyof ObjectRules ? ObjectRules[O] : unknown;

/**
 * A request object of api.json as the validation step hands it on: the
 * generated type (src/cloud/generated/gseCloudApi.ts) with no nulls (a null
 * counts as absent), each enumerated string narrowed to the values its rule
 * lists, and each nested object validated the same way. Its fields, and
 * which are optional, are the generated type's.
 */
export type ValidatedObject<O extends GseCloudRequestObjectName, P = PatchesOf<O>> = {
  [F in keyof GseCloudRequestObjects[O]]: ValidatedMember<
    GseCloudRequestObjects[O][F],
    F extends keyof Specs[O] ? Specs[O][F] : never,
    F extends keyof P ? P[F] : unknown
  >;
};

/** An action's request after validation against its rules (`R`, an ActionRules entry). */
export type ValidatedRequest<A extends GseCloudActionName, R> = ValidatedObject<InputOf<A>, R extends { readonly fields: infer P } ? P : unknown>;

type ValidatedMember<T, S, P> = S extends { readonly type: "list"; readonly items: infer I }
  ? ValidatedValue<NonNullable<T> extends readonly (infer E)[] ? E : never, I, P extends { readonly items: infer PI } ? PI : unknown>[]
  : ValidatedValue<T, S, P>;

type ValidatedValue<T, S, P> = S extends { readonly type: "object"; readonly object: infer N extends GseCloudRequestObjectName }
  ? ValidatedObject<N>
  : P extends { readonly oneOf: readonly (infer V)[] }
    ? V
    : NonNullable<T>;
