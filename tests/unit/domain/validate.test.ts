import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../src/domain/validate';
import { rawDraft } from '../helpers/questionnaire';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsOf(edit: (q: Json) => void) {
  const q = rawDraft() as Json;
  edit(q);
  const result = parseQuestionnaire(q);
  return result.ok ? [] : result.problems;
}

describe('parseQuestionnaire', () => {
  it('accepts the draft questionnaire shipped with the app', () => {
    const result = parseQuestionnaire(rawDraft());
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.questionnaire.status).toBe('draft');
    expect(result.questionnaire.version).toMatch(/^0\./);
    expect(result.questionnaire.areas.length).toBeGreaterThanOrEqual(2);
    expect(result.questionnaire.items.length).toBeGreaterThanOrEqual(6);
    const kinds = new Set(result.questionnaire.items.map((item) => item.kind));
    expect(kinds).toEqual(new Set(['self', 'situation']));
  });

  it('names a missing French text by its JSON path', () => {
    expect(problemsOf((q) => delete q.items[2].prompt.fr)).toEqual([
      { path: 'items[2].prompt', message: 'missing French text' },
    ]);
  });

  it('refuses an empty text', () => {
    expect(problemsOf((q) => (q.title.en = '  '))).toEqual([
      { path: 'title.en', message: 'empty text' },
    ]);
  });

  it('refuses an unknown field, so a typo is caught', () => {
    expect(problemsOf((q) => (q.items[0].promt = q.items[0].prompt))).toEqual([
      { path: 'items[0]', message: 'unknown field "promt"' },
    ]);
  });

  it('refuses a version that is not major.minor.patch', () => {
    expect(problemsOf((q) => (q.version = '1.0'))).toEqual([
      { path: 'version', message: 'use a version like 1.0.0 (major.minor.patch)' },
    ]);
  });

  it('refuses an item whose competency does not exist', () => {
    expect(problemsOf((q) => (q.items[1].competency = 'nowhere'))).toEqual([
      { path: 'items[1].competency', message: 'no competency has the id "nowhere"' },
    ]);
  });

  it('refuses a situation without exactly one correct answer', () => {
    const problems = problemsOf((q) => {
      const situation = q.items.findIndex((item: Json) => item.kind === 'situation');
      for (const option of q.items[situation].options) option.correct = true;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe('mark exactly one answer as correct');
    expect(problems[0]?.path).toMatch(/^items\[\d+\]\.options$/);
  });

  it('refuses a duplicated id and says where the first one is', () => {
    const firstId = (rawDraft() as Json).items[0].id as string;
    expect(problemsOf((q) => (q.items[1].id = firstId))).toContainEqual({
      path: 'items[1].id',
      message: `id "${firstId}" is already used at items[0].id`,
    });
  });

  it('refuses a path that names an item that does not exist', () => {
    const length = (rawDraft() as Json).paths.short.items.length as number;
    expect(problemsOf((q) => q.paths.short.items.push('ghost'))).toEqual([
      { path: `paths.short.items[${length}]`, message: 'no item has the id "ghost"' },
    ]);
  });

  it('refuses something that is not a questionnaire at all', () => {
    const result = parseQuestionnaire('hello');
    expect(result.ok).toBe(false);
  });
});
