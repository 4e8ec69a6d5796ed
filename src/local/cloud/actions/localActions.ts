import { toCloudProcess } from "../../views/cloudViews.js";
import { CloudApiError } from "../CloudApiError.js";
import type { CloudActionContext } from "./CloudActionContext.js";

/** Local-only actions, for rehearsing what the cloud does on its own. */
export const LOCAL_ACTIONS = ["LocalDescribeProcesses", "LocalTerminateProcess"] as const;
export type LocalActionName = (typeof LOCAL_ACTIONS)[number];

/** 24 days: the longest delay a Node timer takes (2^31 - 1 ms), in whole seconds. */
const MAX_TERMINATION_DELAY_SECONDS = 2_000_000;

interface LocalAction<Request> {
  /** Runs at dispatch, before the action: the action gets the request typed. */
  validate(params: Record<string, unknown>): Request;
  run(request: Request, context: CloudActionContext): Record<string, unknown>;
}

function localAction<Request>(action: LocalAction<Request>): LocalAction<unknown> {
  return action as LocalAction<unknown>;
}

export const localActions: { readonly [A in LocalActionName]: LocalAction<unknown> } = {
  LocalDescribeProcesses: localAction({
    validate: () => ({}),
    run: (_request, { core }) => ({ Processes: core.processes.list().map(toCloudProcess) }),
  }),

  /** {Pid, TerminationDelaySeconds?}: rehearse scale-in or a health failure. */
  LocalTerminateProcess: localAction({
    validate(params) {
      const pid = localNumber(params, "Pid");
      if (pid === undefined) throw new CloudApiError("MissingParameter", "The request is missing a required parameter 'Pid'.");
      if (!Number.isSafeInteger(pid) || pid <= 0) throw new CloudApiError("InvalidParameterValue", `The parameter 'Pid' must be a positive integer, got ${pid}.`);
      const delay = localNumber(params, "TerminationDelaySeconds");
      // Bounded so the termination timer fits a setTimeout: a longer one fires at once.
      if (delay !== undefined && !(delay >= 0 && delay <= MAX_TERMINATION_DELAY_SECONDS)) {
        throw new CloudApiError("InvalidParameterValue", `The parameter 'TerminationDelaySeconds' must be from 0 to ${MAX_TERMINATION_DELAY_SECONDS}, got ${delay}.`);
      }
      return { pid, delaySeconds: delay };
    },
    run({ pid, delaySeconds }: { pid: number; delaySeconds: number | undefined }, { core, terminateProcess }) {
      const process = core.processes.get(pid);
      if (!process || process.status === "TERMINATED") throw new CloudApiError("ResourceNotFound", `No live game server process has pid ${pid}.`);
      terminateProcess(process, "LocalTerminateProcess", delaySeconds === undefined ? undefined : delaySeconds * 1000);
      return {};
    },
  }),
};

/**
 * A number parameter of a local action: a JSON number, or a decimal string
 * as form-encoded requests carry every value. Absent (or null) is undefined.
 */
function localNumber(params: Record<string, unknown>, name: string): number | undefined {
  const raw = Object.hasOwn(params, name) ? params[name] : undefined;
  if (raw === undefined || raw === null) return undefined;
  const value = typeof raw === "string" && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    const got = typeof raw === "string" ? JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw) : Array.isArray(raw) ? "a list" : typeof raw;
    throw new CloudApiError("InvalidParameter", `The parameter '${name}' must be a number, got ${got}.`);
  }
  return value;
}
