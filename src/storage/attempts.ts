import type { PathId } from '../domain/questionnaire';
import type { ReperesDb } from './db';
import type { AttemptRecord } from './records';

/** Starts a new attempt on an exact questionnaire version. */
export async function createAttempt(
  db: ReperesDb,
  questionnaire: { id: string; version: string },
  pathId: PathId,
  now = Date.now(),
): Promise<AttemptRecord> {
  const attempt: AttemptRecord = {
    id: crypto.randomUUID(),
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    pathId,
    startedAt: now,
    updatedAt: now,
  };
  await db.attempts.add(attempt);
  return attempt;
}

/** The attempt a person would resume: the most recently started one not yet finished. */
export async function getUnfinishedAttempt(db: ReperesDb): Promise<AttemptRecord | undefined> {
  const newestFirst = await db.attempts.orderBy('startedAt').reverse().toArray();
  return newestFirst.find((attempt) => attempt.finishedAt === undefined);
}

/** The most recently finished attempt, whose results the home screen offers to show again. */
export async function getLatestFinishedAttempt(db: ReperesDb): Promise<AttemptRecord | undefined> {
  const newestFirst = await db.attempts.orderBy('startedAt').reverse().toArray();
  return newestFirst.find((attempt) => attempt.finishedAt !== undefined);
}

/** Reads one attempt by id. */
export function getAttempt(db: ReperesDb, id: string): Promise<AttemptRecord | undefined> {
  return db.attempts.get(id);
}

/** Marks an attempt finished; its answers stay so results can be recomputed at any time. */
export async function finishAttempt(db: ReperesDb, id: string, now = Date.now()): Promise<void> {
  await db.attempts.update(id, { finishedAt: now, updatedAt: now });
}

/** Turns a finished short path into the complete one, keeping every answer given so far. */
export async function continueWithCompletePath(
  db: ReperesDb,
  id: string,
  now = Date.now(),
): Promise<void> {
  // Dexie removes a property set to undefined: the attempt is unfinished again.
  await db.attempts.update(id, { pathId: 'complete', finishedAt: undefined, updatedAt: now });
}
