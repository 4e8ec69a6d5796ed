import { clip } from "../../../util/clip.js";
import type { ControlPlane } from "../../control/createControlPlane.js";
import { resolveAlias } from "../../control/aliases/resolveAlias.js";
import { CloudApiError } from "../CloudApiError.js";

/**
 * The fleet a request names: its FleetId, or the fleet its AliasId routes
 * to (a TERMINAL alias refuses with its message). An alias-* id no alias
 * has resolves to `aliasFleetId`, as in GSE Local.
 */
export function fleetOf(request: { FleetId?: string; AliasId?: string }, aliasFleetId: string, control?: ControlPlane): string | undefined {
  if (request.FleetId !== undefined) {
    if (!/^fleet-\S+$/.test(request.FleetId)) {
      throw new CloudApiError("InvalidParameterValue", `FleetId '${clip(request.FleetId)}' is not a fleet id: it must match ^fleet-\\S+ (any such id is accepted locally).`);
    }
    return request.FleetId;
  }
  if (request.AliasId !== undefined) {
    if (!/^alias-\S+$/.test(request.AliasId)) {
      throw new CloudApiError("InvalidParameterValue", `AliasId '${clip(request.AliasId)}' is not an alias id: it must match ^alias-\\S+.`);
    }
    const alias = control?.routing.aliases().find((a) => a.aliasId === request.AliasId);
    return alias ? resolveAlias(alias) : aliasFleetId;
  }
  return undefined;
}
