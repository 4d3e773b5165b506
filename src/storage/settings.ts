import { DEFAULT_DISPLAY, sanitizeDisplay } from '../domain/display';
import type { ReperesDb } from './db';

/** Every device setting with its default; a missing or unreadable value gives the default. */
export const SETTING_DEFAULTS = {
  language: null as string | null,
  display: DEFAULT_DISPLAY,
  /** Guided sessions: profiles, hints for the professional, notes. */
  professionalMode: false,
  /** The profile whose answers are shown; `device` outside guided sessions. */
  activeProfile: 'device',
};

export type SettingKey = keyof typeof SETTING_DEFAULTS;
export type SettingValue<K extends SettingKey> = (typeof SETTING_DEFAULTS)[K];

/** Reads one setting, or its default. */
export async function getSetting<K extends SettingKey>(
  db: ReperesDb,
  key: K,
): Promise<SettingValue<K>> {
  const record = await db.settings.get(key);
  if (record === undefined) return SETTING_DEFAULTS[key];
  return (key === 'display' ? sanitizeDisplay(record.value) : record.value) as SettingValue<K>;
}

/** Stores one setting. */
export async function setSetting<K extends SettingKey>(
  db: ReperesDb,
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  await db.settings.put({ key, value });
}
