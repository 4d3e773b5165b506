import type { DisplaySettings } from '../domain/display';

/**
 * Applies display settings to the whole page at once: text size on the root
 * font size (everything is sized in rem), theme, spacing and motion as data
 * attributes that the design tokens read.
 */
export function applyDisplay(
  settings: DisplaySettings,
  root: HTMLElement = document.documentElement,
) {
  root.style.fontSize = `${settings.textSize}%`;
  root.dataset.theme = settings.theme;
  root.dataset.spacing = settings.moreSpacing ? 'more' : 'normal';
  root.dataset.motion = settings.reduceMotion ? 'reduce' : 'normal';
}
