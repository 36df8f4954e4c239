/**
 * The place index: every Arabic name, alias and demonym the matcher knows, from the curated
 * gazetteer (geo/gazetteer.json) and the Arabic-named Natural Earth features (geo/naturalearth/),
 * so places beyond this story are found too. Curated entries win: a Natural Earth feature with the
 * same Wikidata id (or matched by the entry's scalar geometry match) takes the curated id; the rest
 * get ids `ne-<slug of name_en>`.
 */
import type { GazetteerEntry, PlaceProperties } from '../../data/schema.ts';
import { foldKey } from '../../data/arabic-normalise.ts';
import type { WorldGazetteer } from '../gazetteer/world-gazetteer.ts';
import {
  ARAB_COUNTRIES,
  CAPITAL_WORDS,
  EXTRA_ALIASES,
  EXTRA_DEMONYMS,
  NOT_PLACE_PHRASES,
  NOT_PLACE_WORDS,
  LEXICON_WORDS,
  REGION_NAME_AFFIXES,
  WORLD_EXTRA_ALIASES,
  WORLD_NOT_PLACE_WORDS,
  WORLD_REGION_AFFIXES,
} from './place-lexicon.ts';
import { spellingVariants, vowelVariants } from './spelling.ts';

export type PlaceKind = PlaceProperties['kind'];

