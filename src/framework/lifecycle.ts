import type { GameServerSession } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";

/**
 * The process lifecycle as one explicit state machine. `transition` is pure:
 * the runtime asks it whether an event is allowed and what state follows,
 * then performs the calls. Every path the SDK takes goes through here.
 *
 *   starting --processReady--> ready --sessionOffered--> activating --sessionActivated--> active
 *   activating|active --sessionEnded--> ready
 *   starting|ready|activating|active --endRequested--> ending --processEnded--> ended
 */
export type LifecycleState =
  | { readonly phase: "starting" }
  | { readonly phase: "ready" }
  | { readonly phase: "activating"; readonly session: GameServerSession }
  | { readonly phase: "active"; readonly session: GameServerSession }
  /** The session is kept while ending so it can be terminated exactly once. */
  | { readonly phase: "ending"; readonly session: GameServerSession | undefined }
  | { readonly phase: "ended" };

/** The lifecycle's phase: starting, ready, activating, active, ending, ended. */
export type LifecyclePhase = LifecycleState["phase"];

/** What moves the lifecycle: the protocol's calls and the game's own steps. */
export type LifecycleEvent =
  | { readonly type: "processReady" }
  | { readonly type: "sessionOffered"; readonly session: GameServerSession }
  | { readonly type: "sessionActivated"; readonly gameServerSessionId: string }
  | { readonly type: "sessionEnded"; readonly gameServerSessionId: string }
  | { readonly type: "endRequested" }
  | { readonly type: "processEnded" };

/** The next state, or why the event is refused in this state. */
export type TransitionResult =
  | { readonly ok: true; readonly state: LifecycleState }
  | { readonly ok: false; readonly reason: string };

export const initialLifecycleState: LifecycleState = { phase: "starting" };

export function sessionOf(state: LifecycleState): GameServerSession | undefined {
  return "session" in state ? state.session : undefined;
}

/** The lifecycle's transition function: pure, exported for tests and tools that model the protocol. */
export function transition(state: LifecycleState, event: LifecycleEvent): TransitionResult {
  const refuse = (reason: string): TransitionResult => ({ ok: false, reason });
  const to = (next: LifecycleState): TransitionResult => ({ ok: true, state: next });
  const held = sessionOf(state);

  switch (event.type) {
    case "processReady":
      // An offer may race ahead of ProcessReady's answer; keep what it set up.
      return state.phase === "starting" ? to({ phase: "ready" }) : state.phase === "ended" ? refuse("the process has ended") : to(state);

    case "sessionOffered":
      if (state.phase === "starting" || state.phase === "ready") {
        return to({ phase: "activating", session: event.session });
      }
      if (held) {
        return refuse(
          `this process already holds game server session '${held.gameServerSessionId}' (${state.phase}); it hosts one session at a time`,
        );
      }
      return refuse(`the process is ${state.phase}: it accepts no new game server session`);

    case "sessionActivated":
      if (state.phase === "activating" && state.session.gameServerSessionId === event.gameServerSessionId) {
        return to({ phase: "active", session: state.session });
      }
      return refuse(`game server session '${event.gameServerSessionId}' is not activating on this process (${state.phase})`);

    case "sessionEnded":
      if (held?.gameServerSessionId !== event.gameServerSessionId) {
        return refuse(`game server session '${event.gameServerSessionId}' is not held by this process`);
      }
      return state.phase === "ending" ? to({ phase: "ending", session: undefined }) : to({ phase: "ready" });

    case "endRequested":
      if (state.phase === "ending" || state.phase === "ended") return refuse(`the process is already ${state.phase}`);
      return to({ phase: "ending", session: held });

    case "processEnded":
      return state.phase === "ending" ? to({ phase: "ended" }) : refuse(`the process is ${state.phase}, not ending`);
  }
}
