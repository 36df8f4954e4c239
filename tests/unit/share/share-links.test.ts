import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeHtmlAttribute, viewLink } from '../../../src/share/share-links.ts';
import { parseEmbed, parseUrlState } from '../../../src/store/url-state.ts';

describe('viewLink', () => {
  it('points at the event in the language, on the page’s origin and path, without other parameters', () => {
    expect(
      viewLink('https://example.org/qanat/?event=old&place=ankara&utm=x#h', {
        event: 'burns-naryshkin-ankara',
        lang: 'ar',
        dataset: null,
      }),
    ).toBe('https://example.org/qanat/?event=burns-naryshkin-ankara&lang=ar');
  });

  it('adds embed=1 for the embed, and round-trips through the URL parser', () => {
    const link = viewLink(
      'http://127.0.0.1:4173/',
      { event: 'a-b', lang: 'en', dataset: null },
      { embed: true },
    );
    expect(link).toBe('http://127.0.0.1:4173/?event=a-b&lang=en&embed=1');
    const search = new URL(link).search;
    expect(parseEmbed(search)).toBe(true);
    expect(parseUrlState(search)).toMatchObject({ event: 'a-b', lang: 'en', place: null });
  });

  it('carries the open place, which the URL parser reads back', () => {
    const link = viewLink('http://h/', { event: 'e', place: 'kursk-oblast', lang: 'en', dataset: null });
    expect(parseUrlState(new URL(link).search)).toMatchObject({ event: 'e', place: 'kursk-oblast' });
  });

  it('keeps a non-default dataset', () => {
    expect(viewLink('http://h/', { event: 'e', lang: 'en', dataset: 'synthetic-10k' })).toBe(
      'http://h/?event=e&lang=en&dataset=synthetic-10k',
    );
  });
});

describe('parseEmbed', () => {
  it('is on only for embed=1', () => {
    expect(parseEmbed('?embed=1')).toBe(true);
    expect(parseEmbed('?event=x&embed=1&lang=ar')).toBe(true);
    expect(parseEmbed('?embed=0')).toBe(false);
    expect(parseEmbed('?embed')).toBe(false);
    expect(parseEmbed('')).toBe(false);
  });
});

describe('embedSnippet', () => {
  it('is an iframe of the embed page, titled, escaped', () => {
    const snippet = embedSnippet(
      'https://example.org/?event=a&lang=ar&embed=1',
      'قناة: "ترامب" <بوتين> & زيلينسكي',
      'ar',
    );
    expect(snippet).toBe(
      '<iframe src="https://example.org/?event=a&amp;lang=ar&amp;embed=1" ' +
        'title="قناة: &quot;ترامب&quot; &lt;بوتين&gt; &amp; زيلينسكي" lang="ar" width="100%" height="640" ' +
        'style="border:0" loading="lazy" allow="fullscreen" allowfullscreen></iframe>',
    );
  });

  it('escapes everything that could end the attribute or open a tag', () => {
    expect(escapeHtmlAttribute('"><script>&')).toBe('&quot;&gt;&lt;script&gt;&amp;');
  });
});
