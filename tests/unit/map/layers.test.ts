import { describe, expect, it } from 'vitest';
import {
  COLORS,
  LAYER_IDS,
  areaOpacity,
  basemapLayers,
  embeddedStyle,
  kindFilter,
  labelTextField,
  overlayLayers,
  roleColor,
  stateCase,
  weightRadius,
} from '../../../src/map/layers.ts';

describe('expression builders', () => {
  it('label in the interface language, English as the fallback', () => {
    expect(labelTextField('ar')).toEqual(['coalesce', ['get', 'name_ar'], ['get', 'name_en']]);
    expect(labelTextField('en')).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name_en']]);
  });

  it('switch on a feature-state flag', () => {
    expect(stateCase('active', 1, 0.4)).toEqual([
      'case',
      ['boolean', ['feature-state', 'active'], false],
      1,
      0.4,
    ]);
  });

  it('scale circles with the weight, never by zero', () => {
    expect(weightRadius(10)).toEqual(['interpolate', ['linear'], ['get', 'weight'], 0, 4, 10, 12]);
    expect(weightRadius(0)[5]).toBe(1);
  });

  it('filter by kind', () => {
    expect(kindFilter(['city', 'site'])).toEqual(['in', ['get', 'kind'], ['literal', ['city', 'site']]]);
  });

  it('fill an active region or sea, and only tint an active country (its outline carries it)', () => {
    expect(areaOpacity(5)[2]).toEqual(['match', ['get', 'kind'], 'country', 0.12, 0.3]);
  });

  it('give the current event’s areas one colour each, by their order in the event', () => {
    const expression = roleColor() as unknown[];
    expect(expression.slice(2, 4)).toEqual([2, COLORS.roles[1]]);
    expect(expression.at(-1)).toBe(COLORS.roles[0]);
  });
});

describe('style', () => {
  it('adds cluster layers only when clustering', () => {
    const ids = (clustered: boolean) =>
      overlayLayers({ language: 'en', maxWeight: 3, clustered }).map((l) => l.id);
    expect(ids(false)).not.toContain(LAYER_IDS.clusters);
    expect(ids(true)).toContain(LAYER_IDS.clusters);
  });

  it('has no glyphs URL and nothing remote', () => {
    const style = embeddedStyle(
      { type: 'FeatureCollection', features: [] },
      { type: 'FeatureCollection', features: [] },
      { 'Noto Sans Arabic Regular': 'http://127.0.0.1/font.woff2' },
      { language: 'ar', maxWeight: 3, clustered: false },
      {
        areas: { type: 'FeatureCollection', features: [] },
        points: { type: 'FeatureCollection', features: [] },
      },
    );
    expect(style.glyphs).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https:\/\//);
    expect(style['font-faces']).toBeDefined();
  });
});

describe('minor waters', () => {
  it('sit below every other label layer, padded, and in the interface language', () => {
    const layers = basemapLayers('ar');
    const ids = layers.map((layer) => layer.id);
    const minor = layers.find((layer) => layer.id === LAYER_IDS.minorSeaLabels);
    expect(ids.indexOf(LAYER_IDS.minorSeaLabels)).toBeLessThan(ids.indexOf(LAYER_IDS.seaLabels));
    expect(ids.indexOf(LAYER_IDS.minorSeaLabels)).toBeLessThan(ids.indexOf(LAYER_IDS.countryLabels));
    expect(minor?.type === 'symbol' && minor.layout?.['text-padding']).toBeTruthy();
    expect(minor?.type === 'symbol' && minor.layout?.['text-field']).toEqual(labelTextField('ar'));
  });
});
