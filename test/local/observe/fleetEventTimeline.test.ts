// Fleet events on the timeline the CLI's --pretty mode and the dashboard's
// event list share: a fleet's lifecycle reads as one line per event.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createCore, createManualClock, createTimeline, describeEvent, type GseLocalEvent } from "gse-sdk/local";

test("a fleet's lifecycle is on the timeline, one line per fleet event", () => {
  const core = createCore({ ipAddress: "127.0.0.1", clock: createManualClock() });
  const lines: string[] = [];
  const timeline = createTimeline({ print: (line) => lines.push(line), verbose: false });
  const seen: GseLocalEvent[] = [];
  core.onEvent((event) => {
    seen.push(event);
    timeline.local(event);
  });
  const fleet = core.control.fleets.create({ name: "arena", assetId: undefined, region: "ap-guangzhou" }, 10);
  core.control.fleets.setStatus(fleet, "DOWNLOADING");
  core.control.fleets.setCapacity(fleet, { MaxSize: 2, DesiredInstances: 2 }, 10, "UpdateFleetCapacity");
  const codes = seen.flatMap((e) => (e.type === "fleetEvent" ? [e.eventCode] : []));
  assert.deepEqual(codes, ["FLEET_CREATED", "FLEET_STATE_DOWNLOADING", "FLEET_SCALING_EVENT"]);
  const fleetLines = lines.filter((l) => l.includes(`fleet ${fleet.fleetId}`));
  assert.equal(fleetLines.length, 3);
  assert.match(fleetLines[2]!, /FLEET_SCALING_EVENT: UpdateFleetCapacity: desired 1 -> 2 \(min 0, max 2\)/);
  const created = seen.find((e) => e.type === "fleetEvent")!;
  assert.deepEqual(describeEvent(created), { subject: `fleet ${fleet.fleetId}`, text: `FLEET_CREATED: Fleet ${fleet.fleetId} created` });
});
