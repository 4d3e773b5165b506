/** The languages every published questionnaire is written in: French, easy-to-read French, English. */
export const PUBLISHED_LANGUAGES = ['fr', 'fr-x-falc', 'en'] as const;

const NAMES: Record<string, string> = {
  fr: 'French',
  'fr-x-falc': 'easy-to-read French (fr-x-falc)',
  en: 'English',
};

/** The English name of a content language, as validation messages use it. */
export function languageName(tag: string): string {
  return NAMES[tag] ?? `"${tag}"`;
}
