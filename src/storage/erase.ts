import type { ReperesDb } from './db';

/**
 * "Supprimer mes données": empties every table in one transaction, so either
 * everything is gone or nothing changed.
 */
export async function eraseEverything(db: ReperesDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
