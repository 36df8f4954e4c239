import { useEffect } from 'react';
import type { Language } from '../store/types.ts';
import { t, textDirection } from '../i18n/i18n.ts';

/** Keeps <html lang dir> and the document title in step with the interface language. */
export function useDocumentLanguage(language: Language): void {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.dir = textDirection(language);
    document.title = `${t(language, 'appTitle')} — ${t(language, 'appSubtitle')}`;
  }, [language]);
}
