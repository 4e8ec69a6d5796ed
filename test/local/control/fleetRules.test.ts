import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";
import { ControlRefusal } from "../../../src/local/control/ControlRefusal.js";
import { idFromArn, makeArn } from "../../../src/local/control/arn.js";
import { answerOtherAction } from "../../../src/local/control/catalogue/answerOtherAction.js";
import { GSE_ACTIONS } from "../../../src/local/control/catalogue/gseActions.js";
import { DEFAULT_LOCAL_LIMITS } from "../../../src/local/control/catalogue/localLimits.js";
import { canTransition, eventForStatus, FLEET_STATUSES } from "../../../src/local/control/fleets/fleetStatus.js";
import { launchPathInBuild, resolveLaunchPath } from "../../../src/local/control/fleets/resolveLaunchPath.js";
import { splitParameters } from "../../../src/local/control/fleets/splitParameters.js";

function refuses(fn: () => unknown, kind: string, pattern: RegExp, field?: string): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ControlRefusal, String(error));
    assert.equal(error.kind, kind);
    assert.match(error.message, pattern);
    if (field !== undefined) assert.equal(error.field, field);
    return true;
  });
}

test("Parameters split as a shell splits words, without expanding anything", () => {
  assert.deepEqual(splitParameters(""), []);
  assert.deepEqual(splitParameters("  --port  7000\t-v "), ["--port", "7000", "-v"]);
  assert.deepEqual(splitParameters(`--name 'two words' --msg "say \\"hi\\" \\$HOME"`), ["--name", "two words", "--msg", 'say "hi" $HOME']);
  assert.deepEqual(splitParameters(`a\\ b 'it'\\''s' ""`), ["a b", "it's", ""]);
  assert.deepEqual(splitParameters("$HOME * ~"), ["$HOME", "*", "~"]);
  assert.deepEqual(splitParameters(`pre"mid dle"post`), ["premid dlepost"]);
  refuses(() => splitParameters("--x 'open", "ServerProcesses[0].Parameters"), "InvalidParameterValue", /unclosed single quote/, "ServerProcesses[0].Parameters");
  refuses(() => splitParameters('--x "open'), "InvalidParameterValue", /unclosed double quote/);
  refuses(() => splitParameters("--x \\"), "InvalidParameterValue", /lone backslash/);
});

test("LaunchPath is a file of the build under /local/game/", () => {
  assert.equal(launchPathInBuild("/local/game/bin/server"), "bin/server");
  assert.equal(launchPathInBuild("/local/game//./start.sh"), "start.sh");
  assert.equal(launchPathInBuild("C:\\game\\bin\\server.exe"), "bin/server.exe");
  assert.equal(resolveLaunchPath("/tmp/fleet-1/build", "/local/game/start.sh"), "/tmp/fleet-1/build/start.sh");
  refuses(() => launchPathInBuild("/usr/bin/node", "LaunchPath"), "InvalidParameterValue", /must start with \/local\/game\//, "LaunchPath");
  refuses(() => launchPathInBuild("/local/game/../etc/passwd"), "InvalidParameterValue", /leaves the build folder/);
  refuses(() => launchPathInBuild("/local/game/"), "InvalidParameterValue", /names the build folder/);
  refuses(() => launchPathInBuild("local/game/x"), "InvalidParameterValue", /must start with/);
});

test("fleet statuses follow GameLift's machine and each has its event", () => {
  const path = ["NEW", "DOWNLOADING", "VALIDATING", "BUILDING", "ACTIVATING", "ACTIVE", "DELETING", "TERMINATED"] as const;
  for (let i = 1; i < path.length; i++) assert.ok(canTransition(path[i - 1]!, path[i]!), `${path[i - 1]} -> ${path[i]}`);
  assert.equal(canTransition("ACTIVE", "NEW"), false);
  assert.equal(canTransition("TERMINATED", "DELETING"), false);
  assert.equal(canTransition("ERROR", "ACTIVE"), false);
  for (const s of FLEET_STATUSES) if (s !== "TERMINATED" && s !== "DELETING") assert.ok(canTransition(s, s === "ERROR" ? "DELETING" : "ERROR") || s === "ERROR");
  assert.equal(eventForStatus("ACTIVE"), "FLEET_STATE_ACTIVE");
  assert.equal(eventForStatus("NEW"), "FLEET_CREATED");
  assert.equal(eventForStatus("TERMINATED"), "FLEET_DELETED");
});

test("ARNs carry the id at their end", () => {
  const arn = makeArn("fleet", "ap-guangzhou", "fleet-1");
  assert.equal(arn, "qcs::gse:ap-guangzhou:uin/local:fleet/fleet-1");
  assert.equal(idFromArn(arn), "fleet-1");
  assert.equal(idFromArn("alias-2"), "alias-2");
});

test("the catalogue holds every action of the official mainland client, and no other", () => {
  const require = createRequire(import.meta.url);
  const clientPath = require.resolve("tencentcloud-sdk-nodejs/tencentcloud/services/gse/v20191112/gse_client.js");
  const official = [...readFileSync(clientPath, "utf8").matchAll(/async (\w+)\(req/g)].map((m) => m[1]).sort();
  assert.equal(official.length, 74);
  assert.deepEqual(Object.keys(GSE_ACTIONS).sort(), official);
});

test("other actions: a plausible local answer or UnsupportedOperation with the reason", () => {
  const context = { limits: DEFAULT_LOCAL_LIMITS, usage: { assets: 2, fleets: 1, aliases: 0, queues: 0, instances: 3 } };
  const quotas = answerOtherAction("DescribeUserQuotas", {}, context) as { QuotaResource: { ResourceType: number; Remaining: number }[] };
  assert.equal(quotas.QuotaResource.length, 5);
  assert.equal(quotas.QuotaResource.find((q) => q.ResourceType === 1)?.Remaining, DEFAULT_LOCAL_LIMITS.assets - 2);
  assert.deepEqual(answerOtherAction("DescribeInstanceLimit", {}, context), { Limit: DEFAULT_LOCAL_LIMITS.instances, ExtraInfos: [] });
  refuses(() => answerOtherAction("DescribeUserQuota", { ResourceType: 9 }, context), "InvalidParameterValue", /ResourceType 9/, "ResourceType");
  refuses(() => answerOtherAction("AttachCcnInstances", {}, context), "UnsupportedOperation", /no local meaning: Cloud Connect Network/);
  refuses(() => answerOtherAction("GetInstanceAccess", {}, context), "UnsupportedOperation", /no remote machine to log in to/);
  for (const [action, family] of Object.entries(GSE_ACTIONS)) {
    if (family !== "other") continue;
    try {
      answerOtherAction(action, { ResourceType: 1 }, context);
    } catch (error) {
      assert.ok(error instanceof ControlRefusal, `${action} threw ${String(error)}`);
      assert.equal(error.kind, "UnsupportedOperation", action);
      assert.doesNotMatch(error.message, /is not answered by gse-local/, `${action} needs a reason`);
    }
  }
});
