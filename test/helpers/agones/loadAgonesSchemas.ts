// JSON-schema validators for Agones manifests, no cluster needed.
//
// The CRDs' schemas (../shared/agones/crds.yaml: Agones' install.yaml) are
// Kubernetes OpenAPI v3, converted here for ajv: `nullable` beside `type`
// becomes a null type, `x-kubernetes-int-or-string` an integer-or-string,
// a boolean `exclusiveMinimum` the JSON-schema number form, Kubernetes'
// own formats and x-kubernetes-* markers are dropped. Objects with declared
// properties refuse unknown fields, as the API server does under strict
// field validation (kubectl's default), so a misspelt field fails.
//
// GameServerAllocation is served by Agones' aggregated API, not a CRD, so
// it has no schema there: ALLOCATION_SCHEMA below is written from Agones'
// GameServerAllocation reference (allocation.agones.dev/v1) for the fields
// it documents.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { parseAllDocuments } from "yaml";

type Schema = Record<string, unknown>;

/** Finds shared/agones/crds.yaml beside the repository (CI) or higher up (a worktree). */
export function findCrds(): string {
  const fromEnv = process.env["AGONES_CRDS"];
  if (fromEnv) return fromEnv;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, "shared", "agones", "crds.yaml");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error("shared/agones/crds.yaml not found beside the repository (set AGONES_CRDS)");
}

export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== "object" || node === null) return node;
  const input = node as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith("x-kubernetes-") || key === "nullable" || key === "format") continue;
    if (key === "properties" || key === "patternProperties") {
      out[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, sub]) => [name, toJsonSchema(sub)]));
    } else out[key] = toJsonSchema(value);
  }
  if (input["x-kubernetes-int-or-string"] === true) {
    delete out["type"];
    out["anyOf"] = [{ type: "integer" }, { type: "string" }];
  }
  if (input["nullable"] === true && typeof out["type"] === "string") out["type"] = [out["type"], "null"];
  if (input["exclusiveMinimum"] === true && typeof input["minimum"] === "number") {
    out["exclusiveMinimum"] = input["minimum"];
    delete out["minimum"];
  }
  if (input["exclusiveMaximum"] === true && typeof input["maximum"] === "number") {
    out["exclusiveMaximum"] = input["maximum"];
    delete out["maximum"];
  }
  if (out["properties"] !== undefined && out["additionalProperties"] === undefined && input["x-kubernetes-preserve-unknown-fields"] !== true) {
    out["additionalProperties"] = false;
  }
  return out;
}

const stringMap = { type: "object", additionalProperties: { type: "string" } };
const DNS_NAME = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

