// Every measured party (client, agent, game, gse-local) runs in its own
// process, driven over Node's IPC channel: the orchestrator sends commands,
// the worker answers, and workers push timestamped events. Commands are not
// on any measured path; timestamps that cross processes use
// process.hrtime, which on Linux is CLOCK_MONOTONIC and shared by all
// processes of the machine.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

interface CallMessage {
  type: "call";
  id: number;
  command: string;
  args: unknown;
}

type WorkerMessage =
  | { type: "ready" }
  | { type: "reply"; id: number; ok: true; result: unknown }
  | { type: "reply"; id: number; ok: false; error: string }
  | { type: "event"; name: string; data: unknown };

export interface Worker {
  readonly name: string;
  readonly pid: number;
  readonly child: ChildProcess;
  call<T = unknown>(command: string, args?: unknown): Promise<T>;
  onEvent(listener: (name: string, data: unknown) => void): void;
  /** Asks the worker to exit; kills it when it does not within 5 s. */
  stop(): Promise<void>;
}

export interface WorkerOptions {
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
  args?: string[];
  readyTimeoutMs?: number;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Kills what this process started if it dies first, so no worker outlives a run. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const child of running) {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  });
}

/**
 * Diagnostics for finding where a suite's time goes, by worker name prefix:
 * BENCH_CPU_PROF=gse-local,game profiles those workers (node --cpu-prof into
 * BENCH_CPU_PROF_DIR, default the working directory); BENCH_NODE_FLAGS=
 * "gse-local=--trace-gc" passes Node flags to them.
 */
function diagnosticArgs(name: string): string[] {
  const args: string[] = [];
  const profiled = (process.env["BENCH_CPU_PROF"] ?? "").split(",").filter((prefix) => prefix !== "");
  if (profiled.some((prefix) => name.startsWith(prefix))) {
    args.push("--cpu-prof", `--cpu-prof-dir=${process.env["BENCH_CPU_PROF_DIR"] ?? process.cwd()}`);
  }
  for (const entry of (process.env["BENCH_NODE_FLAGS"] ?? "").split(";").filter((e) => e.includes("="))) {
    const [prefix, flags] = [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)];
    if (name.startsWith(prefix)) args.push(...flags.split(" ").filter((f) => f !== ""));
  }
  return args;
}

export async function startWorker(name: string, script: URL, options: WorkerOptions = {}): Promise<Worker> {
  installExitHook();
  const child = fork(fileURLToPath(script), options.args ?? [], {
    execArgv: [...(options.execArgv ?? []), ...diagnosticArgs(name)],
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  running.add(child);
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const listeners: ((name: string, data: unknown) => void)[] = [];
  let nextId = 1;
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = true;
      running.delete(child);
      for (const { reject } of pending.values()) reject(new Error(`${name} exited (${code ?? signal}) with a command pending`));
      pending.clear();
      resolve();
    });
  });

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${options.readyTimeoutMs ?? 30_000} ms`)), options.readyTimeoutMs ?? 30_000);
    void exitedPromise.then(() => {
      clearTimeout(timer);
      reject(new Error(`${name} exited before it was ready`));
    });
    child.on("message", (raw) => {
      const message = raw as WorkerMessage;
      if (message.type === "ready") {
        clearTimeout(timer);
        resolve();
      } else if (message.type === "reply") {
        const waiter = pending.get(message.id);
        if (!waiter) return;
        pending.delete(message.id);
        if (message.ok) waiter.resolve(message.result);
        else waiter.reject(new Error(`${name}: ${message.error}`));
      } else if (message.type === "event") {
        for (const listener of listeners) listener(message.name, message.data);
      }
    });
  });
  await ready;

  return {
    name,
    pid: child.pid!,
    child,
    call<T>(command: string, args?: unknown): Promise<T> {
      if (exited) return Promise.reject(new Error(`${name} has exited`));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        const message: CallMessage = { type: "call", id, command, args };
        child.send(message);
      });
    },
    onEvent(listener) {
      listeners.push(listener);
    },
    async stop() {
      if (exited) return;
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.send({ type: "call", id: 0, command: "exit", args: undefined } satisfies CallMessage);
      await exitedPromise;
      clearTimeout(timer);
    },
  };
}

// --- the worker side ------------------------------------------------------------

// Handlers take their own argument type; the orchestrator is trusted to send it.
export type CommandHandlers = Record<string, (args: never) => unknown>;

/** Serves commands from the orchestrator and tells it the worker is ready. */
export function serveCommands(handlers: CommandHandlers, onExit?: () => Promise<void> | void): void {
  if (!process.send) throw new Error("a bench worker must be started by the bench (it needs an IPC channel)");
  const send = process.send.bind(process);
  // An orphaned worker would keep ports and CPU busy: leave with the parent.
  process.on("disconnect", () => process.exit(0));
  process.on("message", (raw) => {
    const message = raw as CallMessage;
    if (message.type !== "call") return;
    if (message.command === "exit") {
      void Promise.resolve(onExit?.()).finally(() => process.exit(0));
      return;
    }
    const handler = handlers[message.command];
    if (!handler) {
      send({ type: "reply", id: message.id, ok: false, error: `unknown command ${message.command}` } satisfies WorkerMessage);
      return;
    }
    Promise.resolve()
      .then(() => handler(message.args as never))
      .then(
        (result) => send({ type: "reply", id: message.id, ok: true, result: result ?? null } satisfies WorkerMessage),
        (error: unknown) =>
          send({ type: "reply", id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerMessage),
      );
  });
  send({ type: "ready" } satisfies WorkerMessage);
}

export function emitEvent(name: string, data: unknown): void {
  process.send?.({ type: "event", name, data } satisfies WorkerMessage);
}

/** Now on the machine-wide monotonic clock, in milliseconds (fractional). */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
