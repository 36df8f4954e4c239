/**
 * The data contract (docs/ARCHITECTURE.md) as runtime schemas, shared by the pipeline and the app.
 * zod/mini keeps the browser bundle small; error paths name the field that is wrong.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './calendar-date.ts';

export const PLACE_KINDS = ['city', 'region', 'country', 'sea', 'river', 'site'] as const;
export const EVENT_KINDS = [
  'talks',
  'call',
  'meeting',
  'statement',
  'military',
  'strike',
  'exchange',
  'treaty',
  'other',
] as const;
export const DATE_PRECISIONS = ['day', 'days', 'week', 'month', 'season', 'year', 'approx'] as const;
export const NATURAL_EARTH_LAYERS = ['populated_places', 'regions', 'seas', 'countries'] as const;

const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));
export const slugSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, -)'));
export const isoDateSchema = z
  .string()
  .check(z.refine(isCalendarDate, 'must be a real calendar date written YYYY-MM-DD'));
const bilingualSchema = z.strictObject({ ar: nonEmpty, en: nonEmpty });
const lonLatSchema = z.tuple([
  z.number().check(z.gte(-180, 'longitude must be ≥ -180'), z.lte(180, 'longitude must be ≤ 180')),
  z.number().check(z.gte(-90, 'latitude must be ≥ -90'), z.lte(90, 'latitude must be ≤ 90')),
]);

export const dateWindowSchema = z
  .strictObject({
    start: isoDateSchema,
    end: isoDateSchema,
    precision: z.enum(DATE_PRECISIONS),
    label: bilingualSchema,
  })
  .check(
    // Only compare real dates: an impossible start ("2025-02-30") is reported once, on its own field.
    z.refine((d) => !isCalendarDate(d.start) || !isCalendarDate(d.end) || d.start <= d.end, {
      message: 'start must not be after end',
      path: ['end'],
    }),
  );

/** A faithful English rendering of an excerpt, shown under the verbatim Arabic quote. */
const translationSchema = z.strictObject({ en: nonEmpty });

export const excerptSchema = z
  .strictObject({
    article: slugSchema,
    start: z.int().check(z.gte(0, 'must be ≥ 0')),
    end: z.int(),
    text: nonEmpty,
    translation: translationSchema,
  })
  .check(z.refine((x) => x.end > x.start, { message: 'end must be greater than start', path: ['end'] }));

export const articleSchema = z.strictObject({
  id: slugSchema,
  file: z.string().check(z.regex(/^[^/\\]+\.txt$/, 'must be a .txt file name inside geo/articles/')),
  title: bilingualSchema,
  publisher: nonEmpty,
  url: z.optional(z.url()),
  language: z.literal('ar'),
  published: z.strictObject({
    date: isoDateSchema,
    basis: z.enum(['dateline', 'inferred']),
    evidence: nonEmpty,
  }),
});
export const articlesFileSchema = z.array(articleSchema);

const refSchema = z
  .strictObject({
    wikidata: z.optional(z.string().check(z.regex(/^Q\d+$/, 'must be a Wikidata id like Q649'))),
    geonames: z.optional(z.int().check(z.gt(0))),
    naturalEarth: z.optional(nonEmpty),
  })
  .check(
    z.refine((r) => r.wikidata !== undefined || r.geonames !== undefined, 'needs a wikidata or geonames id'),
  );

/**
 * Where a gazetteer entry's geometry comes from: features of a Natural Earth layer in
 * geo/naturalearth/ matched by property values (several matches are unioned), optionally with other
 * places' areas added or cut out (recognised borders); or a point entered by hand with its source.
 */
const geometrySourceSchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('naturalEarth'),
    layer: z.enum(NATURAL_EARTH_LAYERS),
    match: z.record(z.string(), z.union([nonEmpty, z.array(nonEmpty).check(z.minLength(1))])),
    add: z.optional(z.array(slugSchema)),
    subtract: z.optional(z.array(slugSchema)),
  }),
  z.strictObject({ source: z.literal('manual'), coordinates: lonLatSchema, citation: nonEmpty }),
]);

