// The cloud API's schemas come from api.json (the generator reads the limits
// its documents state) plus gse-local's own rules. These pin the reading of
// each documented form, and that no hand-written rule restates what api.json
// already says: a patch that changes nothing is a copy waiting to drift.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { GSE_CLOUD_ACTION_INPUTS, GSE_CLOUD_REQUEST_FIELDS } from "../../../src/cloud/generated/gseCloudFields.js";
import { CloudApiError } from "../../../src/local/cloud/CloudApiError.js";
import { CONTROL_ACTION_RULES } from "../../../src/local/cloud/control/controlActionRules.js";
import { CONTROL_SCHEMAS } from "../../../src/local/cloud/control/createControlDispatch.js";
import { deriveFields } from "../../../src/local/cloud/schema/deriveFields.js";
import type { FieldPatch, Fields } from "../../../src/local/cloud/schema/FieldRule.js";
import { OBJECT_RULES } from "../../../src/local/cloud/schema/objectRules.js";
import { validateWithSchema } from "../../../src/local/cloud/schema/validateWithSchema.js";
import { SESSION_ACTION_RULES } from "../../../src/local/cloud/sessionActionRules.js";

type Patches = Readonly<Record<string, Readonly<Record<string, FieldPatch>>>>;

describe("api.json's limits, read from its documents", () => {
  it("reads each form it knows, and no conditional or prose bound", () => {
    const f = GSE_CLOUD_REQUEST_FIELDS;
    assert.deepEqual(f.CreateGameServerSessionRequest.CreatorId, { type: "string", maxLength: 1024 }); // 最大长度不超过1024个ASCII字符
    assert.deepEqual(f.DescribePlayerSessionsRequest.PlayerId, { type: "string", minLength: 1, maxLength: 1024 }); // 最小长度不小于1…
    assert.deepEqual(f.CreateAliasRequest.Name, { type: "string", minLength: 1, maxLength: 1024, required: true }); // 长度不小于1字符不超过1024字符
    assert.deepEqual(f.DeleteGameServerSessionQueueRequest.Name, { type: "string", minLength: 1, maxLength: 128, required: true }); // 长度1~128
    assert.deepEqual(f.Tag.Value, { type: "string", maxLength: 255, required: true }); // 最大长度255字节
    assert.deepEqual(f.StartGameServerSessionPlacementRequest.PlacementId, { type: "string", maxLength: 48, pattern: "^[a-zA-Z0-9-]+$", required: true });
    assert.deepEqual(f.EndGameServerSessionAndProcessRequest.Port, { type: "int", min: 1025, max: 60000 }); // 取值范围1025-60000
    assert.deepEqual(f.CreateFleetRequest.InternetMaxBandwidthOut, { type: "int", min: 1, max: 200 }); // 范围1-200Mbps
    assert.deepEqual(f.DescribeAssetsRequest.Limit, { type: "int", max: 100, required: true }); // 不超过100
    assert.deepEqual(f.SetServerWeightRequest.Weight, { type: "int", min: 0, max: 10, required: true });
    assert.deepEqual(f.JoinGameServerSessionBatchRequest.PlayerIds, { type: "list", items: { type: "string" }, minItems: 1, maxItems: 25, required: true });
    assert.deepEqual(f.CreateFleetRequest.Tags, { type: "list", items: { type: "object", object: "Tag" }, maxItems: 50 });
    // "最小值1，最大值为剩余配额": the maximum is prose, so only the minimum is read.
    assert.deepEqual(f.CopyFleetRequest.CopyNumber, { type: "int", min: 1, required: true });
    // "取值范围-99~99" holds only for one ScalingAdjustmentType: not a field limit.
    assert.deepEqual(f.PutScalingPolicyRequest.ScalingAdjustment, { type: "int" });
    // uint64: never negative, whatever the document says.
    assert.deepEqual(f.PlayerLatencyPolicy.PolicyDurationSeconds, { type: "int", min: 0 });
  });
});

