import type { EventEmitter } from "node:events";
import type { Logger } from "../logging/Logger.js";
import type { LocalLimits } from "./control/catalogue/localLimits.js";
import type { ControlPlane } from "./control/createControlPlane.js";
import type { GseLocalCore } from "./core/createCore.js";
import type { GseLocalEvent } from "./core/GseLocalEvent.js";
import type { Dashboard } from "./observe/createDashboard.js";
import type { LocalGameServerSession, LocalPlacement, LocalPlayerSession, LocalProcess } from "./core/records.js";
import type { WaitOptions } from "./createEventLog.js";
import type { FaultControl, FaultRule } from "./faults/FaultRule.js";

export type { WaitOptions } from "./createEventLog.js";

/** Options of createGseLocal; the gse-local command's flags, camelCased. */
export interface GseLocalOptions {
  /** Interface both servers bind. Default 127.0.0.1. */
  host?: string;
  /** GseGrpcSdkService port. Default 5758, as GSE; 0 = any free port. */
  grpcPort?: number;
  /** Cloud API port. Default 8080, as GSE Local; 0 = any free port. */
  httpPort?: number;
  /** The address players are sent to (sessions' IpAddress). Default: host, or 127.0.0.1 when host is 0.0.0.0. */
  publicIp?: string;
  /** Fleet id for sessions created through an alias or a placement. Default "fleet-local". */
  fleetId?: string;
  /** How often each process's OnHealthCheck is called. Default 60 000 ms, as GSE. */
  healthCheckIntervalMs?: number;
  /** How long a health check may take before it counts as failed. Default 10 000 ms, whatever the interval (DEFAULT_HEALTH_CHECK_TIMEOUT_MS). */
  healthCheckTimeoutMs?: number;
  /** Consecutive failed health checks that make a process unhealthy. Default 3, as GSE. */
  unhealthyThreshold?: number;
  /** How long a reservation (RESERVED player session) waits for AcceptPlayerSession. Default 60 000 ms, as GSE. */
  reservationTimeoutMs?: number;
  /** How long a session may stay ACTIVATING before it becomes ERROR. Default 60 000 ms. */
  activationTimeoutMs?: number;
  /** How long a placement stays PENDING before TIMED_OUT. Default 60 000 ms. */
  placementTimeoutMs?: number;
  /** terminationTime sent with OnProcessTerminate, from now. Default 300 000 ms (GSE's 5 minutes). */
  terminationGraceMs?: number;
  /** Kill (SIGKILL) a process still alive at its terminationTime. Default true. */
  killAtTerminationTime?: boolean;
  /** How often pids are checked for liveness. Default 1 000 ms. */
  livenessIntervalMs?: number;
  /** When both are set, cloud API requests must be signed with them. */
  secretId?: string;
  secretKey?: string;
  /**
   * Launch game processes like a fleet: the default fleet (`fleetId`) becomes
   * a control-plane fleet whose runtime configuration is one ServerProcess,
   * `{LaunchPath: command, ConcurrentExecutions: concurrency}`, run with
   * `sh -c` in `cwd` (default: this process's working directory), with one
   * instance; UpdateFleetCapacity and scaling policies change that.
   */
  launch?: {
    command: string;
    concurrency: number;
    cwd?: string;
    /** Receives each line the launched processes write, prefixed "[pid N]". */
    output?: (line: string) => void;
  };
  /** The folder standing in for the COS bucket: CreateAsset's BucketKey names a zip in it. Default ./gse-assets. */
  assetDir?: string;
  /** Where fleets' builds are unpacked (one folder per fleet). Default: `<stateDirectory>/fleets` with a state directory (a restart runs the fleets again from it), else a fresh folder under the OS temp dir, removed on close. */
  fleetWorkDir?: string;
  /** Each line fleets' processes write, prefixed "[pid N] ". Default: to stderr. */
  fleetOutput?: (line: string) => void;
  /** How often scaling policies and timers are evaluated. Default 60 000 ms (GSE: every minute); down to 100 for tests. */
  scalingEvaluationIntervalMs?: number;
  /** A new fleet with no ready process by then fails activation (FLEET_ACTIVATION_FAILED). Default 120 000 ms. */
  fleetActivationTimeoutMs?: number;
  /** How many assets, fleets, aliases, queues and instances this gse-local holds (DescribeUserQuotas). */
  limits?: Partial<LocalLimits>;
  /** The region of resources whose request names none. Default "ap-guangzhou". */
  region?: string;
  /** Fault rules in force from the start; `local.faults` adds and removes more. */
  faults?: FaultRule[];
  logger?: Logger;
  /**
   * Check that the connection making an agent call belongs to the process
   * its `pid` metadata names (Linux, through /proc; docs/reliability.md#security).
   * Default true. Where /proc cannot be read the pid is taken on trust, and a
   * re-announcement that changes a process's ports is refused.
   */
  verifyPeers?: boolean;
  /**
   * Keep the state (processes, sessions, player sessions, placements and
   * whatever other domains the core has) in this directory, so that a
   * restarted gse-local resumes where the last one stopped, crash included
   * (docs/reliability.md#durability). Default: none, state lives in memory.
   */
  stateDirectory?: string;
  /** How long a pre-signed log URL (keys set) stays valid. Default 900 s. */
  logUrlLifetimeSeconds?: number;
  /**
   * How long a dashboard token (keys set: the token in `dashboardUrl`, the
   * cookie it becomes) stays valid. Default 12 hours.
   */
  dashboardTokenLifetimeSeconds?: number;
}

