import { clip } from "../../../util/clip.js";
import { CloudApiError } from "../CloudApiError.js";

/** The fleet a request names: its FleetId, or the one fleet an AliasId resolves to locally. */
export function fleetOf(request: { FleetId?: string; AliasId?: string }, aliasFleetId: string): string | undefined {
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
    return aliasFleetId;
  }
  return undefined;
}
