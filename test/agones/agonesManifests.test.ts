// examples/agones/ against Agones' CRD schemas (../shared/agones/crds.yaml),
// converted for ajv; GameServerAllocation against its documented schema.
// No cluster: what kubectl's strict validation would refuse fails here.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { loadAgonesSchemas } from "../helpers/agones/loadAgonesSchemas.js";

const dir = fileURLToPath(new URL("../../../examples/agones/", import.meta.url));
const read = (name: string) => parse(readFileSync(dir + name, "utf8")) as Record<string, any>;
const validator = loadAgonesSchemas();

test("the CRD schemas load: Fleet, FleetAutoscaler, GameServer, GameServerSet, GameServerAllocationPolicy, GameServerAllocation", () => {
  for (const kind of ["agones.dev/v1 Fleet", "autoscaling.agones.dev/v1 FleetAutoscaler", "agones.dev/v1 GameServer", "agones.dev/v1 GameServerSet", "allocation.agones.dev/v1 GameServerAllocation"]) {
    assert.ok(validator.kinds.includes(kind), `${kind} in ${validator.kinds.join(", ")}`);
  }
});

for (const name of ["fleet.yaml", "fleetautoscaler.yaml", "gameserverallocation.yaml"]) {
  test(`examples/agones/${name} is valid`, () => {
    assert.deepEqual(validator.validate(read(name)), []);
  });
}

test("a broken field fails the check, naming where", () => {
  const broken: [string, (m: Record<string, any>) => void, RegExp][] = [
    ["fleet.yaml", (m) => (m["spec"].template.spec.ports[0].containerport = 7654), /ports\/0: must NOT have additional properties 'containerport'/],
    ["fleet.yaml", (m) => (m["spec"].template.spec.ports[0].portPolicy = "Dymanic"), /ports\/0\/portPolicy: must be equal to one of the allowed values/],
    ["fleet.yaml", (m) => (m["spec"].replicas = -1), /\/spec\/replicas: must be >= 0/],
    ["fleet.yaml", (m) => (m["spec"].template.spec.template.spec.containers[0].imagePullPolicy = 3), /imagePullPolicy: must be string/],
    ["fleet.yaml", (m) => delete m["spec"].template, /\/spec: must have required property 'template'/],
    ["fleet.yaml", (m) => (m["kind"] = "Fleets"), /no schema for agones.dev\/v1 Fleets/],
    ["fleetautoscaler.yaml", (m) => (m["spec"].policy.type = "Bufer"), /policy\/type: must be equal to one of the allowed values/],
    ["fleetautoscaler.yaml", (m) => (m["spec"].policy.buffer.maxReplicas = "many"), /buffer\/maxReplicas: must be integer/],
    ["gameserverallocation.yaml", (m) => (m["spec"].selectors[0].gameServerState = "Shutdown"), /gameServerState: must be equal to one of the allowed values \["Ready","Allocated"\]/],
    ["gameserverallocation.yaml", (m) => (m["spec"].metadata.annotations["gse-sdk/max-players"] = 4), /annotations\/gse-sdk~1max-players: must be string/],
    ["gameserverallocation.yaml", (m) => (m["spec"].selector = m["spec"].selectors), /must NOT have additional properties 'selector'/],
  ];
  for (const [name, breakIt, expected] of broken) {
    const manifest = read(name);
    breakIt(manifest);
    const errors = validator.validate(manifest);
    assert.ok(errors.some((e) => expected.test(e)), `${name}: ${expected} in ${JSON.stringify(errors)}`);
  }
});

test("the Dockerfile and the Fleet agree: container port, grace period, and an entry point that exists", () => {
  const dockerfile = readFileSync(dir + "Dockerfile", "utf8");
  const fleet = read("fleet.yaml");
  const pod = fleet["spec"].template.spec;
  assert.match(dockerfile, new RegExp(`ARENA_PORT=${pod.ports[0].containerPort}\\b`));
  assert.match(dockerfile, new RegExp(`EXPOSE ${pod.ports[0].containerPort}\\b`));
  const grace = pod.template.spec.terminationGracePeriodSeconds;
  assert.equal(pod.template.spec.containers[0].env.find((e: { name: string }) => e.name === "GSE_AGONES_GRACE_SECONDS")?.value, String(grace));
  assert.match(dockerfile, new RegExp(`GSE_AGONES_GRACE_SECONDS=${grace}\\b`));
  const entry = /CMD \["node", "([^"]+)"\]/.exec(dockerfile)?.[1];
  assert.ok(entry, "a CMD");
  assert.doesNotThrow(() => readFileSync(fileURLToPath(new URL(`../../../${entry}`, import.meta.url))), `${entry} is built`);
  // The list and counter the SDK uses by default are declared.
  assert.ok(pod.lists.players, "the players list");
  assert.ok(pod.counters.custom, "the custom counter");
});
