import { GseError } from "../../errors/GseError.js";
import {
  AGENT_METHODS,
  FAULT_GRPC_CODES,
  PROCESS_METHODS,
  type FaultAction,
  type FaultControl,
  type FaultRule,
} from "./FaultRule.js";

export interface FaultInjectedEvent {
  method: string;
  pid: number;
  action: FaultAction;
  requestId?: string;
}

/**
 * The fault rules of one gse-local and the waiting they cause. Delayed and
 * dropped calls wait on `stopSignal()`, which restartAgent and close abort,
 * so no call outlives the listener it arrived on.
 */
export interface FaultInjector extends FaultControl {
  /**
   * The rule for this call, if any: consumed (one of its `times` used up)
   * and announced through `onInjected`.
   */
  take(method: string, pid: number, requestId?: string): FaultRule | undefined;
  /** Resolves true after `ms`, false as soon as `signal` or the injector's stop signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<boolean>;
  /** Resolves when `signal` or the injector's stop signal aborts: what a dropped call waits for. */
  hold(signal?: AbortSignal): Promise<void>;
  /** Ends every current sleep and hold (the listener they belong to went away); later ones wait afresh. */
  interrupt(): void;
  /** Ends every wait for good. */
  close(): void;
}

interface LiveRule {
  rule: FaultRule;
  /** Left to apply; Infinity when the rule has no `times`. */
  left: number;
}

const MAX_DELAY_MS = 2 ** 31 - 1;
const KNOWN_METHODS: ReadonlySet<string> = new Set<string>([...AGENT_METHODS, ...PROCESS_METHODS, "*"]);
const AGENT_METHOD_SET: ReadonlySet<string> = new Set<string>(AGENT_METHODS);

export function createFaultInjector(initial: readonly FaultRule[], onInjected: (event: FaultInjectedEvent) => void): FaultInjector {
  const rules: LiveRule[] = [];
  let stop = new AbortController();
  let closed = false;

  function add(rule: FaultRule): () => void {
    const live: LiveRule = { rule: checkFaultRule(rule), left: rule.times ?? Infinity };
    rules.push(live);
    return () => {
      const index = rules.indexOf(live);
      if (index >= 0) rules.splice(index, 1);
    };
  }
  for (const rule of initial) add(rule);

  /**
   * Calls `done` once, when `signal` or the current stop signal aborts;
   * returns a function that forgets both listeners. Hand-rolled rather than
   * AbortSignal.any, which Node 20.0-20.2 lack and which keeps a reference
   * per call on the long-lived stop signal in some releases.
   */
  function onStop(signal: AbortSignal | undefined, done: () => void): (() => void) | undefined {
    const current = stop.signal;
    if (current.aborted || signal?.aborted) {
      done();
      return undefined;
    }
    const fire = () => {
      forget();
      done();
    };
    const forget = () => {
      current.removeEventListener("abort", fire);
      signal?.removeEventListener("abort", fire);
    };
    current.addEventListener("abort", fire, { once: true });
    signal?.addEventListener("abort", fire, { once: true });
    return forget;
  }

  return {
    add,
    clear() {
      rules.length = 0;
    },
    list() {
      return rules.map(({ rule, left }) => (left === Infinity ? { ...rule } : { ...rule, times: left }));
    },
    take(method, pid, requestId) {
      const index = rules.findIndex(({ rule }) => matches(rule, method, pid));
      if (index < 0) return undefined;
      const live = rules[index]!;
      live.left -= 1;
      if (live.left <= 0) rules.splice(index, 1);
      onInjected({ method, pid, action: live.rule.action, ...(requestId !== undefined && { requestId }) });
      return live.rule;
    },
    sleep(ms, signal) {
      return new Promise((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        const forget = onStop(signal, () => {
          clearTimeout(timer);
          resolve(false);
        });
        if (!forget) return;
        timer = setTimeout(() => {
          forget();
          resolve(true);
        }, ms);
      });
    },
    hold(signal) {
      return new Promise((resolve) => void onStop(signal, resolve));
    },
    interrupt() {
      stop.abort();
      if (!closed) stop = new AbortController();
    },
    close() {
      closed = true;
      stop.abort();
      rules.length = 0;
    },
  };
}

function matches(rule: FaultRule, method: string, pid: number): boolean {
  if (rule.pid !== undefined && rule.pid !== pid) return false;
  return rule.method === method || (rule.method === "*" && AGENT_METHOD_SET.has(method));
}

/** Validates a rule from untyped callers; returns a copy so later edits to the caller's object change nothing. */
export function checkFaultRule(rule: FaultRule): FaultRule {
  const bad = (field: string, rule: string): never => {
    throw new GseError("BAD_REQUEST_EXCEPTION", `fault rule: ${field} ${rule}`, { field });
  };
  if (typeof rule !== "object" || rule === null) bad("rule", "must be an object");
  if (!KNOWN_METHODS.has(rule.method)) {
    bad("method", `must be "*" or one of ${[...AGENT_METHODS, ...PROCESS_METHODS].join(", ")}; got ${JSON.stringify(rule.method)}`);
  }
  if (rule.pid !== undefined && !(Number.isSafeInteger(rule.pid) && rule.pid > 0)) bad("pid", `must be a positive integer; got ${String(rule.pid)}`);
  if (rule.times !== undefined && !(Number.isSafeInteger(rule.times) && rule.times > 0)) {
    bad("times", `must be a positive integer (leave it out for "until removed"); got ${String(rule.times)}`);
  }
  const message = (value: unknown) => {
    if (value !== undefined && typeof value !== "string") bad("message", "must be a string");
  };
  switch (rule.action) {
    case "delay":
      // Capped where a Node timer still waits: a longer one would fire at once.
      if (typeof rule.ms !== "number" || !(rule.ms >= 0 && rule.ms <= MAX_DELAY_MS)) bad("ms", `must be a number of milliseconds from 0 to ${MAX_DELAY_MS}; got ${String(rule.ms)}`);
      break;
    case "drop":
      break;
    case "fail":
      if (!(FAULT_GRPC_CODES as readonly string[]).includes(rule.code)) {
        bad("code", `must be a gRPC status name other than OK (${FAULT_GRPC_CODES.join(", ")}); got ${JSON.stringify(rule.code)}`);
      }
      message(rule.message);
      break;
    case "refuse":
      if (rule.status !== "ERROR_400" && rule.status !== "ERROR_500") bad("status", `must be ERROR_400 or ERROR_500; got ${JSON.stringify(rule.status)}`);
      message(rule.message);
      break;
    default:
      bad("action", `must be delay, drop, fail or refuse; got ${JSON.stringify((rule as { action: unknown }).action)}`);
  }
  return { ...rule };
}