export interface IndexedPlace {
  readonly id: string;
  readonly name: { readonly ar: string; readonly en: string };
  readonly kind: PlaceKind;
  readonly source: 'gazetteer' | 'naturalEarth' | 'geonames' | 'naturalEarthAdmin1';
  /** Where the place is, for world places (GeoNames cities, Natural Earth admin-1 label points). */
  readonly coordinates?: readonly [number, number];
  /** ISO 3166 alpha-2 of the country a world city or region lies in. */
  readonly country?: string;
  readonly population?: number;
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
  /**
   * True when the index was built with the world gazetteer (ingest, eval): then outlet and facility
   * names are set apart and glued words split; geo:build's index leaves this unset.
   */
  readonly world?: boolean;
  /** Country place id by ISO alpha-2 (for ranking proposals by the countries an article names). */
  readonly countriesByIso2?: ReadonlyMap<string, string>;
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
  world?: WorldGazetteer,
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
  const neRegionCodes = new Set<string>();
  const neRegionNames: { id: string; name: string }[] = [];
  const isoOf = new Map<string, string>();
  const adm0Of = new Map<string, string>();
  const geonamesToId = new Map<number, string>();
  for (const entry of gazetteer) if (entry.ref.geonames) geonamesToId.set(entry.ref.geonames, entry.id);
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
      const geonameid = Number(properties['geonameid']);
      if (layer === 'populated_places' && geonameid > 0 && !geonamesToId.has(geonameid))
        geonamesToId.set(geonameid, id);
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
        const iso = text(properties['iso_3166_2']);
        if (iso) neRegionCodes.add(iso);
        neRegionNames.push({ id, name: clean });
        const core = words(clean)
          .filter((word) => !REGION_NAME_AFFIXES.map(foldKey).includes(word))
          .join(' ');
        if (core && core !== words(clean).join(' ')) addName(core, id, kind, curated ? 0 : 4);
      }
      const adm0 = text(properties['adm0_a3']);
      if (layer === 'countries' && adm0) adm0ToCountry.set(adm0, id);
      if (layer !== 'countries') {
        const iso = text(properties['country_iso']);
        if (iso) isoOf.set(id, iso);
        else if (adm0 && !adm0Of.has(id)) adm0Of.set(id, adm0);
      }
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
  if (world) addWorld(world);

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
  if (world) {
    addSpellingVariants();
    // The country a Natural Earth or curated city lies in, for ranking proposals.
    for (const [id, adm0] of adm0Of) {
      const iso = places.get(adm0ToCountry.get(adm0) ?? '')?.iso2;
      if (iso && !isoOf.has(id)) isoOf.set(id, iso);
    }
    for (const [id, iso] of isoOf) {
      const place = places.get(id);
      if (place && place.country === undefined) places.set(id, { ...place, country: iso });
    }
  }

  for (const list of names.values()) list.sort((a, b) => b.words.length - a.words.length || a.rank - b.rank);
  const base = { places, names, demonyms, capitals, capitalWords: new Set(CAPITAL_WORDS.map(foldKey)) };
  if (!world) return base;
  const countriesByIso2 = new Map<string, string>();
  for (const place of places.values()) {
    if (place.kind === 'country' && place.iso2 && !countriesByIso2.has(place.iso2))
      countriesByIso2.set(place.iso2, place.id);
  }
  return { ...base, world: true, countriesByIso2 };

  /**
   * The world gazetteer: GeoNames cities with Arabic names (biggest first, so a name shared by
   * Moscow and Moscow, Idaho goes to the capital) and Natural Earth admin-1 regions beyond the
   * Russian and Ukrainian ones already in geo/naturalearth/regions.geojson; then generated
   * spelling variants of every place name.
   */
  function addWorld(data: WorldGazetteer): void {
    const arab = new Set(ARAB_COUNTRIES);
    const cities = [...data.cities].sort((a, b) => b.population - a.population || a.id - b.id);
    const stop = new Set([...NOT_PLACE_WORDS, ...WORLD_NOT_PLACE_WORDS, ...LEXICON_WORDS].map(foldKey));
    for (const city of cities) {
      const cityWords = words(city.nameAr);
      // Short names (كان for Cannes, قوله for Kavala) and names with the article outside the Arab
      // world (الأشهر) are too often everyday words; big cities keep theirs.
      const minLetters = city.population >= 1_000_000 ? 4 : 5;
      if (!worldNameOk(cityWords, minLetters, stop)) continue;
      if (cityWords[0]!.startsWith('ال') && city.population < 50_000) continue;
      const known = geonamesToId.get(city.id);
      if (known) {
        addName(city.nameAr, known, places.get(known)!.kind, curatedIds.has(known) ? 0 : 2);
        continue;
      }
      // Arab countries' towns are often named with everyday words (الأمل, الخبر, زرقاء); their
      // cities that the press names are in Natural Earth already.
      if (arab.has(city.country)) continue;
      const id = `gn-${city.id}`;
      places.set(id, {
        id,
        name: { ar: city.nameAr, en: city.name },
        kind: 'city',
        source: 'geonames',
        coordinates: [city.lon, city.lat],
        country: city.country,
        population: city.population,
      });
      // A small town loses to a region of the same name (فلوريدا is the state, not the Uruguayan town).
      addName(city.nameAr, id, 'city', city.population >= 100_000 ? 2 : 5);
    }
    for (const [wikidata, aliases] of Object.entries(WORLD_EXTRA_ALIASES)) {
      const id = wikidataToId.get(wikidata);
      if (id) for (const alias of aliases) addName(alias, id, places.get(id)!.kind, 0);
    }
    const affixes = new Set(WORLD_REGION_AFFIXES.map(foldKey));
    // محافظة موسكو: the Russian and Ukrainian regions' cores with the world's affixes too, so that
    // منطقة موسكو is the oblast (a core ranks below the city of the same name).
    for (const { id, name } of neRegionNames) {
      const core = words(name).filter((word) => !affixes.has(word));
      if (core.length > 0 && core.join(' ') !== words(name).join(' ')) addKeyWords(core, id, 'region', 4);
    }
    for (const region of data.regions) {
      if (neRegionCodes.has(region.iso3166_2)) continue;
      const code = /^[A-Z]{2}-[A-Z0-9]+$/.test(region.iso3166_2) ? region.iso3166_2 : `NE${region.neId}`;
      const id = `adm1-${code.toLowerCase()}`;
      if (places.has(id)) continue;
      places.set(id, {
        id,
        name: { ar: region.nameAr, en: region.nameEn },
        kind: 'region',
        source: 'naturalEarthAdmin1',
        coordinates: [region.lon, region.lat],
        country: region.iso2,
      });
      const full = words(cleanName(region.nameAr));
      // US states are named often and some are short (يوتا, أيوا); elsewhere five letters at least.
      const minLetters = region.iso2 === 'US' ? 4 : 5;
      if (!worldNameOk(full, minLetters, stop)) continue;
      if (!looksAdjectival(full)) addKeyWords(full, id, 'region', 3);
      const core = full.filter((word) => !affixes.has(word));
      if (core.length < full.length && worldNameOk(core, 5, stop) && !looksAdjectival(core))
        addKeyWords(core, id, 'region', 4);
    }
  }

  /** Generated spellings: -يا/-يه/-ييه endings, doubled letters (spelling.ts); never a demonym (روسية). */
  function addSpellingVariants(): void {
    for (const list of [...names.values()]) {
      for (const entry of [...list]) {
        if (entry.placeId === null || entry.words.length !== 1) continue;
        const word = entry.words[0]!;
        const place = places.get(entry.placeId);
        // Vowel variants only for places the press names often: not small towns or admin-1 cores.
        const major =
          entry.kind !== 'country' &&
          entry.rank <= 3 &&
          place?.source !== 'naturalEarthAdmin1' &&
          (place?.source !== 'geonames' || (place.population ?? 0) >= 100_000);
        for (const variant of [...spellingVariants(word), ...(major ? vowelVariants(word) : [])]) {
          if (!demonyms.has(variant) && !names.has(variant) && !stopWords.has(variant))
            addKeyWords([variant], entry.placeId, entry.kind, entry.rank + 0.5);
        }
      }
    }
    // سانت بطرسبرغ is also written سان بطرسبرغ (and with ج, which addName already makes).
    const saint = foldKey('سانت');
    for (const list of [...names.values()]) {
      for (const entry of [...list]) {
        if (entry.placeId !== null && entry.words.length > 1 && entry.words[0] === saint)
          addKeyWords(['سان', ...entry.words.slice(1)], entry.placeId, entry.kind, entry.rank + 0.5);
      }
    }
  }
}

/** Whether a world name is long and distinctive enough to index (see WORLD_NOT_PLACE_WORDS). */
function worldNameOk(keyWords: readonly string[], minLetters: number, stop: ReadonlySet<string>): boolean {
  const joined = keyWords.join(' ');
  if (stop.has(joined)) return false;
  return keyWords.join('').length >= minLetters;
}

/** A lone definite nisba (الشرقية, الشمالي) is an adjective, not a usable region name. */
function looksAdjectival(keyWords: readonly string[]): boolean {
  if (keyWords.length !== 1) return false;
  const word = keyWords[0]!;
  return word.length < 3 || (word.startsWith('ال') && (word.endsWith('يه') || word.endsWith('ي')));
}
