import { createServer, type Server } from "nice-grpc";
import { GseError } from "../../errors/GseError.js";
import { sleep } from "../../util/sleep.js";
import type { GseLocalCore } from "../core/createCore.js";
import type { FaultInjector } from "../faults/createFaultInjector.js";
import { AGENT_SERVICE_DEFINITION } from "./agentServiceDefinition.js";
import { createAgentService, type AgentServiceOptions } from "./createAgentService.js";
import { createFaultMiddleware } from "./middleware/createFaultMiddleware.js";
import { createIdempotencyMiddleware } from "./middleware/createIdempotencyMiddleware.js";
import { createMetadataMiddleware } from "./middleware/createMetadataMiddleware.js";
import { createPeerMiddleware } from "./middleware/createPeerMiddleware.js";
import type { PeerVerifier } from "../security/createPeerVerifier.js";
import { createRefusalMiddleware } from "./middleware/createRefusalMiddleware.js";
import { createTimingMiddleware, type AgentCallObserver } from "./middleware/createTimingMiddleware.js";

/** How long a restart keeps trying to listen on its port again (the old socket may linger a moment). */
const RELISTEN_DEADLINE_MS = 5_000;

export interface AgentServerOptions extends AgentServiceOptions {
  core: GseLocalCore;
  faults: FaultInjector;
  /** Checks that a call's connection belongs to the pid it names; none: the pid is trusted. */
  peers?: PeerVerifier;
  /** Every call's method, answer code and duration (gse-local's metrics). */
  observeCall?: AgentCallObserver;
}

/** The agent's gRPC listener: GseGrpcSdkService behind its middleware, and its restarts. */
export interface AgentServer {
  /** Listens on host:port; resolves with the port. */
  listen(host: string, port: number): Promise<number>;
  /** Force-closes the listener and its calls. */
  down(): void;
  /** Forgets remembered requestIds, as a fresh agent would. */
  forgetAnswers(): void;
  /** Listens again on the port it had, retrying a refused bind until a deadline; gives up when `signal` aborts. */
  up(signal: AbortSignal): Promise<boolean>;
}

export function createAgentServer(options: AgentServerOptions): AgentServer {
  const { core } = options;
  const emit = core.emit;
  const idempotency = createIdempotencyMiddleware(emit, { clock: core.clock });
  const service = createAgentService(core, options);
  let address = "";
  let listeningPort = 0;
  let server: Server | undefined;
  const peers = options.peers && createPeerMiddleware({ core, verifier: options.peers, port: () => listeningPort, emit });

  function newServer(): Server {
    // Outermost first: a call is timed, checked (metadata, then whether its
    // connection belongs to the pid it names: a call from the wrong process
    // gets nothing, not even a remembered reply), maybe faulted, its refusal
    // translated, answered once per requestId. The translation is outside the
    // idempotency memory so that a repeat of a refused call gets the refusal's
    // trailer (gse-refusal) again, not only the remembered reply.
    const checked = (options.observeCall ? createServer().use(createTimingMiddleware(options.observeCall)) : createServer()).use(createMetadataMiddleware(emit));
    const next = (peers ? checked.use(peers) : checked)
      .use(createFaultMiddleware(options.faults))
      .use(createRefusalMiddleware((id) => core.gameServerSessions.get(id)?.pid))
      .use(idempotency.middleware);
    next.add(AGENT_SERVICE_DEFINITION, service);
    return next;
  }

  return {
    async listen(host, port) {
      server = newServer();
      const bound = await server.listen(`${host}:${port}`);
      address = `${host}:${bound}`;
      listeningPort = bound;
      return bound;
    },
    down() {
      server?.forceShutdown();
      server = undefined;
    },
    forgetAnswers: () => idempotency.forget(),
    async up(signal) {
      const next = newServer();
      const deadline = Date.now() + RELISTEN_DEADLINE_MS;
      for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
        try {
          await next.listen(address);
          break;
        } catch (error) {
          if (signal.aborted) return false;
          if (Date.now() >= deadline) {
            throw new GseError("SERVICE_CALL_FAILED", `restartAgent: could not listen on ${address} again: ${(error as Error).message}`, { cause: error });
          }
          await sleep(wait, signal);
        }
      }
      if (signal.aborted) {
        next.forceShutdown();
        return false;
      }
      server = next;
      return true;
    },
  };
}
