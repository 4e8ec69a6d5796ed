// @google-cloud/agones-sdk is an optional peer: a game on GSE never loads it
// (nor the Agones adapter); the same process on Agones does.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { silentLogger } from "gse-sdk";
import { createGseLocal } from "gse-sdk/local";
import { createAgonesLocal } from "../helpers/agones/createAgonesLocal.js";

const probe = fileURLToPath(new URL("../fixtures/loadProbeGame.js", import.meta.url));
const probeRun = async (env: Record<string, string>) => {
  const { stdout } = await promisify(execFile)(process.execPath, [probe], { env: { ...process.env, ...env }, timeout: 30_000 });
  return JSON.parse(stdout.trim().split("\n").pop()!) as { resolved: string[]; failure?: { code: string; message: string } };
};
const run = async (env: Record<string, string>) => (await probeRun(env)).resolved;
const agonesModules = (urls: string[]) => urls.filter((url) => url.includes("/@google-cloud/agones-sdk/") || url.includes("/src/agones/createAgones") || url.includes("/src/agones/loadAgonesSdk"));

test("a GSE game never loads @google-cloud/agones-sdk nor the adapter; on Agones the same process loads both", async (t) => {
  const gse = await createGseLocal({ grpcPort: 0, httpPort: 0, logger: silentLogger });
  t.after(() => gse.close());
  const onGse = await run({ GSE_AGENT_ADDRESS: gse.agentAddress });
  assert.ok(onGse.some((url) => url.includes("/dist/src/index.js")), "the probe saw gse-sdk load");
  assert.deepEqual(agonesModules(onGse), []);

  const agones = await createAgonesLocal();
  t.after(() => agones.close());
  const onAgones = agonesModules(await run({ AGONES_SDK_GRPC_PORT: String(agones.port) }));
  assert.ok(onAgones.some((url) => url.includes("/node_modules/@google-cloud/agones-sdk/")), `the SDK: ${onAgones.join(", ")}`);
  assert.ok(onAgones.some((url) => url.endsWith("/src/agones/createAgonesAgent.js")), "the adapter");
});

test("on Agones without @google-cloud/agones-sdk installed, GseApp.run fails saying what to install", async (t) => {
  const agones = await createAgonesLocal();
  t.after(() => agones.close());
  const { failure } = await probeRun({ AGONES_SDK_GRPC_PORT: String(agones.port), LOAD_PROBE_HIDE: "@google-cloud/agones-sdk" });
  assert.equal(failure?.code, "PROCESS_READY_FAILED");
  assert.match(failure?.message ?? "", /running on Agones needs @google-cloud\/agones-sdk: npm install @google-cloud\/agones-sdk/);
  assert.equal(agones.history.length, 0, "nothing reached the sidecar");
});
