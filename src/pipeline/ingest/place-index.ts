/**
 * The place index: every Arabic name, alias and demonym the matcher knows, from the curated
 * gazetteer (geo/gazetteer.json) and the Arabic-named Natural Earth features (geo/naturalearth/),
 * so places beyond this story are found too. Curated entries win: a Natural Earth feature with the
 * same Wikidata id (or matched by the entry's scalar geometry match) takes the curated id; the rest
 * get ids `ne-<slug of name_en>`.
 */
import type { GazetteerEntry, PlaceProperties } from '../../data/schema.ts';
import { foldKey } from './normalise.ts';
import {
  CAPITAL_WORDS,
  EXTRA_ALIASES,
  EXTRA_DEMONYMS,
  NOT_PLACE_PHRASES,
  NOT_PLACE_WORDS,
  REGION_NAME_AFFIXES,
} from './place-lexicon.ts';

export type PlaceKind = PlaceProperties['kind'];

export interface IndexedPlace {
  readonly id: string;
  readonly name: { readonly ar: string; readonly en: string };
  readonly kind: PlaceKind;
  readonly source: 'gazetteer' | 'naturalEarth';
  /** ISO 3166 alpha-2 of a country (from Natural Earth), for draft events' actors. */
  readonly iso2?: string;
}

/** One name of a place (or of a non-place institution when `placeId` is null) as matching keys. */
export interface NameEntry {
  readonly words: readonly string[];
  readonly placeId: string | null;
  readonly kind: PlaceKind | null;
  /** Lower wins among names with the same words: curated 0, NE country 1, city/sea 2, region 3, region core 4. */
  readonly rank: number;
}

export interface PlaceIndex {
  readonly places: ReadonlyMap<string, IndexedPlace>;
  /** Names by the key of their first word. */
  readonly names: ReadonlyMap<string, readonly NameEntry[]>;
  /** Demonym keys (الروسية, أوكراني…) → country place id. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Country place id → its capital's place id. */
  readonly capitals: ReadonlyMap<string, string>;
  readonly capitalWords: ReadonlySet<string>;
}

/** The Natural Earth layers as parsed GeoJSON (only `properties` is read). */
export interface NaturalEarthData {
  readonly populated_places: {
    readonly features: readonly { readonly properties: Record<string, unknown> }[];
  };
  readonly regions: { readonly features: readonly { readonly properties: Record<string, unknown> }[] };
  readonly seas: { readonly features: readonly { readonly properties: Record<string, unknown> }[] };
  readonly countries: { readonly features: readonly { readonly properties: Record<string, unknown> }[] };
}

const LAYER_KIND = {
  populated_places: 'city',
  regions: 'region',
  seas: 'sea',
  countries: 'country',
} as const;
const LAYER_RANK = { populated_places: 2, regions: 3, seas: 2, countries: 1 } as const;
const LAYERS = ['countries', 'seas', 'populated_places', 'regions'] as const;

/**
 * @example slugify('Kyiv Oblast') // 'kyiv-oblast'
 * @example slugify('Besançon') // 'besancon'
 */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Natural Earth names carry a qualifier after an Arabic comma (بومبو، أوغندا): keep the name. */
