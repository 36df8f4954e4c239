import type { Language } from '../store/types.ts';

export type { MessageKey } from './messages-en.ts';
import type { MessageKey } from './messages-en.ts';

/** The strings of each language loaded so far (the page loads its language before it renders). */
const loaded: Partial<Record<Language, Readonly<Record<MessageKey, string>>>> = {};

/** Makes a language's strings available to `t` (loadMessages does it in the page; Node code directly). */
export function registerMessages(language: Language, messages: Readonly<Record<MessageKey, string>>): void {
  loaded[language] = messages;
}

/** Loads a language's strings (its own chunk), once; the page waits for it before showing that language. */
export async function loadMessages(language: Language): Promise<void> {
  if (loaded[language]) return;
  if (language === 'ar') registerMessages('ar', (await import('./messages-ar.ts')).AR);
  else registerMessages('en', (await import('./messages-en.ts')).EN);
}

/** Whether a string with this name exists (in the loaded language). */
export function hasMessage(language: Language, key: string): key is MessageKey {
  return key in (loaded[language] ?? {});
}

/**
 * The interface string for a key, with `{name}` placeholders filled in. A placeholder may carry the
 * forms of a counted noun by plural category (Arabic has six): `{n|one:دقيقة واحدة|few:# دقائق|other:# دقيقة}`
 * picks the form for the number (Intl.PluralRules) and writes the number where `#` stands.
 * @example t('en', 'eventOf', { n: 2, total: 9 }) // 'Event 2 of 9'
 * @example t('ar', 'tourMinutesLeft', { n: 3 }) // 'بقي نحو 3 دقائق'
 */
export function t(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  const messages = loaded[language];
  if (!messages)
    throw new Error(`The ${language} interface strings are used before loadMessages('${language}')`);
  return messages[key].replace(/\{(\w+)(?:\|([^}]*))?\}/g, (whole, name: string, forms?: string) => {
    if (!(name in values)) return whole;
    const value = values[name];
    if (forms === undefined || typeof value !== 'number') return formatNumber(language, value);
    // `other` is the form every plural placeholder has, and the fallback.
    const category = (pluralRules[language] ??= new Intl.PluralRules(localeFor(language))).select(value);
    const form = `|${forms}`.split(`|${category}:`)[1] ?? `|${forms}`.split('|other:')[1] ?? '#';
    return form.split('|')[0]!.replaceAll('#', formatNumber(language, value));
  });
}

const pluralRules: Partial<Record<Language, Intl.PluralRules>> = {};

// One formatter per language: constructing an Intl.NumberFormat costs more than a whole step.
const numberFormats = new Map<Language, Intl.NumberFormat>();

function formatNumber(language: Language, value: string | number | undefined): string {
  if (typeof value !== 'number') return String(value);
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeFor(language));
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/**
 * The writing direction of a language: the page's `dir`, the canvas text and the side things
 * stand on all follow it.
 * @example textDirection('ar') // 'rtl'
 */
export function textDirection(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** The Intl locale for an interface language; Arabic keeps Western digits, as the articles do. */
export function localeFor(language: Language): string {
  return language === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
}

/**
 * The interface language from the browser's preferences: Arabic if it comes before English.
 * @example languageFromNavigator(['ar-EG', 'en']) // 'ar'
 */
export function languageFromNavigator(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ar') return 'ar';
    if (base === 'en') return 'en';
  }
  return 'en';
}
