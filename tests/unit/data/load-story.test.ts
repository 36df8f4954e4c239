import { describe, expect, it } from 'vitest';
import { StoryLoadError } from '../../../src/data/fetch-json.ts';
import { loadStory } from '../../../src/data/load-story.ts';
import { loadDetailsChunk, validateStoryIndex } from '../../../src/data/validate-story.ts';
import { splitFiles, splitStory } from '../../../src/data/story-split.ts';
import { ARTICLE, EVENTS, placesCollection } from './story-fixture.ts';

const URLS = { index: '/story/index.json', basemap: '/b.geojson', basemapCoarse: '/c.geojson' };

type Bodies = Record<string, { status?: number; body: string }>;

function fakeFetch(bodies: Bodies): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const entry = bodies[String(input)];
    if (!entry) return new Response('missing', { status: 404, statusText: 'Not Found' });
    return new Response(entry.body, { status: entry.status ?? 200 });
  }) as typeof fetch;
}

/** The fixture story as the site serves it: index.json and details-0.json under /story/. */
function siteFiles(generation = 'gen-1', places = placesCollection()): Bodies {
  const events = [...EVENTS].sort((a, b) => a.properties.date.start.localeCompare(b.properties.date.start));
  const split = splitStory({ generation, articles: [ARTICLE], chapters: [], places, events });
  return Object.fromEntries([...splitFiles(split)].map(([name, body]) => [`/story/${name}`, { body }]));
}

async function failure(bodies: Bodies): Promise<StoryLoadError> {
  try {
    await loadStory(URLS, fakeFetch(bodies));
  } catch (error) {
    if (error instanceof StoryLoadError) return error;
    throw error;
  }
  throw new Error('loadStory did not fail');
}

describe('loadStory', () => {
  it('loads, validates and indexes the story index', async () => {
    const { story } = await loadStory(URLS, fakeFetch(siteFiles()));
    expect(story.events.map((e) => e.id)).toEqual(['early', 'call', 'talks']);
    expect(story.generation).toBe('gen-1');
  });

  it('names the file that could not be fetched', async () => {
    const error = await failure({ ...siteFiles(), '/story/index.json': { status: 404, body: 'nope' } });
    expect(error.message).toBe('index.json could not be loaded');
    expect(error.details[0]).toContain('HTTP 404');
  });

  it('names a file that is not JSON', async () => {
    const error = await failure({ ...siteFiles(), '/story/index.json': { body: '{"type": ' } });
    expect(error.message).toBe('index.json is not valid JSON');
  });

  it('names the feature and field the first view cannot draw', async () => {
    const files = siteFiles();
    const broken = JSON.parse(files['/story/index.json']!.body) as {
      events: { features: { properties: { title?: unknown } }[] };
    };
    delete broken.events.features[1]!.properties.title;
    const error = await failure({ ...files, '/story/index.json': { body: JSON.stringify(broken) } });
    expect(error.message).toBe('index.json does not match the data contract');
    expect(error.details).toEqual([
      'events › feature "call" › properties.title: missing or of the wrong type',
    ]);
  });
});

describe('validateStoryIndex (the whole contract, after the first view)', () => {
  it('names the feature and field that break the contract', () => {
    const broken = JSON.parse(siteFiles()['/story/index.json']!.body) as {
      events: { features: { properties: { date: { start: string } } }[] };
    };
    broken.events.features[1]!.properties.date.start = '2025-02-30';
    let error: unknown;
    try {
      validateStoryIndex(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoryLoadError);
    expect((error as StoryLoadError).message).toBe('index.json does not match the data contract');
    expect((error as StoryLoadError).details[0]).toMatch(
      /^events › feature "call" › properties\.date\.start: must be a real calendar date/,
    );
  });

  it('refuses references to places that do not exist', async () => {
    const error = await failure(siteFiles('gen-1', placesCollection([])));
    expect(error.message).toBe('The story data refers to things that do not exist');
    expect(error.details).toContain('events.geojson: event "call": unknown place "washington"');
  });
});

describe('loadDetailsChunk', () => {
  it('loads the details of the chunk beside the index', async () => {
    const files = siteFiles();
    const { story } = await loadStory(URLS, fakeFetch(files));
    const details = await loadDetailsChunk(URLS, story, 0, fakeFetch(files));
    expect(details.map((d) => d.id)).toEqual(['early', 'call', 'talks']);
    expect(details[2]?.excerpts[0]?.text).toBe('محادثات في الرياض');
  });

  it('refuses a chunk of another build (a stale cache), naming both files', async () => {
    const { story } = await loadStory(URLS, fakeFetch(siteFiles('gen-1')));
    const other = siteFiles('gen-2');
    const error = await loadDetailsChunk(URLS, story, 0, fakeFetch(other)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoryLoadError);
    expect((error as StoryLoadError).message).toBe('The story data files come from different builds');
    expect((error as StoryLoadError).details[0]).toBe(
      'details-0.json was made from build gen-2, index.json from build gen-1',
    );
  });
});
