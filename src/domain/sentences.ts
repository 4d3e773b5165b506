/**
 * Splits a text into sentences at `. ! ? …` (or a closing »), followed by a
 * space and a capital letter, a digit or an opening «. Used to read aloud one
 * sentence at a time and to check easy-to-read sentence lengths.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…»])\s+(?=[«\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\d]/u.test(s));
}
