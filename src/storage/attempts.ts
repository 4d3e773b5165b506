import type { PathId } from '../domain/questionnaire';
import type { ReperesDb } from './db';
import type { AttemptRecord } from './records';

/** Starts a new attempt on an exact questionnaire version. */
export async function createAttempt(
  db: ReperesDb,
  questionnaire: { id: string; version: string },
  pathId: PathId,
  profileId: string,
  now = Date.now(),
): Promise<AttemptRecord> {
  const attempt: AttemptRecord = {
    id: crypto.randomUUID(),
    profileId,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    pathId,
    startedAt: now,
    updatedAt: now,
  };
  await db.attempts.add(attempt);
  return attempt;
}

/** A profile's attempts, the most recently started first. */
export async function attemptsOf(db: ReperesDb, profileId: string): Promise<AttemptRecord[]> {
  const attempts = await db.attempts.where('profileId').equals(profileId).toArray();
  return attempts.sort((a, b) => b.startedAt - a.startedAt);
}

/** The attempt a person would resume: their most recently started one not yet finished. */
export async function getUnfinishedAttempt(
  db: ReperesDb,
  profileId: string,
): Promise<AttemptRecord | undefined> {
  return (await attemptsOf(db, profileId)).find((attempt) => attempt.finishedAt === undefined);
}

/** A person's most recently finished attempt, whose results the home screen offers again. */
export async function getLatestFinishedAttempt(
  db: ReperesDb,
  profileId: string,
): Promise<AttemptRecord | undefined> {
  return (await attemptsOf(db, profileId)).find((attempt) => attempt.finishedAt !== undefined);
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
