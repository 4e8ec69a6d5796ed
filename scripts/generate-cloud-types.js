// Writes src/cloud/generated/gseCloudApi.ts, the request and response types of
// every GSE cloud API action (gse 2019-11-12), and src/cloud/generated/
// gseCloudFields.ts, the same requests as data (each member's type, whether it
// is required, and the limits its document states), from the committed spec
// spec/gse-cloud-api/api.json. `--check` writes nothing and fails when a
// committed file differs from what this script would write (npm test runs it).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const specPath = "spec/gse-cloud-api/api.json";
const outPath = "src/cloud/generated/gseCloudApi.ts";
const fieldsPath = "src/cloud/generated/gseCloudFields.ts";

const spec = JSON.parse(readFileSync(join(root, specPath), "utf8"));
const scalars = { string: "string", int: "number", float: "number", bool: "boolean" };

function comment(text, indent) {
  const lines = String(text ?? "")
    .trim()
    // A "*/" inside the spec's prose would end the comment early.
    .replaceAll("*/", "*\\/")
    .split("\n")
    .map((line) => line.trimEnd());
  if (lines.length === 1 && lines[0] === "") return "";
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ""}`).join("\n")}\n${indent} */\n`;
}

function memberType(member) {
  const element = member.type === "list" || member.type === "object" ? member.member : member.type;
  // List elements are named by their spec type: "string", "int64", or an object.
  const base = scalars[element] ?? (element === "int64" || element === "uint64" ? "number" : element);
  if (!(base in spec.objects) && !Object.values(scalars).includes(base)) {
    throw new Error(`${specPath}: member ${member.name} has unknown type ${element}`);
  }
  return member.type === "list" ? `${base}[]` : base;
}

function objectInterface(name, object) {
  const isOutput = name.endsWith("Response") || object.usage === "out";
  const members = object.members
    .map((member) => {
      // Inputs: what the spec marks optional is optional. Outputs: the cloud
      // always sends every documented field, null where it has no value.
      const optional = !isOutput && member.required !== true;
      const nullable = member.value_allowed_null === true ? " | null" : "";
      return `${comment(member.document, "  ")}  ${member.name}${optional ? "?" : ""}: ${memberType(member)}${nullable};`;
    })
    .join("\n");
  return `${comment(object.document, "")}export interface ${name} {\n${members}\n}\n`;
}

function generate() {
  const actions = Object.entries(spec.actions).sort(([a], [b]) => a.localeCompare(b));
  const objects = Object.entries(spec.objects).sort(([a], [b]) => a.localeCompare(b));
  for (const [action, { input, output }] of actions) {
    if (!spec.objects[input] || !spec.objects[output]) throw new Error(`${specPath}: ${action} names a missing type`);
  }
  const header = [
    "// DO NOT EDIT. Written by scripts/generate-cloud-types.js from",
    `// ${specPath} (${spec.metadata.serviceShortName} ${spec.metadata.apiVersion}, ${actions.length} actions):`,
    "// `node scripts/generate-cloud-types.js` rewrites it; `npm test` checks it is fresh.",
    "// The documentation is the spec's own (Chinese), as Tencent Cloud publishes it.",
    "",
  ].join("\n");
  const actionList = `/** Every action of the GSE cloud API, in alphabetical order. */\nexport const GSE_CLOUD_ACTIONS = [\n${actions.map(([a]) => `  "${a}",`).join("\n")}\n] as const;\n`;
  const actionMap = `/** Each action's request and response types. */\nexport interface GseCloudActionMap {\n${actions
    .map(([action, a]) => `${comment(`${a.name} (${a.status})\n\n${a.document}`, "  ")}  ${action}: { request: ${a.input}; response: ${a.output} };`)
    .join("\n")}\n}\n`;
  // One method per action, each with the action's own documentation, so an
  // editor shows it on \`cloud.CreateGameServerSession(\`.
  const methods = `/** One method per cloud API action. */\nexport interface GseCloudActions {\n${actions
    .map(([action, a]) => `${comment(`${a.name} (${a.status})\n\n${a.document}`, "  ")}  ${action}(request: ${a.input}, options?: GseCloudCallOptions): Promise<${a.output}>;`)
    .join("\n")}\n}\n`;
  const imports = 'import type { GseCloudCallOptions } from "../GseCloudCallOptions.js";\n';
  return `${header}\n${imports}\n${actionList}\n${actionMap}\n${methods}\n${objects.map(([name, object]) => objectInterface(name, object)).join("\n")}`;
}

// ---------------------------------------------------------------------------
// The requests as data (gseCloudFields.ts)
// ---------------------------------------------------------------------------

// api.json states limits only in its Chinese documents. These are the forms it
// writes them in, each read only where it can mean one thing; a document in
// any other form gives no limit, and the reader adds its own where it has one.
// Conditional ranges ("取值范围-99~99" when another field has some value) and
// bounds given as prose ("最大值为剩余配额") match none of them on purpose.
const stringLimits = [
  [/最小长度(?:不小于|为)?\s*(\d+)/, "minLength"],
  [/最大长度(?:不超过|为)?\s*(\d+)\s*(?:个ASCII字符|字节)?(?![\d组])/, "maxLength"],
  [/长度不小于(\d+)字符/, "minLength"],
  [/不超过(\d+)字符/, "maxLength"],
  [/^[^，]*，长度(\d+)~\d+$/, "minLength"],
  [/^[^，]*，长度\d+~(\d+)$/, "maxLength"],
  // StartGameServerSessionPlacement's PlacementId: "最大值48个ASCII字符".
  [/最大值(\d+)个ASCII字符/, "maxLength"],
];
const numberLimits = [
  [/最小值\s*(?:不小于)?\s*(-?\d+)(?![\d个])/, "min"],
  [/最大值\s*(?:不超过|为)?\s*(\d+)(?![\d个])/, "max"],
  [/，不超过(\d+)$/, "max"],
  [/范围(\d+)-\d+/, "min"],
  [/范围\d+-(\d+)/, "max"],
];
const listLimits = [
  [/最小(\d+)组/, "minItems"],
  [/最大(?:长度)?(?:不超过)?(\d+)组/, "maxItems"],
  [/至少有一个/, "minItems", 1],
];

