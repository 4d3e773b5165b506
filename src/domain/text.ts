import type { LocalizedText } from './questionnaire';

export type { LocalizedText };

/** The easy-to-read variant of French, written as a private-use BCP 47 tag. */
export const EASY_FRENCH = 'fr-x-falc';

/**
 * Picks the text for a content language, falling back to the base language
 * (`fr-x-falc` → `fr`) and then to French, which every text has.
 */
export function pickText(text: LocalizedText, language: string): string {
  const base = language.split('-')[0] ?? 'fr';
  const chosen = text[language] ?? text[base];
  return chosen === undefined
    ? frenchSpacing(text.fr ?? '')
    : base === 'fr'
      ? frenchSpacing(chosen)
      : chosen;
}

/**
 * French puts a space before `? ! : ;` and inside « »; a no-break space keeps
 * the sign from starting a line on its own on a narrow phone screen.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([?!:;»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}