export const gazetteerEntrySchema = z.strictObject({
  id: slugSchema,
  name: bilingualSchema,
  kind: z.enum(PLACE_KINDS),
  aliases: z.array(nonEmpty),
  ref: refSchema,
  geometry: geometrySourceSchema,
  label: z.optional(lonLatSchema),
  note: z.optional(nonEmpty),
});
export const gazetteerFileSchema = z.array(gazetteerEntrySchema);

const actorSchema = z
  .string()
  .check(
    z.regex(/^(?:[A-Z]{2}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'must be an ISO 3166 alpha-2 code or an org slug'),
  );

/** A framing override for an event the automatic camera rule frames badly. */
export const cameraSchema = z.strictObject({
  center: lonLatSchema,
  zoom: z.number().check(z.gte(1, 'must be ≥ 1'), z.lte(10, 'must be ≤ 10')),
});

const eventFields = {
  id: slugSchema,
  date: dateWindowSchema,
  title: bilingualSchema,
  /** Both required: an Arabic editor's summary, not a word-for-word translation of the English. */
  summary: z.strictObject({ en: nonEmpty, ar: nonEmpty }),
  kind: z.enum(EVENT_KINDS),
  actors: z.array(actorSchema),
  places: z.array(slugSchema),
  excerpts: z.array(excerptSchema).check(z.minLength(1, 'needs at least one excerpt')),
  /** An editor's note in both languages: an article's error, a date known only from outside the text. */
  note: z.optional(z.strictObject({ en: nonEmpty, ar: nonEmpty })),
  camera: z.optional(cameraSchema),
};
export const chronologyEntrySchema = z.strictObject(eventFields);
export const chronologyFileSchema = z.array(chronologyEntrySchema);

/**
 * geo/chapters.json: the tour's chapter cards in story order. An event belongs to the last chapter
 * whose `firstEvent` is not after it; the build checks the order against the chronology.
 */
export const chapterSchema = z.strictObject({
  id: slugSchema,
  title: bilingualSchema,
  framing: bilingualSchema,
  firstEvent: slugSchema,
});
export const chaptersFileSchema = z.array(chapterSchema).check(z.minLength(1, 'needs at least one chapter'));

const pointSchema = z.strictObject({ type: z.literal('Point'), coordinates: lonLatSchema });
const multiPointSchema = z.strictObject({
  type: z.literal('MultiPoint'),
  coordinates: z.array(lonLatSchema),
});
const polygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(lonLatSchema)),
});
const multiPolygonSchema = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(lonLatSchema))),
});

export const placePropertiesSchema = z.strictObject({
  id: slugSchema,
  name: bilingualSchema,
  kind: z.enum(PLACE_KINDS),
  aliases: z.array(nonEmpty),
  label: lonLatSchema,
  ref: refSchema,
  mentions: z.int().check(z.gte(0)),
  events: z.array(slugSchema),
  note: z.optional(nonEmpty),
});
export const placeFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: slugSchema,
  geometry: z.discriminatedUnion('type', [pointSchema, polygonSchema, multiPolygonSchema]),
  properties: placePropertiesSchema,
});
export const placesCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(placeFeatureSchema),
});

export const eventPropertiesSchema = z.strictObject(eventFields);
export const eventFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: slugSchema,
  geometry: z.nullable(z.discriminatedUnion('type', [pointSchema, multiPointSchema])),
  properties: eventPropertiesSchema,
});
export const eventsCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(eventFeatureSchema),
});

