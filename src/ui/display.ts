import type { DisplaySettings } from '../domain/display';

const darkScheme =
  typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
let applied: { settings: DisplaySettings; root: HTMLElement } | null = null;

// "Comme l'appareil" follows the device when it switches between light and dark.
darkScheme?.addEventListener?.('change', () => {
  if (applied?.settings.theme === 'system') applyDisplay(applied.settings, applied.root);
});

/**
 * Applies display settings to the whole page at once: text size on the root
 * font size (everything is sized in rem), theme, spacing and motion as data
 * attributes that the design tokens read. "system" is resolved here to light
 * or dark, so the stylesheet describes each palette once.
 */
export function applyDisplay(
  settings: DisplaySettings,
  root: HTMLElement = document.documentElement,
) {
  applied = { settings, root };
  root.style.fontSize = `${settings.textSize}%`;
  root.dataset.theme =
    settings.theme === 'system' ? (darkScheme?.matches ? 'dark' : 'light') : settings.theme;
  root.dataset.spacing = settings.moreSpacing ? 'more' : 'normal';
  root.dataset.motion = settings.reduceMotion ? 'reduce' : 'normal';
}
