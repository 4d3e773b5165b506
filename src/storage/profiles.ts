import type { ReperesDb } from './db';
import { DEVICE_PROFILE, type ProfileRecord } from './records';

/** A profile with the time of its last activity, for the list of people followed. */
export interface ProfileSummary extends ProfileRecord {
  lastActivity: number;
}

/** Creates a profile under a first name or pseudonym; nothing else is asked. */
export async function createProfile(db: ReperesDb, name: string, now = Date.now()) {
  const profile: ProfileRecord = {
    id: crypto.randomUUID(),
    name: name.trim().slice(0, 60),
    createdAt: now,
    updatedAt: now,
    notes: '',
  };
  await db.profiles.add(profile);
  return profile;
}

/** Every profile, the most recently active first. */
export async function listProfiles(db: ReperesDb): Promise<ProfileSummary[]> {
  const [profiles, attempts] = await Promise.all([db.profiles.toArray(), db.attempts.toArray()]);
  return profiles
    .map((profile) => ({
      ...profile,
      lastActivity: Math.max(
        profile.updatedAt,
        ...attempts.filter((a) => a.profileId === profile.id).map((a) => a.updatedAt),
      ),
    }))
    .sort((a, b) => b.lastActivity - a.lastActivity);
}

/** One profile, if it still exists. */
export function getProfile(db: ReperesDb, id: string): Promise<ProfileRecord | undefined> {
  return db.profiles.get(id);
}

/** Saves the professional's notes on a profile. */
export async function saveNotes(db: ReperesDb, id: string, notes: string, now = Date.now()) {
  await db.profiles.update(id, { notes: notes.slice(0, 20_000), updatedAt: now });
}

/** Deletes profiles with all their attempts and answers, in one transaction. */
export async function deleteProfiles(db: ReperesDb, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.profiles, db.attempts, db.answers, async () => {
    const attempts = await db.attempts
      .where('profileId')
      .anyOf([...ids])
      .primaryKeys();
    await db.answers.where('attemptId').anyOf(attempts).delete();
    await db.attempts.bulkDelete(attempts);
    await db.profiles.bulkDelete(ids.filter((id) => id !== DEVICE_PROFILE));
  });
}

/** Deletes every profile of guided sessions, as at the end of a session. */
export async function deleteAllProfiles(db: ReperesDb): Promise<void> {
  await deleteProfiles(db, await db.profiles.toCollection().primaryKeys());
}
