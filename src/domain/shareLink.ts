import { DONT_KNOW, DONT_UNDERSTAND, type AnswerValue } from './answers';
import type { PathId, Questionnaire } from './questionnaire';

/**
 * A person's results packed into the fragment of a link (never sent to a
 * server): format, questionnaire id and version, path, day, one character per
 * item of the complete path, and a checksum that catches a damaged link.
 *   1~reperes-ia~1.0.0~s~20261128~ab-k1…~x7q2
 * Answers: "-" none; a self-declaration 1–4 (its level) or "u" (not understood);
 * a situation "a"–"d" (its answer), "k" (Je ne sais pas) or "u".
 */
export interface SharedResults {
  questionnaireId: string;
  questionnaireVersion: string;
  pathId: PathId;
  /** The day the answers were finished, as YYYYMMDD. */
  day: string;
  answers: Map<string, AnswerValue>;
}

const FORMAT = '1';
const SEPARATOR = '~';

/** A short checksum (FNV-1a, base 36) that a damaged or edited link will not match. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-5);
}

/** Packs results into the text of a link fragment. */
export function encodeSharedResults(q: Questionnaire, shared: SharedResults): string {
  const items = new Map(q.items.map((item) => [item.id, item]));
  const code = q.paths.complete.items
    .map((id) => {
      const item = items.get(id);
      const value = shared.answers.get(id);
      if (!item || value === undefined) return '-';
      if (value === DONT_UNDERSTAND) return 'u';
      if (item.kind === 'self') return String(q.selfScale.findIndex((o) => o.id === value) + 1);
      if (value === DONT_KNOW) return 'k';
      return 'abcd'[item.options.findIndex((o) => o.id === value)] ?? '-';
    })
    .join('');
  const body = [
    FORMAT,
    q.id,
    q.version,
    shared.pathId === 'short' ? 's' : 'c',
    shared.day,
    code,
  ].join(SEPARATOR);
  return `${body}${SEPARATOR}${checksum(body)}`;
}

/** Why a link could not be read. */
export type ShareRefusal = 'damaged' | 'unknown-format';

/** Reads the head of a shared link: which questionnaire version to load to read the rest. */
export function readSharedHead(
  payload: string,
):
  | { ok: true; questionnaireId: string; questionnaireVersion: string }
  | { ok: false; reason: ShareRefusal } {
  const parts = payload.split(SEPARATOR);
  if (parts.length !== 7) return { ok: false, reason: 'damaged' };
  const body = parts.slice(0, 6).join(SEPARATOR);
  if (checksum(body) !== parts[6]) return { ok: false, reason: 'damaged' };
  if (parts[0] !== FORMAT) return { ok: false, reason: 'unknown-format' };
  const [, questionnaireId = '', questionnaireVersion = ''] = parts;
  if (
    !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(questionnaireId) ||
    !/^\d+\.\d+\.\d+$/.test(questionnaireVersion)
  ) {
    return { ok: false, reason: 'damaged' };
  }
  return { ok: true, questionnaireId, questionnaireVersion };
}

/**
 * Unpacks shared results against the questionnaire version they name. Any
 * character that does not fit its item makes the whole link refused.
 */
export function decodeSharedResults(
  q: Questionnaire,
  payload: string,
): { ok: true; results: SharedResults } | { ok: false; reason: ShareRefusal } {
  const head = readSharedHead(payload);
  if (!head.ok) return head;
  const [, , , path, day = '', code = ''] = payload.split(SEPARATOR);
  const ids = q.paths.complete.items;
  if ((path !== 's' && path !== 'c') || !/^\d{8}$/.test(day) || code.length !== ids.length) {
    return { ok: false, reason: 'damaged' };
  }
  const items = new Map(q.items.map((item) => [item.id, item]));
  const answers = new Map<string, AnswerValue>();
  for (let i = 0; i < ids.length; i += 1) {
    const item = items.get(ids[i]!);
    const char = code[i]!;
    if (!item) return { ok: false, reason: 'damaged' };
    if (char === '-') continue;
    let value: AnswerValue | undefined;
    if (char === 'u') value = DONT_UNDERSTAND;
    else if (item.kind === 'self') value = q.selfScale[Number(char) - 1]?.id;
    else if (char === 'k') value = DONT_KNOW;
    else value = item.options['abcd'.indexOf(char)]?.id;
    if (value === undefined) return { ok: false, reason: 'damaged' };
    answers.set(item.id, value);
  }
  return {
    ok: true,
    results: {
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      pathId: path === 's' ? 'short' : 'complete',
      day,
      answers,
    },
  };
}
