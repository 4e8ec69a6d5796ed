import { CoreRefusal } from "../../core/CoreRefusal.js";
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

/** Every served action; the type requires each one of CloudActionName. */
const ACTIONS: CloudActionTable<CloudActionName> = { ...sessionActions, ...playerActions, ...placementActions, ...processActions };

/**
 * The cloud API's dispatch: the request is validated once, here, into the
 * action's typed request; the action calls the core; a core refusal becomes
 * the cloud error TencentCloud would answer with.
 */
export function createCloudDispatch(context: CloudActionContext): CloudDispatch {
  return (action, params) => {
    try {
      if (Object.hasOwn(localActions, action)) {
        const local = localActions[action as LocalActionName];
        return local.run(local.validate(params), context);
      }
      if (!isCloudAction(action)) {
        throw new CloudApiError("InvalidAction", `The action '${action}' does not exist in gse 2019-11-12 or is not served by gse-local.`);
      }
      const run = ACTIONS[action] as CloudAction<typeof action>;
      return run(validateCloudRequest(action, params), context);
    } catch (error) {
      throw error instanceof CoreRefusal ? toCloudApiError(error) : error;
    }
  };
}
