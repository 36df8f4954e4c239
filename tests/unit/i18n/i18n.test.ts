import { describe, expect, it } from 'vitest';
import { languageFromNavigator, t, textDirection } from '../../../src/i18n/i18n.ts';
import { AR } from '../../../src/i18n/messages-ar.ts';
import { EN } from '../../../src/i18n/messages-en.ts';

const MESSAGES = { en: EN, ar: AR };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it('exist in Arabic and English for every key, with the same placeholders', () => {
    expect(Object.keys(MESSAGES.ar).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      expect(MESSAGES.ar[key].trim(), key).not.toBe('');
      expect(placeholders(MESSAGES.ar[key]), key).toEqual(placeholders(MESSAGES.en[key]));
    }
  });

  it('fills placeholders with numbers formatted for the locale', () => {
    expect(t('en', 'eventOf', { n: 2, total: 1000 })).toBe('Event 2 of 1,000');
    expect(t('ar', 'eventOf', { n: 2, total: 40 })).toBe('الحدث 2 من 40');
  });

  it('count minutes, events and chapters with the Arabic noun form each number takes', () => {
    const minutes = [1, 2, 3, 10, 11, 100].map((n) => t('ar', 'tourMinutesLeft', { n }));
    expect(minutes).toEqual([
      'بقي نحو دقيقة واحدة',
      'بقي نحو دقيقتين',
      'بقي نحو 3 دقائق',
      'بقي نحو 10 دقائق',
      'بقي نحو 11 دقيقة',
      'بقي نحو 100 دقيقة',
    ]);
    expect(t('en', 'tourMinutesLeft', { n: 3 })).toBe('about 3 min left');
    expect(t('ar', 'speedTimes', { n: 1.5 }), 'a speed reads «1.5×» in Arabic too').toBe('\u20661.5×\u2069');
    const facts = (n: number, c: number) => t('ar', 'tourTitleFacts', { n, c, from: 'أ', to: 'ب' });
    expect(facts(47, 6)).toBe('47 حدثًا في 6 فصول، من أ إلى ب.');
    expect(facts(5, 3)).toBe('5 أحداث في 3 فصول، من أ إلى ب.');
    expect(facts(10000, 12)).toBe('10,000 حدث في 12 فصلًا، من أ إلى ب.');
  });

  it('separate the parts of a citation with the comma of the interface language', () => {
    expect(t('ar', 'listSeparator')).toBe('، ');
    expect(t('en', 'listSeparator')).toBe(', ');
  });

  it('say what the play button will do', () => {
    expect(t('en', 'playTour')).toBe('Play tour');
    expect(t('en', 'pauseTour')).toBe('Pause tour');
  });
});

describe('languageFromNavigator', () => {
  it('follows the first of Arabic or English in the browser preferences', () => {
    expect(languageFromNavigator(['ar-EG', 'en-US'])).toBe('ar');
    expect(languageFromNavigator(['fr', 'en-GB', 'ar'])).toBe('en');
    expect(languageFromNavigator(['de'])).toBe('en');
  });
});

describe('textDirection', () => {
  it('writes Arabic right to left and English left to right', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
  });
});
