// The "done when": a deployment script written only against api.json
// and the official mainland client (create an asset from a zip, a fleet, an
// alias and a queue, place sessions through the queue, switch the alias to a
// second fleet, drain and delete the first) runs unchanged against
// gse-local, with real launched game processes. Both signing modes are used:
// TC3-HMAC-SHA256 for most calls, HmacSHA256 for the alias and queue ones.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { createGseLocal, type GseLocal } from "../../src/local/createGseLocal.js";
import { silentLogger } from "../../src/logging/Logger.js";
import { makeGameBuild } from "../helpers/makeGameBuild.js";
import { createMainlandGseClient, untilReply, type MainlandGseClient, type MainlandReply } from "../helpers/mainlandGseClient.js";

async function publish(tc3: MainlandGseClient, assetDir: string, version: string): Promise<{ assetId: string; fleetId: string }> {
  makeGameBuild(assetDir, `arena-${version}.zip`);
  const credentials = await tc3.call("GetUploadCredentials", { AssetRegion: "ap-guangzhou", BucketKey: `arena-${version}.zip` });
  assert.equal(credentials.BucketName, assetDir);
  const asset = await tc3.call("CreateAsset", {
    BucketKey: `arena-${version}.zip`,
    AssetName: "arena",
    AssetVersion: version,
    AssetRegion: "ap-guangzhou",
    OperateSystem: "CentOS7.16",
  });
  assert.match(asset.AssetId, /^asset-/);
  const created = await tc3.call("CreateFleet", {
    AssetId: asset.AssetId,
    Name: `arena-${version}`,
    FleetType: "ON_DEMAND",
    InstanceType: "S5.LARGE8",
    RuntimeConfiguration: {
      ServerProcesses: [{ LaunchPath: "/local/game/start.sh", Parameters: `--version ${version} --port 7001`, ConcurrentExecutions: 2 }],
      GameServerSessionActivationTimeoutSeconds: 60,
      MaxConcurrentGameServerSessionActivations: 2,
    },
    InboundPermissions: [{ FromPort: 7000, ToPort: 7100, IpRange: "0.0.0.0/0", Protocol: "TCP" }],
    NewGameServerSessionProtectionPolicy: "NoProtection",
  });
  const fleetId: string = created.FleetAttributes.FleetId;
  await untilReply(`fleet ${version} ACTIVE`, () => tc3.call("DescribeFleetAttributes", { FleetIds: [fleetId] }), (r) => r.FleetAttributes[0].Status === "ACTIVE");
  return { assetId: asset.AssetId, fleetId };
}

async function place(tc3: MainlandGseClient, id: string): Promise<MainlandReply> {
  await tc3.call("StartGameServerSessionPlacement", {
    PlacementId: id,
    GameServerSessionQueueName: "arena-queue",
    MaximumPlayerSessionCount: 4,
    DesiredPlayerSessions: [{ PlayerId: `${id}-p1`, PlayerData: "" }],
    PlayerLatencies: [{ PlayerId: `${id}-p1`, RegionIdentifier: "ap-guangzhou", LatencyInMilliseconds: 20 }],
  });
  const placed = await untilReply(`placement ${id}`, () => tc3.call("DescribeGameServerSessionPlacement", { PlacementId: id }), (r) => r.GameServerSessionPlacement.Status !== "PENDING");
  assert.equal(placed.GameServerSessionPlacement.Status, "FULFILLED", JSON.stringify(placed));
  return placed.GameServerSessionPlacement;
}

