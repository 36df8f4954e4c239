import { describe, expect, it } from 'vitest';
import { neededChunks, startDetailsLoader } from '../../../src/app/details-loader.ts';
import { indexStory } from '../../../src/data/story-index.ts';
import { eventDetails, indexEvent, splitStory } from '../../../src/data/story-split.ts';
import { createStoryStore } from '../../../src/store/story-store.ts';
import { ARTICLE, event, placesCollection } from '../data/story-fixture.ts';

/** Twelve events a month apart, three to a chunk: chunks start at events 0, 3, 6 and 9. */
const EVENTS = Array.from({ length: 12 }, (_, i) =>
  event(`e${i}`, `2025-${String(i + 1).padStart(2, '0')}-01`, { places: ['moscow'] }),
);

/** The index file of those events as the site serves it, with the same chunk boundaries. */
const indexJson = {
  ...splitStory({
    generation: 'g',
    articles: [ARTICLE],
    chapters: [],
    places: placesCollection(),
    events: EVENTS,
  }).index,
  detailChunks: [0, 3, 6, 9],
};

function storeWithStory() {
  const { story } = indexStory(placesCollection(), { features: EVENTS.map(indexEvent) }, [ARTICLE], [], {
    detailChunks: [0, 3, 6, 9],
    generation: 'g',
  });
  const store = createStoryStore({ language: 'en', dataset: 'story' });
  store.getState().setStory(story);
  return store;
}

describe('neededChunks', () => {
  it('is the current event’s chunk and its neighbours’ (two events each side)', () => {
    const store = storeWithStory();
    expect(neededChunks(store.getState())).toEqual([0]);
    store.getState().goToIndex(4);
    expect(neededChunks(store.getState()).sort()).toEqual([0, 1, 2]);
  });

  it('is every chunk once search, print, export, the sources or a place panel needs them all', () => {
    const store = storeWithStory();
    store.getState().openPlace('moscow');
    expect(neededChunks(store.getState())).toEqual([0, 1, 2, 3]);
  });

  it('is the place’s linked events’ chunks in a story too large to load whole', () => {
    // 100 chunks of one event each; Moscow is linked to events 10 and 40 only.
    const events = Array.from({ length: 100 }, (_, i) =>
      event(`m${i}`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, { places: [] }),
    ).sort(
      (a, b) => a.properties.date.start.localeCompare(b.properties.date.start) || a.id.localeCompare(b.id),
    );
    const places = placesCollection(
      placesCollection().features.map((p) =>
        p.id === 'moscow'
          ? { ...p, properties: { ...p.properties, events: [events[10]!.id, events[40]!.id] } }
          : p,
      ),
    );
    const { story } = indexStory(places, { features: events.map(indexEvent) }, [ARTICLE], [], {
      detailChunks: events.map((_, i) => i),
    });
    const store = createStoryStore({ language: 'en', dataset: 'story' });
    store.getState().setStory(story);
    store.getState().openPlace('moscow');
    expect(neededChunks(store.getState()).sort((a, b) => a - b)).toEqual([0, 1, 2, 10, 40]);
  });
});

describe('startDetailsLoader', () => {
  it('fetches each needed chunk once, ahead of the reader, and puts its details in the store', async () => {
    const files = new Map(
      [0, 3, 6, 9].map((first, k) => [
        `/s/details-${k}.json`,
        JSON.stringify({ generation: 'g', first, events: EVENTS.slice(first, first + 3).map(eventDetails) }),
      ]),
    );
    const fetched: string[] = [];
    const fakeFetch = (async (input: RequestInfo | URL) => {
      fetched.push(String(input));
      return new Response(files.get(String(input)) ?? '', { status: files.has(String(input)) ? 200 : 404 });
    }) as typeof fetch;
    const store = storeWithStory();
    startDetailsLoader(
      store,
      { index: '/s/index.json', basemap: '', basemapCoarse: '' },
      indexJson,
      fakeFetch,
    );
    await expect.poll(() => store.getState().details.size).toBe(3);
    expect(store.getState().details.get('e2')?.summary.en).toBe(EVENTS[2]!.properties.summary.en);
    store.getState().goToIndex(4);
    await expect.poll(() => store.getState().details.size).toBe(9);
    expect(fetched).toEqual(['/s/details-0.json', '/s/details-1.json', '/s/details-2.json']);
  });

  it('replaces the page with the error when the index breaks the contract', () => {
    const store = storeWithStory();
    const broken = { ...indexJson, generation: 7 };
    startDetailsLoader(store, { index: '/s/index.json', basemap: '', basemapCoarse: '' }, broken, fetch);
    expect(store.getState().status).toBe('error');
    expect(store.getState().loadError?.details[0]).toMatch(/^generation: /);
  });
});
