import { CloudApiError } from "./CloudApiError.js";
import type { CloudActionName, CloudRequests } from "./cloudModels.js";
import { deriveActionSchemas } from "./schema/deriveActionSchema.js";
import { validateWithSchema } from "./schema/validateWithSchema.js";
import { SESSION_ACTION_RULES } from "./sessionActionRules.js";

const SCHEMAS = deriveActionSchemas(SESSION_ACTION_RULES);

/** Every action gse-local serves, in the order of the rules table. */
export const CLOUD_ACTIONS: readonly CloudActionName[] = Object.freeze(
  // The table's keys are exactly the served actions.
  Object.keys(SCHEMAS) as CloudActionName[],
);

export function isCloudAction(name: string): name is CloudActionName {
  return Object.hasOwn(SCHEMAS, name);
}

/**
 * Checks a session action's parameters and returns them typed, or throws the
 * CloudApiError TencentCloud would answer with (see validateWithSchema).
 */
export function validateCloudRequest<A extends CloudActionName>(
  action: A,
  params: Record<string, unknown>,
): CloudRequests[A] {
  if (!isCloudAction(action)) {
    // Reachable from untyped callers only.
    throw new CloudApiError("InvalidAction", `The action '${String(action)}' is not served by gse-local.`);
  }
  return validateWithSchema<CloudRequests[A]>(SCHEMAS[action], params);
}
