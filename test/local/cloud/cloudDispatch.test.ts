// Cloud dispatch over a core, no HTTP: a request is validated once into its
// typed form, and core refusals come out as the cloud's error codes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { CloudApiError, createCore, createManualClock } from "gse-sdk/local";
import { createCloudDispatch } from "../../../src/local/cloud/actions/createCloudDispatch.js";

function setup() {
  const core = createCore({ ipAddress: "127.0.0.1", clock: createManualClock(Date.UTC(2026, 0, 1)) });
  const terminated: number[] = [];
  const dispatch = createCloudDispatch({
    core,
    fleetId: "fleet-local",
    terminateProcess: (process) => void terminated.push(process.pid),
    logUrl: (session) => `http://logs/${session.gameServerSessionId}`,
  });
  const call = (action: string, params: Record<string, unknown>) => dispatch(action, params, { action, requestId: "r", form: "capi" }) as Record<string, any>;
  const code = (action: string, params: Record<string, unknown>) => {
    try {
      call(action, params);
      return "no error";
    } catch (error) {
      return error instanceof CloudApiError ? error.code : String(error);
    }
  };
  return { core, call, code, terminated };
}

test("core refusals become the cloud's codes", () => {
  const { core, call, code } = setup();
  assert.equal(code("CreateGameServerSession", { FleetId: "fleet-a", MaximumPlayerSessionCount: 2 }), "LimitExceeded");
  core.processes.register({ pid: 4, grpcPort: 1, clientPort: 7004, logPaths: [] });
  const created = call("CreateGameServerSession", { FleetId: "fleet-a", MaximumPlayerSessionCount: "2" });
  const id = created["GameServerSession"]["GameServerSessionId"] as string;
  assert.equal(created["GameServerSession"]["CreationTime"], "2026-01-01T00:00:00Z", "the core's clock, in the cloud's format");
  assert.equal(code("JoinGameServerSession", { GameServerSessionId: id, PlayerId: "p" }), "FailedOperation");
  assert.equal(code("JoinGameServerSession", { GameServerSessionId: "nope", PlayerId: "p" }), "ResourceNotFound");
  assert.equal(code("StartGameServerSessionPlacement", { PlacementId: "p", GameServerSessionQueueName: "q", MaximumPlayerSessionCount: 1, DesiredPlayerSessions: [{ PlayerId: "a", PlayerData: "" }, { PlayerId: "b", PlayerData: "" }] }), "InvalidParameterValue");
});

test("validation happens at dispatch: the action never sees a bad request", () => {
  const { code, core } = setup();
  core.processes.register({ pid: 4, grpcPort: 1, clientPort: 7004, logPaths: [] });
  assert.equal(code("CreateGameServerSession", { MaximumPlayerSessionCount: 1 }), "MissingParameter");
  assert.equal(code("CreateGameServerSession", { FleetId: "fleet-a", MaximumPlayerSessionCount: 1, Extra: 1 }), "UnknownParameter");
  assert.equal(core.gameServerSessions.list().length, 0);
  assert.equal(code("DeleteEverything", {}), "InvalidAction");
  assert.equal(code("LocalTerminateProcess", { Pid: "x" }), "InvalidParameter");
});

test("local actions reach the orchestrator's effects through the context", () => {
  const { call, core, terminated } = setup();
  core.processes.register({ pid: 4, grpcPort: 1, clientPort: 7004, logPaths: [] });
  call("LocalTerminateProcess", { Pid: 4 });
  call("EndGameServerSessionAndProcess", { IpAddress: "127.0.0.1", Port: 7004 });
  assert.deepEqual(terminated, [4, 4]);
  assert.equal(call("LocalDescribeProcesses", {})["Processes"][0]["Pid"], 4);
});
