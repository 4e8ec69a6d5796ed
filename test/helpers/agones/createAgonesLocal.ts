// A test counterpart of Agones' SDK server in local mode (`sdk-server
// --local`, pkg/sdkserver/localsdk.go at googleforgames/agones b19d5fe),
// serving the SDK's three gRPC services on an ephemeral port.
//
// Semantics followed from localsdk.go: one in-memory GameServer that starts
// Scheduled; Ready/Allocate/Shutdown/Reserve move its state and notify every
// watcher; WatchGameServer sends the current GameServer at once and again on
// every change; SetLabel/SetAnnotation store under "agones.dev/sdk-"; player
// tracking (alpha) and Counters/Lists (beta) refuse with "<feature> not
// enabled" when their feature is off, and Lists/Counters answer "not found"
// or "out of range" as localsdk.go does. Where this counterpart goes further
// than local mode it does what a cluster does: allocate() is what a
// GameServerAllocation does to the GameServer (state, metadata, list
// values), and list and counter updates notify watchers as the real
// sidecar's status writes do. A test allocates, breaks streams and reads
// the history; SIGTERM is the test's to send to the game process. The calls
// and answers Agones' Node conformance client expects (test/sdk/nodejs/
// testSDKClient.js: Ready, GetGameServer, SetLabel/SetAnnotation, Health,
// Reserve, Allocate, the Counters and Lists calls, Shutdown) are the ones
// served here; no code of Agones was copied.
import * as grpc from "@grpc/grpc-js";
import { ALPHA_METHODS, BETA_METHODS, SDK_METHODS, type WireMethod } from "./agonesWire.js";

export interface AgonesLocalGameServer {
  name: string;
  namespace: string;
  uid: string;
  creationTimestamp: number;
  state: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  health: { disabled: boolean; periodSeconds: number; failureThreshold: number; initialDelaySeconds: number };
  address: string;
  ports: { name: string; port: number }[];
  players: { capacity: number; ids: string[] };
  counters: Record<string, { count: number; capacity: number }>;
  lists: Record<string, { capacity: number; values: string[] }>;
}

export type AgonesLocalEvent =
  | { type: "call"; method: string }
  | { type: "state"; state: string }
  | { type: "health" }
  | { type: "healthStream"; open: boolean }
  | { type: "watch"; open: boolean }
  | { type: "label"; key: string; value: string }
  | { type: "annotation"; key: string; value: string }
  | { type: "listValue"; list: string; value: string; added: boolean }
  | { type: "allocated"; labels: Record<string, string>; annotations: Record<string, string> };

export interface AllocateRequest {
  /** The GameServer must be in this state. Default "Ready"; "Allocated" adds players to a running game. */
  gameServerState?: "Ready" | "Allocated";
  /** Every label must match (GameServerAllocation spec.selectors[].matchLabels). */
  matchLabels?: Record<string, string>;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  /** GameServerAllocation spec.lists: values to add, and a new capacity. */
  lists?: Record<string, { addValues?: string[]; capacity?: number }>;
}

export type AllocateResult =
  | { state: "Allocated"; gameServerName: string; address: string; ports: { name: string; port: number }[]; labels: Record<string, string>; annotations: Record<string, string> }
  | { state: "UnAllocated" };

export interface AgonesLocalOptions {
  gameServer?: Partial<AgonesLocalGameServer>;
  /** Agones feature gates. Default: CountsAndLists on (Beta, on by default), PlayerTracking off (Alpha). */
  features?: { countsAndLists?: boolean; playerTracking?: boolean };
  /** Called after Shutdown(), as the controller then deletes the pod (SIGTERM to the game). */
  onShutdown?: () => void;
  /** Sees every event as it is recorded (benchmarks time pings with it). */
  onEvent?: (event: AgonesLocalEvent) => void;
}

