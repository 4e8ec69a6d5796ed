import { GSE_CLOUD_REQUEST_FIELDS, type GseCloudRequestObjectName } from "../../../cloud/generated/gseCloudFields.js";
import type * as Spec from "../../../cloud/GseCloudMemberSpec.js";
import type { FieldPatch, Fields, Rule } from "./FieldRule.js";
import { OBJECT_RULES } from "./objectRules.js";

type GseCloudMemberSpec = Spec.GseCloudMemberSpec<GseCloudRequestObjectName>;
type GseCloudValueSpec = Spec.GseCloudValueSpec<GseCloudRequestObjectName>;

const derived = new Map<GseCloudRequestObjectName, Fields>();

/**
 * An api.json object's fields as rules: each member's type, whether it is
 * required and the limits its document states (generated), with `patches`
 * laid over them. A nested object takes its patches from OBJECT_RULES, so it
 * is checked the same way in every request that holds it.
 */
export function deriveFields(
  object: GseCloudRequestObjectName,
  patches: Readonly<Record<string, FieldPatch>> = {},
): Fields {
  const members: Readonly<Record<string, GseCloudMemberSpec>> = GSE_CLOUD_REQUEST_FIELDS[object];
  const fields: Record<string, Rule & { required?: boolean }> = {};
  for (const [name, member] of Object.entries(members)) {
    const rule = member.type === "list" ? listRule(member, patches[name], `${object}.${name}`) : valueRule(member, patches[name], `${object}.${name}`);
    fields[name] = member.required ? { ...rule, required: true } : rule;
  }
  for (const name of Object.keys(patches)) {
    if (!Object.hasOwn(members, name)) throw new Error(`gse-local patches ${object}.${name}, which api.json does not define`);
  }
  return fields;
}

function listRule(member: Extract<GseCloudMemberSpec, { type: "list" }>, patch: FieldPatch | undefined, path: string): Rule {
  const { items, minItems, maxItems } = member;
  return {
    kind: "list",
    items: valueRule(items, patch?.items, `${path}.items`),
    ...(minItems !== undefined && { minItems }),
    ...(maxItems !== undefined && { maxItems }),
    ...(patch?.minItems !== undefined && { minItems: patch.minItems }),
    ...(patch?.maxItems !== undefined && { maxItems: patch.maxItems }),
  };
}

function valueRule(spec: GseCloudValueSpec, patch: FieldPatch | undefined, path: string): Rule {
  switch (spec.type) {
    case "object":
      if (patch) throw new Error(`gse-local patches ${path}; an object's rules belong in OBJECT_RULES.${spec.object}`);
      return { kind: "object", fields: objectFields(spec.object) };
    case "string": {
      const { type: _type, pattern, ...limits } = spec;
      return { kind: "string", ...limits, ...(pattern !== undefined && { pattern: new RegExp(pattern) }), ...patch };
    }
    case "int":
    case "float": {
      const { type, ...limits } = spec;
      return { kind: type === "int" ? "integer" : "number", ...limits, ...patch };
    }
    case "bool":
      throw new Error(`${path} is a bool, which no action gse-local serves has had`);
  }
}

function objectFields(object: GseCloudRequestObjectName): Fields {
  let fields = derived.get(object);
  if (!fields) {
    const patches: Readonly<Partial<Record<GseCloudRequestObjectName, Readonly<Record<string, FieldPatch>>>>> = OBJECT_RULES;
    fields = deriveFields(object, patches[object]);
    derived.set(object, fields);
  }
  return fields;
}
