// Writes src/cloud/generated/gseCloudApi.ts, the request and response types of
// every GSE cloud API action (gse 2019-11-12), from the committed spec
// spec/gse-cloud-api/api.json. `--check` writes nothing and fails when the
// committed file differs from what this script would write (npm test runs it).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const specPath = "spec/gse-cloud-api/api.json";
const outPath = "src/cloud/generated/gseCloudApi.ts";

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

const fresh = generate();
if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(join(root, outPath), "utf8");
  } catch {
    // Missing counts as stale.
  }
  if (committed !== fresh) {
    console.error(`${outPath} is stale; run \`node scripts/generate-cloud-types.js\` and commit it.`);
    process.exit(1);
  }
  console.log(`${outPath} is fresh (${Object.keys(spec.actions).length} actions)`);
} else {
  writeFileSync(join(root, outPath), fresh);
  console.log(`wrote ${outPath}`);
}
