// The fleet rules of issue 10's second round, through the official mainland
// client against real launched processes: instance weight in placement,
// instance log URLs (pre-signed, served by /logs), statistics that count an
// instance after it is gone, fleet events on gse-local's event stream, and
// StopFleetActions' only action.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { createGseLocal, type GseLocal } from "../../src/local/createGseLocal.js";
import { silentLogger } from "../../src/logging/Logger.js";
import { makeGameBuild } from "../helpers/makeGameBuild.js";
import { createMainlandGseClient, untilReply } from "../helpers/mainlandGseClient.js";

test("weight 0 takes no session, instance logs are pre-signed URLs, statistics keep a scaled-in instance, fleet events are GseLocalEvents", async (t) => {
  const assetDir = mkdtempSync(join(tmpdir(), "gse-fleetrules-"));
  let local: GseLocal | undefined;
  t.after(async () => {
    await local?.close();
    rmSync(assetDir, { recursive: true, force: true });
  });
  local = await createGseLocal({
    grpcPort: 0,
    httpPort: 0,
    assetDir,
    secretId: "AKIDlocal",
    secretKey: "local-secret",
    terminationGraceMs: 5_000,
    fleetOutput: () => {},
    logger: silentLogger,
  });
  const gse = createMainlandGseClient(local.cloudEndpoint);
  makeGameBuild(assetDir, "game.zip");
  const { AssetId } = await gse.call("CreateAsset", { BucketKey: "game.zip", AssetName: "g", AssetVersion: "1", AssetRegion: "ap-guangzhou", OperateSystem: "CentOS7.16" });
  const fleetId: string = (
    await gse.call("CreateFleet", { AssetId, RuntimeConfiguration: { ServerProcesses: [{ LaunchPath: "/local/game/start.sh", Parameters: "--log --port 7001", ConcurrentExecutions: 2 }] } })
  ).FleetAttributes.FleetId;
  await untilReply("ACTIVE", () => gse.call("DescribeFleetAttributes", { FleetIds: [fleetId] }), (r) => r.FleetAttributes[0].Status === "ACTIVE");
  await gse.call("UpdateFleetCapacity", { FleetId: fleetId, MaxSize: 2, DesiredInstances: 2 });
  const plane = local.control.plane;
  const ready = () => local!.processes().filter((p) => p.status === "ACTIVE" && plane.instances.placementOf(p.pid)?.fleetId === fleetId).length;
  await untilReply("4 processes ready", async () => ({ ready: ready() }), (r) => r.ready === 4);

  // Fleet lifecycle on the event stream (the CLI timeline, the dashboard).
  const fleetEvents = local.history.flatMap((e) => (e.type === "fleetEvent" && e.fleetId === fleetId ? [e.eventCode] : []));
  assert.deepEqual(fleetEvents.slice(0, 2), ["FLEET_CREATED", "FLEET_STATE_DOWNLOADING"]);
  assert.ok(fleetEvents.includes("FLEET_STATE_ACTIVE") && fleetEvents.includes("FLEET_SCALING_EVENT"), fleetEvents.join(" "));

  // Weight 0: the instance takes no new session.
  const [drained, serving] = (await gse.call("DescribeInstances", { FleetId: fleetId })).Instances as { InstanceId: string }[];
  await gse.call("SetServerWeight", { FleetId: fleetId, InstanceId: drained!.InstanceId, Weight: 0 });
  const instanceOfSession = (id: string) => plane.instances.placementOf(local!.gameServerSessions().find((s) => s.gameServerSessionId === id)!.pid)!.instanceId;
  for (let i = 0; i < 2; i++) {
    const { GameServerSession } = await gse.call("CreateGameServerSession", { FleetId: fleetId, MaximumPlayerSessionCount: 2 });
    assert.equal(instanceOfSession(GameServerSession.GameServerSessionId), serving!.InstanceId);
  }
  const full = await gse.fail("CreateGameServerSession", { FleetId: fleetId, MaximumPlayerSessionCount: 2 });
  assert.equal(full.code, "LimitExceeded", "the weight-0 instance's free processes are not offered");

  // The drained instance's logs: one pre-signed URL per process, served by /logs.
  const logs = await gse.call("GetGameServerInstanceLogUrl", { FleetId: fleetId, InstanceId: drained!.InstanceId });
  assert.equal(logs.Total, 2);
  assert.equal(logs.HasNext, false);
  const pids = plane.instances.pidsOf(drained!.InstanceId);
  for (const [i, url] of (logs.PresignedUrls as string[]).entries()) {
    assert.match(url, /\/logs\/process\/\d+-\d+\?Expires=\d+&Signature=/);
    const body = await (await fetch(url)).text();
    assert.match(body, new RegExp(`log of process ${pids[i]}`));
  }
  assert.equal((await fetch((logs.PresignedUrls as string[])[0]!.replace(/Signature=[^&]+/, "Signature=forged"))).status, 403);
  const page = await gse.call("GetGameServerInstanceLogUrl", { FleetId: fleetId, Offset: 1, Size: 2 });
  assert.deepEqual([page.Total, page.PresignedUrls.length, page.HasNext], [4, 2, true]);

  // Scale in: the idle (drained) instance goes; the statistics keep it.
  await gse.call("UpdateFleetCapacity", { FleetId: fleetId, DesiredInstances: 1 });
  await untilReply("one instance left", () => gse.call("DescribeInstances", { FleetId: fleetId }), (r) => r.TotalCount === 1 && r.Instances[0].InstanceId === serving!.InstanceId);
  const details = await gse.call("DescribeFleetStatisticDetails", { FleetId: fleetId });
  assert.equal(details.TotalCount, 2);
  const gone = (details.DetailList as { InstanceId: string; EndTime: string | null }[]).find((d) => d.InstanceId === drained!.InstanceId);
  assert.ok(gone?.EndTime, "the scaled-in instance is a row with its end");
  // The gone instance's processes have ended; their logs are still listed and served.
  const after = await gse.call("GetGameServerInstanceLogUrl", { FleetId: fleetId, InstanceId: drained!.InstanceId });
  assert.equal(after.Total, 2);
  assert.match(await (await fetch(after.PresignedUrls[1])).text(), new RegExp(`log of process ${pids[1]}`));
  const unknown = await gse.fail("GetGameServerInstanceLogUrl", { FleetId: fleetId, InstanceId: "ins-nope" });
  assert.equal(unknown.code, "ResourceNotFound");
  const summary = await gse.call("DescribeFleetStatisticSummary", { FleetId: fleetId });
  assert.ok(Number(summary.TotalUsedTimeSeconds) >= 0);
  assert.equal((await gse.call("DescribeFleetStatisticFlows", { FleetId: fleetId })).TimeType, "HOUR");

  // StopFleetActions takes only api.json's AUTO_SCALING.
  const wrong = await gse.fail("StopFleetActions", { FleetId: fleetId, Actions: ["MANUAL"] });
  assert.equal(wrong.code, "InvalidParameterValue");
  assert.match(wrong.message, /Actions\.0/);
  // api.json's answers name the fleet (and the policy, for PutScalingPolicy).
  assert.equal((await gse.call("StopFleetActions", { FleetId: fleetId, Actions: ["AUTO_SCALING"] })).FleetId, fleetId);
  assert.deepEqual(plane.fleets.get(fleetId)!.stoppedActions, ["AUTO_SCALING"]);
  assert.equal((await gse.call("StartFleetActions", { FleetId: fleetId, Actions: ["AUTO_SCALING"] })).FleetId, fleetId);
  assert.equal((await gse.call("UpdateFleetPortSettings", { FleetId: fleetId })).FleetId, fleetId);
  const put = await gse.call("PutScalingPolicy", { FleetId: fleetId, Name: "keep-two-free", PolicyType: "TargetBased", MetricName: "PercentAvailableGameServerSessions", TargetConfiguration: { TargetValue: 50 } });
  assert.equal(put.Name, "keep-two-free");
});
