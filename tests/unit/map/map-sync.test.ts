/**
 * The map controller's diffing (MapSync) against a small stand-in for maplibre-gl's Map that
 * records what it is asked to do: each store change must reach the map as the few calls it needs.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoryIndex } from '../../../src/data/story-index.ts';
import { MapSync, type MapInput, type MapSurface } from '../../../src/map/map-sync.ts';
import { LABEL_LAYERS, SOURCE_IDS, STATE_KEYS } from '../../../src/map/layers.ts';
import { fixtureStory } from '../data/story-fixture.ts';

type Call = [method: string, ...args: unknown[]];

/** Records every call; the canvas is 1000 × 600 CSS px; every label layer and source exists. */
function fakeMap(): { map: MapSurface; calls: Call[] } {
  const calls: Call[] = [];
  const canvas = { width: 1000, height: 600, setAttribute: () => undefined };
  const fake = {
    setFeatureState: (target: unknown, state: unknown) => calls.push(['setFeatureState', target, state]),
    getSource: (id: string) => ({ setData: (data: unknown) => calls.push(['setData', id, data]) }),
    getLayer: () => ({}),
    setLayoutProperty: (layer: string, name: string, value: unknown) =>
      calls.push(['setLayoutProperty', layer, name, value]),
    getContainer: () => ({ querySelectorAll: () => [] }),
    getCanvas: () => canvas,
    getPixelRatio: () => 1,
    easeTo: (options: unknown) => calls.push(['easeTo', options]),
    fitBounds: (bounds: unknown, options: unknown) => calls.push(['fitBounds', bounds, options]),
  };
  return { map: fake as unknown as MapSurface, calls };
}

const named = (calls: readonly Call[], method: string): Call[] => calls.filter(([name]) => name === method);

/** The feature states set, as "placeId key=value" per source pair (both sources get the same). */
function states(calls: readonly Call[]): string[] {
  return named(calls, 'setFeatureState')
    .filter(([, target]) => (target as { source: string }).source === SOURCE_IDS.placePoints)
    .map(([, target, state]) => {
      const [key, value] = Object.entries(state as object)[0] ?? [];
      return `${(target as { id: string }).id} ${String(key)}=${String(value)}`;
    });
}

describe('MapSync', () => {
  let story: StoryIndex;
  let input: MapInput;
  let map: MapSurface;
  let calls: Call[];
  let sync: MapSync;

  beforeEach(() => {
    story = fixtureStory();
    // Story order: early (no places), call (Washington–Moscow), talks (Riyadh, Moscow).
    input = { story, currentIndex: 1, openPlaceId: null, language: 'en', insetStartPx: 0, overview: false };
    ({ map, calls } = fakeMap());
    sync = new MapSync(map, story, new Map(), input);
    sync.apply(input);
  });

  it('sets everything on the first apply, and jumps the camera to the event', () => {
    expect(named(calls, 'setLayoutProperty').map(([, layer]) => layer)).toEqual([...LABEL_LAYERS]);
    expect(states(calls)).toEqual(['washington active=true', 'moscow active=true']);
    expect(named(calls, 'setData').map(([, id]) => id)).toEqual([SOURCE_IDS.arcs]);
    const [fit] = named(calls, 'fitBounds');
    expect(fit?.[2]).toMatchObject({ duration: 0 });
  });

  it('frames again once the map has resized after the tour’s card came, and only then', () => {
    calls.length = 0;
    sync.resized();
    expect(calls, 'a resize of its own (the window) leaves the reader’s camera alone').toEqual([]);
    sync.apply({ ...input, insetStartPx: 440, overview: true });
    const before = named(calls, 'fitBounds').length;
    sync.resized();
    expect(named(calls, 'fitBounds').length).toBe(before + 1);
    sync.resized();
    expect(named(calls, 'fitBounds').length, 'once per layout change').toBe(before + 1);
  });

  it('touches nothing when nothing changed', () => {
    calls.length = 0;
    sync.apply({ ...input });
    expect(calls).toEqual([]);
  });

  it('on a step, clears the old highlights, sets the new ones, redraws the lines and flies', () => {
    calls.length = 0;
    sync.apply({ ...input, currentIndex: 2 });
    expect(states(calls)).toEqual([
      'washington active=false',
      `washington ${STATE_KEYS.role}=0`,
      'moscow active=false',
      `moscow ${STATE_KEYS.role}=0`,
      'riyadh active=true',
      'moscow active=true',
    ]);
    expect(named(calls, 'setData')).toHaveLength(1);
    expect(named(calls, 'setLayoutProperty')).toEqual([]);
    const [fit] = named(calls, 'fitBounds');
    expect((fit?.[2] as { duration: number }).duration).toBeGreaterThan(0);
  });

  it('clears the lines once on a step to an event without any, then leaves them alone', () => {
    sync.apply({ ...input, currentIndex: 0 });
    calls.length = 0;
    sync.apply({ ...input, currentIndex: 0, openPlaceId: null, language: 'en' });
    expect(named(calls, 'setData')).toEqual([]);
  });

  it('changes only the labels when only the language changes, and pads the buttons’ side', () => {
    calls.length = 0;
    sync.apply({ ...input, language: 'ar' });
    expect(named(calls, 'setLayoutProperty')).toHaveLength(LABEL_LAYERS.length);
    expect(named(calls, 'setFeatureState')).toEqual([]);
    expect(named(calls, 'fitBounds')).toEqual([]);
    sync.showWholeStory();
    const [fit] = named(calls, 'fitBounds');
    const padding = (fit?.[2] as { padding: { left: number; right: number } }).padding;
    expect(padding.left).toBeGreaterThan(padding.right);
  });

  it('opens and closes a place with its own state, and takes the camera there', () => {
    calls.length = 0;
    sync.apply({ ...input, openPlaceId: 'riyadh' });
    expect(states(calls)).toEqual(['riyadh open=true']);
    expect(named(calls, 'fitBounds')).toHaveLength(1);
    calls.length = 0;
    sync.apply({ ...input, openPlaceId: null });
    expect(states(calls)).toEqual(['riyadh open=false']);
  });

  it('sets everything again after reset (a new style)', () => {
    calls.length = 0;
    sync.reset();
    sync.apply({ ...input });
    expect(states(calls)).toEqual(['washington active=true', 'moscow active=true']);
    expect(named(calls, 'setLayoutProperty')).toHaveLength(LABEL_LAYERS.length);
  });
});
