export type ProtectionPolicy = "NoProtection" | "TimeLimitProtection" | "FullProtection";

/** What scale-in needs to know of one instance. */
export interface ScaleInCandidate {
  readonly instanceId: string;
  /** SetServerReserved 1: never chosen. */
  readonly reserved: boolean;
  readonly weight: number;
  readonly createdAt: number;
  /** Its ACTIVATING and ACTIVE sessions. */
  readonly sessions: readonly { readonly protectionPolicy: ProtectionPolicy; readonly creationTime: number }[];
}

/**
 * Whether scaling may cut this session short. FullProtection: never;
 * TimeLimitProtection: not until `timeLimitMinutes` after it started (api.json:
 * GameServerSessionProtectionTimeLimit, default 60); NoProtection: always.
 */
export function isProtected(
  session: { readonly protectionPolicy: ProtectionPolicy; readonly creationTime: number },
  now: number,
  timeLimitMinutes: number,
): boolean {
  if (session.protectionPolicy === "FullProtection") return true;
  if (session.protectionPolicy === "TimeLimitProtection") return now < session.creationTime + timeLimitMinutes * 60_000;
  return false;
}

/**
 * Picks up to `count` instances to remove. Never a reserved one, never one
 * holding a protected session (so a protected ACTIVE session is never cut
 * short by scaling, even if that leaves the fleet above its desired count);
 * idle instances first, then those with fewer sessions, then the lower
 * weight (SetServerWeight: a heavier instance is preferred for placement,
 * so it is kept), then the newest, keeping the ones that have run longest.
 */
export function chooseScaleIn(
  candidates: readonly ScaleInCandidate[],
  count: number,
  now: number,
  timeLimitMinutes: number,
): string[] {
  if (count <= 0) return [];
  return candidates
    .filter((c) => !c.reserved && !c.sessions.some((s) => isProtected(s, now, timeLimitMinutes)))
    .sort(
      (a, b) =>
        a.sessions.length - b.sessions.length ||
        a.weight - b.weight ||
        b.createdAt - a.createdAt ||
        (a.instanceId < b.instanceId ? -1 : 1),
    )
    .slice(0, count)
    .map((c) => c.instanceId);
}
