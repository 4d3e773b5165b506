import { describe, expect, it } from 'vitest';
import { isPathComplete, pathItems, resumeIndex } from '../../../src/domain/path';
import { draftQuestionnaire } from '../helpers/questionnaire';

const q = draftQuestionnaire();

describe('paths', () => {
  it('lists the items of a path in the order of the file', () => {
    expect(pathItems(q, 'complete').map((i) => i.id)).toEqual(q.paths.complete.items);
    expect(pathItems(q, 'short').length).toBeLessThan(pathItems(q, 'complete').length);
  });

  it('resumes at the first unanswered question', () => {
    const items = pathItems(q, 'complete');
    const answers = new Map(items.slice(0, 3).map((item) => [item.id, 'x']));
    expect(resumeIndex(items, answers)).toBe(3);
    expect(isPathComplete(items, answers)).toBe(false);
  });

  it('knows when every question of the path is answered', () => {
    const items = pathItems(q, 'short');
    const answers = new Map(items.map((item) => [item.id, 'x']));
    expect(resumeIndex(items, answers)).toBe(items.length);
    expect(isPathComplete(items, answers)).toBe(true);
  });
});
