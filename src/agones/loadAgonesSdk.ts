import { GseError } from "../errors/GseError.js";

/** What the adapter uses of @google-cloud/agones-sdk (its src/agonesSDK.d.ts, alpha.d.ts, beta.d.ts). */
export interface AgonesSdk {
  connect(): Promise<void>;
  close(): void;
  ready(): Promise<unknown>;
  shutdown(): Promise<unknown>;
  getGameServer(): Promise<unknown>;
  setLabel(key: string, value: string): Promise<unknown>;
  setAnnotation(key: string, value: string): Promise<unknown>;
  alpha: { client: { close(): void } };
  beta: {
    client: { close(): void };
    setCounterCount(key: string, amount: number): Promise<void>;
    setCounterCapacity(key: string, amount: number): Promise<void>;
    listContains(key: string, value: string): Promise<boolean>;
    getListValues(key: string): Promise<string[]>;
    deleteListValue(key: string, value: string): Promise<void>;
  };
  /**
   * The SDK's own grpc-js client of agones.dev.sdk.SDK. Its health() keeps one
   * stream for the life of the process and never replaces it once it broke
   * (Agones #1299, #2649), so the adapter opens the two streams itself on
   * this client.
   */
  client: {
    waitForReady(deadline: number, callback: (error?: Error) => void): void;
    health(callback: (error: Error | null) => void): WritableCall;
    watchGameServer(request: unknown): ReadableCall;
    close(): void;
  };
}

export interface WritableCall {
  write(message: unknown, callback: (error: Error | null | undefined) => void): boolean;
  end(): void;
  cancel(): void;
  on(event: "error", listener: (error: Error) => void): this;
}

export interface ReadableCall {
  on(event: "data", listener: (message: { toObject(): unknown }) => void): this;
  on(event: "error", listener: (error: Error) => void): this;
  on(event: "end", listener: () => void): this;
  cancel(): void;
  removeAllListeners(): this;
}

export interface LoadedAgonesSdk {
  /** A client of the sidecar at localhost:port. */
  create(port: string): AgonesSdk;
  /** agones.dev.sdk.Empty, the request of the streams. */
  empty(): unknown;
}

const PACKAGE = "@google-cloud/agones-sdk";

/**
 * Loads the official Node SDK. It is an optional peer dependency: only a
 * game that runs on Agones installs it, and only then is it loaded.
 */
export async function loadAgonesSdk(): Promise<LoadedAgonesSdk> {
  let sdkModule: { default: new () => object };
  let messages: { Empty: new () => unknown };
  try {
    sdkModule = (await import(PACKAGE)) as unknown as typeof sdkModule;
    messages = (await import(`${PACKAGE}/lib/sdk_pb.js`)) as unknown as typeof messages;
  } catch (error) {
    throw new GseError("PROCESS_READY_FAILED", `running on Agones needs ${PACKAGE}: npm install ${PACKAGE} (${(error as Error).message})`, { cause: error });
  }
  const AgonesSDK = sdkModule.default;
  const Empty = messages.Empty ?? (messages as unknown as { default: { Empty: new () => unknown } }).default.Empty;
  return {
    create(port) {
      // The SDK reads its port from $AGONES_SDK_GRPC_PORT in its
      // constructor, through this getter: a subclass points it elsewhere.
      const Bound = class extends (AgonesSDK as new () => object) {
        get port(): string {
          return port;
        }
      };
      return new Bound() as unknown as AgonesSdk;
    },
    empty: () => new Empty(),
  };
}
