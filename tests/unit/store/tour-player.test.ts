import { describe, expect, it } from 'vitest';
import { readingTimeMs } from '../../../src/store/tour-player.ts';
import { event } from '../data-app/story-fixture.ts';

describe('readingTimeMs', () => {
  it('gives longer excerpts more time and divides by the speed', () => {
    const short = event('a', '2025-01-01', { excerpts: [{ article: 'x', start: 0, end: 3, text: 'abc' }] });
    const long = event('b', '2025-01-01', {
      excerpts: [{ article: 'x', start: 0, end: 120, text: 'ب'.repeat(120) }],
    });
    expect(readingTimeMs(long, 1)).toBeGreaterThan(readingTimeMs(short, 1));
    expect(readingTimeMs(long, 2)).toBe(readingTimeMs(long, 1) / 2);
  });

  it('is capped so one event never holds the tour for long', () => {
    const huge = event('c', '2025-01-01', {
      excerpts: [{ article: 'x', start: 0, end: 5000, text: 'ب'.repeat(5000) }],
    });
    expect(readingTimeMs(huge, 1)).toBe(16_000);
  });
});
