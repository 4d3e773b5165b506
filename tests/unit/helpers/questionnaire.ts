import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Questionnaire } from '../../../src/domain/questionnaire';
import { parseQuestionnaire } from '../../../src/domain/validate';

/** The root of the repository. */
export const ROOT = resolve(__dirname, '../../..');

/** Reads a file of the repository as JSON. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
}

/** The small published questionnaire used as a fixture and as the example of docs/authoring.md. */
export const EXAMPLE_FILE = 'tests/fixtures/questionnaires/exemple/1.0.0.json';

/** The draft questionnaire shipped with the app, parsed through the real schema. */
export function draftQuestionnaire(): Questionnaire {
  const result = parseQuestionnaire(
    readJson('tests/fixtures/questionnaires/reperes-ia/0.1.0.json'),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.questionnaire;
}

/** A fresh copy of the draft that a test may break on purpose. */
export function rawDraft(): Record<string, unknown> {
  return readJson('tests/fixtures/questionnaires/reperes-ia/0.1.0.json') as Record<string, unknown>;
}

/** A fresh copy of the published example that a test may break on purpose. */
export function rawExample(): Record<string, unknown> {
  return readJson(EXAMPLE_FILE) as Record<string, unknown>;
}
