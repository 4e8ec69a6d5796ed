import { ControlRefusal, type ControlRefusalKind } from "../../control/ControlRefusal.js";
import { answerOtherAction } from "../../control/catalogue/answerOtherAction.js";
import { GSE_ACTIONS, isGseAction } from "../../control/catalogue/gseActions.js";
import { CloudApiError, type CloudApiErrorCode } from "../CloudApiError.js";
import { deriveActionSchemas } from "../schema/deriveActionSchema.js";
import { validateWithSchema } from "../schema/validateWithSchema.js";
import { assetActions } from "./assetActions.js";
import type { ControlAction, ControlActionContext, ControlActionTable, ControlResponse } from "./ControlActionContext.js";
import type { ControlActionName, ControlRequests } from "./controlModels.js";
import { CONTROL_ACTION_RULES } from "./controlActionRules.js";
import { fleetActions } from "./fleetActions.js";
import { instanceActions } from "./instanceActions.js";
import { routingActions } from "./routingActions.js";
import { scalingActions } from "./scalingActions.js";

/** Every control action's schema, derived once from api.json and CONTROL_ACTION_RULES. */
export const CONTROL_SCHEMAS = deriveActionSchemas(CONTROL_ACTION_RULES);

type OtherAnswered = "DescribeInstanceTypes" | "DescribeInstanceLimit" | "DescribeUserQuota" | "DescribeUserQuotas" | "DescribeCcnInstances";

// The catalogue answers these and api.json's other actions by name, untyped.
const other = <A extends OtherAnswered>(action: A): ControlAction<A> => (request, { plane }) =>
  answerOtherAction(action, request as Record<string, unknown>, { limits: plane.limits, usage: plane.usage() }) as ControlResponse<A>;

/** Every control-plane action; the type requires each one of ControlActionName. */
const ACTIONS: ControlActionTable<ControlActionName> = {
  ...assetActions,
  ...fleetActions,
  ...instanceActions,
  ...scalingActions,
  ...routingActions,
  DescribeInstanceTypes: other("DescribeInstanceTypes"),
  DescribeInstanceLimit: other("DescribeInstanceLimit"),
  DescribeUserQuota: other("DescribeUserQuota"),
  DescribeUserQuotas: other("DescribeUserQuotas"),
  DescribeCcnInstances: other("DescribeCcnInstances"),
};

/** The cloud code of each control refusal: TencentCloud's common error codes. */
const CODES: { readonly [K in ControlRefusalKind]: CloudApiErrorCode } = {
  InvalidParameterValue: "InvalidParameterValue",
  MissingParameter: "MissingParameter",
  ResourceNotFound: "ResourceNotFound",
  ResourceInUse: "ResourceInUse",
  LimitExceeded: "LimitExceeded",
  FailedOperation: "FailedOperation",
  UnsupportedOperation: "UnsupportedOperation",
  OperationDenied: "OperationDenied",
};

export function toCloudError(refusal: ControlRefusal): CloudApiError {
  return new CloudApiError(CODES[refusal.kind], refusal.message);
}

export function isControlAction(action: string): action is ControlActionName {
  return Object.hasOwn(CONTROL_SCHEMAS, action);
}

/**
 * Dispatch for the control plane's actions and the catalogue's other
 * actions: undefined for an action it does not serve (the sessions'
 * dispatch has it). The request is validated once, here.
 */
export function createControlDispatch(
  context: (request: { region: string | undefined }) => ControlActionContext,
): (action: string, params: Record<string, unknown>, request: { region: string | undefined }) => Promise<Record<string, unknown>> | undefined {
  return (action, params, request) => {
    if (!isGseAction(action) || GSE_ACTIONS[action] === "sessions") return undefined;
    return (async () => {
      try {
        if (!isControlAction(action)) {
          // CCN, COS bucket options, instance login, image assets: no local meaning.
          return answerOtherAction(action, params, { limits: { assets: 0, fleets: 0, aliases: 0, queues: 0, instances: 0 }, usage: { assets: 0, fleets: 0, aliases: 0, queues: 0, instances: 0 } });
        }
        const typed = validateWithSchema<ControlRequests[typeof action]>(CONTROL_SCHEMAS[action], params);
        const run = ACTIONS[action] as ControlAction<typeof action>;
        return await run(typed as never, context(request));
      } catch (error) {
        throw error instanceof ControlRefusal ? toCloudError(error) : error;
      }
    })();
  };
}
