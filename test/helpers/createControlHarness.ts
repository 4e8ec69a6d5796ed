import { EventEmitter } from "node:events";
import type { GseLocalEvent } from "../../src/local/core/GseLocalEvent.js";
import { createControlOrchestrator, type ControlOrchestrator } from "../../src/local/control/createControlOrchestrator.js";
import { createControlPlane, type ControlPlane } from "../../src/local/control/createControlPlane.js";
import { DEFAULT_LOCAL_LIMITS, type LocalLimits } from "../../src/local/control/catalogue/localLimits.js";
import { CONTROL_DOMAIN_KEYS, type ControlDomainName, type ControlStore } from "../../src/local/control/domain/ControlStore.js";
import type { FleetHost, ServerProcessConfig } from "../../src/local/control/fleets/createFleetHost.js";
import type { InstallResult } from "../../src/local/control/fleets/runInstallScript.js";
import type { LiveProcess, LiveSession, LiveView } from "../../src/local/control/LiveView.js";
import { createJsonLogger } from "../../src/logging/Logger.js";

/** A clock that moves only when told. */
export function createTestClock(start = Date.parse("2026-01-05T00:00:00Z")) {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { due: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout(run: () => void, ms: number) {
      const id = seq++;
      timers.set(id, { due: now + Math.max(0, ms), run });
      return id;
    },
    clearTimeout(timer: unknown) {
      timers.delete(timer as number);
    },
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        let next: [number, { due: number; run: () => void }] | undefined;
        for (const entry of timers) if (entry[1].due <= until && (!next || entry[1].due < next[1].due)) next = entry;
        if (!next) break;
        timers.delete(next[0]);
        now = Math.max(now, next[1].due);
        next[1].run();
      }
      now = until;
    },
  };
}

/** A store with the core store's put/update/delete, recording each change. */
export function createTestStore(clock: { now(): number }) {
  const tables = Object.fromEntries(Object.keys(CONTROL_DOMAIN_KEYS).map((d) => [d, new Map()])) as unknown as ControlStore["tables"];
  const changes: { kind: string; domain: ControlDomainName; key: unknown }[] = [];
  const events: GseLocalEvent[] = [];
  const keyOf = (domain: ControlDomainName, record: unknown) => (CONTROL_DOMAIN_KEYS[domain] as (r: unknown) => unknown)(record);
  const store: ControlStore = {
    clock,
    tables,
    put(domain, record) {
      const key = keyOf(domain, record);
      (tables[domain] as Map<unknown, unknown>).set(key, record);
      changes.push({ kind: "put", domain, key });
    },
    update(domain, record, patch) {
      Object.assign(record, patch);
      changes.push({ kind: "put", domain, key: keyOf(domain, record) });
    },
    delete(domain, key) {
      if ((tables[domain] as Map<unknown, unknown>).delete(key)) changes.push({ kind: "delete", domain, key });
    },
    emit(event) {
      events.push(event);
    },
  };
  return { store, changes, events };
}

/** Processes and sessions the test sets directly, as the core would hold them. */
export function createTestLive() {
  const processes = new Map<number, LiveProcess & { status: string; gameServerSessionId: string | undefined }>();
  const sessions = new Map<string, LiveSession & { status: string }>();
  const players = new Map<string, number>();
  const live: LiveView = {
    processes: () => processes.values(),
    process: (pid) => processes.get(pid),
    session: (id) => sessions.get(id),
    openPlayers: (id) => players.get(id) ?? 0,
  };
  return { live, processes, sessions, players };
}

export interface RecordedInstance {
  fleetId: string;
  instanceId: string;
  processes: readonly ServerProcessConfig[] | { command: string; concurrency: number };
  drained: boolean;
  stopped: boolean;
  pids: number[];
}

