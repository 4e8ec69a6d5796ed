import { ControlRefusal } from "../../control/ControlRefusal.js";
import { CoreRefusal } from "../../core/CoreRefusal.js";
import { toCloudError } from "../control/createControlDispatch.js";
import { CloudApiError } from "../CloudApiError.js";
import type { CloudActionName } from "../cloudModels.js";
import type { CloudDispatch } from "../createCloudApiHandler.js";
import { toCloudApiError } from "../toCloudApiError.js";
import { isCloudAction, validateCloudRequest } from "../validateCloudRequest.js";
import type { CloudAction, CloudActionContext, CloudActionTable } from "./CloudActionContext.js";
import { localActions, type LocalActionName } from "./localActions.js";
import { placementActions } from "./placementActions.js";
import { playerActions } from "./playerActions.js";
import { processActions } from "./processActions.js";
import { sessionActions } from "./sessionActions.js";

/** The control plane's dispatch (cloud/control/createControlDispatch.ts): undefined for an action it does not serve. */
export type ControlDispatch = (action: string, params: Record<string, unknown>, request: { region: string | undefined }) => Promise<Record<string, unknown>> | undefined;

/** Every served action; the type requires each one of CloudActionName. */
const ACTIONS: CloudActionTable<CloudActionName> = { ...sessionActions, ...playerActions, ...placementActions, ...processActions };

/**
 * The cloud API's dispatch: the request is validated once, here, into the
 * action's typed request; the action calls the core; a core refusal becomes
 * the cloud error TencentCloud would answer with.
 */
export function createCloudDispatch(context: CloudActionContext, control?: ControlDispatch): CloudDispatch {
  return (action, params, request) => {
    try {
      if (Object.hasOwn(localActions, action)) {
        const local = localActions[action as LocalActionName];
        return local.run(local.validate(params), context);
      }
      if (!isCloudAction(action)) {
        // The control plane's actions, and api.json's others (never InvalidAction for a real GSE action).
        const answer = control?.(action, params, { region: request.region });
        if (answer) return answer;
        throw new CloudApiError("InvalidAction", `The action '${action}' does not exist in gse 2019-11-12 or is not served by gse-local.`);
      }
      const run = ACTIONS[action] as CloudAction<typeof action>;
      return run(validateCloudRequest(action, params), context);
    } catch (error) {
      if (error instanceof ControlRefusal) throw toCloudError(error);
      throw error instanceof CoreRefusal ? toCloudApiError(error) : error;
    }
  };
}
