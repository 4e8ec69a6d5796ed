import type { CoreStore } from "./createCoreStore.js";
import { CoreRefusal } from "./CoreRefusal.js";
import type { GseLocalCore } from "./createCore.js";
import type { LocalProcess, ProcessStatus } from "./records.js";

export interface RegisterProcessInput {
  pid: number;
  grpcPort: number;
  clientPort: number;
  logPaths: readonly string[];
}

/** Game server processes: registration, status, health, custom data, the end of a process. */
export interface ProcessDomain {
  get(pid: number): LocalProcess | undefined;
  list(): LocalProcess[];
  /** ProcessReady: a new record, or the same one when a live process announces itself again. */
  register(input: RegisterProcessInput): { process: LocalProcess; reannounced: boolean };
  /** The registered, not terminated process with this pid, or NOT_REGISTERED. */
  live(pid: number): LocalProcess;
  setStatus(process: LocalProcess, status: ProcessStatus, reason: string): void;
  /** Ends a process: its session is terminated and its player sessions completed. */
  terminate(process: LocalProcess, reason: string): void;
  /**
   * OnProcessTerminate is on its way: the process (if ACTIVE) and its live
   * session become TERMINATING, and it will be ended at `terminationTime`.
   * False when it is already ending.
   */
  beginTermination(process: LocalProcess, reason: string, terminationTime: number): boolean;
  reportCustomData(process: LocalProcess, current: number, max: number): void;
  /** Records a health check; returns the consecutive failures. */
  /** `durationMs`: how long the check took, as the caller timed it (reported, not state). */
  recordHealthCheck(process: LocalProcess, healthy: boolean, detail: string | undefined, durationMs?: number): number;
  setCwd(process: LocalProcess, cwd: string): void;
  setCredentials(process: LocalProcess, credentials: NonNullable<LocalProcess["credentials"]>): void;
  /** An ACTIVE process holding no session, longest-registered first, not among `exclude`. */
  free(exclude?: readonly number[], eligible?: (process: LocalProcess) => boolean): LocalProcess | undefined;
  /** The live process whose game listens on `clientPort`. */
  byClientPort(clientPort: number): LocalProcess | undefined;
}

/** Methods that only read: called directly, not as core operations (they emit nothing). */
export const PROCESS_READS: readonly (keyof ProcessDomain)[] = ["get", "list", "live", "free", "byClientPort"];

export function createProcessDomain(store: CoreStore, core: GseLocalCore): ProcessDomain {
  const processes = store.tables.processes;
  // ACTIVE processes holding no session, kept inside each write: when none
  // is free (a busy fleet), free() answers without a scan of every process.
  const freePids = new Set<number>();
  const index = (pid: number, process: LocalProcess | undefined) => {
    if (process !== undefined && processes.get(pid) !== process) return;
    if (process?.status === "ACTIVE" && process.gameServerSessionId === undefined) freePids.add(pid);
    else freePids.delete(pid);
  };
  store.onWrite((domain, key, record) => {
    if (domain === "processes") index(key as number, record as LocalProcess | undefined);
  });
  store.onLoad((domain, record) => {
    if (domain === "processes") index((record as LocalProcess).pid, record as LocalProcess);
  });
  store.onReset(() => freePids.clear());
  const domain: ProcessDomain = {
    get: (pid) => processes.get(pid),
    list: () => [...processes.values()],

    register(input) {
      const existing = processes.get(input.pid);
      if (existing && existing.status !== "TERMINATED") {
        // The SDK re-announcing itself (say, after an agent restart): same
        // process, same session; only its ports may have changed.
        store.update("processes", existing, { grpcPort: input.grpcPort, clientPort: input.clientPort, logPaths: input.logPaths });
        store.emit({ type: "processRegistered", pid: input.pid, grpcPort: input.grpcPort, clientPort: input.clientPort, reannounced: true });
        return { process: existing, reannounced: true };
      }
      const process: LocalProcess = {
        pid: input.pid,
        grpcPort: input.grpcPort,
        clientPort: input.clientPort,
        logPaths: input.logPaths,
        cwd: undefined,
        status: "ACTIVE",
        statusReason: "ProcessReady",
        registeredAt: store.clock.now(),
        healthFailures: 0,
        lastHealthCheckAt: undefined,
        gameServerSessionId: undefined,
        currentCustomCount: 0,
        maxCustomCount: 0,
        terminationTime: undefined,
      };
      // A recycled pid starts a new record, last in registration order; the old one is history.
      store.delete("processes", input.pid);
      store.put("processes", process);
      // Its instance's life lists it (GetGameServerInstanceLogUrl), ended or not.
      core.control.processRegistered(process.pid, process.registeredAt);
      store.emit({ type: "processRegistered", pid: input.pid, grpcPort: input.grpcPort, clientPort: input.clientPort, reannounced: false });
      return { process, reannounced: false };
    },

    live(pid) {
      const process = processes.get(pid);
      if (!process || process.status === "TERMINATED") {
        throw new CoreRefusal("NOT_REGISTERED", `process ${pid} is not registered with this agent (call ProcessReady first)`);
      }
      return process;
    },

    setStatus(process, status, reason) {
      if (process.status === status || process.status === "TERMINATED") return;
      store.update("processes", process, { status, statusReason: reason });
      store.emit({ type: "processStatus", pid: process.pid, status, reason });
    },

    terminate(process, reason) {
      if (process.status === "TERMINATED") return;
      if (process.gameServerSessionId) {
        const session = core.gameServerSessions.get(process.gameServerSessionId);
        if (session) core.gameServerSessions.end(session, "TERMINATED", reason);
      }
      domain.setStatus(process, "TERMINATED", reason);
    },

    beginTermination(process, reason, terminationTime) {
      if (process.status === "TERMINATED" || process.terminationTime !== undefined) return false;
      store.update("processes", process, { terminationTime });
      if (process.status === "ACTIVE") domain.setStatus(process, "TERMINATING", reason);
      const session = process.gameServerSessionId ? core.gameServerSessions.get(process.gameServerSessionId) : undefined;
      if (session && core.gameServerSessions.isLive(session)) core.gameServerSessions.setStatus(session, "TERMINATING", reason);
      return true;
    },

    reportCustomData(process, current, max) {
      store.update("processes", process, { currentCustomCount: current, maxCustomCount: max });
      store.emit({ type: "customData", pid: process.pid, currentCustomCount: current, maxCustomCount: max });
    },

    recordHealthCheck(process, healthy, detail, durationMs) {
      const failures = healthy ? 0 : process.healthFailures + 1;
      store.update("processes", process, { lastHealthCheckAt: store.clock.now(), healthFailures: failures });
      store.emit({ type: "healthCheck", pid: process.pid, healthy, failures, ...(detail !== undefined && { detail }), ...(durationMs !== undefined && { durationMs }) });
      return failures;
    },

    setCwd(process, cwd) {
      store.update("processes", process, { cwd });
    },
    setCredentials(process, credentials) {
      store.update("processes", process, { credentials });
    },

    free(exclude, eligible) {
      if (freePids.size === 0) return undefined;
      for (const process of processes.values()) {
        if (process.status === "ACTIVE" && process.gameServerSessionId === undefined && !exclude?.includes(process.pid) && (!eligible || eligible(process))) return process;
      }
      return undefined;
    },

    byClientPort(clientPort) {
      for (const process of processes.values()) {
        if (process.clientPort === clientPort && process.status !== "TERMINATED") return process;
      }
      return undefined;
    },
  };
  return domain;
}
