import { EventEmitter, once } from "node:events";
import { createChannel, createClient, createServer, Status, ServerError, type CallContext } from "nice-grpc";
import {
  GameServerGrpcSdkServiceDefinition,
  GseGrpcSdkServiceDefinition,
  GseResponse_Status,
  type GameServerGrpcSdkServiceClient,
  type GseGrpcSdkServiceImplementation,
  type GseResponse,
} from "gse-sdk";

/** One call the agent received, with the metadata it came with. */
export interface RecordedCall {
  method: string;
  request: Record<string, unknown>;
  pid: string | undefined;
  requestId: string | undefined;
}

type Responder = (request: Record<string, unknown>, call: RecordedCall, context: CallContext) => GseResponse | Promise<GseResponse>;

/**
 * A minimal in-test GSE agent: serves GseGrpcSdkService on an ephemeral port,
 * records every call with its metadata, answers OK unless told otherwise, and
 * drives the game's GameServerGrpcSdkService once it announced its grpcPort.
 */
export async function createRecordingAgent() {
  const calls: RecordedCall[] = [];
  const events = new EventEmitter();
  const responders = new Map<string, Responder>();
  const ok: GseResponse = { status: GseResponse_Status.OK, responseData: "", errorMessage: "" };

  function handler(method: string) {
    return async (request: object, context: CallContext) => {
      const call: RecordedCall = {
        method,
        request: { ...request } as Record<string, unknown>,
        pid: context.metadata.get("pid"),
        requestId: context.metadata.get("requestid"),
      };
      calls.push(call);
      events.emit("call", call);
      const responder = responders.get(method);
      return responder ? await responder(call.request, call, context) : ok;
    };
  }

  const methods = [
    "ProcessReady",
    "ActivateGameServerSession",
    "AcceptPlayerSession",
    "RemovePlayerSession",
    "UpdatePlayerSessionCreationPolicy",
    "TerminateGameServerSession",
    "ProcessEnding",
    "ReportCustomData",
  ];
  const implementation = Object.fromEntries(
    methods.map((name) => [name.charAt(0).toLowerCase() + name.slice(1), handler(name)]),
  ) as unknown as GseGrpcSdkServiceImplementation;
  const describe = handler("DescribePlayerSessions");
  let describeResponder: ((request: Record<string, unknown>) => object) | undefined;
  implementation.describePlayerSessions = async (request, context) => {
    await describe(request, context);
    return (describeResponder?.(request as unknown as Record<string, unknown>) ?? { nextToken: "", playerSessions: [] }) as never;
  };

  const server = createServer();
  server.add(GseGrpcSdkServiceDefinition, implementation);
  const port = await server.listen("127.0.0.1:0");
  let gameChannel: ReturnType<typeof createChannel> | undefined;

  const agent = {
    address: `127.0.0.1:${port}`,
    calls,
    /** Method names in the order they arrived. */
    methods: () => calls.map((c) => c.method),
    /** Answer `method` with this instead of OK. */
    respond(method: string, responder: Responder) {
      responders.set(method, responder);
    },
    respondDescribe(fn: (request: Record<string, unknown>) => object) {
      describeResponder = fn;
    },
    failWith(method: string, status: GseResponse_Status, errorMessage: string) {
      responders.set(method, () => ({ status, responseData: "", errorMessage }));
    },
    failWithGrpc(method: string, code: Status, details: string) {
      responders.set(method, () => {
        throw new ServerError(code, details);
      });
    },
    /** Resolves with the first call of `method` (already received or next). */
    async nextCall(method: string, timeoutMs = 10_000): Promise<RecordedCall> {
      const seen = calls.length;
      const found = calls.find((c) => c.method === method);
      if (found) return found;
      const signal = AbortSignal.timeout(timeoutMs);
      for (;;) {
        const [call] = (await once(events, "call", { signal }).catch(() => {
          throw new Error(`no ${method} call within ${timeoutMs} ms; got ${agent.methods().slice(seen).join(", ") || "nothing"}`);
        })) as [RecordedCall];
        if (call.method === method) return call;
      }
    },
    /** Waits until `count` calls of `method` have arrived. */
    async waitForCalls(method: string, count: number, timeoutMs = 10_000): Promise<RecordedCall[]> {
      const signal = AbortSignal.timeout(timeoutMs);
      while (calls.filter((c) => c.method === method).length < count) {
        await once(events, "call", { signal }).catch(() => {
          throw new Error(`expected ${count} ${method} calls within ${timeoutMs} ms; calls: ${agent.methods().join(", ")}`);
        });
      }
      return calls.filter((c) => c.method === method);
    },
    /** A client of the game's GameServerGrpcSdkService on its announced grpcPort. */
    async game(): Promise<GameServerGrpcSdkServiceClient> {
      const ready = await agent.nextCall("ProcessReady");
      gameChannel ??= createChannel(`127.0.0.1:${ready.request["grpcPort"] as number}`);
      return createClient(GameServerGrpcSdkServiceDefinition, gameChannel);
    },
    async close() {
      gameChannel?.close();
      server.forceShutdown();
    },
  };
  return agent;
}

export type RecordingAgent = Awaited<ReturnType<typeof createRecordingAgent>>;