export interface AgonesLocal {
  /** The port to give the game as AGONES_SDK_GRPC_PORT. */
  readonly port: number;
  gameServer(): AgonesLocalGameServer;
  /** Changes the GameServer (as a file change does in local mode) and notifies watchers. */
  update(change: (gameServer: AgonesLocalGameServer) => void): void;
  allocate(request?: AllocateRequest): AllocateResult;
  /** Ends every open health and watch stream with UNAVAILABLE, as a restarting sidecar does. */
  breakStreams(): void;
  readonly history: readonly AgonesLocalEvent[];
  /** Resolves with the first event, past or future, that matches; rejects at the deadline. */
  waitFor<E extends AgonesLocalEvent>(match: (event: AgonesLocalEvent) => event is E, options?: { timeoutMs?: number }): Promise<E>;
  waitFor(match: (event: AgonesLocalEvent) => boolean, options?: { timeoutMs?: number }): Promise<AgonesLocalEvent>;
  close(): Promise<void>;
}

const SDK_PREFIX = "agones.dev/sdk-";
const MAX_HISTORY = 10_000;
const MAX_LIST_CAPACITY = 1000;

type Handler = (request: Record<string, unknown>) => object;

export async function createAgonesLocal(options: AgonesLocalOptions = {}): Promise<AgonesLocal> {
  const countsAndLists = options.features?.countsAndLists ?? true;
  const playerTracking = options.features?.playerTracking ?? false;
  const gs: AgonesLocalGameServer = {
    name: "local",
    namespace: "default",
    uid: "1234",
    creationTimestamp: Math.floor(Date.now() / 1000),
    state: "Scheduled",
    labels: { islocal: "true" },
    annotations: { annotation: "true" },
    health: { disabled: false, periodSeconds: 3, failureThreshold: 5, initialDelaySeconds: 10 },
    address: "127.0.0.1",
    ports: [{ name: "default", port: 7777 }],
    players: { capacity: 0, ids: [] },
    // Local mode's defaults with Counters and Lists on.
    counters: countsAndLists ? { rooms: { count: 1, capacity: 10 } } : {},
    lists: countsAndLists ? { players: { capacity: 100, values: ["test0", "test1", "test2"] } } : {},
    ...options.gameServer,
  };
  const history: AgonesLocalEvent[] = [];
  const waiters = new Set<{ match: (e: AgonesLocalEvent) => boolean; resolve: (e: AgonesLocalEvent) => void }>();
  const watchers = new Set<grpc.ServerWritableStream<unknown, unknown>>();
  const healthStreams = new Set<grpc.ServerReadableStream<unknown, unknown>>();
  let reserveTimer: NodeJS.Timeout | undefined;

  function record(event: AgonesLocalEvent): void {
    history.push(event);
    options.onEvent?.(event);
    if (history.length > MAX_HISTORY) history.splice(0, history.length - MAX_HISTORY);
    for (const waiter of waiters) {
      if (waiter.match(event)) {
        waiters.delete(waiter);
        waiter.resolve(event);
      }
    }
  }

  function wire(): object {
    return {
      objectMeta: { name: gs.name, namespace: gs.namespace, uid: gs.uid, resourceVersion: "v1", generation: 1, creationTimestamp: gs.creationTimestamp, annotations: gs.annotations, labels: gs.labels },
      spec: { health: gs.health },
      status: {
        state: gs.state,
        address: gs.address,
        addresses: [{ type: "InternalIP", address: gs.address }],
        ports: gs.ports,
        ...(playerTracking && { players: { count: gs.players.ids.length, capacity: gs.players.capacity, ids: gs.players.ids } }),
        ...(countsAndLists && { counters: gs.counters, lists: gs.lists }),
      },
    };
  }

  function notify(): void {
    const snapshot = wire();
    for (const watcher of watchers) watcher.write(snapshot);
  }

  function setState(state: string): void {
    gs.state = state;
    clearTimeout(reserveTimer);
    record({ type: "state", state });
    notify();
  }

  const fail = (code: grpc.status, details: string) => Object.assign(new Error(details), { code, details });
  const requireFeature = (enabled: boolean, feature: string) => {
    if (!enabled) throw fail(grpc.status.UNKNOWN, `${feature} not enabled`);
  };
  const list = (name: string) => {
    requireFeature(countsAndLists, "CountsAndLists");
    const found = gs.lists[name];
    if (!found) throw fail(grpc.status.UNKNOWN, `not found. ${name} List not found`);
    return found;
  };
  const counter = (name: string) => {
    requireFeature(countsAndLists, "CountsAndLists");
    const found = gs.counters[name];
    if (!found) throw fail(grpc.status.UNKNOWN, `not found. ${name} Counter not found`);
    return found;
  };

  const unary: Record<string, Handler> = {
    ready: () => (setState("Ready"), {}),
    allocate: () => (setState("Allocated"), {}),
    shutdown: () => {
      setState("Shutdown");
      if (options.onShutdown) setImmediate(options.onShutdown);
      return {};
    },
    getGameServer: () => wire(),
    setLabel: (r) => {
      const key = SDK_PREFIX + String(r["key"]);
      gs.labels[key] = String(r["value"]);
      record({ type: "label", key, value: String(r["value"]) });
      notify();
      return {};
    },
    setAnnotation: (r) => {
      const key = SDK_PREFIX + String(r["key"]);
      gs.annotations[key] = String(r["value"]);
      record({ type: "annotation", key, value: String(r["value"]) });
      notify();
      return {};
    },
    reserve: (r) => {
      const seconds = Number(r["seconds"]);
      setState("Reserved");
      if (seconds > 0) reserveTimer = setTimeout(() => setState("Ready"), seconds * 1000);
      return {};
    },
    // alpha: player tracking
    playerConnect: (r) => {
      requireFeature(playerTracking, "PlayerTracking");
      const id = String(r["playerID"]);
      if (gs.players.ids.includes(id)) return { bool: false };
      if (gs.players.ids.length >= gs.players.capacity) throw fail(grpc.status.UNKNOWN, "Players are already at capacity");
      gs.players.ids.push(id);
      notify();
      return { bool: true };
    },
    playerDisconnect: (r) => {
      requireFeature(playerTracking, "PlayerTracking");
      const at = gs.players.ids.indexOf(String(r["playerID"]));
      if (at < 0) return { bool: false };
      gs.players.ids.splice(at, 1);
      notify();
      return { bool: true };
    },
    setPlayerCapacity: (r) => (requireFeature(playerTracking, "PlayerTracking"), (gs.players.capacity = Number(r["count"])), notify(), {}),
    getPlayerCapacity: () => (requireFeature(playerTracking, "PlayerTracking"), { count: gs.players.capacity }),
    getPlayerCount: () => (requireFeature(playerTracking, "PlayerTracking"), { count: gs.players.ids.length }),
    isPlayerConnected: (r) => (requireFeature(playerTracking, "PlayerTracking"), { bool: gs.players.ids.includes(String(r["playerID"])) }),
    getConnectedPlayers: () => (requireFeature(playerTracking, "PlayerTracking"), { list: [...gs.players.ids] }),
    // beta: counters and lists
    getCounter: (r) => {
      const name = String(r["name"]);
      const found = counter(name);
      return { name, ...found };
    },
    updateCounter: (r) => {
      const update = r["counterUpdateRequest"] as { name: string; count?: { value: number } | null; capacity?: { value: number } | null; countDiff: number } | null;
      if (!update) throw fail(grpc.status.UNKNOWN, "invalid argument. CounterUpdateRequest cannot be nil");
      const found = counter(update.name);
      const next = { ...found };
      if (update.capacity) {
        next.capacity = update.capacity.value;
        if (next.capacity < 0) throw fail(grpc.status.UNKNOWN, `out of range. Capacity must be greater than or equal to 0. Found Capacity: ${next.capacity}`);
      }
      const inRange = () => {
        if (next.count < 0 || next.count > next.capacity) {
          throw fail(grpc.status.UNKNOWN, `out of range. Count must be within range [0,Capacity]. Found Count: ${next.count}, Capacity: ${next.capacity}`);
        }
      };
      if (update.count) (next.count = update.count.value), inRange();
      if (update.countDiff) (next.count += update.countDiff), inRange();
      Object.assign(found, next);
      notify();
      return { name: update.name, ...next };
    },
    getList: (r) => {
      const name = String(r["name"]);
      const found = list(name);
      return { name, capacity: found.capacity, values: [...found.values] };
    },
    updateList: (r) => {
      const request = r["list"] as { name: string; capacity: number; values: string[] } | null;
      const mask = r["updateMask"] as { paths: string[] } | null;
      if (!request || !mask) throw fail(grpc.status.UNKNOWN, "invalid argument. List and UpdateMask cannot be nil");
      const found = list(request.name);
      if (mask.paths.some((p) => p !== "capacity" && p !== "values")) throw fail(grpc.status.UNKNOWN, `invalid argument. Field Mask Path(s): ${mask.paths.join(",")} are invalid for List`);
      if (mask.paths.includes("capacity")) {
        if (request.capacity < 0 || request.capacity > MAX_LIST_CAPACITY) throw fail(grpc.status.UNKNOWN, `out of range. Capacity must be within range [0,1000]. Found Capacity: ${request.capacity}`);
        found.capacity = request.capacity;
      }
      if (mask.paths.includes("values")) found.values = [...request.values];
      // Values beyond the capacity are silently dropped, as localsdk.go does.
      found.values = found.values.slice(0, found.capacity);
      notify();
      return { name: request.name, capacity: found.capacity, values: [...found.values] };
    },
    addListValue: (r) => {
      const name = String(r["name"]);
      const value = String(r["value"]);
      const found = list(name);
      if (found.values.length >= found.capacity) throw fail(grpc.status.UNKNOWN, `out of range. No available capacity. Current Capacity: ${found.capacity}, List Size: ${found.values.length}`);
      if (found.values.includes(value)) throw fail(grpc.status.UNKNOWN, `already exists. Value: ${value} already in List: ${name}`);
      found.values.push(value);
      record({ type: "listValue", list: name, value, added: true });
      notify();
      return { name, capacity: found.capacity, values: [...found.values] };
    },
    removeListValue: (r) => {
      const name = String(r["name"]);
      const value = String(r["value"]);
      const found = list(name);
      const at = found.values.indexOf(value);
      if (at < 0) throw fail(grpc.status.UNKNOWN, `not found. Value: ${value} not found in List: ${name}`);
      found.values.splice(at, 1);
      record({ type: "listValue", list: name, value, added: false });
      notify();
      return { name, capacity: found.capacity, values: [...found.values] };
    },
  };

  function definition(methods: WireMethod[]): grpc.ServiceDefinition {
    const service: Record<string, grpc.MethodDefinition<unknown, unknown>> = {};
    for (const m of methods) {
      service[m.name] = {
        path: m.path,
        requestStream: m.requestStream,
        responseStream: m.responseStream,
        requestSerialize: (value: unknown) => m.request.encode(value as object),
        requestDeserialize: (bytes: Buffer) => m.request.decode(bytes),
        responseSerialize: (value: unknown) => m.response.encode(value as object),
        responseDeserialize: (bytes: Buffer) => m.response.decode(bytes),
      };
    }
    return service as grpc.ServiceDefinition;
  }

  function implementation(methods: WireMethod[]): grpc.UntypedServiceImplementation {
    const impl: grpc.UntypedServiceImplementation = {};
    for (const m of methods) {
      if (m.name === "health") {
        impl[m.name] = (call: grpc.ServerReadableStream<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
          record({ type: "call", method: "Health" });
          healthStreams.add(call);
          record({ type: "healthStream", open: true });
          let done = false;
          const finish = (error: grpc.ServiceError | null) => {
            if (done) return;
            done = true;
            healthStreams.delete(call);
            record({ type: "healthStream", open: false });
            callback(error, error ? undefined : {});
          };
          call.on("data", () => record({ type: "health" }));
          call.on("end", () => finish(null));
          call.on("error", () => finish(null));
          (call as unknown as { breakStream?: () => void }).breakStream = () => finish(fail(grpc.status.UNAVAILABLE, "the SDK server is restarting") as grpc.ServiceError);
        };
      } else if (m.name === "watchGameServer") {
        impl[m.name] = (call: grpc.ServerWritableStream<unknown, unknown>) => {
          record({ type: "call", method: "WatchGameServer" });
          watchers.add(call);
          record({ type: "watch", open: true });
          call.on("cancelled", () => {
            watchers.delete(call);
            record({ type: "watch", open: false });
          });
          call.write(wire());
        };
      } else {
        const handler = unary[m.name]!;
        const label = m.path.slice(m.path.lastIndexOf("/") + 1);
        impl[m.name] = (call: grpc.ServerUnaryCall<Record<string, unknown>, unknown>, callback: grpc.sendUnaryData<unknown>) => {
          record({ type: "call", method: label });
          try {
            callback(null, handler(call.request));
          } catch (error) {
            callback(error as grpc.ServiceError);
          }
        };
      }
    }
    return impl;
  }

  const server = new grpc.Server();
  server.addService(definition(SDK_METHODS), implementation(SDK_METHODS));
  server.addService(definition(ALPHA_METHODS), implementation(ALPHA_METHODS));
  server.addService(definition(BETA_METHODS), implementation(BETA_METHODS));
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );

  return {
    port,
    history,
    gameServer: () => structuredClone(gs),
    update(change) {
      change(gs);
      notify();
    },
    allocate(request = {}) {
      const wanted = request.gameServerState ?? "Ready";
      const matches = Object.entries(request.matchLabels ?? {}).every(([key, value]) => gs.labels[key] === value);
      if (gs.state !== wanted || !matches) return { state: "UnAllocated" };
      Object.assign(gs.labels, request.labels);
      Object.assign(gs.annotations, request.annotations);
      for (const [name, action] of Object.entries(request.lists ?? {})) {
        const target = gs.lists[name];
        if (!target) continue;
        if (action.capacity !== undefined) {
          target.capacity = Math.max(0, Math.min(MAX_LIST_CAPACITY, action.capacity));
          target.values = target.values.slice(0, target.capacity);
        }
        // As a GameServerAllocation's ListAction: duplicates are skipped and
        // values past the capacity are not added.
        for (const value of action.addValues ?? []) {
          if (target.values.length < target.capacity && !target.values.includes(value)) {
            target.values.push(value);
            record({ type: "listValue", list: name, value, added: true });
          }
        }
      }
      record({ type: "allocated", labels: { ...request.labels }, annotations: { ...request.annotations } });
      if (gs.state !== "Allocated") setState("Allocated");
      else notify();
      return { state: "Allocated", gameServerName: gs.name, address: gs.address, ports: gs.ports.map((p) => ({ ...p })), labels: { ...gs.labels }, annotations: { ...gs.annotations } };
    },
    breakStreams() {
      for (const call of [...healthStreams]) (call as unknown as { breakStream: () => void }).breakStream();
      for (const call of [...watchers]) {
        watchers.delete(call);
        record({ type: "watch", open: false });
        call.emit("error", fail(grpc.status.UNAVAILABLE, "the SDK server is restarting"));
      }
    },
    waitFor(match: (event: AgonesLocalEvent) => boolean, waitOptions: { timeoutMs?: number } = {}) {
      const past = history.find(match);
      if (past) return Promise.resolve(past);
      const timeoutMs = waitOptions.timeoutMs ?? 10_000;
      return new Promise<AgonesLocalEvent>((resolve, reject) => {
        const waiter = {
          match,
          resolve: (event: AgonesLocalEvent) => {
            clearTimeout(timer);
            resolve(event);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`agones-local: no matching event within ${timeoutMs} ms (last: ${JSON.stringify(history.slice(-5))})`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    async close() {
      clearTimeout(reserveTimer);
      for (const call of watchers) call.end();
      watchers.clear();
      const closing = new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
      const timer = setTimeout(() => server.forceShutdown(), 2_000);
      await closing;
      clearTimeout(timer);
    },
  } as AgonesLocal;
}