describe("gse-local's own rules", () => {
  const sameRules = (a: Fields, b: Fields, name: string) => JSON.stringify(a[name], replacer) === JSON.stringify(b[name], replacer);
  const replacer = (_: string, v: unknown) => (v instanceof RegExp ? v.source : v);

  it("every patch changes what api.json says, so none restates it", () => {
    const redundant: string[] = [];
    const check = (object: keyof typeof GSE_CLOUD_REQUEST_FIELDS, patches: Readonly<Record<string, FieldPatch>>, where: string) => {
      const plain = deriveFields(object);
      for (const name of Object.keys(patches)) {
        if (sameRules(plain, deriveFields(object, { [name]: patches[name]! }), name)) redundant.push(`${where}.${name}`);
      }
    };
    for (const [action, rules] of [...Object.entries(SESSION_ACTION_RULES), ...Object.entries(CONTROL_ACTION_RULES)]) {
      const fields = (rules as { fields?: Readonly<Record<string, FieldPatch>> }).fields;
      if (fields) check(GSE_CLOUD_ACTION_INPUTS[action as keyof typeof GSE_CLOUD_ACTION_INPUTS], fields, action);
    }
    for (const [object, patches] of Object.entries(OBJECT_RULES as Patches)) {
      // deriveFields(object) alone is api.json only: OBJECT_RULES apply to the objects it nests.
      check(object as keyof typeof GSE_CLOUD_REQUEST_FIELDS, patches, object);
    }
    assert.deepEqual(redundant, []);
  });

  it("an enumeration accepts every value api.json's document lists for the field", () => {
    // Compiled to dist/test/local/cloud/: the spec is at the repository's root.
    const spec = JSON.parse(readFileSync(new URL("../../../../spec/gse-cloud-api/api.json", import.meta.url), "utf8")) as {
      objects: Record<string, { members: { name: string; document: string }[] }>;
    };
    const listed = (document: string) =>
      // The values a document gives in parentheses: "(ACTIVE,ACTIVATING,...)", "（CLOUD_SSD）", "取值（A，B，C）".
      [...document.matchAll(/[(（]([^()（）]*)[)）]/g)].flatMap((m) => m[1]!.split(/[,，、和\s]+/)).filter((v) => /^[A-Za-z][A-Za-z0-9_]*$/.test(v));
    const checked: string[] = [];
    const missing: string[] = [];
    const check = (object: string, patches: Readonly<Record<string, FieldPatch>>) => {
      for (const [name, patch] of Object.entries(patches)) {
        const oneOf = patch.oneOf ?? patch.items?.oneOf;
        const member = spec.objects[object]!.members.find((m) => m.name === name)!;
        const values = listed(member.document);
        if (!oneOf || values.length === 0) continue;
        checked.push(`${object}.${name}`);
        for (const v of values) if (!oneOf.includes(v)) missing.push(`${object}.${name}: ${v}`);
      }
    };
    for (const [action, rules] of [...Object.entries(SESSION_ACTION_RULES), ...Object.entries(CONTROL_ACTION_RULES)]) {
      const fields = (rules as { fields?: Readonly<Record<string, FieldPatch>> }).fields;
      if (fields) check(GSE_CLOUD_ACTION_INPUTS[action as keyof typeof GSE_CLOUD_ACTION_INPUTS], fields);
    }
    for (const [object, patches] of Object.entries(OBJECT_RULES as Patches)) check(object, patches);
    assert.deepEqual(missing, []);
    // Statuses, creation policies, adjustment types, metrics, routing types, disk types: not a vacuous pass.
    assert.ok(checked.length >= 8, `checked only ${checked.join(", ")}`);
  });

  it("a patch naming a field api.json does not define is refused when the schema is built", () => {
    assert.throws(() => deriveFields("DescribeAliasRequest", { AliasID: { maxLength: 10 } }), /DescribeAliasRequest\.AliasID, which api.json does not define/);
  });

  it("takes api.json's limit where the hand table had none: DescribeFleetCapacity's Limit is at most 100", () => {
    const schema = CONTROL_SCHEMAS.DescribeFleetCapacity;
    assert.deepEqual(validateWithSchema(schema, { FleetIds: ["fleet-1"], Limit: 100 }), { FleetIds: ["fleet-1"], Limit: 100 });
    assert.throws(
      () => validateWithSchema(schema, { FleetIds: ["fleet-1"], Limit: 101 }),
      (e: unknown) => e instanceof CloudApiError && e.code === "InvalidParameterValue" && /'Limit' must be an integer from 0 to 100, got 101/.test(e.message),
    );
  });
});
