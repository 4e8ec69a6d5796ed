import { ClientError, createChannel, createClient, Status, type Channel } from "nice-grpc";
import {
  GameServerGrpcSdkServiceDefinition,
  GseResponse_Status,
  type GameServerGrpcSdkServiceClient,
} from "../../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import { PROCESS_SERVICE_PATH, type ProcessMethod } from "../../protocol/methods.js";
import { gseRefusal } from "../../protocol/gseResponse.js";
import type { FaultInjector } from "../faults/createFaultInjector.js";
import type { ProcessLinks } from "./ProcessLinks.js";

interface Link {
  channel: Channel;
  client: GameServerGrpcSdkServiceClient;
  grpcPort: number;
}

/** gRPC links to game processes on this host, with fault rules applied to every call. */
export function createProcessLinks(options: { faults: FaultInjector }): ProcessLinks {
  const { faults } = options;
  const links = new Map<number, Link>();

  function unlink(pid: number): void {
    const link = links.get(pid);
    if (!link) return;
    links.delete(pid);
    link.channel.close();
  }

  function clientOf(pid: number): GameServerGrpcSdkServiceClient {
    const link = links.get(pid);
    if (!link) throw new Error(`process ${pid} has no gRPC link`);
    return link.client;
  }

  /**
   * Sends a call unless a fault rule says otherwise: `delay` sends it late,
   * `drop` does not send it and lets its deadline pass, `fail` and `refuse`
   * do not send it and answer for the process.
   */
  async function throughFaults<T>(
    pid: number,
    method: ProcessMethod,
    timeoutMs: number,
    send: (signal: AbortSignal) => Promise<T>,
    refused: (status: GseResponse_Status, message: string) => T,
  ): Promise<T> {
    const fault = faults.take(method, pid);
    if (fault?.action === "delay" && !(await faults.sleep(fault.ms))) throw new Error(`${method} was delayed by a fault rule and gse-local stopped meanwhile`);
    // AbortSignal.timeout's signal, but cleared with the call: that one lives
    // until its deadline (10 s for a health check answered in 2 ms), long
    // enough to end as old-generation garbage, a thousand a second at 1,000
    // processes (docs/benchmarks.md).
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError")), timeoutMs);
    const signal = deadline.signal;
    const injected = `${method}: fault injected by gse-local`;
    try {
      switch (fault?.action) {
        case "drop": {
          await faults.hold(signal);
          // Reads like the deadline firing, which is what the caller would see.
          const error = new Error(`${injected} (dropped): no answer within ${timeoutMs} ms`);
          error.name = "AbortError";
          throw error;
        }
        case "fail":
          throw new ClientError(`${PROCESS_SERVICE_PATH}/${method}`, Status[fault.code], fault.message ?? `${injected} (${fault.code})`);
        case "refuse":
          return refused(GseResponse_Status[fault.status], fault.message ?? `${injected} (refused with ${fault.status})`);
        default:
          return await send(signal);
      }
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    link(pid, grpcPort) {
      const existing = links.get(pid);
      if (existing && existing.grpcPort === grpcPort) return false;
      if (existing) unlink(pid);
      const channel = createChannel(`127.0.0.1:${grpcPort}`);
      links.set(pid, { channel, client: createClient(GameServerGrpcSdkServiceDefinition, channel), grpcPort });
      return true;
    },
    has: (pid) => links.has(pid),
    unlink,
    unlinkAll() {
      for (const pid of [...links.keys()]) unlink(pid);
    },
    healthCheck(pid, timeoutMs) {
      const client = clientOf(pid);
      return throughFaults(pid, "OnHealthCheck", timeoutMs, (signal) => client.onHealthCheck({}, { signal }), () => ({ healthStatus: false }));
    },
    startSession(pid, gameServerSession, timeoutMs) {
      const client = clientOf(pid);
      return throughFaults(pid, "OnStartGameServerSession", timeoutMs, (signal) => client.onStartGameServerSession({ gameServerSession }, { signal }), (status, message) => gseRefusal(message, status));
    },
    terminate(pid, terminationTime, timeoutMs) {
      const client = clientOf(pid);
      return throughFaults(pid, "OnProcessTerminate", timeoutMs, (signal) => client.onProcessTerminate({ terminationTime }, { signal }), (status, message) => gseRefusal(message, status));
    },
  };
}
