/** A small seeded PRNG so generated datasets are byte-identical for a seed on every machine. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [minInclusive, maxExclusive). */
  int(minInclusive: number, maxExclusive: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
}

/**
 * mulberry32: 32-bit state, good enough spread for test data, and trivially portable.
 * @example seededRandom(42).int(0, 10) // the same integer on every run
 */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (minInclusive: number, maxExclusive: number): number =>
    minInclusive + Math.floor(next() * (maxExclusive - minInclusive));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('seededRandom.pick: cannot pick from an empty array');
    return items[int(0, items.length)] as T;
  };
  return { next, int, pick };
}
