import type { GameServerSession, GseResponse } from "../../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";

/**
 * The calls gse-local makes to game processes (GameServerGrpcSdkService),
 * one channel per registered process. The orchestrator depends on this
 * interface only; createProcessLinks is the gRPC one, tests pass their own.
 */
export interface ProcessLinks {
  /** Links `pid` at `grpcPort`; true when a new link was made (none before, or another port). */
  link(pid: number, grpcPort: number): boolean;
  has(pid: number): boolean;
  unlink(pid: number): void;
  unlinkAll(): void;
  /** Rejects on a transport failure: `code` is the gRPC status, an AbortError name a deadline. */
  healthCheck(pid: number, timeoutMs: number): Promise<{ healthStatus: boolean }>;
  startSession(pid: number, session: GameServerSession, timeoutMs: number): Promise<GseResponse>;
  terminate(pid: number, terminationTimeSeconds: number, timeoutMs: number): Promise<GseResponse>;
}
