import { describe, expect, it } from 'vitest';
import { eventFrame, wholeStoryFrame } from '../../../../src/map/camera.ts';
import { appFlyDurationMs, tourPath } from '../../../../src/tools/bench/flight-timing.ts';
import { place } from '../../data/story-fixture.ts';

type PathStory = Parameters<typeof eventFrame>[0];
type PathEvent = PathStory['events'][number];

const kyiv = place('kyiv', 'Kyiv', 'كييف', [30.52, 50.45]);
const geneva = place('geneva', 'Geneva', 'جنيف', [6.14, 46.2]);
const riyadh = place('riyadh', 'Riyadh', 'الرياض', [46.72, 24.69]);

/** Only what the camera code reads of an event: its places, kind and actors. */
const pathEvent = (id: string, places: string[]): PathEvent =>
  ({
    type: 'Feature',
    id,
    geometry: null,
    properties: { id, places, kind: 'statement', actors: [] },
  }) as unknown as PathEvent;

const story: PathStory = {
  events: [
    pathEvent('opening', []),
    pathEvent('kyiv-1', ['kyiv']),
    pathEvent('kyiv-2', ['kyiv']), // the same frame: not a flight
    pathEvent('nowhere', []), // no places: the camera stays
    pathEvent('geneva', ['geneva']),
    pathEvent('riyadh', ['riyadh']),
  ],
  placeById: new Map([kyiv, geneva, riyadh].map((p) => [p.id, p])),
};

describe('tourPath', () => {
  it('starts at the first view and flies to each next event with a frame of its own', () => {
    const path = tourPath(story, 0, 3);
    expect(path.eventIds).toEqual(['kyiv-1', 'geneva', 'riyadh']);
    expect(path.frames[0]).toEqual(wholeStoryFrame([kyiv, geneva, riyadh]));
    expect(path.frames.slice(1)).toEqual([1, 4, 5].map((index) => eventFrame(story, index)));
  });

  it('says so when the story has fewer flights than asked', () => {
    expect(() => tourPath(story, 0, 4)).toThrow(/3 flights from event 0, not 4/);
  });
});

describe('appFlyDurationMs', () => {
  it('reads the app’s fly duration from the map sync source', () => {
    expect(appFlyDurationMs('const FLY_DURATION_MS = 1_400;')).toBe(1400);
    expect(appFlyDurationMs()).toBeGreaterThan(0);
    expect(() => appFlyDurationMs('const OTHER = 1;')).toThrow(/FLY_DURATION_MS not found/);
  });
});
