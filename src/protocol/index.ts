// The protocol's shared vocabulary: imported by the SDK and gse-local alike.
export * from "./methods.js";
export * from "./metadata.js";
export * from "./env.js";
export * from "./statuses.js";
export * from "./gseResponse.js";
