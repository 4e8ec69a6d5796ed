/** A repeatable stream of numbers in [0, 1) (a linear congruential generator): a failing random run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}
