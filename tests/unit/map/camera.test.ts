import { describe, expect, it } from 'vitest';
import { cameraMoveDurationMs, MAX_ZOOM, placesFrame, wholeStoryFrame } from '../../../src/map/camera.ts';
import { indexPlace } from '../../../src/data/story-split.ts';
import { place } from '../data/story-fixture.ts';

function country(id: string, label: [number, number], box: [number, number, number, number]) {
  const area = place(id, id, id, label);
  const [w, south, e, n] = box;
  area.geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [w, south],
        [e, south],
        [e, n],
        [w, n],
        [w, south],
      ],
    ],
  };
  area.properties.kind = 'country';
  // As the app holds it: without its polygon (the basemap draws it), with its box and surface.
  return indexPlace(area);
}

describe('placesFrame', () => {
  const riyadh = place('riyadh', 'Riyadh', 'الرياض', [46.7, 24.7]);

  it('frames a city with the land around it, under a city’s zoom ceiling', () => {
    expect(placesFrame([riyadh])).toEqual({ kind: 'fit', bounds: [40.7, 20.7, 52.7, 28.7], maxZoom: 6 });
  });

  it('frames a country by its outline, so the country never fills the frame', () => {
    const saudi = country('saudi-arabia', [45, 24], [34.5, 16.3, 55.7, 32.2]);
    expect(placesFrame([saudi, riyadh])).toEqual({
      kind: 'fit',
      bounds: [34.5, 16.3, 55.7, 32],
      maxZoom: MAX_ZOOM.country,
    });
  });

  it('gives an area after the event’s first place half the window: it is context', () => {
    const ukraine = country('ukraine', [31.5, 49], [22, 44.4, 40.2, 52.4]);
    const russia = country('russia', [45, 56.5], [-180, 41, 180, 82]);
    expect(placesFrame([ukraine, russia])).toMatchObject({ bounds: [22, 44.4, 51, 60.5] });
  });

  it('clips a vast country to a window around its label point', () => {
    const russia = country('russia', [45, 56.5], [-180, 41, 180, 82]);
    expect(placesFrame([russia])).toMatchObject({ bounds: [33, 48.5, 57, 64.5] });
  });

  it('shows a small region with its neighbours: never less than a city’s context', () => {
    const kursk = country('kursk-oblast', [36.2, 51.6], [34.1, 50.9, 38.5, 52.4]);
    kursk.properties.kind = 'region';
    const frame = placesFrame([kursk]);
    expect(frame).toMatchObject({ kind: 'fit', maxZoom: MAX_ZOOM.area });
    const bounds = frame?.kind === 'fit' ? frame.bounds : [];
    [30.2, 47.6, 42.2, 55.6].forEach((edge, i) => expect(bounds[i]).toBeCloseTo(edge, 6));
  });

  it('takes the chronology’s camera override when an event has one', () => {
    expect(placesFrame([riyadh], { center: [40, 30], zoom: 4 })).toEqual({
      kind: 'view',
      center: [40, 30],
      zoom: 4,
    });
  });

  it('has nothing to frame for an event without places', () => {
    expect(placesFrame([])).toBeNull();
  });
});

describe('wholeStoryFrame', () => {
  const washington = place('washington', 'Washington', 'واشنطن', [-77, 38.9]);
  const moscow = place('moscow', 'Moscow', 'موسكو', [37.6, 55.8]);

  it('keeps every area’s name in view (its label point), not its whole outline', () => {
    const usa = country('united-states', [-98.5, 39.5], [-171, 18.9, -66.9, 71.4]);
    const russia = country('russia', [45, 56.5], [-180, 41, 180, 82]);
    expect(wholeStoryFrame([washington, moscow, usa, russia])).toEqual({
      kind: 'fit',
      bounds: [-98.5, 34.9, 45, 59.8],
      maxZoom: MAX_ZOOM.wholeStory,
    });
  });

  it('has nothing to frame without cities or sites', () => {
    expect(wholeStoryFrame([country('russia', [45, 56.5], [-180, 41, 180, 82])])).toBeNull();
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
