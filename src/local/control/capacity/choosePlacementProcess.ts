/** A free process that could host a new session, with what placement weighs. */
export interface PlacementCandidate {
  readonly pid: number;
  readonly instanceId: string;
  /** Its instance's SetServerWeight (0..10, default 5). */
  readonly weight: number;
}

/**
 * Which free process gets a new session (SetServerWeight in placement).
 * api.json says only that an instance has a weight from 0 to 10, default 5;
 * gse-local reads it as Tencent's load balancers read a backend's weight:
 * weight 0 takes no new sessions (a way to drain an instance without scaling
 * it in), and otherwise sessions go to the instance with the fewest sessions
 * per unit of weight (weighted least-loaded), so a weight-10 instance ends
 * up with twice the sessions of a weight-5 one and equal weights spread
 * evenly. Ties: the higher weight, then the order candidates come in (the
 * process registered longest). With one instance (the default fleet) this
 * is plain registration order, as before weights counted.
 *
 * `load`: sessions each instance's processes hold now. Candidates are in
 * registration order. One pass, no sort: placement stays O(processes).
 */
export function choosePlacementProcess(candidates: Iterable<PlacementCandidate>, load: ReadonlyMap<string, number>): number | undefined {
  let best: PlacementCandidate | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c.weight <= 0) continue;
    const score = (load.get(c.instanceId) ?? 0) / c.weight;
    if (score < bestScore || (score === bestScore && best !== undefined && c.weight > best.weight)) {
      best = c;
      bestScore = score;
    }
  }
  return best?.pid;
}
