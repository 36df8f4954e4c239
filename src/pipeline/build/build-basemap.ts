import { area } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry, LonLat } from '../../data/schema.ts';
import { buildError, buildWarning, type BuildError } from './build-error.ts';
import {
  geometryProblems,
  largestPart,
  roundPolygonal,
  roundPosition,
  subtractArea,
  surfaceLabel,
  unionAll,
  type Polygonal,
} from './geometry-tools.ts';
import { displayPath, type NaturalEarthFeature, type NaturalEarthLayer } from './inputs.ts';
import { matchFeatures } from './resolve-place-geometry.ts';

/** Four decimals (~11 m) is finer than the 50m source needs and keeps the file small. */
export const BASEMAP_DECIMALS = 4;
/** Crimea and Sevastopol: Ukraine under UN GA resolution 68/262; Natural Earth draws them in Russia. */
export const CRIMEA_REGION_CODES = ['UA-43', 'UA-40'] as const;
/** Antarctica's ring crosses the antimeridian and the story never goes there. */
const DROPPED_COUNTRIES = new Set(['AQ']);
/** Seas smaller than this (straits, small gulfs, the Sea of Marmara) are labelled as minor waters. */
const MINOR_WATER_M2 = 20_000 * 1e6;

export interface BasemapProperties {
  kind: 'country' | 'sea';
  name_ar: string;
  name_en: string;
  iso_a2?: string;
  /** Where the feature's one name is written: inside its largest part (see surfaceLabel). */
  label: LonLat;
  /** Seas only: true under 20,000 km² (its largest part), so the map lets its label give way first. */
  minor?: boolean;
}
export type BasemapFeature = Feature<Polygon | MultiPolygon, BasemapProperties>;

/**
 * Stage 4c: the offline basemap: Natural Earth countries with internationally recognised borders
 * (the Crimean part of Russia's polygon moved into Ukraine), then the seas; names, a label point
 * each (so the browser computes no geometry) and, for seas, whether they are minor; 4 decimals.
 * @example buildBasemap(layers, 'geo') // { features: [{ properties: { kind: 'country', name_en: 'Zimbabwe', … } }, …], problems: [] }
 */
export function buildBasemap(
  layers: Readonly<Record<NaturalEarthLayer, readonly NaturalEarthFeature[]>>,
  geoDirLabel: string,
): { features: BasemapFeature[]; problems: BuildError[] } {
  const problems: BuildError[] = [];
  const regionsFile = displayPath(geoDirLabel, 'naturalearth/regions.geojson');
  const countriesFile = displayPath(geoDirLabel, 'naturalearth/countries.geojson');
  const crimea = unionAll(
    layers.regions
      .filter((feature) => CRIMEA_REGION_CODES.some((code) => code === feature.properties['iso_3166_2']))
      .map((feature) => feature.geometry)
      .filter(isPolygonal),
  );
  if (crimea === null)
    problems.push(buildError(regionsFile, `no polygons for ${CRIMEA_REGION_CODES.join(', ')} (Crimea)`));

  const geometries = new Map<NaturalEarthFeature, Polygonal>();
  for (const feature of layers.countries) {
    if (isPolygonal(feature.geometry)) geometries.set(feature, feature.geometry);
  }
  const russia = layers.countries.find((feature) => feature.properties['iso_a2'] === 'RU');
  const ukraine = layers.countries.find((feature) => feature.properties['iso_a2'] === 'UA');
  const russiaGeometry = russia && geometries.get(russia);
  const ukraineGeometry = ukraine && geometries.get(ukraine);
  if (!russia || !ukraine || !russiaGeometry || !ukraineGeometry) {
    problems.push(
      buildError(countriesFile, 'needs polygons for Russia (iso_a2 "RU") and Ukraine (iso_a2 "UA")'),
    );
  } else if (crimea !== null) {
    const { kept, removed } = subtractArea(russiaGeometry, crimea);
    if (kept === null || removed.length === 0) {
      problems.push(buildError(countriesFile, 'Russia has no polygon part in Crimea to move into Ukraine'));
    } else {
      geometries.set(russia, kept);
      geometries.set(ukraine, unionAll([ukraineGeometry, ...removed]) ?? ukraineGeometry);
    }
  }

  const features: BasemapFeature[] = [];
  const add = (file: string, geometry: Polygonal, names: Omit<BasemapProperties, 'label' | 'minor'>) => {
    const rounded = roundPolygonal(geometry, BASEMAP_DECIMALS);
    const name = names.name_en;
    if (rounded === null) return;
    const structural = geometryProblems(rounded);
    if (structural.length > 0) {
      problems.push(
        ...structural.map((problem) =>
          buildError(file, problem, { entry: `feature "${name}"`, field: 'geometry' }),
        ),
      );
      return;
    }
    const properties: BasemapProperties = {
      ...names,
      label: roundPosition(surfaceLabel(rounded), BASEMAP_DECIMALS),
    };
    if (names.kind === 'sea') properties.minor = area(largestPart(rounded)) < MINOR_WATER_M2;
    features.push({ type: 'Feature', properties, geometry: rounded });
  };
  for (const feature of layers.countries) {
    const geometry = geometries.get(feature);
    const iso = stringProperty(feature, 'iso_a2');
    if (geometry === undefined || DROPPED_COUNTRIES.has(iso)) continue;
    add(countriesFile, geometry, {
      kind: 'country',
      name_ar: stringProperty(feature, 'name_ar'),
      name_en: stringProperty(feature, 'name_en'),
      iso_a2: iso,
    });
  }
  const seasFile = displayPath(geoDirLabel, 'naturalearth/seas.geojson');
  for (const feature of layers.seas) {
    if (!isPolygonal(feature.geometry)) continue;
    add(seasFile, feature.geometry, {
      kind: 'sea',
      name_ar: stringProperty(feature, 'name_ar'),
      name_en: stringProperty(feature, 'name_en'),
    });
  }
  return { features, problems };
}

