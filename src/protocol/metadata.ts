/**
 * gRPC metadata keys of every agent call. gRPC lower-cases keys on the wire,
 * so they are spelled lower-case on both sides: the SDK writes them, the
 * agent reads them.
 */
export const PID_METADATA = "pid";
/** A unique id per logical request; a retry repeats it so the agent answers it once. */
export const REQUEST_ID_METADATA = "requestid";
