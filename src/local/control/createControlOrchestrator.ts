import { join } from "node:path";
import type { Logger } from "../../logging/Logger.js";
import type { ControlEffects } from "../cloud/control/ControlActionContext.js";
import { AssetArchiveError } from "./assets/AssetArchiveError.js";
import { chooseScaleIn } from "./capacity/chooseScaleIn.js";
import type { ControlPlane } from "./createControlPlane.js";
import { ControlRefusal } from "./ControlRefusal.js";
import type { FleetHost } from "./fleets/createFleetHost.js";
import type { FleetRecord, InstanceRecord } from "./records.js";
import { compare, evaluateScalingPolicy, metricValue } from "./scaling/evaluateScalingPolicy.js";
import { nextTimerFire } from "./scaling/nextTimerFire.js";
import { scalingPolicyKey } from "./domain/ControlStore.js";

export interface ControlClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export interface ControlOrchestratorOptions {
  plane: ControlPlane;
  host: FleetHost;
  clock: ControlClock;
  assetDir: string;
  logger: Logger;
  /** OnProcessTerminate to a registered process (the core's orchestrator), which then ends it. */
  terminateProcess(pid: number, reason: string): void;
  /**
   * How often scaling policies and timers are evaluated. GSE evaluates
   * every minute; tests and the demo set seconds. A policy's
   * EvaluationPeriods and a fleet's ScalingInterval count these intervals.
   */
  scalingEvaluationIntervalMs: number;
  /** How long a scaled-in or deleted instance's processes get to end after OnProcessTerminate. */
  instanceTerminationGraceMs: number;
  /** A fleet whose first instance has no ready process by then fails activation. */
  activationDeadlineMs: number;
}

export interface ControlOrchestrator {
  readonly effects: ControlEffects;
  /**
   * ProcessReady from `pid`: which fleet and instance it joins (the
   * launcher's, else the default fleet's host instance), refused when its
   * client port lies outside the fleet's inbound permissions.
   */
  processReady(pid: number, clientPort: number): { fleetId: string; instanceId: string };
  /** The process ended: it leaves its instance. */
  processEnded(pid: number): void;
  /** One scaling and timer evaluation now (the timer calls it every interval). */
  evaluateScaling(): void;
  /**
   * After a restart from a state directory: the host runs the processes of
   * every serving instance again (taking back those still running). The
   * default fleet's only when `launching` (gse-local runs with --launch
   * again); else its processes are nobody's and end.
   */
  resume(launching: boolean): void;
  close(graceMs: number): Promise<void>;
}

/** StopFleetActions(["AUTO_SCALING"]): neither scaling policies nor timers change the fleet until StartFleetActions. */
const autoScalingStopped = (fleet: FleetRecord) => fleet.stoppedActions.includes("AUTO_SCALING");

