import { createRequire } from "node:module";

// The mainland official client (tencentcloud-sdk-nodejs 4.1.49): promise
// based, all 74 gse actions, the client deployment scripts were written with.
// Only its gse client is loaded: the package entry requires every service.
type MainlandClient = Record<string, (request: Record<string, unknown>) => Promise<Record<string, unknown>>>;
const requireCjs = createRequire(import.meta.url);
const { Client } = requireCjs("tencentcloud-sdk-nodejs/tencentcloud/services/gse/v20191112/gse_client.js") as {
  Client: new (config: object) => MainlandClient;
};

export type MainlandSignMethod = "TC3-HMAC-SHA256" | "HmacSHA256";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MainlandReply = Record<string, any>;

export interface MainlandError extends Error {
  code?: string;
  requestId?: string;
}

export interface MainlandGseClient {
  /** Calls `action` (e.g. "CreateFleet") exactly as a deployment script would. */
  call(action: string, request?: Record<string, unknown>): Promise<MainlandReply>;
  /** Calls an action that must fail; resolves with the SDK's error. */
  fail(action: string, request?: Record<string, unknown>): Promise<MainlandError>;
}

/** The official mainland gse client pointed at a gse-local endpoint (host:port). */
export function createMainlandGseClient(
  endpoint: string,
  { signMethod = "TC3-HMAC-SHA256" as MainlandSignMethod, secretId = "AKIDlocal", secretKey = "local-secret", region = "ap-guangzhou" } = {},
): MainlandGseClient {
  const client = new Client({
    credential: { secretId, secretKey },
    region,
    profile: { signMethod, httpProfile: { endpoint, protocol: "http://", reqMethod: "POST", reqTimeout: 30 } },
  });
  const call = async (action: string, request: Record<string, unknown> = {}) => {
    const method = client[action];
    if (typeof method !== "function") throw new Error(`the mainland client has no action ${action}`);
    const reply = await method.call(client, request);
    return JSON.parse(JSON.stringify(reply)) as MainlandReply;
  };
  return {
    call,
    async fail(action, request = {}) {
      try {
        await call(action, request);
      } catch (error) {
        return error as MainlandError;
      }
      throw new Error(`${action} was expected to fail but succeeded`);
    },
  };
}

/**
 * Calls `call` until `done` holds for its reply, or rejects at the deadline
 * with `what` and the last reply. For control-plane state the cloud API can
 * only be asked about (fleet and placement statuses have no event).
 */
export async function untilReply(what: string, call: () => Promise<MainlandReply>, done: (reply: MainlandReply) => boolean, timeoutMs = 30_000): Promise<MainlandReply> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reply = await call();
    if (done(reply)) return reply;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last reply ${JSON.stringify(reply)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
