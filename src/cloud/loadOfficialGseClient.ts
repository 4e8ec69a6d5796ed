import { createRequire } from "node:module";
import { GseError } from "../errors/GseError.js";

/** The part of the official gse client this package calls: its signing request. */
export interface OfficialGseClient {
  request(action: string, request: object, options: { signal?: AbortSignal }): Promise<unknown>;
}

export interface OfficialClientConfig {
  credential: { secretId: string; secretKey: string; token?: string } | { getCredential(): Promise<{ secretId: string; secretKey: string; token?: string }> };
  region: string;
  profile: {
    signMethod: "TC3-HMAC-SHA256" | "HmacSHA256" | "HmacSHA1";
    httpProfile: { endpoint: string; protocol: string; reqMethod: "POST" | "GET"; reqTimeout: number };
  };
}

type OfficialClientClass = new (config: OfficialClientConfig) => OfficialGseClient;

/** The module path of the gse v20191112 client inside tencentcloud-sdk-nodejs 4.x. */
export const OFFICIAL_GSE_CLIENT_MODULE = "tencentcloud-sdk-nodejs/tencentcloud/services/gse/v20191112/gse_client";

let loaded: OfficialClientClass | undefined;

/**
 * Loads the official gse client class from tencentcloud-sdk-nodejs, an
 * optional peer dependency. Only its gse client module and the common
 * modules it requires load: the package entry requires every Tencent Cloud
 * service, about ten times the import time (docs/benchmarks.md).
 */
export function loadOfficialGseClient(): OfficialClientClass {
  if (loaded) return loaded;
  let module: { Client?: OfficialClientClass };
  try {
    module = createRequire(import.meta.url)(OFFICIAL_GSE_CLIENT_MODULE) as { Client?: OfficialClientClass };
  } catch (error) {
    if ((error as { code?: string }).code !== "MODULE_NOT_FOUND") throw error;
    throw new GseError(
      "CLOUD_SDK_MISSING",
      "gse-sdk/cloud signs its calls with Tencent Cloud's official client: install it with `npm install tencentcloud-sdk-nodejs@4.1.49` (the last release with the gse actions).",
      { cause: error },
    );
  }
  if (typeof module.Client !== "function") {
    throw new GseError("CLOUD_SDK_MISSING", `${OFFICIAL_GSE_CLIENT_MODULE} exports no Client: use tencentcloud-sdk-nodejs 4.x up to 4.1.49.`);
  }
  loaded = module.Client;
  return loaded;
}
