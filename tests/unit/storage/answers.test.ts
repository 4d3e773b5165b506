import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAnswers, markRevealed, saveAnswer } from '../../../src/storage/answers';
import {
  createAttempt,
  finishAttempt,
  getLatestFinishedAttempt,
  getUnfinishedAttempt,
} from '../../../src/storage/attempts';
import { ReperesDb } from '../../../src/storage/db';
import { eraseEverything } from '../../../src/storage/erase';
import { getSetting, setSetting } from '../../../src/storage/settings';

const questionnaire = { id: 'reperes-ia', version: '0.1.0' };
const DEVICE = 'device';
let db: ReperesDb;

beforeEach(async () => {
  db = new ReperesDb(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('answers', () => {
  it('keeps each answer of an attempt, readable after reopening the database', async () => {
    const attempt = await createAttempt(db, questionnaire, 'complete', DEVICE);
    await saveAnswer(db, attempt.id, 'a', 'on-my-own');
    await saveAnswer(db, attempt.id, 'b', '_dont-know');
    db.close();
    const reopened = new ReperesDb(db.name);
    const answers = await getAnswers(reopened, attempt.id);
    expect([...answers.values()].map((a) => [a.itemId, a.value])).toEqual([
      ['a', 'on-my-own'],
      ['b', '_dont-know'],
    ]);
    reopened.close();
    await db.open();
  });

  it('replaces an answer when the person changes their mind', async () => {
    const attempt = await createAttempt(db, questionnaire, 'short', DEVICE);
    await saveAnswer(db, attempt.id, 'a', 'cannot');
    await saveAnswer(db, attempt.id, 'a', 'with-help');
    expect((await getAnswers(db, attempt.id)).get('a')?.value).toBe('with-help');
  });

  it('keeps a situation answer final once its explanation was shown', async () => {
    const attempt = await createAttempt(db, questionnaire, 'short', DEVICE);
    await saveAnswer(db, attempt.id, 's', 'wrong');
    await markRevealed(db, attempt.id, 's');
    await saveAnswer(db, attempt.id, 's', 'right');
    const answer = (await getAnswers(db, attempt.id)).get('s');
    expect(answer?.value).toBe('wrong');
    expect(answer?.revealedAt).toBeTypeOf('number');
  });

  it('keeps the answers of two attempts apart', async () => {
    const first = await createAttempt(db, questionnaire, 'short', DEVICE, 1);
    const second = await createAttempt(db, questionnaire, 'short', DEVICE, 2);
    await saveAnswer(db, first.id, 'a', 'cannot');
    await saveAnswer(db, second.id, 'a', 'can-explain');
    expect((await getAnswers(db, first.id)).get('a')?.value).toBe('cannot');
    expect((await getAnswers(db, second.id)).get('a')?.value).toBe('can-explain');
  });
});

describe('attempts', () => {
  it('resumes the newest unfinished attempt and shows the newest finished results', async () => {
    const old = await createAttempt(db, questionnaire, 'short', DEVICE, 1);
    await finishAttempt(db, old.id, 5);
    const current = await createAttempt(db, questionnaire, 'complete', DEVICE, 10);
    expect((await getUnfinishedAttempt(db, DEVICE))?.id).toBe(current.id);
    expect((await getLatestFinishedAttempt(db, DEVICE))?.id).toBe(old.id);
    await finishAttempt(db, current.id, 20);
    expect(await getUnfinishedAttempt(db, DEVICE)).toBeUndefined();
    expect((await getLatestFinishedAttempt(db, DEVICE))?.id).toBe(current.id);
  });

  it('names the exact questionnaire version an attempt uses', async () => {
    const attempt = await createAttempt(db, questionnaire, 'short', DEVICE);
    expect(await db.attempts.get(attempt.id)).toMatchObject({
      questionnaireId: 'reperes-ia',
      questionnaireVersion: '0.1.0',
      pathId: 'short',
    });
  });
});

describe('settings and erasing', () => {
  it('gives the default until a setting is stored', async () => {
    expect(await getSetting(db, 'language')).toBeNull();
    await setSetting(db, 'language', 'en');
    expect(await getSetting(db, 'language')).toBe('en');
  });

  it('"Supprimer mes données" leaves nothing in the database', async () => {
    const attempt = await createAttempt(db, questionnaire, 'short', DEVICE);
    await saveAnswer(db, attempt.id, 'a', 'cannot');
    await setSetting(db, 'language', 'en');
    await eraseEverything(db);
    const counts = await Promise.all(db.tables.map((table) => table.count()));
    expect(counts).toEqual(db.tables.map(() => 0));
  });
});