test("a rollout through the official mainland client: asset, fleet, alias, queue, placements, alias switch, drain and delete", async (t) => {
  const assetDir = mkdtempSync(join(tmpdir(), "gse-deploy-"));
  let local: GseLocal | undefined;
  t.after(async () => {
    await local?.close();
    rmSync(assetDir, { recursive: true, force: true });
  });
  local = await createGseLocal({ grpcPort: 0, httpPort: 0, assetDir, terminationGraceMs: 10_000, fleetOutput: () => {}, logger: silentLogger });
  const tc3 = createMainlandGseClient(local.cloudEndpoint);
  const hmac = createMainlandGseClient(local.cloudEndpoint, { signMethod: "HmacSHA256" });

  // v1: asset from a zip, fleet, alias, queue.
  const v1 = await publish(tc3, assetDir, "v1");
  const events = await tc3.call("DescribeFleetEvents", { FleetId: v1.fleetId, Limit: 100 });
  const codes = (events.Events as { EventCode: string }[]).map((e) => e.EventCode).reverse();
  assert.deepEqual(codes.slice(0, 3), ["FLEET_CREATED", "FLEET_STATE_DOWNLOADING", "FLEET_CREATION_EXTRACTING_BUILD"]);
  assert.equal(codes.at(-1), "FLEET_STATE_ACTIVE");
  const alias = (await hmac.call("CreateAlias", { Name: "arena", RoutingStrategy: { Type: "SIMPLE", FleetId: v1.fleetId } })).Alias;
  assert.equal((await hmac.call("ResolveAlias", { AliasId: alias.AliasId })).FleetId, v1.fleetId);
  const queue = (await hmac.call("CreateGameServerSessionQueue", { Name: "arena-queue", Destinations: [{ DestinationArn: alias.AliasArn }], TimeoutInSeconds: 30 })).GameServerSessionQueue;
  assert.equal(queue.Destinations[0].FleetStatus, "ACTIVE");

  // Players are placed through the queue, on v1.
  const first = await place(tc3, "match-1");
  const firstSession = (await tc3.call("DescribeGameServerSessions", { GameServerSessionId: first.GameServerSessionId })).GameServerSessions[0];
  assert.equal(firstSession.FleetId, v1.fleetId);
  assert.equal(first.PlacedPlayerSessions.length, 1);
  const instances = await tc3.call("DescribeInstances", { FleetId: v1.fleetId });
  assert.equal(instances.TotalCount, 1);
  const utilization = await tc3.call("DescribeFleetUtilization", { FleetIds: [alias.AliasId] });
  assert.deepEqual([utilization.FleetUtilization[0].FleetId, utilization.FleetUtilization[0].ActiveGameServerSessionCount], [v1.fleetId, 1], "an AliasId works where a FleetId does");

  // v2, and the alias switched: new matches go to v2, the running one stays on v1.
  const v2 = await publish(tc3, assetDir, "v2");
  await hmac.call("UpdateAlias", { AliasId: alias.AliasId, RoutingStrategy: { Type: "SIMPLE", FleetId: v2.fleetId } });
  const second = await place(tc3, "match-2");
  assert.equal((await tc3.call("DescribeGameServerSessions", { GameServerSessionId: second.GameServerSessionId })).GameServerSessions[0].FleetId, v2.fleetId);
  assert.equal((await tc3.call("DescribeGameServerSessions", { GameServerSessionId: first.GameServerSessionId })).GameServerSessions[0].Status, "ACTIVE", "the v1 match goes on");

  // The first asset cannot go while its fleet runs; the fleet is drained and deleted.
  assert.equal((await tc3.fail("DeleteAsset", { AssetId: v1.assetId })).code, "ResourceInUse");
  await tc3.call("DeleteFleet", { FleetId: v1.fleetId });
  const gone = await untilReply(
    "fleet v1 gone",
    async () => ({ list: await tc3.call("ListFleets", {}) }),
    (r) => !(r.list.FleetIds as string[]).includes(v1.fleetId),
  );
  assert.ok((gone.list.FleetIds as string[]).includes(v2.fleetId));
  assert.equal((await tc3.fail("DescribeFleetAttributes", { FleetIds: [v1.fleetId] })).code, "ResourceNotFound");
  assert.equal((await tc3.call("DescribeGameServerSessions", { GameServerSessionId: first.GameServerSessionId })).GameServerSessions[0].Status, "TERMINATED");
  await tc3.call("DeleteAsset", { AssetId: v1.assetId });
  const v1Processes = local.processes().filter((p) => p.status !== "TERMINATED" && local!.control.plane.instances.placementOf(p.pid)?.fleetId === v1.fleetId);
  assert.deepEqual(v1Processes, [], "no v1 process is left");
});

