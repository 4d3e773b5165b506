/** The interface languages, French first. */
export const LANGUAGES = ['fr', 'en'] as const;
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
    const match = toLanguage(tag.toLowerCase().split('-')[0]);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}
