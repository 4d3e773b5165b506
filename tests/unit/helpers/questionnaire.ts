import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Questionnaire } from '../../../src/domain/questionnaire';
import { parseQuestionnaire } from '../../../src/domain/validate';

/** Reads a file of the repository as JSON. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(resolve(__dirname, '../../..', path), 'utf8'));
}

/** The draft questionnaire shipped with the app, parsed through the real schema. */
export function draftQuestionnaire(): Questionnaire {
  const result = parseQuestionnaire(readJson('questionnaires/reperes-ia/0.1.0.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.questionnaire;
}

/** A deep copy that a test may break on purpose. */
export function rawDraft(): Record<string, unknown> {
  return readJson('questionnaires/reperes-ia/0.1.0.json') as Record<string, unknown>;
}
