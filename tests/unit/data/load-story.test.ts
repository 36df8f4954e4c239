import { describe, expect, it } from 'vitest';
import { loadStory, StoryLoadError } from '../../../src/data/load-story.ts';
import { ARTICLE, eventsCollection, placesCollection } from './story-fixture.ts';

const URLS = { places: '/p.geojson', events: '/e.geojson', articles: '/a.json', basemap: '/b.geojson' };

function fakeFetch(bodies: Record<string, { status?: number; body: string }>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const entry = bodies[String(input)];
    if (!entry) return new Response('missing', { status: 404, statusText: 'Not Found' });
    return new Response(entry.body, { status: entry.status ?? 200 });
  }) as typeof fetch;
}

const good = {
  '/p.geojson': { body: JSON.stringify(placesCollection()) },
  '/e.geojson': { body: JSON.stringify(eventsCollection()) },
  '/a.json': { body: JSON.stringify([ARTICLE]) },
};

async function failure(bodies: Record<string, { status?: number; body: string }>): Promise<StoryLoadError> {
  try {
    await loadStory(URLS, fakeFetch(bodies));
  } catch (error) {
    if (error instanceof StoryLoadError) return error;
    throw error;
  }
  throw new Error('loadStory did not fail');
}

describe('loadStory', () => {
  it('loads, validates and indexes the story', async () => {
    const story = await loadStory(URLS, fakeFetch(good));
    expect(story.events.map((e) => e.id)).toEqual(['early', 'call', 'talks']);
  });

  it('names the file that could not be fetched', async () => {
    const error = await failure({ ...good, '/e.geojson': { status: 404, body: 'nope' } });
    expect(error.message).toBe('events.geojson could not be loaded');
    expect(error.details[0]).toContain('HTTP 404');
  });

  it('names a file that is not JSON', async () => {
    const error = await failure({ ...good, '/p.geojson': { body: '{"type": ' } });
    expect(error.message).toBe('places.geojson is not valid JSON');
  });

  it('names the feature and field that break the contract', async () => {
    const events = eventsCollection();
    const broken = JSON.parse(JSON.stringify(events)) as {
      features: { properties: { date: { start: string } } }[];
    };
    broken.features[1]!.properties.date.start = '2025-02-30';
    const error = await failure({ ...good, '/e.geojson': { body: JSON.stringify(broken) } });
    expect(error.message).toBe('events.geojson does not match the data contract');
    expect(error.details[0]).toMatch(
      /^feature "call" › properties\.date\.start: must be a real calendar date/,
    );
  });

  it('refuses references to places that do not exist', async () => {
    const error = await failure({ ...good, '/p.geojson': { body: JSON.stringify(placesCollection([])) } });
    expect(error.message).toBe('The story data refers to things that do not exist');
    expect(error.details).toContain('events.geojson: event "call": unknown place "washington"');
  });
});
