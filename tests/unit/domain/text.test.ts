import { describe, expect, it } from 'vitest';
import { pickText } from '../../../src/domain/text';

const text = {
  fr: 'Qui vous répond ? « Bonjour »',
  'fr-x-falc': 'Qui répond ?',
  en: 'Who answers?',
};

describe('pickText', () => {
  it('gives the text of the language asked for', () => {
    expect(pickText(text, 'en')).toBe('Who answers?');
    expect(pickText(text, 'fr-x-falc')).toBe('Qui répond\u00a0?');
  });

  it('falls back to the base language, then to French', () => {
    expect(pickText({ fr: 'Bonjour' }, 'fr-x-falc')).toBe('Bonjour');
    expect(pickText({ fr: 'Bonjour' }, 'en')).toBe('Bonjour');
  });

  it('keeps French punctuation from starting a line on its own', () => {
    expect(pickText(text, 'fr')).toBe('Qui vous répond\u00a0? «\u00a0Bonjour\u00a0»');
  });
});
