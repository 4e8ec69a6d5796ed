// Suite: the --launch fleet (createGseLocal's `launch`), a control-plane
// fleet of real SDK processes (bench/workers/controlGame.js) driven by the
// official mainland client: how long gse-local takes from start to every
// process of its first instance ready, how long UpdateFleetCapacity takes to
// add an instance whose processes are ready, and to scale one in (its
// processes ended, the instance gone). A fresh gse-local per round.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { createGseLocal } from "gse-sdk/local";
import type { BenchConfig } from "../lib/config.js";
import { untilState } from "../lib/untilState.js";

export interface LaunchFleetResult {
  processesPerInstance: number;
  /** createGseLocal called → every process of the --launch fleet's first instance ready, ms, per round. */
  startReadyMs: number[];
  /** UpdateFleetCapacity 1 → 2 answered → the new instance's processes ready, ms, per round. */
  scaleOutMs: number[];
  /** UpdateFleetCapacity 2 → 1 answered → the scaled-in instance's processes ended and the instance gone, ms, per round. */
  scaleInMs: number[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = Record<string, any>;
type GseClient = Record<string, (request: Record<string, unknown>) => Promise<Reply>>;
const requireCjs = createRequire(import.meta.url);
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const sh = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

export async function launchFleetSuite(config: BenchConfig, log: (line: string) => void): Promise<LaunchFleetResult> {
  const game = fileURLToPath(new URL("../workers/controlGame.js", import.meta.url));
  const perInstance = 4;
  const { Client } = requireCjs("tencentcloud-sdk-nodejs/tencentcloud/services/gse/v20191112/gse_client.js") as { Client: new (c: object) => GseClient };
  const result: LaunchFleetResult = { processesPerInstance: perInstance, startReadyMs: [], scaleOutMs: [], scaleInMs: [] };
  for (let round = 0; round < (config.quick ? 1 : 3); round++) {
    const started = performance.now();
    const local = await createGseLocal({
      grpcPort: 0,
      httpPort: 0,
      launch: { command: `exec ${sh(process.execPath)} ${sh(game)}`, concurrency: perInstance, output: () => {} },
      healthCheckIntervalMs: 1_000,
      terminationGraceMs: 5_000,
      logger: silent,
    });
    try {
      const plane = local.control.plane;
      const fleetId = local.fleet!.fleetId;
      const readyOn = (count: number) => () => plane.capacityInstances(fleetId).filter((i) => plane.instances.pidsOf(i.instanceId).length >= perInstance).length >= count;
      await untilState(local, "the first instance's processes ready", readyOn(1));
      result.startReadyMs.push(performance.now() - started);
      const gse = new Client({ credential: { secretId: "AKIDbench", secretKey: "bench" }, region: "ap-guangzhou", profile: { httpProfile: { endpoint: local.cloudEndpoint, protocol: "http://" } } });
      const call = (action: string, request: Record<string, unknown>) => gse[action]!.call(gse, request);

      await call("UpdateFleetCapacity", { FleetId: fleetId, DesiredInstances: 2, MaxSize: 2 });
      const scaling = performance.now();
      await untilState(local, "the second instance's processes ready", readyOn(2));
      result.scaleOutMs.push(performance.now() - scaling);

      await call("UpdateFleetCapacity", { FleetId: fleetId, DesiredInstances: 1 });
      const shrinking = performance.now();
      await untilState(local, "one instance left", () => plane.capacityInstances(fleetId).length === 1);
      result.scaleInMs.push(performance.now() - shrinking);
    } finally {
      await local.close();
    }
  }
  const list = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(", ");
  log(`  launch: start → ${perInstance} processes ready ${list(result.startReadyMs)} ms; +1 instance ready ${list(result.scaleOutMs)} ms; −1 instance gone ${list(result.scaleInMs)} ms`);
  return result;
}
