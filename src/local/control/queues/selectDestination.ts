export interface PlayerLatencyPolicyRecord {
  readonly maximumIndividualPlayerLatencyMilliseconds: number;
  /** Absent on the last policy: it applies until the placement times out. */
  readonly policyDurationSeconds?: number;
}

/** A game server session queue: destinations in order, a timeout, latency caps. */
export interface QueueRecord {
  readonly name: string;
  readonly arn: string;
  /** DestinationArn values in the queue's order: fleet or alias ARNs (plain ids are accepted too). */
  readonly destinations: readonly string[];
  readonly timeoutInSeconds: number;
  readonly playerLatencyPolicies: readonly PlayerLatencyPolicyRecord[];
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
  readonly creationTime: number;
}

/** One destination as placement sees it right now. */
export interface DestinationState {
  readonly destination: string;
  /** The fleet it routes to now, or why it routes nowhere (TERMINAL alias, missing fleet). */
  readonly fleet: { readonly fleetId: string; readonly region: string; readonly freeProcesses: number; readonly active: boolean } | { readonly unusable: string };
}

export interface PlayerLatencyInput {
  readonly PlayerId?: string | null;
  readonly RegionIdentifier?: string | null;
  readonly LatencyInMilliseconds?: number;
}

/**
 * The latency cap in force `elapsedSeconds` into a placement: GameLift's
 * sliding cap, which GSE mirrors. Policies apply strictest first, each for
 * its PolicyDurationSeconds, one after the other; the one without a
 * duration holds until the timeout. Past every duration, no cap applies.
 */
export function latencyCapAt(policies: readonly PlayerLatencyPolicyRecord[], elapsedSeconds: number): number | undefined {
  const ordered = [...policies].sort(
    (a, b) => a.maximumIndividualPlayerLatencyMilliseconds - b.maximumIndividualPlayerLatencyMilliseconds,
  );
  let from = 0;
  for (const policy of ordered) {
    if (policy.policyDurationSeconds === undefined) return policy.maximumIndividualPlayerLatencyMilliseconds;
    if (elapsedSeconds < from + policy.policyDurationSeconds) return policy.maximumIndividualPlayerLatencyMilliseconds;
    from += policy.policyDurationSeconds;
  }
  return undefined;
}

/**
 * Seconds into a placement at which the cap in force next changes (a
 * policy's PolicyDurationSeconds runs out), after `elapsedSeconds`; undefined
 * when it never changes again. The orchestrator re-checks a waiting
 * placement then, so one that a relaxed cap makes placeable is placed
 * without waiting for another event.
 */
export function nextLatencyRelaxation(policies: readonly PlayerLatencyPolicyRecord[], elapsedSeconds: number): number | undefined {
  const ordered = [...policies].sort(
    (a, b) => a.maximumIndividualPlayerLatencyMilliseconds - b.maximumIndividualPlayerLatencyMilliseconds,
  );
  let at = 0;
  for (const policy of ordered) {
    if (policy.policyDurationSeconds === undefined) return undefined;
    at += policy.policyDurationSeconds;
    if (at > elapsedSeconds) return at;
  }
  return undefined;
}

/**
 * A player's latency to a region: the report for that region, else a report
 * that names no region (which applies everywhere, since gse-local runs
 * every fleet on one host). A player who reported nothing does not limit
 * the choice: api.json is silent, and refusing would make a queue with a
 * latency policy unusable for clients that send no latencies.
 */
function latencyTo(region: string, reports: readonly PlayerLatencyInput[]): number | undefined {
  const forRegion = reports.find((r) => r.RegionIdentifier === region && r.LatencyInMilliseconds !== undefined);
  if (forRegion) return forRegion.LatencyInMilliseconds;
  return reports.find((r) => !r.RegionIdentifier && r.LatencyInMilliseconds !== undefined)?.LatencyInMilliseconds;
}

export type DestinationChoice =
  | { readonly fleetId: string; readonly destination: string }
  | { readonly fleetId?: undefined; readonly reasons: readonly string[] };

/**
 * The first destination, in queue order, that routes to an ACTIVE fleet with
 * a free process and where no player's latency exceeds the cap in force.
 * Otherwise the reason each was skipped, for the placement's history.
 */
export function selectDestination(
  destinations: readonly DestinationState[],
  playerLatencies: readonly PlayerLatencyInput[],
  cap: number | undefined,
): DestinationChoice {
  const reasons: string[] = [];
  const byPlayer = new Map<string, PlayerLatencyInput[]>();
  for (const report of playerLatencies) {
    const key = report.PlayerId ?? "";
    const list = byPlayer.get(key) ?? [];
    list.push(report);
    byPlayer.set(key, list);
  }
  for (const d of destinations) {
    const fleet = d.fleet;
    if ("unusable" in fleet) {
      reasons.push(`${d.destination}: ${fleet.unusable}`);
      continue;
    }
    if (!fleet.active) {
      reasons.push(`${d.destination}: fleet ${fleet.fleetId} is not ACTIVE`);
      continue;
    }
    if (fleet.freeProcesses <= 0) {
      reasons.push(`${d.destination}: fleet ${fleet.fleetId} has no free server process`);
      continue;
    }
    if (cap !== undefined) {
      let over: string | undefined;
      for (const [player, reports] of byPlayer) {
        const latency = latencyTo(fleet.region, reports);
        if (latency !== undefined && latency > cap) {
          over = `player ${player || "(unnamed)"} has ${latency} ms to ${fleet.region}, over the ${cap} ms policy`;
          break;
        }
      }
      if (over) {
        reasons.push(`${d.destination}: ${over}`);
        continue;
      }
    }
    return { fleetId: fleet.fleetId, destination: d.destination };
  }
  return { reasons };
}
