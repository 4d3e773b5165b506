/** The interface languages: French first, then easy-to-read French, then English. */
export const LANGUAGES = ['fr', 'fr-x-falc', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language of the app before any choice: French, the language of the public it serves. */
export const DEFAULT_LANGUAGE: Language = 'fr';

/** Narrows any stored or browser-given value to a supported language. */
export function toLanguage(value: unknown): Language | null {
  return LANGUAGES.find((language) => language === value) ?? null;
}

/** The first supported language the browser prefers, else French. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const match = toLanguage(tag.toLowerCase()) ?? toLanguage(tag.toLowerCase().split('-')[0]);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * The `lang` attribute for a language. Easy-to-read French is French to screen
 * readers and speech synthesis, which do not know the private-use tag.
 */
export function htmlLang(language: Language): string {
  return language === 'fr-x-falc' ? 'fr' : language;
}
