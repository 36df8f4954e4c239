import { describe, expect, it } from 'vitest';
import { cameraMoveDurationMs, placesBounds } from '../../../src/map/camera.ts';
import { PLACES, place } from '../data-app/story-fixture.ts';

describe('placesBounds', () => {
  it('boxes the label points of the places', () => {
    expect(placesBounds(PLACES)).toEqual([-77, 24.7, 46.7, 55.8]);
  });

  it('uses a country’s label point, not its outline', () => {
    const russia = place('russia', 'Russia', 'روسيا', [100, 60]);
    russia.geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [20, 40],
          [180, 40],
          [180, 80],
          [20, 80],
          [20, 40],
        ],
      ],
    };
    expect(placesBounds([russia])).toEqual([100, 60, 100, 60]);
  });

  it('has no box for an event without places', () => {
    expect(placesBounds([])).toBeNull();
  });
});

describe('cameraMoveDurationMs', () => {
  it('flies to an event when motion is welcome', () => {
    expect(cameraMoveDurationMs({ firstView: false, reducedMotion: false, flyDurationMs: 1400 })).toBe(1400);
  });

  it('jumps when the reader prefers reduced motion', () => {
    expect(cameraMoveDurationMs({ firstView: false, reducedMotion: true, flyDurationMs: 1400 })).toBe(0);
  });

  it('jumps to the first view', () => {
    expect(cameraMoveDurationMs({ firstView: true, reducedMotion: false, flyDurationMs: 1400 })).toBe(0);
  });
});
