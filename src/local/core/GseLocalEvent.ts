import type { FleetEventCode, FleetStatus } from "../control/fleets/fleetStatus.js";
import type { FaultAction } from "../faults/FaultRule.js";
import type { GameServerSessionStatus, PlacementStatus, PlayerSessionStatus, ProcessStatus } from "./records.js";

/**
 * Everything that happens in gse-local, as one stream: the CLI logs each as a
 * JSON line, tests and the demo wait on them.
 */
export type GseLocalEvent =
  | { type: "processRegistered"; pid: number; grpcPort: number; clientPort: number; reannounced: boolean }
  | { type: "processStatus"; pid: number; status: ProcessStatus; reason: string }
  /** `durationMs`: how long the answer (or the failure) took. */
  | { type: "healthCheck"; pid: number; healthy: boolean; failures: number; detail?: string; durationMs?: number }
  | { type: "gameServerSessionStatus"; gameServerSessionId: string; pid: number; status: GameServerSessionStatus; reason: string }
  | { type: "playerSessionStatus"; playerSessionId: string; playerId: string; gameServerSessionId: string; status: PlayerSessionStatus }
  | { type: "placementStatus"; placementId: string; status: PlacementStatus; gameServerSessionId?: string }
  | { type: "customData"; pid: number; currentCustomCount: number; maxCustomCount: number }
  /** A gRPC call from a game process to the agent. */
  | { type: "agentCall"; method: string; pid: number | undefined; requestId: string | undefined; ok: boolean; repeated: boolean; error?: string }
  /** A call from the agent to a game process (OnStartGameServerSession, OnProcessTerminate). */
  | { type: "processCall"; method: string; pid: number; ok: boolean; error?: string }
  /** A cloud API request; a failed one carries the error's code and message. */
  | { type: "cloudCall"; action: string; requestId: string; form: string; code?: string; message?: string; durationMs: number }
  /**
   * A fault rule applied to a call: an agent method (from `pid`, with its
   * requestId) or a call to a process (to `pid`).
   */
  | { type: "faultInjected"; method: string; pid: number; action: FaultAction; requestId?: string }
  /**
   * A fleet event (DescribeFleetEvents: api.json's event codes), with the
   * fleet's status after it. Fleets created, built, activated, scaled,
   * failed, deleted.
   */
  | { type: "fleetEvent"; fleetId: string; eventId: string; eventCode: FleetEventCode; message: string; status: FleetStatus }
  /** restartAgent: the gRPC listener went down, or is listening again on the same port. */
  | { type: "agentRestart"; phase: "down" | "up"; grpcPort: number; forgotState: boolean };

/** The `type` of every GseLocalEvent. */
export type GseLocalEventType = GseLocalEvent["type"];