/** The host side recorded, not run: each instance's pids are the test's to "spawn". */
export function createRecordingHost(install: InstallResult = { ran: true, ok: true, exitCode: 0, signal: null, timedOut: false, output: "" }) {
  const instances = new Map<string, RecordedInstance>();
  const owners = new Map<number, { fleetId: string; instanceId: string }>();
  let nextPid = 10_000;
  const drainWaiters = new Map<string, () => void>();
  let missing: string | undefined;
  let unpackError: Error | undefined;
  const host: FleetHost = {
    events: new EventEmitter(),
    buildDir: (fleetId) => `/tmp/builds/${fleetId}`,
    unpack: async () => {
      if (unpackError) throw unpackError;
    },
    install: async () => install,
    missingLaunchPath: () => missing,
    startInstance(fleetId, instanceId, processes) {
      instances.set(instanceId, { fleetId, instanceId, processes, drained: false, stopped: false, pids: [] });
    },
    reconfigureInstance(instanceId, processes) {
      const i = instances.get(instanceId);
      if (i) i.processes = processes;
    },
    drainInstance(instanceId) {
      const i = instances.get(instanceId);
      if (i) i.drained = true;
      return new Promise<void>((resolve) => drainWaiters.set(instanceId, resolve));
    },
    async stopInstance(instanceId) {
      const i = instances.get(instanceId);
      if (i) i.stopped = true;
    },
    runs: (instanceId) => instances.get(instanceId)?.stopped === false,
    ownerOf: (pid) => owners.get(pid),
    pidsOf: (instanceId) => instances.get(instanceId)?.pids ?? [],
    removeBuild: async () => {},
    close: async () => {},
  };
  return {
    host,
    instances,
    /** A process of the instance started (its pid now belongs to it). */
    spawn(instanceId: string): number {
      const pid = nextPid++;
      const i = instances.get(instanceId)!;
      i.pids.push(pid);
      owners.set(pid, { fleetId: i.fleetId, instanceId });
      return pid;
    },
    /** Every process of a draining instance has exited. */
    drained(instanceId: string) {
      drainWaiters.get(instanceId)?.();
    },
    setMissingLaunchPath(path: string | undefined) {
      missing = path;
    },
    setUnpackError(error: Error | undefined) {
      unpackError = error;
    },
  };
}

export interface ControlHarness {
  clock: ReturnType<typeof createTestClock>;
  store: ControlStore;
  changes: ReturnType<typeof createTestStore>["changes"];
  /** What the control plane emitted (fleet events). */
  events: GseLocalEvent[];
  live: ReturnType<typeof createTestLive>;
  host: ReturnType<typeof createRecordingHost>;
  plane: ControlPlane;
  orchestrator: ControlOrchestrator;
  terminated: { pid: number; reason: string }[];
  /** Lets the fleet build's awaits run. */
  settle(): Promise<void>;
}

export function createControlHarness(options: { limits?: Partial<LocalLimits>; install?: InstallResult; evaluationMs?: number } = {}): ControlHarness {
  const clock = createTestClock();
  const { store, changes, events } = createTestStore(clock);
  const live = createTestLive();
  const host = createRecordingHost(options.install);
  const plane = createControlPlane({
    store,
    live: live.live,
    limits: { ...DEFAULT_LOCAL_LIMITS, ...options.limits },
    ipAddress: "127.0.0.1",
    region: "ap-guangzhou",
    defaultFleetId: "fleet-local",
  });
  const terminated: { pid: number; reason: string }[] = [];
  const orchestrator = createControlOrchestrator({
    plane,
    host: host.host,
    clock,
    assetDir: "/tmp/assets",
    logger: createJsonLogger({ level: "silent" }),
    terminateProcess: (pid, reason) => terminated.push({ pid, reason }),
    scalingEvaluationIntervalMs: options.evaluationMs ?? 1000,
    instanceTerminationGraceMs: 30_000,
    activationDeadlineMs: 60_000,
  });
  return {
    clock,
    store,
    changes,
    events,
    live,
    host,
    plane,
    orchestrator,
    terminated,
    settle: () => new Promise((resolve) => setImmediate(resolve)),
  };
}