/** ObjectMeta's fields a manifest sets (the API server owns the rest). */
const OBJECT_META = {
  type: "object",
  properties: {
    name: { type: "string", maxLength: 253, pattern: DNS_NAME },
    generateName: { type: "string", maxLength: 253 },
    namespace: { type: "string", maxLength: 63, pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" },
    labels: stringMap,
    annotations: stringMap,
  },
  additionalProperties: false,
};

function resource(apiVersion: string, kind: string, spec: unknown, requireName: boolean): Schema {
  return {
    type: "object",
    required: ["apiVersion", "kind", "spec", ...(requireName ? ["metadata"] : [])],
    properties: {
      apiVersion: { const: apiVersion },
      kind: { const: kind },
      metadata: requireName ? { ...OBJECT_META, anyOf: [{ required: ["name"] }, { required: ["generateName"] }] } : OBJECT_META,
      spec,
      status: { type: "object" },
    },
    additionalProperties: false,
  };
}

const range = { type: "object", properties: { minAvailable: { type: "integer", minimum: 0 }, maxAvailable: { type: "integer", minimum: 0 } }, additionalProperties: false };
const selector = {
  type: "object",
  properties: {
    matchLabels: stringMap,
    matchExpressions: {
      type: "array",
      items: { type: "object", required: ["key", "operator"], properties: { key: { type: "string" }, operator: { enum: ["In", "NotIn", "Exists", "DoesNotExist"] }, values: { type: "array", items: { type: "string" } } }, additionalProperties: false },
    },
    gameServerState: { enum: ["Ready", "Allocated"] },
    players: range,
    counters: { type: "object", additionalProperties: { type: "object", properties: { minCount: { type: "integer", minimum: 0 }, maxCount: { type: "integer", minimum: 0 }, minAvailable: { type: "integer", minimum: 0 }, maxAvailable: { type: "integer", minimum: 0 } }, additionalProperties: false } },
    lists: { type: "object", additionalProperties: { type: "object", properties: { containsValue: { type: "string" }, minAvailable: { type: "integer", minimum: 0 }, maxAvailable: { type: "integer", minimum: 0 } }, additionalProperties: false } },
  },
  additionalProperties: false,
};

export const ALLOCATION_SCHEMA: Schema = resource(
  "allocation.agones.dev/v1",
  "GameServerAllocation",
  {
    type: "object",
    properties: {
      selectors: { type: "array", minItems: 1, items: selector },
      scheduling: { enum: ["Packed", "Distributed"] },
      priorities: { type: "array", items: { type: "object", required: ["type", "key"], properties: { type: { enum: ["Counter", "List"] }, key: { type: "string" }, order: { enum: ["Ascending", "Descending"] } }, additionalProperties: false } },
      metadata: { type: "object", properties: { labels: stringMap, annotations: stringMap }, additionalProperties: false },
      counters: { type: "object", additionalProperties: { type: "object", properties: { action: { enum: ["Increment", "Decrement"] }, amount: { type: "integer", minimum: 0 }, capacity: { type: "integer", minimum: 0 } }, additionalProperties: false } },
      lists: {
        type: "object",
        additionalProperties: {
          type: "object",
          properties: { addValues: { type: "array", items: { type: "string" } }, deleteValues: { type: "array", items: { type: "string" } }, capacity: { type: "integer", minimum: 0, maximum: 1000 } },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  },
  false,
);

export interface ManifestValidator {
  /** Validates one manifest object; returns the errors as "path: message" lines, empty when valid. */
  validate(manifest: unknown): string[];
  /** The kinds it knows: "<apiVersion> <kind>". */
  readonly kinds: string[];
}

export function loadAgonesSchemas(crdsPath = findCrds()): ManifestValidator {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validators = new Map<string, ValidateFunction>();
  for (const doc of parseAllDocuments(readFileSync(crdsPath, "utf8"))) {
    const crd = doc.toJS() as { kind?: string; spec?: { group: string; names: { kind: string }; versions: { name: string; schema?: { openAPIV3Schema: Schema } }[] } } | null;
    if (crd?.kind !== "CustomResourceDefinition" || !crd.spec) continue;
    for (const version of crd.spec.versions) {
      const schema = toJsonSchema(version.schema?.openAPIV3Schema) as Schema;
      const properties = (schema["properties"] ?? {}) as Schema;
      const apiVersion = `${crd.spec.group}/${version.name}`;
      validators.set(`${apiVersion} ${crd.spec.names.kind}`, ajv.compile(resource(apiVersion, crd.spec.names.kind, properties["spec"] ?? { type: "object" }, true)));
    }
  }
  validators.set("allocation.agones.dev/v1 GameServerAllocation", ajv.compile(ALLOCATION_SCHEMA));
  return {
    kinds: [...validators.keys()],
    validate(manifest) {
      const m = manifest as { apiVersion?: unknown; kind?: unknown } | null;
      const key = `${String(m?.apiVersion)} ${String(m?.kind)}`;
      const validate = validators.get(key);
      if (!validate) return [`no schema for ${key}`];
      return validate(manifest) ? [] : (validate.errors ?? []).map(describe);
    },
  };
}

function describe(error: ErrorObject): string {
  const extra = error.keyword === "additionalProperties" ? ` '${String((error.params as { additionalProperty: string }).additionalProperty)}'` : error.keyword === "enum" ? ` ${JSON.stringify((error.params as { allowedValues: unknown }).allowedValues)}` : "";
  return `${error.instancePath || "/"}: ${error.message ?? error.keyword}${extra}`;
}
