import { loadMessages } from '../i18n/i18n.ts';
import { getStoryStore } from '../store/story-store.ts';
import type { Language } from '../store/types.ts';

/** Switches the interface language once its strings are loaded (each language is its own chunk). */
export function switchLanguage(language: Language): void {
  void loadMessages(language).then(() => getStoryStore().getState().setLanguage(language));
}
