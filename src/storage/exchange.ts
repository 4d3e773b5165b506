import type { ExportFile } from '../domain/exchange';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../domain/exchangeFormat';
import type { ReperesDb } from './db';
import { DEVICE_PROFILE, type AnswerRecord, type AttemptRecord } from './records';

/**
 * Builds the export file of some profiles with all their attempts and answers.
 * Notes are left out unless asked for: a file may be handed to someone else.
 */
export async function exportProfiles(
  db: ReperesDb,
  profileIds: readonly string[],
  options: { includeNotes: boolean; deviceName: string },
  now = Date.now(),
): Promise<ExportFile> {
  const profiles = await Promise.all(
    profileIds.map(async (id) => {
      const record = await db.profiles.get(id);
      const attempts = await db.attempts.where('profileId').equals(id).toArray();
      const answers = await db.answers
        .where('attemptId')
        .anyOf(attempts.map((a) => a.id))
        .toArray();
      return {
        id,
        name: record?.name ?? options.deviceName,
        createdAt: record?.createdAt ?? Math.min(now, ...attempts.map((a) => a.startedAt)),
        ...(options.includeNotes && record?.notes ? { notes: record.notes } : {}),
        attempts: attempts.map(({ profileId: _profile, ...attempt }) => ({
          ...attempt,
          answers: answers
            .filter((answer) => answer.attemptId === attempt.id)
            .map(({ attemptId: _attempt, ...answer }) => answer),
        })),
      };
    }),
  );
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, profiles };
}

/** What an import added; importing the same file again adds nothing. */
export interface ImportOutcome {
  profilesAdded: number;
  attemptsAdded: number;
  profileIds: string[];
}

/**
 * Stores a validated export file in one transaction: new profiles and new
 * attempts only, so nothing is duplicated and nothing already here changes.
 * Someone's own answers (the device profile of another device) become a profile here.
 */
export async function importProfiles(db: ReperesDb, file: ExportFile): Promise<ImportOutcome> {
  return db.transaction('rw', db.profiles, db.attempts, db.answers, async () => {
    const outcome: ImportOutcome = { profilesAdded: 0, attemptsAdded: 0, profileIds: [] };
    for (const profile of file.profiles) {
      const id =
        profile.id === DEVICE_PROFILE
          ? `imported-${profile.attempts[0]?.id ?? profile.createdAt}`
          : profile.id;
      outcome.profileIds.push(id);
      if (!(await db.profiles.get(id))) {
        await db.profiles.add({
          id,
          name: profile.name,
          createdAt: profile.createdAt,
          updatedAt: Math.max(profile.createdAt, ...profile.attempts.map((a) => a.updatedAt)),
          notes: profile.notes ?? '',
        });
        outcome.profilesAdded += 1;
      }
      for (const { answers, ...attempt } of profile.attempts) {
        if (await db.attempts.get(attempt.id)) continue;
        const record: AttemptRecord = { ...attempt, profileId: id };
        await db.attempts.add(record);
        await db.answers.bulkAdd(
          answers.map((answer): AnswerRecord => ({ ...answer, attemptId: attempt.id })),
        );
        outcome.attemptsAdded += 1;
      }
    }
    return outcome;
  });
}
