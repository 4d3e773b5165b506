let personHasActed = false;

if (typeof window !== 'undefined') {
  const acted = () => {
    personHasActed = true;
  };
  window.addEventListener('keydown', acted, { capture: true, once: true });
  window.addEventListener('pointerdown', acted, { capture: true, once: true });
}

/**
 * Whether a new screen should take the focus. Not on the first page load, so
 * keyboard users start at the top with the skip link; after that, every new
 * screen or question moves the focus to its heading.
 */
export function shouldMoveFocus(): boolean {
  return personHasActed;
}
