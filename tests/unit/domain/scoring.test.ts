import { describe, expect, it } from 'vitest';
import { DONT_KNOW, DONT_UNDERSTAND } from '../../../src/domain/answers';
import { pathItems } from '../../../src/domain/path';
import type { Item } from '../../../src/domain/questionnaire';
import { scoreProfile } from '../../../src/domain/scoring';
import { answerEvery, bestAnswer, gridQuestionnaire, lowestAnswer } from '../helpers/grid';
import { rawExample } from '../helpers/questionnaire';
import { parseQuestionnaire } from '../../../src/domain/validate';

const grid = gridQuestionnaire();
const exampleResult = parseQuestionnaire(rawExample());
if (!exampleResult.ok) throw new Error('example');
const example = exampleResult.questionnaire;

/** A better answer than `answer`, or `answer` when there is none. */
function improved(item: Item, answer: string): string {
  if (item.kind === 'self') {
    const scale = ['cannot', 'with-help', 'on-my-own', 'can-explain'];
    return scale[Math.min(3, scale.indexOf(answer) + 1)] ?? answer;
  }
  return bestAnswer(item);
}

describe('scoreProfile', () => {
  it('names the questionnaire and gives a level per area and per competency, never one grade', () => {
    const profile = scoreProfile(grid, answerEvery(grid, bestAnswer));
    expect(profile.questionnaireId).toBe('reperes-ia');
    expect(profile.questionnaireVersion).toBe('1.0.0');
    expect(profile.areas.map((a) => a.areaId)).toEqual(grid.areas.map((a) => a.id));
    expect(profile).not.toHaveProperty('level');
  });

  it('gives "Je découvre" everywhere when every answer is the lowest', () => {
    const profile = scoreProfile(grid, answerEvery(grid, lowestAnswer));
    expect(profile.competencies.map((c) => c.level)).toEqual(
      grid.areas.flatMap((a) => a.competencies).map(() => 1),
    );
    expect(profile.areas.map((a) => a.level)).toEqual(grid.areas.map(() => 1));
  });

  it('gives the top level everywhere when every answer is the best', () => {
    const profile = scoreProfile(grid, answerEvery(grid, bestAnswer));
    expect(profile.competencies.filter((c) => c.level !== 4)).toEqual([]);
    expect(profile.areas.map((a) => a.level)).toEqual(grid.areas.map(() => 4));
  });

  it('never lowers a level when one answer improves', () => {
    // A fixed pseudo-random set of answers, then each answer improved in turn.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 20; round += 1) {
      const answers = answerEvery(grid, (item) =>
        random() < 0.5 ? lowestAnswer(item) : bestAnswer(item),
      );
      const before = scoreProfile(grid, answers);
      for (const item of grid.items) {
        const better = new Map(answers).set(item.id, improved(item, answers.get(item.id)!));
        const after = scoreProfile(grid, better);
        after.competencies.forEach((c, i) =>
          expect(c.level!).toBeGreaterThanOrEqual(before.competencies[i]!.level!),
        );
        after.areas.forEach((a, i) =>
          expect(a.level!).toBeGreaterThanOrEqual(before.areas[i]!.level!),
        );
      }
    }
  });

  it('counts "Je ne sais pas" as to discover: like a missed situation, and counted apart', () => {
    const situation = example.items.find((i) => i.id === 'chat-night')!;
    const wrong = scoreProfile(example, new Map([[situation.id, lowestAnswer(situation)]]));
    const dontKnow = scoreProfile(example, new Map([[situation.id, DONT_KNOW]]));
    expect(dontKnow.competencies[0]).toMatchObject({ shown: 1, level: 1, toDiscover: 1 });
    expect(dontKnow.competencies[0]!.level).toBe(wrong.competencies[0]!.level);
    expect(wrong.competencies[0]!.toDiscover).toBe(0);
  });

  it('does not score "Je ne comprends pas la question", and lists it for the professional', () => {
    const profile = scoreProfile(example, new Map([['chat-self', DONT_UNDERSTAND]]));
    expect(profile.notUnderstood).toEqual(['chat-self']);
    expect(profile.competencies[0]).toMatchObject({ level: null, scoredAnswers: 0 });
    expect(profile.areas[0]).toMatchObject({ level: null, evaluatedCompetencies: 0 });
  });

  it('says "not assessed yet" rather than guess when answers are too few', () => {
    const strict = { ...example, scoring: { minAnswers: 2, gapToReport: 2 } };
    const profile = scoreProfile(strict, new Map([['chat-night', 'program']]));
    expect(profile.competencies[0]).toMatchObject({ shown: 2, level: null, scoredAnswers: 1 });
  });

  it('keeps the shown level, raised by one at most by what the person declares', () => {
    const declaredHigh = scoreProfile(
      example,
      new Map([
        ['chat-self', 'can-explain'],
        ['chat-night', 'program'],
        ['chat-voice', 'nothing'],
      ]),
    );
    expect(declaredHigh.competencies[0]).toMatchObject({
      declared: 4,
      shown: 2,
      level: 3,
      gap: 'room-to-learn',
    });

    const declaredLow = scoreProfile(
      example,
      new Map([
        ['chat-self', 'cannot'],
        ['chat-voice', 'ask'],
      ]),
    );
    expect(declaredLow.competencies[0]).toMatchObject({
      declared: 1,
      shown: 3,
      level: 3,
      gap: 'more-than-you-think',
    });
  });

  it('uses the explicit level of an answer when the author gave one', () => {
    const profile = scoreProfile(example, new Map([['chat-voice', 'hang-up']]));
    expect(profile.competencies[0]).toMatchObject({ shown: 2, level: 2 });
  });

  it('gives fixed profiles for fixed answer sets, recomputed identically', () => {
    const answers = new Map([
      ['chat-self', 'on-my-own'],
      ['chat-night', 'person'],
      ['chat-voice', 'ask'],
    ]);
    const profile = scoreProfile(example, answers);
    expect(profile).toEqual({
      questionnaireId: 'exemple',
      questionnaireVersion: '1.0.0',
      competencies: [
        {
          competencyId: 'spot-chat',
          declared: 3,
          shown: 3,
          level: 3,
          scoredAnswers: 3,
          toDiscover: 0,
          gap: null,
        },
      ],
      areas: [{ areaId: 'spot', level: 3, evaluatedCompetencies: 1, scoredAnswers: 3 }],
      notUnderstood: [],
    });
    const short = pathItems(grid, 'short');
    const gridAnswers = new Map(
      short.map((item, i) => [item.id, i % 3 === 0 ? bestAnswer(item) : lowestAnswer(item)]),
    );
    expect(scoreProfile(grid, new Map(gridAnswers))).toEqual(scoreProfile(grid, gridAnswers));
  });
});
