import { GseResponse_Status } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";

/**
 * gse-local refusing a game process's call. It travels as
 * GseResponse{status: ERROR_400 | ERROR_500, errorMessage}, the protocol's own
 * way to say no, or as a gRPC error where the reply has no status field.
 */
export class AgentRefusal extends Error {
  override readonly name = "AgentRefusal";
  constructor(
    message: string,
    readonly status: GseResponse_Status.ERROR_400 | GseResponse_Status.ERROR_500 = GseResponse_Status.ERROR_400,
  ) {
    super(message);
  }
}
