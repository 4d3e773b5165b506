/** Text sizes offered, in percent of the browser's size: up to 200 %. */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export const SPEECH_RATES = [0.75, 1, 1.25] as const;

/** How the app looks and reads aloud on this device. */
export interface DisplaySettings {
  textSize: (typeof TEXT_SIZES)[number];
  theme: (typeof THEMES)[number];
  moreSpacing: boolean;
  reduceMotion: boolean;
  speechRate: (typeof SPEECH_RATES)[number];
}

export const DEFAULT_DISPLAY: DisplaySettings = {
  textSize: 100,
  theme: 'system',
  moreSpacing: false,
  reduceMotion: false,
  speechRate: 1,
};

/** Keeps only known values, so a damaged record never breaks the display. */
export function sanitizeDisplay(raw: unknown): DisplaySettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pick = <T>(allowed: readonly T[], candidate: unknown, fallback: T): T =>
    allowed.includes(candidate as T) ? (candidate as T) : fallback;
  return {
    textSize: pick(TEXT_SIZES, value.textSize, DEFAULT_DISPLAY.textSize),
    theme: pick(THEMES, value.theme, DEFAULT_DISPLAY.theme),
    moreSpacing: value.moreSpacing === true,
    reduceMotion: value.reduceMotion === true,
    speechRate: pick(SPEECH_RATES, value.speechRate, DEFAULT_DISPLAY.speechRate),
  };
}
