import { DEFAULT_DISPLAY, type DisplaySettings } from '../domain/display';
import type { ReperesDb } from '../storage/db';
import { openDatabase, type StorageMode } from '../storage/open';
import { DEVICE_PROFILE } from '../storage/records';
import { getSetting } from '../storage/settings';

/** The database and the settings it holds, ready for the app. */
export interface BootedStorage {
  db: ReperesDb;
  mode: StorageMode;
  language: string | null;
  display: DisplaySettings;
  professionalMode: boolean;
  profile: string;
}

/** Opens the database (after the first screen is painted) and reads the device settings. */
export async function bootStorage(): Promise<BootedStorage> {
  const { db, mode } = await openDatabase();
  const [language, display, professionalMode] = await Promise.all([
    getSetting(db, 'language').catch(() => null),
    getSetting(db, 'display').catch(() => DEFAULT_DISPLAY),
    getSetting(db, 'professionalMode').catch(() => false),
  ]);
  const profile = professionalMode
    ? await getSetting(db, 'activeProfile').catch(() => DEVICE_PROFILE)
    : DEVICE_PROFILE;
  return { db, mode, language, display, professionalMode, profile };
}
