import type { AnswerValue } from './answers';
import type { Item, PathId, Questionnaire } from './questionnaire';

/** The items of a path, in the order they are asked. */
export function pathItems(q: Questionnaire, pathId: PathId): Item[] {
  const byId = new Map(q.items.map((item) => [item.id, item]));
  return q.paths[pathId].items.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
}

/**
 * Where a person resumes: the first item of the path without an answer, or the
 * path length when every item is answered (the path is complete).
 */
export function resumeIndex(items: readonly Item[], answers: ReadonlyMap<string, AnswerValue>) {
  const index = items.findIndex((item) => !answers.has(item.id));
  return index === -1 ? items.length : index;
}

/** True when every item of the path has an answer. */
export function isPathComplete(items: readonly Item[], answers: ReadonlyMap<string, AnswerValue>) {
  return resumeIndex(items, answers) === items.length;
}

/**
 * How many more questions a finished short path leads to, when the complete
 * path starts with it (then nothing is asked twice); 0 when it cannot go on.
 */
export function questionsLeftAfterShort(q: Questionnaire, pathId: PathId): number {
  const { short, complete } = q.paths;
  if (pathId !== 'short') return 0;
  const startsWithShort = short.items.every((id, i) => complete.items[i] === id);
  return startsWithShort ? complete.items.length - short.items.length : 0;
}
