export { createCore, type GseLocalCore, type CoreOptions } from "./createCore.js";
export { systemClock, type Clock, type ClockTimer } from "./Clock.js";
export { createManualClock, type ManualClock } from "./createManualClock.js";
export { CoreRefusal, CORE_REFUSAL_REASONS, type CoreRefusalReason } from "./CoreRefusal.js";
export type { CoreDomains, DomainName, StateChange, CoreTables } from "./CoreDomains.js";
export type { GseLocalEvent, GseLocalEventType } from "./GseLocalEvent.js";
export type * from "./records.js";
