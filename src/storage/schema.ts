import type { Transaction } from 'dexie';
import { DEVICE_PROFILE } from './records';

/** One version of the IndexedDB schema, kept forever so that any older database can be opened. */
export interface SchemaVersion {
  version: number;
  /** The day this version was introduced. */
  date: string;
  why: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema version, oldest first. Never edit a released entry: add a new one
 * with its upgrade, and a fixture database for the migration test.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    date: '2026-11-28',
    why: 'First schema: attempts, answers kept per attempt and item, device settings.',
    stores: {
      attempts: 'id, startedAt, finishedAt',
      answers: '[attemptId+itemId], attemptId',
      settings: 'key',
    },
  },
  {
    version: 2,
    date: '2026-11-28',
    why: 'Guided sessions: profiles under a first name or pseudonym; each attempt belongs to one.',
    stores: {
      attempts: 'id, startedAt, finishedAt, profileId',
      profiles: 'id, updatedAt',
    },
    // Answers given before profiles existed belong to the device's own space.
    upgrade: async (tx) => {
      await tx
        .table('attempts')
        .toCollection()
        .modify((attempt: { profileId?: string }) => {
          attempt.profileId ??= DEVICE_PROFILE;
        });
    },
  },
];
