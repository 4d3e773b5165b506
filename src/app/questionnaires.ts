import type { Questionnaire } from '../domain/questionnaire';

/** Why a questionnaire could not be opened, so the person gets the right message. */
export class QuestionnaireLoadError extends Error {
  constructor(
    readonly reason: 'unreachable' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'QuestionnaireLoadError';
  }
}

const loaded = new Map<string, Promise<Questionnaire>>();

/**
 * Fetches one exact questionnaire version (precached, so it works offline) and
 * parses it through the schema, which is loaded here and not on the first screen.
 */
export function loadQuestionnaire(id: string, version: string): Promise<Questionnaire> {
  const key = `${id}@${version}`;
  let promise = loaded.get(key);
  if (!promise) {
    promise = fetchAndParse(id, version);
    promise.catch(() => loaded.delete(key));
    loaded.set(key, promise);
  }
  return promise;
}

async function fetchAndParse(id: string, version: string): Promise<Questionnaire> {
  const url = `/questionnaires/${encodeURIComponent(id)}/${encodeURIComponent(version)}.json`;
  let raw: unknown;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    raw = await response.json();
  } catch (error) {
    throw new QuestionnaireLoadError('unreachable', `${url}: ${(error as Error).message}`);
  }
  const { parseQuestionnaire } = await import('../domain/validate');
  const result = parseQuestionnaire(raw);
  if (!result.ok) {
    const details = result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new QuestionnaireLoadError('invalid', `${url}: ${details}`);
  }
  return result.questionnaire;
}
