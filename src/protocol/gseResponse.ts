import { GseResponse_Status, type GseResponse } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";

/** The GseResponse of a call that succeeded. */
export function gseOk(responseData = ""): GseResponse {
  return { status: GseResponse_Status.OK, responseData, errorMessage: "" };
}

/** The protocol's own way to say no: GseResponse{ERROR_400 | ERROR_500, errorMessage}. */
export function gseRefusal(errorMessage: string, status: GseResponse_Status = GseResponse_Status.ERROR_400): GseResponse {
  return { status, responseData: "", errorMessage };
}

/** Whether a reply is a GseResponse (DescribePlayerSessions's is not). */
export function isGseResponse(value: unknown): value is GseResponse {
  return typeof value === "object" && value !== null && "status" in value && "errorMessage" in value;
}
