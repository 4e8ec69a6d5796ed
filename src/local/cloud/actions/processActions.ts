import type { LocalProcess } from "../../core/records.js";
import { CloudApiError } from "../CloudApiError.js";
import type { CloudActionTable } from "./CloudActionContext.js";

/** Actions on a session's process. */
export const processActions: CloudActionTable<"GetGameServerSessionLogUrl" | "EndGameServerSessionAndProcess"> = {
  GetGameServerSessionLogUrl(request, { core, logUrl }) {
    return { PreSignedUrl: logUrl(core.gameServerSessions.require(request.GameServerSessionId)) };
  },

  EndGameServerSessionAndProcess(request, { core, terminateProcess }) {
    // The schema requires GameServerSessionId, or IpAddress with Port.
    let process: LocalProcess | undefined;
    if (request.GameServerSessionId !== undefined) {
      process = core.processes.get(core.gameServerSessions.require(request.GameServerSessionId).pid);
    } else {
      process = core.processes.byClientPort(request.Port!);
      if (!process) throw new CloudApiError("ResourceNotFound", `No live game server process listens on ${request.IpAddress}:${request.Port}.`);
    }
    if (!process || process.status === "TERMINATED") {
      throw new CloudApiError("FailedOperation", "The game server process of that session has already ended.");
    }
    terminateProcess(process, "EndGameServerSessionAndProcess");
    return {};
  },
};
