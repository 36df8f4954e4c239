import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();
const ankara = data.placeByEnglishName('Ankara');
/** The Ankara meeting: the event that puts Ankara first, else any event at Ankara. */
const ankaraEvent =
  data.events.find((e) => e.properties.places[0] === 'ankara') ?? data.eventsAt(ankara.id)[0];

describe('opening a place', () => {
  it('shows Ankara’s excerpts verbatim, with the place name highlighted', async () => {
    if (ankaraEvent === undefined) throw new Error('no event at Ankara in geo/events.geojson');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en' });
    await story.openPlace('Ankara');

    const panel = story.excerptPanel();
    const landmark = await panel.evaluate((el) => ({
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      labelled: el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'),
    }));
    expect(
      landmark.tag === 'aside' || (landmark.role !== null && landmark.labelled),
      `the excerpt panel must be an <aside> or a labelled region, got ${JSON.stringify(landmark)}`,
    ).toBe(true);
    await story.waitForUrlParam('place', ankara.id);

    const quotes = await story.excerpts().evaluateAll((nodes) =>
      nodes.map((node) => ({
        text: node.textContent ?? '',
        lang: node.getAttribute('lang'),
        dir: node.getAttribute('dir'),
        marks: Array.from(node.querySelectorAll('mark'), (mark) => mark.textContent ?? ''),
      })),
    );
    expect(quotes.length).toBeGreaterThan(0);
    const known = data.allExcerpts();
    for (const quote of quotes) {
      expect({ lang: quote.lang, dir: quote.dir }).toEqual({ lang: 'ar', dir: 'rtl' });
      const source = known.find(({ excerpt }) => excerpt.text === quote.text);
      expect(source, `blockquote text is not an excerpt of geo/events.geojson: ${quote.text}`).toBeDefined();
      if (source !== undefined) {
        const { article, start, end } = source.excerpt;
        expect(data.articleText(article)).toContain(quote.text);
        expect(data.articleText(article).slice(start, end), `offsets of the excerpt in ${article}`).toBe(
          quote.text,
        );
      }
    }

    const namesOfAnkara = [ankara.properties.name.ar, ...ankara.properties.aliases];
    const highlighted = quotes.flatMap((quote) => quote.marks);
    expect(
      highlighted.some((mark) =>
        namesOfAnkara.some(
          (name) => mark.includes(name) || (mark.trim().length >= 3 && name.includes(mark.trim())),
        ),
      ),
      `a <mark> should highlight Ankara (${namesOfAnkara.join(', ')}); marks: ${JSON.stringify(highlighted)}`,
    ).toBe(true);

    const meetingExcerpts = ankaraEvent.properties.excerpts.map((excerpt) => excerpt.text);
    expect(
      quotes.some((quote) => meetingExcerpts.includes(quote.text)),
      `the panel should quote the Ankara event ${ankaraEvent.id}`,
    ).toBe(true);
  });
});
