import { createRequire } from "node:module";

// The official TencentCloud SDK (tencentcloud-sdk-nodejs-intl-en) is CommonJS
// without type declarations and hides its names from ESM named-export
// detection, so it is required and given the small surface tests use. Only
// its common and gse parts load: the package entry requires ~150 services.
export interface SdkError extends Error {
  code?: string;
  requestId: string;
  traceId: string;
  httpCode?: number;
}
type SdkCallback = (error: SdkError | null, response: object | null) => void;
type RawClient = Record<string, (request: Record<string, unknown>, callback: SdkCallback) => void>;
interface TencentCloudSdk {
  common: {
    Credential: new (secretId: string, secretKey: string) => object;
    HttpProfile: new (protocol?: string, endpoint?: string, reqMethod?: string, reqTimeout?: number) => object;
    ClientProfile: new (signMethod: string, httpProfile: object) => object;
  };
  gse: { v20191112: { Client: new (credential: object, region: string, profile: object) => RawClient } };
}
const requireCjs = createRequire(import.meta.url);
const sdk: TencentCloudSdk = {
  common: requireCjs("tencentcloud-sdk-nodejs-intl-en/tencentcloud/common") as TencentCloudSdk["common"],
  gse: requireCjs("tencentcloud-sdk-nodejs-intl-en/tencentcloud/gse") as TencentCloudSdk["gse"],
};

export type SignMethod = "TC3-HMAC-SHA256" | "HmacSHA256" | "HmacSHA1";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Reply = Record<string, any>;

export interface OfficialGseClient {
  call(action: string, request: Record<string, unknown>): Promise<Reply>;
  /** Calls an action that must fail; resolves with the error (code, message, requestId). */
  fail(action: string, request: Record<string, unknown>): Promise<SdkError>;
}

/** The official gse.v20191112.Client, pointed at a gse-local endpoint (host:port). */
export function createOfficialGseClient(
  endpoint: string,
  { signMethod = "TC3-HMAC-SHA256" as SignMethod, secretId = "AKIDlocal", secretKey = "local-secret", reqMethod = "POST" as "POST" | "GET" } = {},
): OfficialGseClient {
  const { Credential, HttpProfile, ClientProfile } = sdk.common;
  // Positional arguments: this SDK line predates the `{credential, region,
  // profile}` object newer TencentCloud SDKs take; given one, it would
  // silently fall back to the real https endpoint.
  const profile = new ClientProfile(signMethod, new HttpProfile("http://", endpoint, reqMethod, 10));
  const client = new sdk.gse.v20191112.Client(new Credential(secretId, secretKey), "ap-guangzhou", profile);
  const call = (action: string, request: Record<string, unknown>) =>
    new Promise<Reply>((resolve, reject) => {
      const method = client[action];
      if (!method) throw new Error(`the official client has no action ${action}`);
      method.call(client, request, (error, response) => {
        if (error) reject(error);
        // The client hands back model instances; tests compare plain data.
        else resolve(JSON.parse(JSON.stringify(response)) as Reply);
      });
    });
  return {
    call,
    async fail(action, request) {
      try {
        await call(action, request);
      } catch (error) {
        return error as SdkError;
      }
      throw new Error(`${action} should have failed`);
    },
  };
}
