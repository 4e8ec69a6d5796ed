// The demo's rollout: publishing the arena as GSE's deployment scripts do,
// through Tencent Cloud's official (mainland) client: zip the build, create
// the asset, a fleet, an alias and a queue; place matches through the queue;
// publish v2 while a match is in progress, switch the alias, drain and delete
// v1; and a scaling policy adding an instance to v2 under load.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { GseLocal } from "gse-sdk/local";
import { ZipFile } from "yazl";
import type { Backend, Ticket } from "../backend/createBackend.js";
import { runBot } from "../bots/runBot.js";
import type { Timeline } from "gse-sdk/local";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = Record<string, any>;
type GseClient = Record<string, (request: Record<string, unknown>) => Promise<Reply>>;
const requireCjs = createRequire(import.meta.url);

export interface RolloutContext {
  local: GseLocal;
  timeline: Timeline;
  /** Runs one awaited step; its name is the failure message. */
  step<T>(what: string, promise: Promise<T>): Promise<T>;
  /** A backend placing through the rollout's queue. */
  backend: Backend;
  queueName: string;
  assetDir: string;
  arenaMain: string;
  secretId: string;
  secretKey: string;
  players: readonly string[];
  playMs: number;
  stepMs: number;
  signal: AbortSignal;
}

export interface RolloutResult {
  v1: string;
  v2: string;
  alias: string;
  matches: { label: string; fleet: string }[];
  instancesAfterScaling: number;
}

const sh = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** The arena build as a team zips it: start.sh (the LaunchPath), install.sh, VERSION. */
async function zipArena(path: string, version: string, arenaMain: string): Promise<number> {
  const zip = new ZipFile();
  const start = `#!/bin/sh\n# The arena server; the fleet passes Parameters (--version) through.\nexport ARENA_LOG_LEVEL=warn GSE_LOG_LEVEL=warn\nexec ${sh(process.execPath)} ${sh(arenaMain)} "$@"\n`;
  zip.addBuffer(Buffer.from(start), "start.sh", { mode: 0o100755 });
  zip.addBuffer(Buffer.from(`#!/bin/sh\necho "arena ${version}: nothing to install"\n`), "install.sh", { mode: 0o100755 });
  zip.addBuffer(Buffer.from(`${version}\n`), "VERSION");
  zip.end();
  const out = createWriteStream(path);
  zip.outputStream.pipe(out);
  await once(out, "close");
  return out.bytesWritten;
}