/**
 * Which basemap country each story country is, by ISO code, so the map draws a country place from
 * the basemap's own feature (on whichever level is shown) rather than from a second copy of its
 * polygon. A country place must match one Natural Earth country whose `iso_a2` no other basemap
 * feature has; one that does not is reported (the map then draws its own polygon, if it has one).
 * Crimea needs no care: the basemap draws it in Ukraine, as the gazetteer does.
 * @example basemapPlaceIds(gazetteer, layers, basemap, 'geo').placeByIso.get('RU') // 'russia'
 */
export function basemapPlaceIds(
  gazetteer: readonly GazetteerEntry[],
  layers: Readonly<Record<NaturalEarthLayer, readonly NaturalEarthFeature[]>>,
  basemap: readonly BasemapFeature[],
  geoDirLabel: string,
): { placeByIso: Map<string, string>; problems: BuildError[] } {
  const isoCount = new Map<string, number>();
  for (const { properties } of basemap) {
    if (properties.iso_a2 !== undefined)
      isoCount.set(properties.iso_a2, (isoCount.get(properties.iso_a2) ?? 0) + 1);
  }
  const placeByIso = new Map<string, string>();
  const problems: BuildError[] = [];
  for (const entry of gazetteer) {
    if (entry.kind !== 'country') continue;
    const source = entry.geometry;
    const matched =
      source.source === 'naturalEarth' && source.layer === 'countries'
        ? matchFeatures(layers.countries, source.match)
        : [];
    const iso = matched.length === 1 && matched[0] ? stringProperty(matched[0], 'iso_a2') : '';
    if (iso === '' || isoCount.get(iso) !== 1 || placeByIso.has(iso)) {
      problems.push(
        buildWarning(
          displayPath(geoDirLabel, 'gazetteer.json'),
          'a country should match one Natural Earth country with its own iso_a2, so the map can draw it from the basemap; it is drawn from its own polygon',
          { entry: `entry "${entry.id}"`, field: 'geometry.match' },
        ),
      );
      continue;
    }
    placeByIso.set(iso, entry.id);
  }
  return { placeByIso, problems };
}

function isPolygonal(geometry: NaturalEarthFeature['geometry']): geometry is Polygonal {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

function stringProperty(feature: NaturalEarthFeature, key: string): string {
  const value = feature.properties[key];
  return typeof value === 'string' ? value : '';
}
