import { GseError } from "../../errors/GseError.js";
import { checkFaultRule } from "./createFaultInjector.js";
import { AGENT_METHODS, FAULT_GRPC_CODES, PROCESS_METHODS, type FaultGrpcCode, type FaultRule } from "./FaultRule.js";

const METHODS = [...AGENT_METHODS, ...PROCESS_METHODS];

/** The --fault syntax, for help texts. */
export const FAULT_SYNTAX = "<method>:<action>[:arg][xN]";

/**
 * Reads the CLI form of a fault rule, `<method>:<action>[:arg][xN]`:
 * `AcceptPlayerSession:fail:UNAVAILABLEx2`, `*:delay:200`, `ProcessReady:drop`,
 * `TerminateGameServerSession:refuse:ERROR_500`. `xN` limits the rule to the
 * next N matching calls. Method names and codes are matched ignoring case.
 */
export function parseFaultRule(text: string): FaultRule {
  const fail = (why: string): never => {
    throw new GseError("BAD_REQUEST_EXCEPTION", `--fault ${JSON.stringify(text)}: ${why} (syntax ${FAULT_SYNTAX})`, { field: "fault" });
  };
  let spec = text.trim();
  let times: number | undefined;
  // "xN" ends the whole spec; no method, action or argument ends in x<digits>.
  const suffix = /x(\d+)$/i.exec(spec);
  if (suffix) {
    times = Number(suffix[1]);
    if (!Number.isSafeInteger(times) || times < 1) fail(`the repeat count x${suffix[1]} must be a positive integer`);
    spec = spec.slice(0, suffix.index);
  }
  const parts = spec.split(":");
  if (parts.length < 2 || parts.length > 3) fail("expected 2 or 3 ':'-separated parts");
  const [methodText, actionText, arg] = parts as [string, string, string | undefined];
  const method: FaultRule["method"] | undefined = methodText === "*" ? "*" : METHODS.find((m) => m.toLowerCase() === methodText.toLowerCase());
  if (method === undefined) return fail(`unknown method ${JSON.stringify(methodText)}; use * or one of ${METHODS.join(", ")}`);
  const base = { method, ...(times !== undefined && { times }) };
  const action = actionText.toLowerCase();
  const noArg = () => {
    if (arg !== undefined) fail(`${action} takes no argument`);
  };
  let rule: FaultRule;
  switch (action) {
    case "delay": {
      const ms = arg === undefined || !/^\d+$/.test(arg) ? NaN : Number(arg);
      if (!Number.isSafeInteger(ms)) fail("delay needs a whole number of milliseconds, e.g. *:delay:200");
      rule = { ...base, action: "delay", ms };
      break;
    }
    case "drop":
      noArg();
      rule = { ...base, action: "drop" };
      break;
    case "fail": {
      const code = FAULT_GRPC_CODES.find((c) => c === arg?.toUpperCase());
      if (code === undefined) fail(`fail needs a gRPC status name: ${FAULT_GRPC_CODES.join(", ")}`);
      rule = { ...base, action: "fail", code: code as FaultGrpcCode };
      break;
    }
    case "refuse": {
      const status = arg?.toUpperCase();
      if (status !== "ERROR_400" && status !== "ERROR_500") fail("refuse needs ERROR_400 or ERROR_500");
      rule = { ...base, action: "refuse", status: status as "ERROR_400" | "ERROR_500" };
      break;
    }
    default:
      return fail(`unknown action ${JSON.stringify(actionText)}; use delay, drop, fail or refuse`);
  }
  return checkFaultRule(rule);
}