export async function runRollout(ctx: RolloutContext): Promise<RolloutResult> {
  const { local, timeline, step } = ctx;
  const { Client } = requireCjs("tencentcloud-sdk-nodejs/tencentcloud/services/gse/v20191112/gse_client.js") as { Client: new (config: object) => GseClient };
  const gse = new Client({
    credential: { secretId: ctx.secretId, secretKey: ctx.secretKey },
    region: "ap-guangzhou",
    profile: { signMethod: "TC3-HMAC-SHA256", httpProfile: { endpoint: local.cloudEndpoint, protocol: "http://" } },
  });
  const call = (action: string, request: Record<string, unknown>) => step(`rollout: ${action}`, gse[action]!.call(gse, request));
  const poll = async (what: string, check: () => Promise<boolean>) =>
    step(
      what,
      (async () => {
        const deadline = Date.now() + ctx.stepMs;
        while (!(await check())) {
          if (Date.now() > deadline) throw new Error(`not within ${ctx.stepMs} ms`);
          ctx.signal.throwIfAborted();
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })(),
    );
  const note = (text: string) => timeline.note("rollout", text);
  mkdirSync(ctx.assetDir, { recursive: true });

  async function publish(version: string): Promise<string> {
    const key = `arena-${version}.zip`;
    const bytes = await zipArena(join(ctx.assetDir, key), version, ctx.arenaMain);
    const upload = await call("GetUploadCredentials", { AssetRegion: "ap-guangzhou", BucketKey: key });
    note(`${version}: zipped the arena build (${bytes} bytes) into the asset directory (${upload["BucketAuth"]})`);
    const asset = await call("CreateAsset", { BucketKey: key, AssetName: "arena", AssetVersion: version, AssetRegion: "ap-guangzhou", OperateSystem: "CentOS7.16" });
    const created = await call("CreateFleet", {
      AssetId: asset["AssetId"],
      Name: `arena-${version}`,
      RuntimeConfiguration: { ServerProcesses: [{ LaunchPath: "/local/game/start.sh", Parameters: `--version ${version}`, ConcurrentExecutions: 2 }] },
      NewGameServerSessionProtectionPolicy: "FullProtection",
    });
    const fleetId = created["FleetAttributes"].FleetId as string;
    note(`${version}: asset ${asset["AssetId"]}, fleet ${fleetId} created (2 processes per instance); building`);
    await poll(`rollout: fleet ${version} ACTIVE`, async () => (await gse.DescribeFleetAttributes!.call(gse, { FleetIds: [fleetId] }))["FleetAttributes"][0].Status === "ACTIVE");
    const events = (await call("DescribeFleetEvents", { FleetId: fleetId, Limit: 100 }))["Events"] as { EventCode: string }[];
    note(`${version}: fleet ${fleetId} ACTIVE after ${events.map((e) => e.EventCode.replace("FLEET_", "")).reverse().join(" > ")}`);
    return fleetId;
  }

  const fleetOf = (sessionId: string) => local.gameServerSessions().find((s) => s.gameServerSessionId === sessionId)?.fleetId ?? "?";
  const matches: { label: string; fleet: string }[] = [];

  /** Places one match through the queue and starts its bots; resolves once placed, `done` once played. */
  async function startMatch(label: string): Promise<{ sessionId: string; done: Promise<void> }> {
    const ids = ctx.players.map((p) => `${p}-${label.replace(/[^A-Za-z0-9]+/g, "").toLowerCase()}`);
    const tickets: Ticket[] = await step(`rollout: ${label} placed through queue ${ctx.queueName}`, ctx.backend.matchPlayers(ids, { signal: ctx.signal }));
    const sessionId = tickets[0]!.gameServerSessionId;
    const fleet = fleetOf(sessionId);
    matches.push({ label, fleet });
    note(`${label}: session ${timeline.sessionLabel(sessionId)} on fleet ${fleet}; bots playing`);
    const done = step(
      `rollout: ${label} played`,
      Promise.all(tickets.map((ticket) => runBot({ ticket, playMs: ctx.playMs, signal: ctx.signal }))).then((results) => {
        const lost = results.find((r) => r.outcome === "rejected" || r.outcome === "disconnected");
        if (lost) throw new Error(`bot ${lost.playerId} ${lost.outcome}`);
      }),
    );
    // Awaited later, after other steps: a failure meanwhile must not be an
    // unhandled rejection, which would end the demo before its finally
    // closes gse-local, leaving the fleets' processes running.
    done.catch(() => undefined);
    return { sessionId, done };
  }

  const v1 = await publish("v1");
  const alias = (await call("CreateAlias", { Name: "arena", RoutingStrategy: { Type: "SIMPLE", FleetId: v1 } }))["Alias"];
  await call("CreateGameServerSessionQueue", { Name: ctx.queueName, Destinations: [{ DestinationArn: alias.AliasArn }], TimeoutInSeconds: 30 });
  note(`alias ${alias.AliasId} -> ${v1}; queue ${ctx.queueName} -> alias`);

  const first = await startMatch("match R1");
  if (fleetOf(first.sessionId) !== v1) throw new Error(`match R1 went to ${fleetOf(first.sessionId)}, not v1 ${v1}`);

  // v2 while R1 is in progress: new matches go to v2, R1 finishes on v1.
  const v2 = await publish("v2");
  await call("UpdateFleetCapacity", { FleetId: v2, MinSize: 1, MaxSize: 2, DesiredInstances: 1 });
  await call("PutScalingPolicy", { FleetId: v2, Name: "keep-half-free", PolicyType: "TargetBased", MetricName: "PercentAvailableGameServerSessions", TargetConfiguration: { TargetValue: 50 } });
  await call("UpdateAlias", { AliasId: alias.AliasId, RoutingStrategy: { Type: "SIMPLE", FleetId: v2 } });
  note(`alias ${alias.AliasId} switched to ${v2}; v2 keeps 50% of its sessions free (max 2 instances)`);

  const second = await startMatch("match R2");
  const third = await startMatch("match R3");
  for (const m of [second, third]) if (fleetOf(m.sessionId) !== v2) throw new Error(`a match after the switch went to ${fleetOf(m.sessionId)}, not v2`);
  // Two sessions on v2's two processes: 0% free, under its 50% target.
  await poll("rollout: the scaling policy adding an instance to v2", async () => {
    const capacity = (await gse.DescribeFleetCapacity!.call(gse, { FleetIds: [v2] }))["FleetCapacity"][0].InstanceCounts;
    return capacity.Desired === 2 && capacity.Active === 2;
  });
  note(`v2 under load: the scaling policy added an instance (2 running)`);

  // Drain v1: its match ends on its own, then the fleet is deleted.
  await first.done;
  await call("DeleteFleet", { FleetId: v1 });
  note(`v1 drained (match R1 over); DeleteFleet ${v1}: OnProcessTerminate to its processes`);
  await poll("rollout: fleet v1 gone", async () => !((await gse.ListFleets!.call(gse, {}))["FleetIds"] as string[]).includes(v1));
  note(`fleet ${v1} deleted; fleets now: ${((await call("ListFleets", {}))["FleetIds"] as string[]).join(", ")}`);
  await Promise.all([second.done, third.done]);
  return { v1, v2, alias: alias.AliasId, matches, instancesAfterScaling: 2 };
}
