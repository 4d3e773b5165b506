let pending: string | undefined;

/** Keeps a message for the next screen (after an import, for example). */
export function flash(message: string): void {
  pending = message;
}

/** Takes the message kept for this screen, once. */
export function takeFlash(): string | undefined {
  const message = pending;
  pending = undefined;
  return message;
}
