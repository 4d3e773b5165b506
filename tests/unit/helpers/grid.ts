import type { AnswerValue } from '../../../src/domain/answers';
import type { Item, Questionnaire } from '../../../src/domain/questionnaire';
import { isBestOption } from '../../../src/domain/situations';
import { parseQuestionnaire } from '../../../src/domain/validate';
import { readJson } from './questionnaire';

/** The published competency grid, parsed through the real schema. */
export function gridQuestionnaire(): Questionnaire {
  const result = parseQuestionnaire(readJson('questionnaires/reperes-ia/1.0.0.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.questionnaire;
}

/** The lowest answer of an item: "Je ne sais pas le faire", or an answer that is not the best. */
export function lowestAnswer(item: Item): AnswerValue {
  if (item.kind === 'self') return 'cannot';
  return item.options.find((o) => !isBestOption(item, o))?.id ?? '_dont-know';
}

/** The best answer of an item: "Je peux l'expliquer à quelqu'un", or the answer to remember. */
export function bestAnswer(item: Item): AnswerValue {
  if (item.kind === 'self') return 'can-explain';
  return item.options.find((o) => isBestOption(item, o))?.id ?? '';
}

/** Answers every item of a questionnaire with `choose`. */
export function answerEvery(q: Questionnaire, choose: (item: Item, index: number) => AnswerValue) {
  return new Map(q.items.map((item, index) => [item.id, choose(item, index)]));
}
