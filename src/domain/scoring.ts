import { DONT_KNOW, DONT_UNDERSTAND, type AnswerValue } from './answers';
import type { Item, Level, Questionnaire } from './questionnaire';
import { optionLevel } from './situations';

/** The level an area reached, or `null` when no answer could be scored there. */
export interface AreaScore {
  areaId: string;
  level: Level | null;
  /** How many answers were taken into account. */
  scoredAnswers: number;
}

/** A profile by area — never a single grade — tied to the questionnaire it was computed on. */
export interface Profile {
  questionnaireId: string;
  questionnaireVersion: string;
  areas: AreaScore[];
  /** Items answered "Je ne comprends pas la question": not scored, listed for the professional. */
  notUnderstood: string[];
}

/**
 * The level one answer shows, or `null` when it says nothing about a level.
 * A self-declaration gives the level of the chosen answer. A situation shows
 * the level of the chosen answer (see `optionLevel`); "Je ne sais pas" counts
 * like an answer that does not show the target level yet.
 */
export function answerLevel(q: Questionnaire, item: Item, answer: AnswerValue): Level | null {
  if (answer === DONT_UNDERSTAND) return null;
  if (item.kind === 'self') {
    const choice = q.selfScale.find((o) => o.id === answer);
    return choice ? toLevel(choice.level) : null;
  }
  const option = item.options.find((o) => o.id === answer);
  if (answer !== DONT_KNOW && !option) return null;
  return optionLevel(item, option);
}

/**
 * Scores stored answers on the questionnaire they were given on. Each area's
 * level is the mean of the levels its answers show, rounded down, so a result
 * never claims more than the answers support.
 */
export function scoreProfile(q: Questionnaire, answers: ReadonlyMap<string, AnswerValue>): Profile {
  const areaOfCompetency = new Map(
    q.areas.flatMap((area) => area.competencies.map((c) => [c.id, area.id] as const)),
  );
  const levelsByArea = new Map<string, Level[]>(q.areas.map((a) => [a.id, []]));
  const notUnderstood: string[] = [];

  for (const item of q.items) {
    const answer = answers.get(item.id);
    if (answer === undefined) continue;
    if (answer === DONT_UNDERSTAND) notUnderstood.push(item.id);
    const level = answerLevel(q, item, answer);
    const areaId = areaOfCompetency.get(item.competency);
    if (level !== null && areaId) levelsByArea.get(areaId)?.push(level);
  }

  return {
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    areas: q.areas.map((area) => {
      const levels = levelsByArea.get(area.id) ?? [];
      return { areaId: area.id, level: meanLevel(levels), scoredAnswers: levels.length };
    }),
    notUnderstood,
  };
}

function meanLevel(levels: readonly Level[]): Level | null {
  if (levels.length === 0) return null;
  const sum = levels.reduce<number>((total, level) => total + level, 0);
  return toLevel(Math.floor(sum / levels.length));
}

function toLevel(value: number): Level {
  return Math.min(4, Math.max(1, value)) as Level;
}
