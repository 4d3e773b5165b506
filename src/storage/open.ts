import { ReperesDb } from './db';

/** Where answers are kept: on the device, or only in memory when the browser refuses storage. */
export type StorageMode = 'device' | 'memory';

/**
 * Opens the database on the device. When IndexedDB is missing or refused
 * (private browsing, disabled storage), the same database runs in memory, so
 * the person can still finish, see, print and save their results to a file.
 */
export async function openDatabase(): Promise<{ db: ReperesDb; mode: StorageMode }> {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) throw new Error('no IndexedDB');
    const db = new ReperesDb();
    await db.open();
    return { db, mode: 'device' };
  } catch {
    // Loaded only in this case: it never weighs on a normal start.
    const { indexedDB: memory, IDBKeyRange } = await import('fake-indexeddb');
    const db = new ReperesDb(undefined, { indexedDB: memory, IDBKeyRange });
    await db.open();
    return { db, mode: 'memory' };
  }
}