export function createControlOrchestrator(options: ControlOrchestratorOptions): ControlOrchestrator {
  const { plane, host, clock, logger } = options;
  const building = new Set<string>();
  const draining = new Map<string, Promise<void>>();
  const activationTimers = new Map<string, unknown>();
  /** Consecutive evaluations each rule-based policy's comparison has held. */
  const breaches = new Map<string, number>();
  /** Evaluations left before a fleet's policies may change it again (its ScalingInterval). */
  const cooldown = new Map<string, number>();
  let closed = false;
  let tick: unknown;

  const fail = (fleet: FleetRecord, code: "FLEET_BINARY_DOWNLOAD_FAILED" | "FLEET_VALIDATION_LAUNCH_PATH_NOT_FOUND" | "FLEET_INITIALIZATION_FAILED" | "FLEET_ACTIVATION_FAILED", message: string) => {
    plane.fleets.addEvent(fleet, code, message);
    plane.fleets.setStatus(fleet, "ERROR", `Fleet ${fleet.fleetId} is in ERROR: ${message}`);
  };

  /** The fleet still exists and nobody started deleting it while we waited. */
  const stillBuilding = (fleet: FleetRecord) => !closed && plane.fleets.get(fleet.fleetId) === fleet && fleet.status !== "DELETING" && fleet.status !== "TERMINATED";

  async function build(fleet: FleetRecord): Promise<void> {
    const asset = fleet.assetId !== undefined ? plane.assets.get(fleet.assetId) : undefined;
    plane.fleets.setStatus(fleet, "DOWNLOADING");
    if (asset) {
      plane.fleets.addEvent(fleet, "FLEET_CREATION_EXTRACTING_BUILD", `Extracting ${asset.bucketKey} (asset ${asset.assetId})`);
      try {
        await host.unpack(fleet.fleetId, join(options.assetDir, asset.bucketKey));
      } catch (error) {
        if (!stillBuilding(fleet)) return;
        const why = error instanceof AssetArchiveError ? `${error.message} (rule: ${error.rule})` : (error as Error).message;
        fail(fleet, "FLEET_BINARY_DOWNLOAD_FAILED", `asset ${asset.assetId} (${asset.bucketKey}) could not be unpacked: ${why}`);
        return;
      }
    }
    if (!stillBuilding(fleet)) return;
    plane.fleets.setStatus(fleet, "VALIDATING");
    if (asset) {
      plane.fleets.addEvent(fleet, "FLEET_CREATION_VALIDATING_RUNTIME_CONFIG", "Validating the runtime configuration against the build");
      const missing = host.missingLaunchPath(fleet.fleetId, fleet.runtimeConfiguration.ServerProcesses);
      if (missing !== undefined) {
        fail(fleet, "FLEET_VALIDATION_LAUNCH_PATH_NOT_FOUND", `LaunchPath ${missing} is not a file in the build of asset ${asset.assetId}`);
        return;
      }
    }
    plane.fleets.setStatus(fleet, "BUILDING");
    if (asset) {
      const installed = await host.install(fleet.fleetId);
      if (!stillBuilding(fleet)) return;
      if (!installed.ok) {
        const how = installed.timedOut ? "timed out" : installed.exitCode !== null ? `exited with code ${installed.exitCode}` : `was killed by ${installed.signal ?? "an error"}`;
        fail(fleet, "FLEET_INITIALIZATION_FAILED", `install.sh ${how}; its output:\n${installed.output}`);
        return;
      }
    }
    plane.fleets.setStatus(fleet, "ACTIVATING");
    if (fleet.capacity.desired === 0) {
      plane.fleets.setStatus(fleet, "ACTIVE");
    } else {
      activationTimers.set(
        fleet.fleetId,
        clock.setTimeout(() => {
          activationTimers.delete(fleet.fleetId);
          if (plane.fleets.get(fleet.fleetId) === fleet && fleet.status === "ACTIVATING") {
            fail(fleet, "FLEET_ACTIVATION_FAILED", `no server process called ProcessReady within ${Math.round(options.activationDeadlineMs / 1000)} s`);
            for (const instance of plane.instances.ofFleet(fleet.fleetId)) void retire(instance, "fleet activation failed");
          }
        }, options.activationDeadlineMs),
      );
    }
    reconcile(fleet);
  }

  function startInstance(fleet: FleetRecord): InstanceRecord {
    const instance = plane.instances.add(fleet.fleetId, plane.ipAddress);
    try {
      host.startInstance(
        fleet.fleetId,
        instance.instanceId,
        fleet.launchCommand ?? fleet.runtimeConfiguration.ServerProcesses,
      );
    } catch (error) {
      logger.error({ err: error, fleetId: fleet.fleetId }, "control plane: could not start an instance");
    }
    return instance;
  }

  /** OnProcessTerminate to its processes, no restarts, then stop and forget it. */
  function retire(instance: InstanceRecord, reason: string): Promise<void> {
    const existing = draining.get(instance.instanceId);
    if (existing) return existing;
    plane.instances.setStatus(instance, "TERMINATING");
    for (const pid of plane.instances.pidsOf(instance.instanceId)) {
      try {
        options.terminateProcess(pid, reason);
      } catch (error) {
        logger.warn({ err: error, pid }, "control plane: OnProcessTerminate failed");
      }
    }
    const done = (async () => {
      let timer: unknown;
      const graceOver = new Promise<void>((resolve) => (timer = clock.setTimeout(resolve, options.instanceTerminationGraceMs)));
      await Promise.race([host.drainInstance(instance.instanceId), graceOver]);
      clock.clearTimeout(timer);
      await host.stopInstance(instance.instanceId, 2_000);
      if (plane.instances.get(instance.instanceId) === instance) plane.instances.remove(instance);
    })();
    draining.set(instance.instanceId, done);
    void done.finally(() => draining.delete(instance.instanceId));
    return done;
  }

  function reconcile(fleet: FleetRecord): void {
    // The default fleet's capacity means something only when --launch gave it a command.
    if (closed || (fleet.status !== "ACTIVATING" && fleet.status !== "ACTIVE") || (fleet.isDefault && !fleet.launchCommand)) return;
    const serving = plane.capacityInstances(fleet.fleetId).filter((i) => i.status !== "TERMINATING");
    const want = fleet.capacity.desired;
    if (serving.length < want) {
      for (let i = serving.length; i < want; i++) startInstance(fleet);
    } else if (serving.length > want) {
      const chosen = chooseScaleIn(plane.scaleInCandidates(fleet.fleetId), serving.length - want, clock.now(), fleet.protectionTimeLimitMinutes);
      for (const id of chosen) {
        const instance = plane.instances.get(id);
        if (instance) void retire(instance, "scale-in");
      }
    }
  }

  async function remove(fleet: FleetRecord): Promise<void> {
    plane.fleets.setStatus(fleet, "DELETING");
    clock.clearTimeout(activationTimers.get(fleet.fleetId));
    activationTimers.delete(fleet.fleetId);
    await Promise.all(plane.instances.ofFleet(fleet.fleetId).map((i) => retire(i, "DeleteFleet")));
    plane.scaling.forgetFleet(fleet.fleetId);
    plane.fleets.setStatus(fleet, "TERMINATED");
    await host.removeBuild(fleet.fleetId).catch((error: unknown) => logger.warn({ err: error }, "control plane: could not remove a build folder"));
    // The fleet disappears once its processes have ended: DescribeFleetAttributes no longer lists it.
    plane.fleets.remove(fleet);
  }

  function evaluateScaling(): void {
    const now = clock.now();
    for (const timer of plane.scaling.timers()) {
      const next = nextTimerFire(timer.schedule, timer.firedUntil);
      if (next === undefined || next > now) continue;
      plane.scaling.timerFired(timer, now);
      const fleet = plane.fleets.get(timer.fleetId);
      if (!fleet || fleet.status !== "ACTIVE") continue;
      if (autoScalingStopped(fleet)) {
        // api.json: StopFleetActions stops the fleet's auto-scaling for manual
        // scaling, and a timer is auto-scaling too. A skipped occurrence is not
        // applied later by StartFleetActions: the next one is.
        plane.fleets.addEvent(fleet, "FLEET_SCALING_EVENT", `timer ${timer.timerName} skipped: auto-scaling is stopped (StopFleetActions)`);
        continue;
      }
      try {
        plane.fleets.setCapacity(
          fleet,
          {
            ...(timer.capacity.DesiredInstances !== undefined && { DesiredInstances: timer.capacity.DesiredInstances }),
            ...(timer.capacity.MinSize !== undefined && { MinSize: timer.capacity.MinSize }),
            ...(timer.capacity.MaxSize !== undefined && { MaxSize: timer.capacity.MaxSize }),
          },
          plane.limits.instances,
          `timer ${timer.timerName}`,
        );
        reconcile(fleet);
      } catch (error) {
        plane.fleets.addEvent(fleet, "FLEET_SCALING_EVENT", `timer ${timer.timerName} could not apply: ${(error as Error).message}`);
      }
    }
    for (const fleet of plane.fleets.list()) {
      if (fleet.status !== "ACTIVE" || autoScalingStopped(fleet)) continue;
      const policies = plane.scaling.policiesOf(fleet.fleetId);
      if (policies.length === 0) continue;
      const wait = cooldown.get(fleet.fleetId) ?? 0;
      const metrics = plane.metrics(fleet.fleetId);
      for (const policy of policies) {
        const key = scalingPolicyKey(policy.fleetId, policy.name);
        const held = policy.policyType === "RuleBased" ? compare(metricValue(policy.metricName, metrics), policy.comparisonOperator, policy.threshold) : true;
        const count = held ? (breaches.get(key) ?? 0) + 1 : 0;
        breaches.set(key, count);
        if (wait > 0) continue;
        const decision = evaluateScalingPolicy(policy, metrics, fleet.capacity, count);
        if (decision.desired === undefined) continue;
        try {
          plane.fleets.setCapacity(fleet, { DesiredInstances: decision.desired }, plane.limits.instances, `scaling policy ${policy.name}: ${decision.reason}`);
        } catch (error) {
          logger.warn({ err: error, fleetId: fleet.fleetId }, "control plane: scaling decision refused");
          continue;
        }
        breaches.set(key, 0);
        // Locally a ScalingInterval of N minutes is N evaluation intervals.
        cooldown.set(fleet.fleetId, fleet.scalingIntervalMinutes);
        reconcile(fleet);
        break;
      }
      if (wait > 0) cooldown.set(fleet.fleetId, wait - 1);
    }
  }

  const schedule = () => {
    if (closed) return;
    tick = clock.setTimeout(() => {
      try {
        evaluateScaling();
      } catch (error) {
        logger.error({ err: error }, "control plane: scaling evaluation failed");
      }
      schedule();
    }, options.scalingEvaluationIntervalMs);
  };
  schedule();

  const effects: ControlEffects = {
    buildFleet(fleet) {
      if (building.has(fleet.fleetId)) return;
      building.add(fleet.fleetId);
      void build(fleet)
        .catch((error: unknown) => {
          logger.error({ err: error, fleetId: fleet.fleetId }, "control plane: fleet build failed");
          if (stillBuilding(fleet)) fail(fleet, "FLEET_ACTIVATION_FAILED", (error as Error).message);
        })
        .finally(() => building.delete(fleet.fleetId));
    },
    capacityChanged: (fleet) => reconcile(fleet),
    runtimeChanged(fleet) {
      for (const instance of plane.instances.ofFleet(fleet.fleetId)) {
        if (instance.status === "TERMINATING") continue;
        const old = plane.instances.pidsOf(instance.instanceId);
        host.reconfigureInstance(instance.instanceId, fleet.runtimeConfiguration.ServerProcesses);
        // Old processes are not replaced when they end; an idle one is asked
        // to end now, one holding a session finishes it first.
        for (const pid of old) {
          const proc = plane.live.process(pid);
          if (proc && proc.status === "ACTIVE" && proc.gameServerSessionId === undefined) options.terminateProcess(pid, "runtime configuration changed");
        }
      }
    },
    deleteFleet(fleet) {
      void remove(fleet).catch((error: unknown) => logger.error({ err: error, fleetId: fleet.fleetId }, "control plane: fleet deletion failed"));
    },
  };

  return {
    effects,
    processReady(pid, clientPort) {
      const owner = host.ownerOf(pid);
      const fleet = owner ? plane.fleets.get(owner.fleetId) : undefined;
      const instance = owner ? plane.instances.get(owner.instanceId) : undefined;
      if (!fleet || !instance) {
        const fallback = plane.defaultFleet();
        const hostInstance = plane.hostInstance();
        plane.instances.place(pid, fallback.fleetId, hostInstance.instanceId);
        return { fleetId: fallback.fleetId, instanceId: hostInstance.instanceId };
      }
      const rules = fleet.inboundPermissions;
      if (rules.length > 0 && !rules.some((r) => clientPort >= r.FromPort && clientPort <= r.ToPort)) {
        throw new ControlRefusal(
          "OperationDenied",
          `client port ${clientPort} is outside fleet ${fleet.fleetId}'s inbound permissions (${rules.map((r) => `${r.Protocol} ${r.FromPort}-${r.ToPort}`).join(", ")}); players could not reach it (see UpdateFleetPortSettings)`,
          "clientPort",
        );
      }
      plane.instances.place(pid, fleet.fleetId, instance.instanceId);
      if (instance.status === "PENDING") plane.instances.setStatus(instance, "ACTIVE");
      if (fleet.status === "ACTIVATING") {
        clock.clearTimeout(activationTimers.get(fleet.fleetId));
        activationTimers.delete(fleet.fleetId);
        plane.fleets.setStatus(fleet, "ACTIVE");
      }
      if (instance.status === "TERMINATING" || fleet.status === "DELETING") {
        // Registered while its instance was already going: end it too.
        queueMicrotask(() => options.terminateProcess(pid, "instance terminating"));
      }
      return { fleetId: fleet.fleetId, instanceId: instance.instanceId };
    },
    processEnded(pid) {
      if (plane.instances.placementOf(pid)) plane.instances.unplace(pid);
    },
    evaluateScaling,
    resume(launching) {
      for (const fleet of plane.fleets.list()) {
        if ((fleet.status !== "ACTIVE" && fleet.status !== "ACTIVATING") || (fleet.isDefault && (!launching || fleet.launchCommand === undefined))) continue;
        // Not the default fleet's host instance: processes started by hand are nobody's to launch.
        for (const instance of plane.capacityInstances(fleet.fleetId)) {
          if (instance.status === "TERMINATING") continue;
          try {
            host.startInstance(fleet.fleetId, instance.instanceId, fleet.launchCommand ?? fleet.runtimeConfiguration.ServerProcesses);
          } catch (error) {
            logger.error({ err: error, fleetId: fleet.fleetId, instanceId: instance.instanceId }, "control plane: could not resume an instance");
          }
        }
      }
    },
    async close(graceMs) {
      closed = true;
      clock.clearTimeout(tick);
      for (const timer of activationTimers.values()) clock.clearTimeout(timer);
      activationTimers.clear();
      await host.close(graceMs);
    },
  };
}
