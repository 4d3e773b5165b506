import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseExportFile } from '../../../src/domain/exchange';
import { getAnswers, saveAnswer } from '../../../src/storage/answers';
import {
  createAttempt,
  finishAttempt,
  getLatestFinishedAttempt,
} from '../../../src/storage/attempts';
import { ReperesDb } from '../../../src/storage/db';
import { exportProfiles, importProfiles } from '../../../src/storage/exchange';
import {
  createProfile,
  deleteAllProfiles,
  deleteProfiles,
  listProfiles,
  saveNotes,
} from '../../../src/storage/profiles';
import { SCHEMA_VERSIONS } from '../../../src/storage/schema';

const q = { id: 'reperes-ia', version: '1.0.0' };
const knowsGrid = (id: string, version: string) => id === q.id && version === q.version;
let db: ReperesDb;

beforeEach(async () => {
  db = new ReperesDb(`profiles-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function personWithResults(name: string, value: string) {
  const profile = await createProfile(db, name);
  const attempt = await createAttempt(db, q, 'short', profile.id);
  await saveAnswer(db, attempt.id, 'spot-everyday-cv-sorting', value);
  await finishAttempt(db, attempt.id);
  return { profile, attempt };
}

describe('profiles on a shared device', () => {
  it('keep each person’s answers apart, and deleting one leaves the other whole', async () => {
    const sam = await personWithResults('Sam', 'a');
    const alex = await personWithResults('Alex', 'b');
    expect((await getLatestFinishedAttempt(db, sam.profile.id))?.id).toBe(sam.attempt.id);
    expect((await getLatestFinishedAttempt(db, alex.profile.id))?.id).toBe(alex.attempt.id);

    await deleteProfiles(db, [sam.profile.id]);
    expect((await listProfiles(db)).map((p) => p.name)).toEqual(['Alex']);
    expect(await getLatestFinishedAttempt(db, sam.profile.id)).toBeUndefined();
    expect(await getAnswers(db, sam.attempt.id)).toEqual(new Map());
    expect((await getAnswers(db, alex.attempt.id)).get('spot-everyday-cv-sorting')?.value).toBe(
      'b',
    );
  });

  it('delete every profile and its answers at the end of a session', async () => {
    await personWithResults('Sam', 'a');
    await personWithResults('Alex', 'b');
    await deleteAllProfiles(db);
    expect(await db.profiles.count()).toBe(0);
    expect(await db.attempts.count()).toBe(0);
    expect(await db.answers.count()).toBe(0);
  });
});

describe('export and import', () => {
  it('restores the same answers, and importing the same file twice adds nothing', async () => {
    const sam = await personWithResults('Sam', 'a');
    await saveNotes(db, sam.profile.id, 'Note privée');
    const file = await exportProfiles(db, [sam.profile.id], {
      includeNotes: false,
      deviceName: 'Moi',
    });
    expect(JSON.stringify(file)).not.toContain('Note privée');

    const other = new ReperesDb(`other-${crypto.randomUUID()}`);
    const parsed = parseExportFile(JSON.stringify(file), knowsGrid);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(await importProfiles(other, parsed.file)).toMatchObject({
      profilesAdded: 1,
      attemptsAdded: 1,
    });
    expect(await importProfiles(other, parsed.file)).toMatchObject({
      profilesAdded: 0,
      attemptsAdded: 0,
    });
    expect(await other.profiles.count()).toBe(1);
    expect(await other.attempts.count()).toBe(1);
    const answers = await getAnswers(other, sam.attempt.id);
    expect([...answers.values()].map((a) => [a.itemId, a.value])).toEqual([
      ['spot-everyday-cv-sorting', 'a'],
    ]);
    await other.delete();
  });

  it('keeps the notes in the file only when asked', async () => {
    const sam = await personWithResults('Sam', 'a');
    await saveNotes(db, sam.profile.id, 'Note privée');
    const file = await exportProfiles(db, [sam.profile.id], {
      includeNotes: true,
      deviceName: 'Moi',
    });
    expect(file.profiles[0]?.notes).toBe('Note privée');
  });
});

describe('schema versions', () => {
  it('open a database made with every earlier version and find every answer', async () => {
    for (const upTo of SCHEMA_VERSIONS.slice(0, -1)) {
      const name = `legacy-${upTo.version}-${crypto.randomUUID()}`;
      const legacy = new Dexie(name);
      for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= upTo.version)) {
        const version = legacy.version(schema.version).stores(schema.stores);
        if (schema.upgrade) version.upgrade(schema.upgrade);
      }
      await legacy.table('attempts').add({
        id: 'old-attempt',
        questionnaireId: 'reperes-ia',
        questionnaireVersion: '0.1.0',
        pathId: 'short',
        startedAt: 1,
        updatedAt: 2,
      });
      await legacy
        .table('answers')
        .add({ attemptId: 'old-attempt', itemId: 'spot-chatbot', value: 'ai', answeredAt: 2 });
      legacy.close();

      const current = new ReperesDb(name);
      const attempt = await current.attempts.get('old-attempt');
      expect(attempt?.profileId).toBe('device');
      expect((await getAnswers(current, 'old-attempt')).get('spot-chatbot')?.value).toBe('ai');
      await current.delete();
    }
  });
});
