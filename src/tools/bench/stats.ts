/** Order statistics for benchmark samples (nearest-rank, so every figure is a sample that happened). */

/**
 * The q-quantile (0..1) of samples by the nearest-rank method.
 * @example quantile([5, 1, 3], 0.5) // 3
 */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('quantile: no samples');
  if (q < 0 || q > 1) throw new Error(`quantile: q must be within 0..1, got ${q}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] as number;
}

/** @example median([4, 1, 3, 2]) // 2 (the lower middle: nearest rank) */
export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

/** @example p95(Array.from({ length: 100 }, (_, i) => i + 1)) // 95 */
export function p95(samples: readonly number[]): number {
  return quantile(samples, 0.95);
}

/** Rounds a duration for reporting: 0.01 ms below 10 ms, whole ms above. */
export function roundMs(durationMs: number): number {
  return durationMs < 10 ? Math.round(durationMs * 100) / 100 : Math.round(durationMs);
}
