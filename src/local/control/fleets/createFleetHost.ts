import { EventEmitter } from "node:events";
import { existsSync, statSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../../../logging/Logger.js";
import { FLEET_PROCESS_INDEX_ENV } from "../../../protocol/env.js";
import { persistenceOptions, type LaunchPersistence } from "../../fleet/claimLaunchedProcesses.js";
import {
  createFleetLauncher,
  type FleetExitEvent,
  type FleetLauncher,
  type FleetRestartEvent,
  type FleetSpawnErrorEvent,
  type FleetSpawnEvent,
} from "../../fleet/createFleetLauncher.js";
import { readProcessStat } from "../../host/readProcessStat.js";
import { unpackAssetArchive, type AssetArchiveLimits } from "../assets/readAssetArchive.js";
import { resolveLaunchPath } from "./resolveLaunchPath.js";
import { runInstallScript, type InstallResult } from "./runInstallScript.js";
import { splitParameters } from "./splitParameters.js";

export interface ServerProcessConfig {
  readonly LaunchPath: string;
  readonly Parameters?: string;
  readonly ConcurrentExecutions: number;
}

export interface FleetHostOptions {
  /** Builds are unpacked to `<workDir>/<fleetId>/build`. */
  workDir: string;
  /** GSE_AGENT_ADDRESS for every process. */
  agentAddress: () => string;
  logger: Logger;
  /** Each line of the processes' output (prefixed "[pid N] "). */
  output?: (line: string) => void;
  installTimeoutMs?: number;
  archiveLimits?: Partial<AssetArchiveLimits>;
  restartDelayMs?: { initial: number; max: number; healthyAfterMs?: number };
  isPlannedExit?: (pid: number, code: number | null) => boolean;
  /** Where a `--launch` command runs (default: gse-local's working directory), and where its output goes (default `output`). */
  command?: { cwd?: string; output?: (line: string) => void };
  /**
   * With a state directory: where launched processes are recorded, and the
   * ones an earlier gse-local launched that still run, which an instance's
   * launchers take back (fleet/claimLaunchedProcesses).
   */
  launched?: LaunchPersistence;
}

export interface ProcessOwner {
  readonly fleetId: string;
  readonly instanceId: string;
}

/** Starts, drains and stops the processes of one instance; a fresh one per runtime configuration. */
interface InstanceRun {
  readonly fleetId: string;
  readonly instanceId: string;
  /** The instance's place among its fleet's running instances (0, 1, ...): where its processes' indexes start. */
  readonly ordinal: number;
  launchers: FleetLauncher[];
  /** Launchers of a former runtime configuration, left to finish. */
  readonly retired: Set<FleetLauncher>;
}

/**
 * The host side of fleets: unpacking a fleet's build, running its
 * install.sh, and keeping each instance's server processes running with the
 * fleet launcher, LaunchPath resolved in the build (the processes' working
 * folder) and Parameters split as a shell would. It keeps no fleet state of
 * its own beyond which pid belongs to which instance: the core decides, this
 * carries out.
 */
export interface FleetHost {
  /**
   * The launchers' events, each with the `fleetId` and `instanceId` it was
   * started for: "spawn" `{ pid, index }`, "exit" `{ pid, index, code, signal }`,
   * "restart" `{ oldPid, pid, index }`, "spawnError" `{ index, error }`
   * (FleetLauncher's events).
   */
  readonly events: EventEmitter;
  buildDir(fleetId: string): string;
  /** Unpacks the asset zip into the fleet's build folder (replacing any earlier one). */
  unpack(fleetId: string, zipPath: string, signal?: AbortSignal): Promise<void>;
  install(fleetId: string, signal?: AbortSignal): Promise<InstallResult>;
  /** The LaunchPath that names no file in the build, if any. */
  missingLaunchPath(fleetId: string, processes: readonly ServerProcessConfig[]): string | undefined;
  startInstance(fleetId: string, instanceId: string, processes: readonly ServerProcessConfig[] | { command: string; concurrency: number }): void;
  /** New processes of the instance use `processes`; running ones are not restarted when they end. */
  reconfigureInstance(instanceId: string, processes: readonly ServerProcessConfig[]): void;
  /** No restarts; resolves when every process of the instance has exited. */
  drainInstance(instanceId: string): Promise<void>;
  stopInstance(instanceId: string, graceMs: number): Promise<void>;
  /** Whether the instance's processes are being run (started or resumed, not yet stopped). */
  runs(instanceId: string): boolean;
  /** Which instance a pid (or its process group) was started for. */
  ownerOf(pid: number): ProcessOwner | undefined;
  pidsOf(instanceId: string): number[];
  removeBuild(fleetId: string): Promise<void>;
  close(graceMs: number): Promise<void>;
}

export function createFleetHost(options: FleetHostOptions): FleetHost {
  const runs = new Map<string, InstanceRun>();
  const owners = new Map<number, ProcessOwner>();
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const buildDir = (fleetId: string) => join(options.workDir, fleetId, "build");
  const output = (processes: readonly ServerProcessConfig[] | { command: string }) => ("command" in processes ? (options.command?.output ?? options.output) : options.output);

  const launch = (run: InstanceRun, processes: readonly ServerProcessConfig[] | { command: string; concurrency: number }) => {
    const env = {
      GSE_AGENT_ADDRESS: options.agentAddress(),
      GSE_FLEET_ID: run.fleetId,
      GSE_INSTANCE_ID: run.instanceId,
    };
    const specs =
      "command" in processes
        ? [{ command: processes.command, concurrency: processes.concurrency, cwd: options.command?.cwd }]
        : processes.map((p, i) => {
            const file = resolveLaunchPath(buildDir(run.fleetId), p.LaunchPath, `ServerProcesses[${i}].LaunchPath`);
            const args = splitParameters(p.Parameters ?? "", `ServerProcesses[${i}].Parameters`);
            return { command: ["exec", file, ...args].map(quote).join(" "), concurrency: p.ConcurrentExecutions, cwd: buildDir(run.fleetId) };
          });
    const out = output(processes);
    // Every instance is this host: processes of one fleet get distinct
    // GSE_FLEET_PROCESS_INDEX values across its instances and ServerProcesses
    // entries (games derive their client port from it), not 0..N-1 each.
    let offset = run.ordinal * specs.reduce((n, spec) => n + spec.concurrency, 0);
    return specs.map((spec, i) => {
      const command = offset === 0 ? spec.command : `${FLEET_PROCESS_INDEX_ENV}=$((${FLEET_PROCESS_INDEX_ENV} + ${offset})); export ${FLEET_PROCESS_INDEX_ENV}; ${spec.command}`;
      offset += spec.concurrency;
      // What the state directory calls this launcher: an instance's i-th ServerProcesses entry.
      const name = `${run.instanceId}/${i}`;
      const launcher = createFleetLauncher({
        name,
        owner: { fleetId: run.fleetId, instanceId: run.instanceId, ordinal: run.ordinal },
        ...(options.launched && persistenceOptions(options.launched, name)),
        command,
        concurrency: spec.concurrency,
        env,
        ...(spec.cwd !== undefined && { cwd: spec.cwd }),
        logger: options.logger,
        ...(out && { output: out }),
        ...(options.restartDelayMs && { restartDelayMs: options.restartDelayMs }),
        ...(options.isPlannedExit && { isPlannedExit: options.isPlannedExit }),
      });
      const owner = { fleetId: run.fleetId, instanceId: run.instanceId };
      // Adopted processes are there from the start; one re-announcing itself must find its instance.
      for (const pid of launcher.pids) owners.set(pid, owner);
      launcher.events.on("spawn", (event: FleetSpawnEvent) => {
        owners.set(event.pid, owner);
        events.emit("spawn", { ...event, ...owner });
      });
      // Bounded by the processes alive: a pid is forgotten when it exits.
      launcher.events.on("exit", (event: FleetExitEvent) => {
        owners.delete(event.pid);
        events.emit("exit", { ...event, ...owner });
      });
      launcher.events.on("restart", (event: FleetRestartEvent) => events.emit("restart", { ...event, ...owner }));
      launcher.events.on("spawnError", (event: FleetSpawnErrorEvent) => events.emit("spawnError", { ...event, ...owner }));
      return launcher;
    });
  };

  const requireRun = (instanceId: string): InstanceRun | undefined => runs.get(instanceId);

  return {
    events,
    buildDir,

    async unpack(fleetId, zipPath, signal) {
      const dir = buildDir(fleetId);
      await rm(dir, { recursive: true, force: true });
      await mkdir(join(options.workDir, fleetId), { recursive: true });
      await unpackAssetArchive(zipPath, dir, { ...(options.archiveLimits && { limits: options.archiveLimits }), ...(signal && { signal }) });
    },

    install(fleetId, signal) {
      return runInstallScript(buildDir(fleetId), {
        timeoutMs: options.installTimeoutMs ?? 300_000,
        env: { GSE_FLEET_ID: fleetId },
        ...(signal && { signal }),
      });
    },

    missingLaunchPath(fleetId, processes) {
      for (const [i, p] of processes.entries()) {
        const file = resolveLaunchPath(buildDir(fleetId), p.LaunchPath, `ServerProcesses[${i}].LaunchPath`);
        if (!existsSync(file) || !statSync(file).isFile()) return p.LaunchPath;
      }
      return undefined;
    },

    startInstance(fleetId, instanceId, processes) {
      if (runs.has(instanceId)) return;
      const taken = new Set([...runs.values()].filter((r) => r.fleetId === fleetId).map((r) => r.ordinal));
      // A resumed instance takes its ordinal again, so its commands, and so
      // its slots, match those of the processes it re-adopts.
      const recorded = options.launched?.adoption.peek(`${instanceId}/0`).find((r) => r.ordinal !== undefined)?.ordinal;
      let ordinal = recorded !== undefined && !taken.has(recorded) ? recorded : 0;
      while (taken.has(ordinal)) ordinal++;
      const run: InstanceRun = { fleetId, instanceId, ordinal, launchers: [], retired: new Set() };
      runs.set(instanceId, run);
      run.launchers = launch(run, processes);
    },

    reconfigureInstance(instanceId, processes) {
      const run = requireRun(instanceId);
      if (!run) return;
      for (const old of run.launchers) {
        run.retired.add(old);
        void old.drain().then(() => run.retired.delete(old));
      }
      run.launchers = launch(run, processes);
    },

    async drainInstance(instanceId) {
      const run = requireRun(instanceId);
      if (!run) return;
      await Promise.all([...run.launchers, ...run.retired].map((l) => l.drain()));
    },

    async stopInstance(instanceId, graceMs) {
      const run = requireRun(instanceId);
      if (!run) return;
      runs.delete(instanceId);
      await Promise.all([...run.launchers, ...run.retired].map((l) => l.stop({ graceMs })));
    },

    runs: (instanceId) => runs.has(instanceId),

    ownerOf(pid) {
      const direct = owners.get(pid);
      // Nothing launched: no group to look for, and no /proc read on every
      // ProcessReady of games started by hand (0.1 ms each at 1,000 of them).
      if (direct || owners.size === 0) return direct;
      // A LaunchPath that forks (a script that does not exec) registers a
      // descendant; every process a launcher starts leads its own group.
      if (process.platform !== "linux") return undefined;
      const group = readProcessStat(pid)?.pgid;
      return group === undefined || !Number.isInteger(group) ? undefined : owners.get(group);
    },

    pidsOf(instanceId) {
      const run = runs.get(instanceId);
      return run ? [...run.launchers, ...run.retired].flatMap((l) => [...l.pids]) : [];
    },

    async removeBuild(fleetId) {
      await rm(join(options.workDir, fleetId), { recursive: true, force: true });
    },

    async close(graceMs) {
      const all = [...runs.keys()];
      await Promise.all(all.map((id) => this.stopInstance(id, graceMs)));
    },
  };
}

function quote(word: string): string {
  return /^[A-Za-z0-9_./=:@%+-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
