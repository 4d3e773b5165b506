import type { AnswerValue } from '../domain/answers';
import type { ReperesDb } from './db';
import type { AnswerRecord } from './records';

/**
 * Stores an answer the moment it is chosen, together with the attempt's
 * activity time, in one transaction so neither is ever written alone.
 */
export async function saveAnswer(
  db: ReperesDb,
  attemptId: string,
  itemId: string,
  value: AnswerValue,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.answers, db.attempts, async () => {
    const existing = await db.answers.get([attemptId, itemId]);
    if (existing?.revealedAt !== undefined) return;
    await db.answers.put({ attemptId, itemId, value, answeredAt: now });
    await db.attempts.update(attemptId, { updatedAt: now });
  });
}

/** Marks that the explanation of a situation was shown: its answer is final from then on. */
export async function markRevealed(
  db: ReperesDb,
  attemptId: string,
  itemId: string,
  now = Date.now(),
): Promise<void> {
  await db.answers.update([attemptId, itemId], { revealedAt: now });
}

/** All the answers of an attempt, by item id. */
export async function getAnswers(
  db: ReperesDb,
  attemptId: string,
): Promise<Map<string, AnswerRecord>> {
  const records = await db.answers.where('attemptId').equals(attemptId).toArray();
  return new Map(records.map((record) => [record.itemId, record]));
}