/** The fleet `launch` (`--launch`) created: the default fleet, its instances running the command. */
export interface LaunchedFleet {
  readonly fleetId: string;
  /** Running processes of all its instances. */
  readonly pids: readonly number[];
  /**
   * Its processes' launcher events, each with `fleetId` and `instanceId`:
   * "spawn" `{pid, index}`, "exit" `{pid, index, code, signal}`, "restart"
   * `{oldPid, pid, index}` (after the replacement's "spawn"), "spawnError"
   * `{index, error}`. `index` is the slot within its instance
   * (GSE_FLEET_PROCESS_INDEX).
   */
  readonly events: EventEmitter;
}

/** Options of GseLocal.restartAgent. */
export interface RestartAgentOptions {
  /** How long the listener stays down before listening again. Default 0. */
  downMs?: number;
  /**
   * Forget every process, session, player session, placement and remembered
   * requestId, as a freshly started agent would. Default false: the agent
   * comes back with its state, as one that kept it across a restart, and a
   * game's re-announcing ProcessReady finds its process and session.
   */
  forgetState?: boolean;
}

/** A running gse-local: the agent, the cloud API, their state and their events. */
export interface GseLocal {
  /** The interface both servers listen on. */
  readonly host: string;
  /** The agent's port. */
  readonly grpcPort: number;
  /** The cloud API's port. */
  readonly httpPort: number;
  /** host:port of the agent, for GSE_AGENT_ADDRESS or GseApp's gseAddress. */
  readonly agentAddress: string;
  /** host:port of the cloud API, for the TencentCloud SDK's httpProfile.endpoint. */
  readonly cloudEndpoint: string;
  /**
   * The live dashboard's URL; with cloud API keys it carries a token
   * (?token=...), fresh at each read, valid `dashboardTokenLifetimeSeconds`.
   */
  readonly dashboardUrl: string;
  /** The live dashboard (its state as shown, its open streams). */
  readonly dashboard: Dashboard;
  /** Every event, as a stream: `local.events.on("event", (e: GseLocalEvent) => ...)`; every state change as "change". */
  readonly events: EventEmitter;
  /** The last events (up to 10 000), oldest first. */
  readonly history: readonly GseLocalEvent[];
  /** Resolves with the first event, past (in history) or future, that matches. */
  waitFor<E extends GseLocalEvent>(predicate: (event: GseLocalEvent) => event is E, options?: WaitOptions): Promise<E>;
  /** Resolves with the first event, past (in history) or future, that matches. */
  waitFor(predicate: (event: GseLocalEvent) => boolean, options?: WaitOptions): Promise<GseLocalEvent>;
  /** Snapshots of the current state. */
  processes(): LocalProcess[];
  /** Snapshots of the game server sessions. */
  gameServerSessions(): LocalGameServerSession[];
  /** Snapshots of the player sessions. */
  playerSessions(): LocalPlayerSession[];
  /** Snapshots of the placements. */
  placements(): LocalPlacement[];
  /** Sends OnProcessTerminate to a process, as GSE does on scale-in. */
  terminateProcess(pid: number, options?: { terminationDelayMs?: number }): void;
  /** Fault injection: delay, drop, fail or refuse chosen calls. */
  readonly faults: FaultControl;
  /**
   * Stops the gRPC listener, force-closing its connections (calls in flight
   * fail, delayed and dropped calls end), and listens again on the same port
   * after `downMs`. The listener is down when this returns its promise;
   * the promise resolves once it listens again.
   */
  restartAgent(options?: RestartAgentOptions): Promise<void>;
  /** The `launch` fleet (the default fleet running the command), when `launch` was given. */
  readonly fleet: LaunchedFleet | undefined;
  /**
   * The control plane, typed: the same assets, fleets, instances, aliases,
   * queues and scaling policies the cloud API serves (`plane`), the asset
   * directory, and one scaling evaluation on demand.
   */
  readonly control: {
    readonly plane: ControlPlane;
    readonly assetDir: string;
    /** Evaluates the scaling policies and timers now, instead of at the next interval. */
    evaluateScaling(): void;
  };
  /** The core: state, its transitions and its change stream (for tools built on gse-local). */
  readonly core: GseLocalCore;
  /** Stops launched processes, both servers and every timer. Idempotent. */
  close(): Promise<void>;
}
