// Scale-in with real launched processes: lowering DesiredInstances ends
// neither a reserved instance nor one holding a protected ACTIVE session; an
// instance whose session is unprotected is ended (OnProcessTerminate).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { createGseLocal, type GseLocal } from "../../src/local/createGseLocal.js";
import { silentLogger } from "../../src/logging/Logger.js";
import { makeGameBuild } from "../helpers/makeGameBuild.js";
import { createMainlandGseClient, untilReply } from "../helpers/mainlandGseClient.js";



test("scale-in never ends a reserved instance or a protected session, and ends an unprotected one", async (t) => {
  const assetDir = mkdtempSync(join(tmpdir(), "gse-scalein-"));
  let local: GseLocal | undefined;
  t.after(async () => {
    await local?.close();
    rmSync(assetDir, { recursive: true, force: true });
  });
  local = await createGseLocal({ grpcPort: 0, httpPort: 0, assetDir, terminationGraceMs: 5_000, fleetOutput: () => {}, logger: silentLogger });
  const gse = createMainlandGseClient(local.cloudEndpoint);
  makeGameBuild(assetDir, "game.zip");
  const { AssetId } = await gse.call("CreateAsset", { BucketKey: "game.zip", AssetName: "g", AssetVersion: "1", AssetRegion: "ap-guangzhou", OperateSystem: "CentOS7.16" });
  const fleetId = (
    await gse.call("CreateFleet", { AssetId, RuntimeConfiguration: { ServerProcesses: [{ LaunchPath: "/local/game/start.sh", ConcurrentExecutions: 1 }] } })
  ).FleetAttributes.FleetId;
  await untilReply("ACTIVE", () => gse.call("DescribeFleetAttributes", { FleetIds: [fleetId] }), (r) => r.FleetAttributes[0].Status === "ACTIVE");
  await gse.call("UpdateFleetCapacity", { FleetId: fleetId, MaxSize: 3, DesiredInstances: 3 });
  await untilReply("3 instances running", () => gse.call("DescribeFleetCapacity", { FleetIds: [fleetId] }), (r) => r.FleetCapacity[0].InstanceCounts.Active === 3);

  // Two sessions, one made FullProtection; the third instance is idle and reserved.
  const protectedSession = (await gse.call("CreateGameServerSession", { FleetId: fleetId, MaximumPlayerSessionCount: 2 })).GameServerSession.GameServerSessionId;
  const plainSession = (await gse.call("CreateGameServerSession", { FleetId: fleetId, MaximumPlayerSessionCount: 2 })).GameServerSession.GameServerSessionId;
  await untilReply("both ACTIVE", () => gse.call("DescribeGameServerSessions", { FleetId: fleetId }), (r) => r.GameServerSessions.filter((s: { Status: string }) => s.Status === "ACTIVE").length === 2);
  await gse.call("UpdateGameServerSession", { GameServerSessionId: protectedSession, ProtectionPolicy: "FullProtection" });
  const plane = local.control.plane;
  const instanceOf = (sessionId: string) => plane.instances.placementOf(local!.gameServerSessions().find((s) => s.gameServerSessionId === sessionId)!.pid)!.instanceId;
  const idle = plane.instances.ofFleet(fleetId).find((i) => i.instanceId !== instanceOf(protectedSession) && i.instanceId !== instanceOf(plainSession))!;
  await gse.call("SetServerReserved", { FleetId: fleetId, InstanceId: idle.instanceId, ReserveValue: 1 });

  await gse.call("UpdateFleetCapacity", { FleetId: fleetId, DesiredInstances: 0 });
  await untilReply("the unprotected session ended", () => gse.call("DescribeGameServerSessions", { GameServerSessionId: plainSession }), (r) => r.GameServerSessions[0].Status === "TERMINATED");
  const left = await untilReply("one instance gone", () => gse.call("DescribeInstances", { FleetId: fleetId }), (r) => r.TotalCount === 2);
  assert.deepEqual(
    new Set((left.Instances as { InstanceId: string }[]).map((i) => i.InstanceId)),
    new Set([idle.instanceId, instanceOf(protectedSession)]),
    "the reserved and the protected instance stay",
  );
  assert.equal((await gse.call("DescribeGameServerSessions", { GameServerSessionId: protectedSession })).GameServerSessions[0].Status, "ACTIVE");
  const capacity = (await gse.call("DescribeFleetCapacity", { FleetIds: [fleetId] })).FleetCapacity[0].InstanceCounts;
  assert.equal(capacity.Desired, 0);
});
