import type { Level, SituationItem } from './questionnaire';

type SituationOption = SituationItem['options'][number];

/** The answer to remember: the one marked correct, or the one showing the target level. */
export function isBestOption(item: SituationItem, option: SituationOption): boolean {
  return option.correct === true || option.level === item.targetLevel;
}

/**
 * The level an answer to a situation shows: its explicit level when the author
 * gave one; otherwise the target level for the best answer, and "Je découvre"
 * for any other answer or "Je ne sais pas": the level is still to discover.
 */
export function optionLevel(item: SituationItem, option: SituationOption | undefined): Level {
  if (option?.level !== undefined) return option.level as Level;
  return option && isBestOption(item, option) ? (item.targetLevel as Level) : 1;
}
