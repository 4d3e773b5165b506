import { describe, expect, it } from 'vitest';
import { priorities, strengths } from '../../../src/domain/results';
import { scoreProfile } from '../../../src/domain/scoring';
import { answerEvery, bestAnswer, gridQuestionnaire, lowestAnswer } from '../helpers/grid';

const q = gridQuestionnaire();
const competencies = q.areas.flatMap((a) => a.competencies);

describe('strengths and priorities', () => {
  it('list nothing as a strength and 3 next steps with level-1 advice when everything is to discover', () => {
    const profile = scoreProfile(q, answerEvery(q, lowestAnswer));
    expect(strengths(q, profile)).toEqual([]);
    const next = priorities(q, profile);
    expect(next.map((p) => p.competency.id)).toEqual(competencies.slice(0, 3).map((c) => c.id));
    for (const p of next) {
      expect(p.level).toBe(1);
      expect(p.recommendations.length).toBeGreaterThan(0);
      expect(p.recommendations.every((r) => r.level === 1)).toBe(true);
    }
  });

  it('list the best competencies as strengths and no next step at the top level', () => {
    const profile = scoreProfile(q, answerEvery(q, bestAnswer));
    expect(strengths(q, profile)).toHaveLength(3);
    expect(priorities(q, profile)).toEqual([]);
  });

  it('never propose as a next step what is already listed as a strength, when there is something else', () => {
    const first = new Set(q.areas[0]!.competencies.map((c) => c.id));
    const profile = scoreProfile(
      q,
      answerEvery(q, (item) =>
        first.has(item.competency) ? bestAnswer(item) : lowestAnswer(item),
      ),
    );
    const strong = strengths(q, profile).map((s) => s.competency.id);
    expect(strong.every((id) => first.has(id))).toBe(true);
    expect(priorities(q, profile).some((p) => strong.includes(p.competency.id))).toBe(false);
  });
});
