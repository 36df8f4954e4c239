import { describe, expect, it } from 'vitest';
import {
  SYNTHETIC_100K,
  SYNTHETIC_DATASETS,
  SYNTHETIC_DEFAULTS,
} from '../../../../src/tools/bench/write-synthetic.ts';
import { DATASETS } from '../../../../src/data/datasets.ts';

describe('the synthetic datasets the bench writes', () => {
  it('are 10,000 events on 1,000 places and 100,000 events on 5,000 places, same seed', () => {
    expect(SYNTHETIC_DEFAULTS).toMatchObject({ eventCount: 10_000, placeCount: 1_000 });
    expect(SYNTHETIC_100K).toMatchObject({
      eventCount: 100_000,
      placeCount: 5_000,
      seed: SYNTHETIC_DEFAULTS.seed,
    });
  });

  it('are datasets the app accepts by name', () => {
    for (const name of Object.keys(SYNTHETIC_DATASETS)) expect(DATASETS).toContain(name);
  });
});
