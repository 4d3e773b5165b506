import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { AnswerRecord, AttemptRecord, ProfileRecord, SettingRecord } from './records';
import { SCHEMA_VERSIONS } from './schema';

/** The name of the app's IndexedDB database. */
export const DATABASE_NAME = 'reperes-ia';

/** The app's local database: everything a person enters stays in it, on this device. */
export class ReperesDb extends Dexie {
  attempts!: Table<AttemptRecord, string>;
  answers!: Table<AnswerRecord, [string, string]>;
  settings!: Table<SettingRecord, string>;
  profiles!: Table<ProfileRecord, string>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}
