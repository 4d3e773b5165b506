import { describe, expect, it } from 'vitest';
import { DONT_KNOW, DONT_UNDERSTAND } from '../../../src/domain/answers';
import type { Item, Questionnaire } from '../../../src/domain/questionnaire';
import { answerLevel, scoreProfile } from '../../../src/domain/scoring';
import { draftQuestionnaire } from '../helpers/questionnaire';

const q = draftQuestionnaire();

function lowest(item: Item): string {
  return item.kind === 'self' ? 'cannot' : (item.options.find((o) => !o.correct)?.id ?? DONT_KNOW);
}
function best(item: Item): string {
  return item.kind === 'self' ? 'can-explain' : (item.options.find((o) => o.correct)?.id ?? '');
}
function answersFor(questionnaire: Questionnaire, choose: (item: Item) => string) {
  return new Map(questionnaire.items.map((item) => [item.id, choose(item)]));
}

describe('scoreProfile', () => {
  it('gives one level per area, and names the questionnaire version', () => {
    const profile = scoreProfile(q, answersFor(q, best));
    expect(profile.questionnaireId).toBe('reperes-ia');
    expect(profile.questionnaireVersion).toBe('0.1.0');
    expect(profile.areas.map((a) => a.areaId)).toEqual(q.areas.map((a) => a.id));
  });

  it('gives "Je découvre" everywhere when every answer is the lowest', () => {
    const profile = scoreProfile(q, answersFor(q, lowest));
    expect(profile.areas.every((a) => a.level === 1)).toBe(true);
  });

  it('gives a higher level somewhere when every answer is the best', () => {
    const low = scoreProfile(q, answersFor(q, lowest));
    const high = scoreProfile(q, answersFor(q, best));
    high.areas.forEach((area, i) => {
      expect(area.level).not.toBeNull();
      expect(area.level!).toBeGreaterThanOrEqual(low.areas[i]!.level!);
    });
    expect(high.areas.some((area, i) => area.level! > low.areas[i]!.level!)).toBe(true);
  });

  it('says "not assessed yet" for an area without answers, never a guess', () => {
    const profile = scoreProfile(q, new Map());
    expect(profile.areas.every((a) => a.level === null && a.scoredAnswers === 0)).toBe(true);
  });

  it('does not score "Je ne comprends pas la question" and lists it', () => {
    const self = q.items.find((item) => item.kind === 'self')!;
    const profile = scoreProfile(q, new Map([[self.id, DONT_UNDERSTAND]]));
    expect(profile.notUnderstood).toEqual([self.id]);
    expect(profile.areas.every((a) => a.scoredAnswers === 0)).toBe(true);
  });

  it('counts "Je ne sais pas" as something to discover, like a missed situation', () => {
    const situation = q.items.find((item) => item.kind === 'situation')!;
    const wrong =
      situation.kind === 'situation' ? situation.options.find((o) => !o.correct)! : null;
    expect(answerLevel(q, situation, DONT_KNOW)).toBe(answerLevel(q, situation, wrong!.id));
  });

  it('is deterministic for a fixed set of answers', () => {
    const answers = answersFor(q, (item) => (item.id.length % 2 === 0 ? best(item) : lowest(item)));
    expect(scoreProfile(q, answers)).toEqual(scoreProfile(q, new Map(answers)));
  });
});
