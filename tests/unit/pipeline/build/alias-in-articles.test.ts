import { describe, expect, it } from 'vitest';
import { aliasInArticles } from '../../../../src/pipeline/build/alias-in-articles.ts';

describe('aliasInArticles', () => {
  it('finds whole words with proclitics, and ل contracted with ال', () => {
    const occurs = aliasInArticles(['وصل وبموسكو ثم للبحر الأسود']);
    expect(occurs('موسكو')).toBe(true);
    expect(occurs('البحر الأسود')).toBe(true);
  });

  it('does not find part of a word or another prefix', () => {
    const occurs = aliasInArticles(['موسكوفيون وسموسكو']);
    expect(occurs('موسكو')).toBe(false);
  });

  it('compares folded forms, as the matcher does', () => {
    expect(aliasInArticles(['محادثات إسطنبول'])('أسطنبول')).toBe(true);
  });

  it('needs the words of a multiword alias in a row', () => {
    const occurs = aliasInArticles(['البحر، الأسود', 'البحر الأحمر']);
    expect(occurs('البحر الأسود')).toBe(false);
  });

  it('looks in every text', () => {
    const occurs = aliasInArticles(['في كييف', 'في دافوس']);
    expect(occurs('دافوس')).toBe(true);
    expect(occurs('بكين')).toBe(false);
    expect(occurs('')).toBe(false);
  });
});
