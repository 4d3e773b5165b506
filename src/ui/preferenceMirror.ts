import { sanitizeDisplay, type DisplaySettings } from '../domain/display';

const KEY = 'reperes-ia-preferences';

/** A copy of the language and display preferences; the database stays their source. */
export interface PreferenceMirror {
  language?: string;
  display?: DisplaySettings;
}

/**
 * Reads the copy synchronously, so the first screen paints in the right
 * language, size and colours before the database (loaded after it) opens.
 */
export function readMirror(): PreferenceMirror {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    return {
      language: typeof raw.language === 'string' ? raw.language : undefined,
      display: raw.display === undefined ? undefined : sanitizeDisplay(raw.display),
    };
  } catch {
    return {};
  }
}

/** Updates the copy; a browser that refuses storage simply keeps none. */
export function writeMirror(patch: PreferenceMirror): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readMirror(), ...patch }));
  } catch {
    // Preferences then come from the database alone, a moment after the first paint.
  }
}

/** Forgets the copy, with everything else, when the person deletes their data. */
export function clearMirror(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}
