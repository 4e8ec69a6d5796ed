import { toCloudPlacement } from "../../views/cloudViews.js";
import type { CloudActionTable } from "./CloudActionContext.js";

/** Game server session placement actions. */
export const placementActions: CloudActionTable<"StartGameServerSessionPlacement" | "DescribeGameServerSessionPlacement" | "StopGameServerSessionPlacement"> = {
  StartGameServerSessionPlacement(request, { core }) {
    const placement = core.placements.start({
      placementId: request.PlacementId,
      queueName: request.GameServerSessionQueueName,
      maximumPlayerSessionCount: request.MaximumPlayerSessionCount,
      ...(request.GameProperties !== undefined && { gameProperties: request.GameProperties }),
      ...(request.GameServerSessionName !== undefined && { gameServerSessionName: request.GameServerSessionName }),
      ...(request.GameServerSessionData !== undefined && { gameServerSessionData: request.GameServerSessionData }),
      ...(request.DesiredPlayerSessions !== undefined && { desiredPlayerSessions: request.DesiredPlayerSessions }),
      ...(request.PlayerLatencies !== undefined && { playerLatencies: request.PlayerLatencies }),
    });
    return { GameServerSessionPlacement: toCloudPlacement(core, placement) };
  },

  DescribeGameServerSessionPlacement(request, { core }) {
    return { GameServerSessionPlacement: toCloudPlacement(core, core.placements.require(request.PlacementId)) };
  },

  StopGameServerSessionPlacement(request, { core }) {
    const placement = core.placements.require(request.PlacementId);
    core.placements.stop(placement);
    return { GameServerSessionPlacement: toCloudPlacement(core, placement) };
  },
};
