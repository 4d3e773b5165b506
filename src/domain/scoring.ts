import { DONT_KNOW, DONT_UNDERSTAND, type AnswerValue } from './answers';
import type { Item, Level, Questionnaire } from './questionnaire';
import { optionLevel } from './situations';

/** How declared and shown levels differ, when the difference is worth saying. */
export type Gap = 'more-than-you-think' | 'room-to-learn' | null;

/** The levels of one competency, each `null` when there is not enough to say. */
export interface CompetencyScore {
  competencyId: string;
  /** From self-declarations: what the person says they can do. */
  declared: Level | null;
  /** From situations: what the answers showed. */
  shown: Level | null;
  /** The level kept, from both; `null` is "pas encore évalué". */
  level: Level | null;
  scoredAnswers: number;
  /** Situations answered "Je ne sais pas": to discover, never a failure. */
  toDiscover: number;
  gap: Gap;
}

/** The level of an area, from its competencies. */
export interface AreaScore {
  areaId: string;
  level: Level | null;
  evaluatedCompetencies: number;
  scoredAnswers: number;
}

/** A profile by area and competency — never a single grade — tied to its questionnaire version. */
export interface Profile {
  questionnaireId: string;
  questionnaireVersion: string;
  areas: AreaScore[];
  competencies: CompetencyScore[];
  /** Items answered "Je ne comprends pas la question": not scored, listed for the professional. */
  notUnderstood: string[];
}

/**
 * The level one answer shows, or `null` when it says nothing about a level
 * ("Je ne comprends pas la question", or a value the item does not have).
 */
export function answerLevel(q: Questionnaire, item: Item, answer: AnswerValue): Level | null {
  if (answer === DONT_UNDERSTAND) return null;
  if (item.kind === 'self') {
    const choice = q.selfScale.find((o) => o.id === answer);
    return choice ? (choice.level as Level) : null;
  }
  const option = item.options.find((o) => o.id === answer);
  if (answer !== DONT_KNOW && !option) return null;
  return optionLevel(item, option);
}

/**
 * Scores the answers on the questionnaire version they were given on. Each rule
 * fits in a sentence (docs/scoring.md):
 * 1. declared: the mean of the self-declarations, rounded down;
 * 2. shown: the highest level the situations showed ("Je découvre" when none did);
 * 3. kept: the shown level, raised by one level at most when the person says
 *    they can do more — or the only one of the two there is;
 * 4. too few scored answers gives no level, never a guess;
 * 5. an area is the mean of its evaluated competencies, rounded down.
 */
export function scoreProfile(q: Questionnaire, answers: ReadonlyMap<string, AnswerValue>): Profile {
  const competencies = q.areas.flatMap((area) =>
    area.competencies.map((c) => scoreCompetency(q, c.id, answers)),
  );
  const byId = new Map(competencies.map((c) => [c.competencyId, c]));
  return {
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    competencies,
    areas: q.areas.map((area) => {
      const scores = area.competencies.flatMap((c) => byId.get(c.id) ?? []);
      const levels = scores.flatMap((s) => (s.level === null ? [] : [s.level]));
      return {
        areaId: area.id,
        level: meanRoundedDown(levels),
        evaluatedCompetencies: levels.length,
        scoredAnswers: scores.reduce((sum, s) => sum + s.scoredAnswers, 0),
      };
    }),
    notUnderstood: q.items
      .filter((item) => answers.get(item.id) === DONT_UNDERSTAND)
      .map((item) => item.id),
  };
}

function scoreCompetency(
  q: Questionnaire,
  competencyId: string,
  answers: ReadonlyMap<string, AnswerValue>,
): CompetencyScore {
  const declaredLevels: Level[] = [];
  const shownLevels: Level[] = [];
  let toDiscover = 0;
  for (const item of q.items) {
    const answer = answers.get(item.id);
    if (item.competency !== competencyId || answer === undefined) continue;
    const level = answerLevel(q, item, answer);
    if (level === null) continue;
    (item.kind === 'self' ? declaredLevels : shownLevels).push(level);
    if (answer === DONT_KNOW) toDiscover += 1;
  }
  const scoredAnswers = declaredLevels.length + shownLevels.length;
  const declared = meanRoundedDown(declaredLevels);
  const shown = shownLevels.length > 0 ? (Math.max(...shownLevels) as Level) : null;
  const enough = scoredAnswers >= q.scoring.minAnswers;
  return {
    competencyId,
    declared,
    shown,
    level: enough ? keptLevel(declared, shown) : null,
    scoredAnswers,
    toDiscover,
    gap: gapBetween(declared, shown, q.scoring.gapToReport),
  };
}

/** The situations count most; saying one can do more raises the level by one at most. */
function keptLevel(declared: Level | null, shown: Level | null): Level | null {
  if (shown === null) return declared;
  if (declared === null) return shown;
  return Math.max(shown, Math.min(declared, shown + 1)) as Level;
}

function gapBetween(declared: Level | null, shown: Level | null, threshold: number): Gap {
  if (declared === null || shown === null) return null;
  if (shown - declared >= threshold) return 'more-than-you-think';
  if (declared - shown >= threshold) return 'room-to-learn';
  return null;
}

function meanRoundedDown(levels: readonly Level[]): Level | null {
  if (levels.length === 0) return null;
  const sum = levels.reduce<number>((total, level) => total + level, 0);
  return Math.max(1, Math.min(4, Math.floor(sum / levels.length))) as Level;
}