function readLimits(document, forms) {
  // The null warning is about answers; it says nothing of a request's limits.
  const text = String(document ?? "").split("\n")[0].trim();
  const limits = {};
  for (const [form, limit, value] of forms) {
    const match = form.exec(text);
    if (match && !(limit in limits)) limits[limit] = value ?? Number(match[1]);
  }
  return limits;
}

function scalarSpec(element, document) {
  if (element in spec.objects) return { type: "object", object: element };
  if (element === "bool") return { type: "bool" };
  if (element === "float") return { type: "float", ...readLimits(document, numberLimits) };
  if (["int", "int64", "uint64"].includes(element)) {
    // An unsigned member cannot be negative, whatever its document says.
    return { type: "int", ...(element === "uint64" && { min: 0 }), ...readLimits(document, numberLimits) };
  }
  if (["string", "datetime", "datetime_iso"].includes(element)) {
    const pattern = /模式：(\S+)$/.exec(String(document ?? "").trim());
    return { type: "string", ...readLimits(document, stringLimits), ...(pattern && { pattern: `^${pattern[1]}$` }) };
  }
  throw new Error(`${specPath}: no request form for type ${element}`);
}

function memberSpec(member) {
  const required = member.required === true ? { required: true } : {};
  if (member.type === "list") {
    // A list's document bounds the list; its items carry the element's own rule.
    const items = scalarSpec(member.member, "");
    return { type: "list", items, ...readLimits(member.document, listLimits), ...required };
  }
  const element = member.type === "object" ? member.member : member.type === "int" ? member.member : member.type;
  return { ...scalarSpec(element, member.document), ...required };
}

function literal(value) {
  if (typeof value !== "object") return JSON.stringify(value);
  return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(", ")} }`;
}

function generateFields() {
  const actions = Object.entries(spec.actions).sort(([a], [b]) => a.localeCompare(b));
  // Every object a request can hold, in the order they are reached.
  const reached = [];
  const reach = (name) => {
    if (reached.includes(name) || !(name in spec.objects)) return;
    reached.push(name);
    for (const member of spec.objects[name].members) reach(member.member);
  };
  for (const [, { input }] of actions) reach(input);
  const header = [
    "// DO NOT EDIT. Written by scripts/generate-cloud-types.js from",
    `// ${specPath} (${spec.metadata.serviceShortName} ${spec.metadata.apiVersion}): every request member's`,
    "// type, whether it is required, and the limits its Chinese document states in one of the",
    "// forms the script reads (lengths in ASCII characters, ranges, list sizes, patterns).",
    "",
  ].join("\n");
  const imports = `import type { GseCloudMemberSpec } from "../GseCloudMemberSpec.js";\nimport type * as Api from "./gseCloudApi.js";\n`;
  const types = `/** Every object a request can hold, by its api.json name. */
export interface GseCloudRequestObjects {
${reached.map((name) => `  ${name}: Api.${name};`).join("\n")}
}

export type GseCloudRequestObjectName = keyof GseCloudRequestObjects;
`;
  const inputs = `/** The request object of each action. */
export const GSE_CLOUD_ACTION_INPUTS = {
${actions.map(([action, { input }]) => `  ${action}: "${input}",`).join("\n")}
} as const;
`;
  const table = `/** Each request object's members, in api.json's order. */
export const GSE_CLOUD_REQUEST_FIELDS = {
${reached
  .map((name) => {
    const members = spec.objects[name].members.map((member) => `    ${member.name}: ${literal(memberSpec(member))},`);
    return `  ${name}: {\n${members.join("\n")}\n  },`;
  })
  .join("\n")}
} as const satisfies {
  readonly [O in GseCloudRequestObjectName]: { readonly [F in keyof GseCloudRequestObjects[O]]-?: GseCloudMemberSpec<GseCloudRequestObjectName> };
};
`;
  return `${header}\n${imports}\n${types}\n${inputs}\n${table}`;
}

const outputs = [
  [outPath, generate()],
  [fieldsPath, generateFields()],
];
if (process.argv.includes("--check")) {
  for (const [path, fresh] of outputs) {
    let committed = "";
    try {
      committed = readFileSync(join(root, path), "utf8");
    } catch {
      // Missing counts as stale.
    }
    if (committed !== fresh) {
      console.error(`${path} is stale; run \`node scripts/generate-cloud-types.js\` and commit it.`);
      process.exit(1);
    }
  }
  console.log(`${outputs.map(([path]) => path).join(" and ")} are fresh (${Object.keys(spec.actions).length} actions)`);
} else {
  for (const [path, fresh] of outputs) {
    writeFileSync(join(root, path), fresh);
    console.log(`wrote ${path}`);
  }
}