function cleanName(value: string): string {
  return value.split(/[،,(]/)[0]!.trim();
}

function words(value: string): string[] {
  return foldKey(value).split(/\s+/).filter(Boolean);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Whether a curated entry's Natural Earth geometry match selects this feature (scalar matches only). */
function geometryMatches(entry: GazetteerEntry, layer: string, properties: Record<string, unknown>): boolean {
  const geometry = entry.geometry;
  if (geometry.source !== 'naturalEarth' || geometry.layer !== layer) return false;
  const pairs = Object.entries(geometry.match);
  return (
    pairs.length > 0 &&
    pairs.every(([field, value]) => typeof value === 'string' && properties[field] === value)
  );
}

/** Regular nisba: روسيا → روسي, فرنسا → فرنسي, السعودية → سعودي, إيران → إيراني. */
function nisbaStem(nameKey: string): string | null {
  if (nameKey.includes(' ')) return null;
  const bare = nameKey.startsWith('ال') ? nameKey.slice(2) : nameKey;
  if (bare.length < 3) return null;
  if (bare.endsWith('يا')) return bare.slice(0, -1);
  if (bare.endsWith('يه')) return bare.slice(0, -1);
  if (bare.endsWith('ا')) return `${bare.slice(0, -1)}ي`;
  return `${bare}ي`;
}

/** The inflected forms of a demonym stem: روسي, روسية, روسيون, روسيين, with and without the article. */
function demonymForms(stem: string): string[] {
  const forms = [stem, `${stem}ه`, `${stem}ون`, `${stem}ين`, `${stem}ات`];
  if (!stem.endsWith('ي')) forms.push(`${stem}ي`);
  return forms.flatMap((form) => [form, `ال${form}`]);
}

/**
 * Builds the index. Pure: the caller reads the files.
 * @example
 * const index = buildPlaceIndex(gazetteer, naturalEarth);
 * index.names.get('موسكو')?.[0]?.placeId // 'moscow'
 */
export function buildPlaceIndex(
  gazetteer: readonly GazetteerEntry[],
  naturalEarth: NaturalEarthData,
): PlaceIndex {
  const places = new Map<string, IndexedPlace>();
  const names = new Map<string, NameEntry[]>();
  const demonyms = new Map<string, string>();
  const capitals = new Map<string, string>();
  const stopWords = new Set(NOT_PLACE_WORDS.map(foldKey));
  const seenNames = new Set<string>();
  const wikidataToId = new Map<string, string>();
  const countryNames = new Map<string, Set<string>>();

  const addName = (value: string, placeId: string | null, kind: PlaceKind | null, rank: number): void => {
    addKeyWords(words(value), placeId, kind, rank);
    // /g/ is written غ in the Levant and ج in Egypt: بيلغورود / بيلجورود.
    if (placeId !== null && value.includes('غ'))
      addKeyWords(words(value.replaceAll('غ', 'ج')), placeId, kind, rank);
  };
  function addKeyWords(
    keyWords: string[],
    placeId: string | null,
    kind: PlaceKind | null,
    rank: number,
  ): void {
    if (keyWords.length === 0) return;
    if (placeId !== null && keyWords.length === 1 && stopWords.has(keyWords[0]!)) return;
    const id = `${keyWords.join(' ')}|${placeId ?? ''}`;
    if (seenNames.has(id)) return;
    seenNames.add(id);
    const list = names.get(keyWords[0]!) ?? [];
    list.push({ words: keyWords, placeId, kind, rank });
    names.set(keyWords[0]!, list);
    if (kind === 'country' && placeId !== null) {
      const set = countryNames.get(placeId) ?? new Set<string>();
      set.add(keyWords.join(' '));
      countryNames.set(placeId, set);
    }
  }

  for (const entry of gazetteer) {
    places.set(entry.id, { id: entry.id, name: entry.name, kind: entry.kind, source: 'gazetteer' });
    if (entry.ref.wikidata) wikidataToId.set(entry.ref.wikidata, entry.id);
    addName(entry.name.ar, entry.id, entry.kind, 0);
    for (const alias of entry.aliases) addName(alias, entry.id, entry.kind, 0);
  }

  const curatedIds = new Set(places.keys());
  const usedIds = new Set(places.keys());
  const neCapitals: { adm0: string; id: string }[] = [];
  const adm0ToCountry = new Map<string, string>();
  for (const layer of LAYERS) {
    for (const feature of naturalEarth[layer].features) {
      const properties = feature.properties;
      const nameAr = text(properties['name_ar']);
      const nameEn = text(properties['name_en']) ?? text(properties['name']);
      if (!nameAr || !nameEn) continue;
      const wikidata = text(properties['wikidataid']);
      // The same Wikidata id in two layers (Sevastopol the city and the region) is one place.
      const known =
        (wikidata ? wikidataToId.get(wikidata) : undefined) ??
        gazetteer.find((entry) => geometryMatches(entry, layer, properties))?.id;
      const curated = known !== undefined && curatedIds.has(known);
      let id = known;
      if (!id) {
        const base = `ne-${slugify(nameEn)}`;
        id = usedIds.has(base) ? `${base}-${LAYER_KIND[layer]}` : base;
        for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${LAYER_KIND[layer]}-${n}`;
        usedIds.add(id);
        places.set(id, {
          id,
          name: { ar: cleanName(nameAr), en: nameEn },
          kind: LAYER_KIND[layer],
          source: 'naturalEarth',
        });
        if (wikidata) wikidataToId.set(wikidata, id);
      }
      const kind = places.get(id)!.kind;
      const rank = curated ? 0 : LAYER_RANK[layer];
      const clean = cleanName(nameAr);
      addName(clean, id, kind, rank);
      // Natural Earth writes some cities as مدينة بروكسل; the press writes بروكسل.
      const cityWord = foldKey('مدينة');
      const cleanWords = words(clean);
      if (layer === 'populated_places' && cleanWords.length > 1 && cleanWords[0] === cityWord) {
        addName(cleanWords.slice(1).join(' '), id, kind, rank);
      }
      if (layer === 'regions') {
        const core = words(clean)
          .filter((word) => !REGION_NAME_AFFIXES.map(foldKey).includes(word))
          .join(' ');
        if (core && core !== words(clean).join(' ')) addName(core, id, kind, curated ? 0 : 4);
      }
      const adm0 = text(properties['adm0_a3']);
      if (layer === 'countries' && adm0) adm0ToCountry.set(adm0, id);
      const iso2 = text(properties['iso_a2']);
      if (layer === 'countries' && iso2 && /^[A-Z]{2}$/.test(iso2) && places.get(id)!.iso2 === undefined) {
        places.set(id, { ...places.get(id)!, iso2 });
      }
      if (layer === 'populated_places' && adm0 && properties['featurecla'] === 'Admin-0 capital') {
        neCapitals.push({ adm0, id });
      }
    }
  }

  for (const [wikidata, aliases] of Object.entries(EXTRA_ALIASES)) {
    const id = wikidataToId.get(wikidata);
    if (!id) continue;
    for (const alias of aliases) addName(alias, id, places.get(id)!.kind, 0);
  }
  for (const phrase of NOT_PLACE_PHRASES) addName(phrase, null, null, 0);

  for (const { adm0, id } of neCapitals) {
    const country = adm0ToCountry.get(adm0);
    if (country && !capitals.has(country)) capitals.set(country, id);
  }

  for (const [countryId, countryKeys] of countryNames) {
    const stems = new Set<string>();
    for (const nameKey of countryKeys) {
      const stem = nisbaStem(nameKey);
      if (stem) stems.add(stem);
    }
    const wikidata = [...wikidataToId].find(([, id]) => id === countryId)?.[0];
    for (const extra of (wikidata ? EXTRA_DEMONYMS[wikidata] : undefined) ?? []) stems.add(foldKey(extra));
    for (const stem of stems) {
      for (const form of demonymForms(stem)) if (!demonyms.has(form)) demonyms.set(form, countryId);
    }
  }
  // Irregular plurals that the nisba rule cannot make.
  const russia = wikidataToId.get('Q159');
  if (russia) for (const form of ['روس', 'الروس']) demonyms.set(foldKey(form), russia);

  for (const list of names.values()) list.sort((a, b) => b.words.length - a.words.length || a.rank - b.rank);
  return { places, names, demonyms, capitals, capitalWords: new Set(CAPITAL_WORDS.map(foldKey)) };
}
