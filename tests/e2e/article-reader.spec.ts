import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { isInViewport, waitUntil } from './helpers/page-probes.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();
const withoutSpace = (text: string): string => text.replace(/\s+/g, '');

describe('reading the source article', () => {
  it('opens the article from a citation with the excerpt highlighted and in view', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en' });
    await story.openPlace('Ankara');

    const { quoted, article } = await story.firstQuotedExcerpt();

    const citation = (await story.citationOf(story.excerpts().first()).textContent()) ?? '';
    // The publisher, or the article's own title when the text names no publisher.
    const source = article.publisher === 'unknown' ? article.title.en : article.publisher;
    expect(citation.toLowerCase(), 'the citation names its source').toContain(source.toLowerCase());
    expect(citation, 'the citation gives the publication year').toContain(article.published.date.slice(0, 4));

    await story.openReaderFromCitation(quoted);
    const reader = story.reader();
    const marks = reader.locator('mark');
    await marks.first().waitFor({ state: 'visible' });
    const readerText = (await reader.textContent()) ?? '';
    expect(withoutSpace(readerText), 'the reader shows the whole article').toContain(
      withoutSpace(data.articleText(article.id)),
    );

    const marked = (await marks.allTextContents()).join('');
    expect(withoutSpace(marked), 'the highlighted text is the excerpt').toBe(withoutSpace(quoted));
    await waitUntil(
      () => isInViewport(marks.first()),
      (inView) => inView,
      'the highlight to be scrolled into view',
    );
  });
});
