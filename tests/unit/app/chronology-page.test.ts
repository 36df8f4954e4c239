import { describe, expect, it } from 'vitest';
import { chronologyPage } from '../../../src/app/chronology-page.ts';

describe('chronologyPage', () => {
  it('finds the page holding an index', () => {
    expect(chronologyPage(250, 1000, 100)).toEqual({ page: 2, pageCount: 10, start: 200, end: 300 });
  });

  it('clamps and handles a short last page and an empty list', () => {
    expect(chronologyPage(10_000, 120, 50)).toEqual({ page: 2, pageCount: 3, start: 100, end: 120 });
    expect(chronologyPage(0, 0, 50)).toEqual({ page: 0, pageCount: 1, start: 0, end: 0 });
  });
});
