import { GseResponse } from "../../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import { GseGrpcSdkServiceDefinition } from "../../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";

/** Marks a request whose bytes did not decode, with the decoder's complaint. */
export const MALFORMED = Symbol("gse-local malformed request");

/**
 * GseGrpcSdkService's definition with a decoder that never throws. grpc-js
 * answers a request it cannot decode with INTERNAL ("Error deserializing
 * request"), which reads as a bug in the agent; the bytes are the caller's
 * fault, so the metadata middleware answers INVALID_ARGUMENT naming the
 * message instead.
 */
export const AGENT_SERVICE_DEFINITION: typeof GseGrpcSdkServiceDefinition = {
  ...GseGrpcSdkServiceDefinition,
  methods: Object.fromEntries(
    Object.entries(GseGrpcSdkServiceDefinition.methods).map(([key, method]) => {
      const type = method.requestType as { decode(input: Uint8Array, length?: number): object; fromPartial(value: object): object };
      const decode = (input: Uint8Array, length?: number): object => {
        try {
          return type.decode(input, length);
        } catch (error) {
          return { ...type.fromPartial({}), [MALFORMED]: error instanceof Error ? error.message : String(error) };
        }
      };
      return [key, { ...method, requestType: { ...method.requestType, decode } }];
    }),
  ) as unknown as typeof GseGrpcSdkServiceDefinition.methods,
};

/** Agent methods whose reply is a GseResponse: a refusal travels in it, not as a gRPC status. */
export const GSE_RESPONSE_METHODS: ReadonlySet<string> = new Set(
  Object.values(GseGrpcSdkServiceDefinition.methods)
    .filter((method) => (method.responseType as unknown) === GseResponse)
    .map((method) => method.name),
);
