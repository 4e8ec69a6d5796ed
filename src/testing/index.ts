// As in src/index.ts: the declarations use Node's types, and TypeScript 6+
// consumers default to types: []. preserve: keep it in the .d.ts.
/// <reference types="node" preserve="true" />
// gse-sdk/testing: start gse-local and your game in a test, drive sessions
// and players, assert on what the game told the agent. A separate entry: it
// loads gse-local, which game processes never need.
export {
  createGseTestKit,
  TEST_KIT_LOCAL_DEFAULTS,
  type GseTestKit,
  type GseTestKitOptions,
  type ChildGame,
  type PlayerTicket,
  type KitWaitOptions,
} from "./createGseTestKit.js";
