import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Logger } from "../../logging/Logger.js";
import type { ControlDispatch } from "../cloud/actions/createCloudDispatch.js";
import { createControlDispatch } from "../cloud/control/createControlDispatch.js";
import type { GseLocalCore } from "../core/createCore.js";
import type { LaunchPersistence } from "../fleet/claimLaunchedProcesses.js";
import { CoreRefusal } from "../core/CoreRefusal.js";
import type { ResolvedGseLocalOptions } from "../resolveGseLocalOptions.js";
import { ControlRefusal } from "./ControlRefusal.js";
import { createControlOrchestrator } from "./createControlOrchestrator.js";
import type { ControlPlane } from "./createControlPlane.js";
import { createFleetHost, type FleetHost } from "./fleets/createFleetHost.js";
import type { LaunchedFleet } from "../GseLocal.js";

export interface ControlWiring {
  readonly dispatch: ControlDispatch;
  /** The `--launch` fleet (the default fleet running the command), when `launch` was given. */
  readonly launched: LaunchedFleet | undefined;
  /** Once the agent listens: the --launch fleet's instances start. */
  start(): void;
  /** The agent's ProcessReady hook. */
  admitProcess(pid: number, clientPort: number): void;
  readonly control: { readonly plane: ControlPlane; readonly assetDir: string; evaluateScaling(): void };
  /** After a restart from a state directory: every serving instance runs its processes again. */
  resume(): void;
  close(): Promise<void>;
}

/**
 * The control plane's part of the composition root: the fleet host (builds
 * and instances' processes), the control orchestrator (build pipeline,
 * capacity, scaling, deletion) and the dispatch of its cloud actions.
 */
export function createControlWiring(input: {
  core: GseLocalCore;
  config: ResolvedGseLocalOptions;
  logger: Logger;
  /** OnProcessTerminate through the core's orchestrator. */
  terminateProcess(pid: number, reason: string): void;
  agentAddress(): string;
  cloudEndpoint(): string;
  /** A pre-signed URL of the process's logs, if it is the one registered at `registeredAt`. */
  processLogUrl(pid: number, registeredAt: number): string | undefined;
  /** With a state directory: launched processes are recorded, and those an earlier gse-local launched taken back. */
  launched?: LaunchPersistence;
}): ControlWiring {
  const { core, config, logger } = input;
  const plane = core.control;
  // With a state directory the builds live beside the state: a restarted
  // gse-local runs the fleets it resumes from them.
  const persistentWorkDir = config.control.workDir ?? (config.stateDirectory === undefined ? undefined : join(config.stateDirectory, "fleets"));
  const ownWorkDir = persistentWorkDir === undefined;
  const workDir = persistentWorkDir ?? mkdtempSync(join(tmpdir(), "gse-local-fleets-"));
  const host = createFleetHost({
    workDir,
    agentAddress: input.agentAddress,
    logger,
    // GSE recycles a process that ended itself: that is no crash loop.
    isPlannedExit: (pid, code) => code === 0 && core.processes.get(pid)?.statusReason === "ProcessEnding",
    output: config.control.output,
    command: {
      ...(config.launch?.cwd !== undefined && { cwd: config.launch.cwd }),
      ...(config.launch?.output !== undefined && { output: config.launch.output }),
    },
    ...(input.launched && { launched: input.launched }),
  });
  const orchestrator = createControlOrchestrator({
    plane,
    host,
    clock: core.clock,
    assetDir: config.control.assetDir,
    logger,
    terminateProcess: input.terminateProcess,
    scalingEvaluationIntervalMs: config.control.scalingEvaluationIntervalMs,
    instanceTerminationGraceMs: config.terminationGraceMs,
    activationDeadlineMs: config.control.fleetActivationTimeoutMs,
  });
  const stopWatching = core.onChange((change) => {
    if (change.kind === "put" && change.domain === "processes" && change.record.status === "TERMINATED") orchestrator.processEnded(change.record.pid);
  });
  // --launch is a shorthand for a fleet: the default fleet, its instances running the command.
  const shorthand = config.launch && core.run(() => plane.useLaunchCommand({ command: config.launch!.command, concurrency: config.launch!.concurrency }));
  const launched = shorthand && launchedFleet(host, plane, shorthand.fleetId);
  return {
    launched,
    start() {
      if (!shorthand) return;
      core.run(() => {
        // Instances a former gse-local left in the state that nothing runs
        // again (no process was taken back) are forgotten; capacity starts fresh ones.
        for (const instance of plane.capacityInstances(shorthand.fleetId)) if (!host.runs(instance.instanceId)) plane.instances.remove(instance);
        orchestrator.effects.capacityChanged(plane.fleets.require(shorthand.fleetId));
      });
    },
    dispatch: createControlDispatch((request) => ({
      plane,
      effects: orchestrator.effects,
      assetDir: config.control.assetDir,
      region: request.region,
      cloudEndpoint: input.cloudEndpoint(),
      processLogUrl: input.processLogUrl,
    })),
    admitProcess(pid, clientPort) {
      try {
        core.run(() => orchestrator.processReady(pid, clientPort));
      } catch (error) {
        throw error instanceof ControlRefusal ? new CoreRefusal("INVALID_REQUEST", error.message) : error;
      }
    },
    control: { plane, assetDir: config.control.assetDir, evaluateScaling: () => core.run(() => orchestrator.evaluateScaling()) },
    resume: () => core.run(() => orchestrator.resume(config.launch !== undefined)),
    async close() {
      stopWatching();
      await orchestrator.close(5_000);
      if (ownWorkDir) rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** The host's launcher events of one fleet, and its running pids: what `local.fleet` shows. */
function launchedFleet(host: FleetHost, plane: ControlPlane, fleetId: string): LaunchedFleet {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  for (const name of ["spawn", "exit", "restart", "spawnError"]) {
    host.events.on(name, (event: { fleetId: string }) => {
      if (event.fleetId === fleetId) events.emit(name, event);
    });
  }
  return {
    fleetId,
    events,
    get pids() {
      return plane.instances.ofFleet(fleetId).flatMap((instance) => host.pidsOf(instance.instanceId));
    },
  };
}