export type Bilingual = z.infer<typeof bilingualSchema>;
export type LonLat = z.infer<typeof lonLatSchema>;
export type DateWindow = z.infer<typeof dateWindowSchema>;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type Excerpt = z.infer<typeof excerptSchema>;
export type Camera = z.infer<typeof cameraSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type Article = z.infer<typeof articleSchema>;
export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;
export type ChronologyEntry = z.infer<typeof chronologyEntrySchema>;
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;
export type PlacesCollection = z.infer<typeof placesCollectionSchema>;
export type EventFeature = z.infer<typeof eventFeatureSchema>;
export type EventsCollection = z.infer<typeof eventsCollectionSchema>;

/*
 * The site's split of the story (made at build time from the files above by splitStory in
 * src/data/story-split.ts): one index the first view needs, and the details (summaries, notes,
 * excerpts with their translations) in chunks by period, fetched when a reader gets near them.
 */

/** What an event's card needs before its details arrive, and what the timeline, map and filters use. */
export const indexEventPropertiesSchema = z.strictObject({
  id: slugSchema,
  date: dateWindowSchema,
  title: bilingualSchema,
  kind: z.enum(EVENT_KINDS),
  actors: z.array(actorSchema),
  places: z.array(slugSchema),
  /** The article each excerpt quotes, in the excerpts' order (their count, the source filter). */
  sources: z.array(slugSchema).check(z.minLength(1, 'needs at least one excerpt')),
  /** How many characters the card gives to read in each language (the tour's dwell). */
  reading: z.strictObject({ ar: z.int().check(z.gte(0)), en: z.int().check(z.gte(0)) }),
  camera: z.optional(cameraSchema),
});
const indexEventFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: slugSchema,
  geometry: z.nullable(z.discriminatedUnion('type', [pointSchema, multiPointSchema])),
  properties: indexEventPropertiesSchema,
});

/**
 * A place as the index holds it: a country has no geometry (the map draws it from the basemap's
 * own feature, by ISO code); every area carries its RFC 7946 `bbox` and its surface (`areaM2`) for
 * the camera and for picking the smallest area under the pointer.
 */
const indexPlaceFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: slugSchema,
  geometry: z.nullable(z.discriminatedUnion('type', [pointSchema, polygonSchema, multiPolygonSchema])),
  bbox: z.optional(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  areaM2: z.optional(z.number().check(z.gte(0))),
  properties: placePropertiesSchema,
});

export const storyIndexFileSchema = z.strictObject({
  /** geo:build's generation of the files this was made from; every details chunk carries it too. */
  generation: nonEmpty,
  articles: articlesFileSchema,
  chapters: z.array(chapterSchema),
  places: z.strictObject({
    type: z.literal('FeatureCollection'),
    features: z.array(indexPlaceFeatureSchema),
  }),
  events: z.strictObject({
    type: z.literal('FeatureCollection'),
    features: z.array(indexEventFeatureSchema),
  }),
  /** Index of the first event of each details chunk (details-<k>.json), ascending from 0. */
  detailChunks: z.array(z.int().check(z.gte(0))).check(z.minLength(1, 'needs at least one chunk')),
});

export const eventDetailsSchema = z.strictObject({
  id: slugSchema,
  summary: z.strictObject({ en: nonEmpty, ar: nonEmpty }),
  excerpts: z.array(excerptSchema).check(z.minLength(1, 'needs at least one excerpt')),
  note: z.optional(z.strictObject({ en: nonEmpty, ar: nonEmpty })),
});
export const detailsChunkFileSchema = z.strictObject({
  generation: nonEmpty,
  /** Index of the chunk's first event in story order. */
  first: z.int().check(z.gte(0)),
  events: z.array(eventDetailsSchema),
});

export type IndexEventFeature = z.infer<typeof indexEventFeatureSchema>;
export type IndexPlaceFeature = z.infer<typeof indexPlaceFeatureSchema>;
export type StoryIndexFile = z.infer<typeof storyIndexFileSchema>;
export type EventDetails = z.infer<typeof eventDetailsSchema>;
export type DetailsChunkFile = z.infer<typeof detailsChunkFileSchema>;
