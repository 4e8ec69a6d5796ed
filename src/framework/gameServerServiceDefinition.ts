import { BinaryReader } from "@bufbuild/protobuf/wire";
import {
  GameServerGrpcSdkServiceDefinition,
  ProcessTerminateRequest,
} from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";

/**
 * GameServerGrpcSdkService's definition with an OnProcessTerminate decoder
 * that never loses the request. The generated decoder throws on an int64
 * beyond 2^53 ("Value is larger than Number.MAX_SAFE_INTEGER"), grpc-js then
 * answers INTERNAL, and the game never hears that it must end. Here such a
 * terminationTime arrives as an unsafe number, which the runtime treats as
 * "end now" (readTerminationTime).
 */
export const GAME_SERVER_SERVICE_DEFINITION: typeof GameServerGrpcSdkServiceDefinition = {
  ...GameServerGrpcSdkServiceDefinition,
  methods: {
    ...GameServerGrpcSdkServiceDefinition.methods,
    onProcessTerminate: {
      ...GameServerGrpcSdkServiceDefinition.methods.onProcessTerminate,
      requestType: { ...ProcessTerminateRequest, decode: decodeProcessTerminateRequest },
    },
  },
};

export function decodeProcessTerminateRequest(input: BinaryReader | Uint8Array, length?: number): ProcessTerminateRequest {
  try {
    return ProcessTerminateRequest.decode(input, length);
  } catch {
    // Only the int64 conversion can fail on bytes that parse; anything else
    // malformed fails here too and grpc-js answers INTERNAL as before.
    const bytes = input instanceof BinaryReader ? undefined : input;
    if (bytes === undefined) throw new Error("ProcessTerminateRequest: cannot re-read a consumed reader");
    const reader = new BinaryReader(bytes);
    const end = length === undefined ? reader.len : reader.pos + length;
    let terminationTime = 0;
    while (reader.pos < end) {
      const [fieldNo, wireType] = reader.tag();
      if (fieldNo === 1 && wireType === 0) terminationTime = Number(reader.int64());
      else reader.skip(wireType, fieldNo);
    }
    return { terminationTime };
  }
}
