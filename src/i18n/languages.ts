/**
 * A right-to-left pseudo-locale (English strings, Arabic direction), built only
 * for the tests with VITE_PSEUDO_RTL=1: it proves the layout mirrors, so a real
 * right-to-left language can be added with its strings alone.
 */
export const PSEUDO_RTL = 'ar-x-pseudo';

const SHIPPED = ['fr', 'fr-x-falc', 'en'] as const;
export type Language = (typeof SHIPPED)[number] | typeof PSEUDO_RTL;

/** The interface languages: French first, then easy-to-read French, then English. */
export const LANGUAGES: readonly Language[] = import.meta.env.VITE_PSEUDO_RTL
  ? [...SHIPPED, PSEUDO_RTL]
  : SHIPPED;

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
  if (language === PSEUDO_RTL) return 'ar';
  return language === 'fr-x-falc' ? 'fr' : language;
}
