// Automated writing checks for questionnaire texts: gender-neutral French without point médian,
// easy-to-read sentence length, and a French readability score (Kandel & Moles 1958).
// They watch the trend; real easy-to-read French is validated by readers.
import { sentences } from '../src/domain/sentences';

/** A text of a questionnaire in all its languages, with where it is. */
export interface TextEntry {
  path: string;
  texts: Record<string, string>;
}

const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

function isLocalizedText(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    typeof (value as Record<string, unknown>).fr === 'string' &&
    entries.every(([key, text]) => TAG.test(key) && typeof text === 'string')
  );
}

/** Every text a person reads in a questionnaire (or any part of one), with its JSON path. */
export function localizedTexts(value: unknown, path = ''): TextEntry[] {
  if (isLocalizedText(value)) return [{ path, texts: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, v]) =>
      localizedTexts(v, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

export { sentences };

/** Words, with elisions and hyphens kept inside one word ("d'emploi", "peut-être"). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** An estimate of French syllables: groups of vowels, less a silent final "e" or "es". */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/^[a-z]['’]/, '');
  const groups = w.match(/[aeiouyàâäéèêëîïôöûùüœæ]+/g)?.length ?? 0;
  const silent = /[^aeiouyàâäéèêëîïôöûùüœæ](e|es|ent)$/.test(w) && groups > 1 ? 1 : 0;
  return Math.max(1, groups - silent);
}

/** Kandel & Moles (1958): 207 − 1.015 × words per sentence − 73.6 × syllables per word. */
export function kandelMoles(texts: readonly string[]): number {
  const all = texts.flatMap(sentences);
  const ws = texts.flatMap(words);
  if (all.length === 0 || ws.length === 0) return 0;
  const syl = ws.reduce((sum, w) => sum + syllables(w), 0);
  return 207 - 1.015 * (ws.length / all.length) - 73.6 * (syl / ws.length);
}

/** At most this many words in an easy-to-read sentence. */
export const EASY_SENTENCE_MAX_WORDS = 15;

/**
 * Words and phrases that presume the reader's gender in French, with the reason.
 * Extend the list when a new trap is found; keep each pattern narrow enough to
 * avoid flagging neutral uses ("un seul outil", "vous avez perdu votre carte").
 */
export const GENDERED_PATTERNS: readonly { pattern: RegExp; advice: string }[] = [
  { pattern: /\p{L}[·•]\p{L}/u, advice: 'point médian: rephrase instead' },
  { pattern: /\p{L}\((e|es|euse|rice)\)/u, advice: 'bracketed ending: rephrase instead' },
  {
    pattern: /(?<!\bun |\bune |\bun\u00a0)\bseul(e?s)?\b/iu,
    advice: '"seul": write "sans aide", "par vous-même"',
  },
  { pattern: /\bprête?s?\b(?! d'argent| bancaire)/iu, advice: '"prêt": write "on commence ?"' },
  { pattern: /\bsûre?s?\b/iu, advice: '"sûr": write "voulez-vous vraiment"' },
  { pattern: /\bconnectée?s?\b/iu, advice: '"connecté": write "en ligne"' },
  {
    pattern: /\b(suis|êtes|es|soyez|sens|sentez)\s+(\p{L}+\s+)?perdue?s?\b/iu,
    advice: '"perdu": write "j\'ai besoin d\'aide"',
  },
  { pattern: /\bdébutante?s?\b/iu, advice: '"débutant": write "je découvre"' },
  {
    // "tous les jours" is neutral; "bonjour à tous", "pour tous" presume men.
    pattern: /\btous\b(?!\s+(les|ces|mes|tes|ses|nos|vos|leurs)\b)/iu,
    advice: '"tous": write "tout le monde", "chaque personne"',
  },
  { pattern: /\bchacun\b/iu, advice: '"chacun": write "chaque personne"' },
  {
    pattern: /\butilisat(eur|rice)s?\b/iu,
    advice: '"utilisateur": write "personne qui utilise", "vous"',
  },
  {
    pattern: /\bdemandeu(r|se)s? d['’]emploi\b/iu,
    advice: '"demandeur d\'emploi": write "personne qui cherche un emploi"',
  },
  {
    pattern: /\bconseill(er|ère)s?\b/iu,
    advice: '"conseiller": write "la personne qui vous accompagne"',
  },
  {
    pattern: /\bcandidate?s?\b/iu,
    advice: '"candidat": write "votre candidature", "la personne qui postule"',
  },
  { pattern: /\brecrut(eur|euse)s?\b/iu, advice: '"recruteur": write "l\'entreprise qui recrute"' },
  { pattern: /\binscrite?s?\b/iu, advice: '"inscrit": write "inscription faite"' },
  { pattern: /\bhabituée?s?\b/iu, advice: '"habitué": write "j\'ai l\'habitude"' },
  {
    pattern:
      /\b(suis|êtes|soyez|sentez|sens|restez|devenez|semblez)\s+(vraiment\s+|très\s+|bien\s+|plus\s+|pas\s+|un peu\s+)?(informée?|motivée?|intéressée?|concernée?|obligée?|autorisée?|contente?|heureux|heureuse|certaine?|convaincue?|rassurée?|déçue?|surprise?|étonnée?|fatiguée?|seule?|prête?|sûre?|perdue?)s?\b/iu,
    advice:
      'an adjective agreeing with the reader: rephrase ("on vous informe", "vous avez envie")',
  },
];

// JavaScript's \b only knows ASCII letters; French words start and end with "é", "ê"…
const WORD_EDGE = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
const unicodeEdges = (pattern: RegExp) =>
  new RegExp(pattern.source.replaceAll('\\b', WORD_EDGE), pattern.flags);
const PATTERNS = GENDERED_PATTERNS.map(({ pattern, advice }) => ({
  pattern: unicodeEdges(pattern),
  advice,
}));

/** The gender traps found in a French text. */
export function genderedProblems(text: string): string[] {
  return PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ advice }) => advice);
}

/** Problems of one questionnaire text, as `path.lang: message` lines. */
export function textProblems(entry: TextEntry, required: readonly string[]): string[] {
  const problems: string[] = [];
  for (const language of required) {
    if (!entry.texts[language]) problems.push(`${entry.path}.${language}: missing`);
  }
  for (const [language, text] of Object.entries(entry.texts)) {
    if (/\p{L}[·•]\p{L}/u.test(text)) problems.push(`${entry.path}.${language}: point médian`);
    if (language.startsWith('fr')) {
      for (const advice of genderedProblems(text))
        problems.push(`${entry.path}.${language}: ${advice}`);
    }
  }
  const easy = entry.texts['fr-x-falc'];
  if (easy) {
    for (const sentence of sentences(easy)) {
      const count = words(sentence).length;
      if (count > EASY_SENTENCE_MAX_WORDS) {
        problems.push(
          `${entry.path}.fr-x-falc: ${count} words in "${sentence}" (at most ${EASY_SENTENCE_MAX_WORDS})`,
        );
      }
    }
  }
  return problems;
}
