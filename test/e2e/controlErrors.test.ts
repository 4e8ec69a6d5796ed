// Bad control-plane input through the official mainland client gets the
// documented error codes with the field named, and a failing install.sh, a
// runtime configuration change and the other actions behave as documented.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { GSE_ACTIONS } from "../../src/local/control/catalogue/gseActions.js";
import { createGseLocal, type GseLocal } from "../../src/local/createGseLocal.js";
import { silentLogger } from "../../src/logging/Logger.js";
import { makeGameBuild } from "../helpers/makeGameBuild.js";
import { makeZip } from "../helpers/makeZip.js";
import { createMainlandGseClient, untilReply } from "../helpers/mainlandGseClient.js";

const RUNTIME = { ServerProcesses: [{ LaunchPath: "/local/game/start.sh", Parameters: "--version e", ConcurrentExecutions: 1 }] };


test("control-plane refusals name the field and the rule; install.sh failure, runtime change, catalogue", async (t) => {
  const assetDir = mkdtempSync(join(tmpdir(), "gse-control-errors-"));
  let local: GseLocal | undefined;
  t.after(async () => {
    await local?.close();
    rmSync(assetDir, { recursive: true, force: true });
  });
  local = await createGseLocal({ grpcPort: 0, httpPort: 0, assetDir, terminationGraceMs: 5_000, fleetOutput: () => {}, logger: silentLogger });
  const gse = createMainlandGseClient(local.cloudEndpoint, { signMethod: "HmacSHA256" });
  const refused = async (action: string, request: Record<string, unknown>, code: string, message: RegExp) => {
    const error = await gse.fail(action, request);
    assert.equal(error.code, code, `${action}: ${error.message}`);
    assert.match(error.message, message, action);
  };
  const asset = { AssetName: "a", AssetVersion: "1", AssetRegion: "ap-guangzhou", OperateSystem: "CentOS7.16" };

  // Assets: a zip that escapes its folder, a missing one, an unknown asset.
  writeFileSync(join(assetDir, "slip.zip"), makeZip([{ name: "../../etc/cron.d/x", data: "boom" }]));
  await refused("CreateAsset", { ...asset, BucketKey: "slip.zip" }, "InvalidParameterValue", /BucketKey slip\.zip: .*"\.\." segment.*\(rule: zip-slip\)/);
  await refused("CreateAsset", { ...asset, BucketKey: "nope.zip" }, "ResourceNotFound", /BucketKey nope\.zip is not in the asset directory/);
  await refused("CreateAsset", { ...asset, BucketKey: "../outside.zip" }, "InvalidParameterValue", /must name a file inside the asset directory/);
  await refused("CreateFleet", { AssetId: "asset-missing", RuntimeConfiguration: RUNTIME }, "ResourceNotFound", /AssetId asset-missing names no asset/);

  makeGameBuild(assetDir, "good.zip");
  const { AssetId } = await gse.call("CreateAsset", { ...asset, BucketKey: "good.zip" });
  await refused(
    "CreateFleet",
    { AssetId, RuntimeConfiguration: { ServerProcesses: [{ LaunchPath: "/opt/game/server", ConcurrentExecutions: 1 }] } },
    "InvalidParameterValue",
    /RuntimeConfiguration\.ServerProcesses\.0\.LaunchPath "\/opt\/game\/server" must start with \/local\/game\//,
  );
  await refused(
    "CreateFleet",
    { AssetId, RuntimeConfiguration: { ServerProcesses: [{ LaunchPath: "/local/game/start.sh", ConcurrentExecutions: 51 }] } },
    "InvalidParameterValue",
    /ServerProcesses\.0\.ConcurrentExecutions' must be an integer from 1 to 50, got 51/,
  );
  await refused("CreateGameServerSessionQueue", { Name: "q", Destinations: [{ DestinationArn: "qcs::gse:ap-guangzhou:uin/local:fleet/fleet-missing" }] }, "ResourceNotFound", /Destinations\.0\.DestinationArn fleet-missing names no fleet/);

  // A fleet whose install.sh fails is in ERROR with its output quoted.
  makeGameBuild(assetDir, "broken.zip", { install: "echo missing libgame.so >&2; exit 7\n" });
  const broken = await gse.call("CreateAsset", { ...asset, BucketKey: "broken.zip" });
  const brokenFleet = (await gse.call("CreateFleet", { AssetId: broken.AssetId, RuntimeConfiguration: RUNTIME })).FleetAttributes.FleetId;
  await untilReply("the broken fleet in ERROR", () => gse.call("DescribeFleetAttributes", { FleetIds: [brokenFleet] }), (r) => r.FleetAttributes[0].Status === "ERROR");
  const events = (await gse.call("DescribeFleetEvents", { FleetId: brokenFleet, EventCode: "FLEET_INITIALIZATION_FAILED" })).Events;
  assert.match(events[0].Message, /install\.sh exited with code 7; its output:\nmissing libgame\.so/);

  // A good fleet: capacity outside min/max, then a runtime configuration change.
  const fleet = (await gse.call("CreateFleet", { AssetId, RuntimeConfiguration: RUNTIME })).FleetAttributes.FleetId;
  await untilReply("the fleet ACTIVE", () => gse.call("DescribeFleetAttributes", { FleetIds: [fleet] }), (r) => r.FleetAttributes[0].Status === "ACTIVE");
  await refused("UpdateFleetCapacity", { FleetId: fleet, DesiredInstances: 3 }, "InvalidParameterValue", /DesiredInstances 3 must lie within MinSize 0 and MaxSize 1/);
  await refused("UpdateFleetCapacity", { FleetId: fleet, MaxSize: 1000 }, "InvalidParameterValue", /MaxSize 1000 is outside 1\.\.200/);
  await refused("DeleteAsset", { AssetId }, "ResourceInUse", /used by 1 fleet/);
  await gse.call("UpdateRuntimeConfiguration", { FleetId: fleet, RuntimeConfiguration: { ServerProcesses: [{ LaunchPath: "/local/game/start.sh", Parameters: "--version two", ConcurrentExecutions: 2 }] } });
  assert.equal((await gse.call("DescribeRuntimeConfiguration", { FleetId: fleet })).RuntimeConfiguration.ServerProcesses[0].ConcurrentExecutions, 2);
  const [oldPid] = local.control.plane.pidsOfFleet(fleet);
  await untilReply(
    "the idle old process ended and two new ones ready",
    async () => ({ pids: local!.control.plane.pidsOfFleet(fleet) }),
    (r) => r.pids.length === 2 && !r.pids.includes(oldPid),
  );

  // A TERMINAL alias refuses with its message wherever it is used.
  const terminal = (await gse.call("CreateAlias", { Name: "old", RoutingStrategy: { Type: "TERMINAL", Message: "season 1 is over" } })).Alias;
  await refused("ResolveAlias", { AliasId: terminal.AliasId }, "OperationDenied", /TERMINAL alias: season 1 is over/);
  await refused("CreateGameServerSession", { AliasId: terminal.AliasId, MaximumPlayerSessionCount: 2 }, "OperationDenied", /season 1 is over/);

  // Every api.json action is served: none is InvalidAction.
  for (const action of Object.keys(GSE_ACTIONS)) {
    try {
      await gse.call(action, {});
    } catch (error) {
      assert.notEqual((error as { code?: string }).code, "InvalidAction", action);
    }
  }
  await refused("AttachCcnInstances", { FleetId: fleet }, "UnsupportedOperation", /no local meaning: Cloud Connect Network/);
  assert.equal((await gse.call("DescribeInstanceLimit", {})).Limit, 200);
});
