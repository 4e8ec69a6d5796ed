// The form of generated/gseCloudFields.ts: a request member of api.json as
// data. Lengths count ASCII characters, as api.json does; a limit is present
// only where api.json's document states it (see scripts/generate-cloud-types.js).

/** A member that holds one value; `Name` is the set of object names. */
export type GseCloudValueSpec<Name extends string = string> =
  | { readonly type: "string"; readonly minLength?: number; readonly maxLength?: number; readonly pattern?: string }
  | { readonly type: "int" | "float"; readonly min?: number; readonly max?: number }
  | { readonly type: "bool" }
  | { readonly type: "object"; readonly object: Name };

/** A request member as api.json defines it. */
export type GseCloudMemberSpec<Name extends string = string> = (
  | GseCloudValueSpec<Name>
  | { readonly type: "list"; readonly items: GseCloudValueSpec<Name>; readonly minItems?: number; readonly maxItems?: number }
) & { readonly required?: true };
