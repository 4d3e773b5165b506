import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/i18n';
import { preferredLanguage } from '../../../src/i18n/languages';

const localesDir = resolve(__dirname, '../../../locales');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
function read(language: string, ns = 'common') {
  return JSON.parse(readFileSync(resolve(localesDir, language, `${ns}.json`), 'utf8')) as unknown;
}

describe('interface strings', () => {
  it('exist in every language with the same keys as French', () => {
    for (const ns of ['common', 'pages']) {
      const french = keys(read('fr', ns)).sort();
      for (const language of readdirSync(localesDir)) {
        expect(keys(read(language, ns)).sort(), `${language}/${ns}`).toEqual(french);
      }
    }
  });

  it('never use a point médian', () => {
    for (const language of readdirSync(localesDir)) {
      expect(JSON.stringify(read(language))).not.toMatch(/\p{L}[·•]\p{L}/u);
    }
  });

  it('fail loudly on a missing key instead of showing it to a person', async () => {
    const t = (await createTranslator('fr')).t as (key: string) => string;
    expect(() => t('home.doesNotExist')).toThrow(/Missing interface string "home.doesNotExist"/);
  });

  it('set lang on <html> when the language changes', async () => {
    await createTranslator('en');
    expect(document.documentElement.lang).toBe('en');
    await createTranslator('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('follow the browser language when none was chosen, French otherwise', () => {
    expect(preferredLanguage(['en-GB', 'fr'])).toBe('en');
    expect(preferredLanguage(['de-DE', 'fr-BE'])).toBe('fr');
    expect(preferredLanguage(['es'])).toBe('fr');
  });
});

describe('interface texts', () => {
  const files = ['common', 'pages'];
  const strings = (language: string) =>
    files.flatMap((ns) => {
      const leaves = (value: unknown): string[] =>
        typeof value === 'string'
          ? [value]
          : Object.values(value as Record<string, unknown>).flatMap(leaves);
      return leaves(JSON.parse(readFileSync(resolve(localesDir, language, `${ns}.json`), 'utf8')));
    });

  it('never presume the reader’s gender in French', async () => {
    const { genderedProblems } = await import('../../../scripts/content-rules');
    for (const language of ['fr', 'fr-x-falc']) {
      const found = strings(language).flatMap((text) =>
        genderedProblems(text).map((advice) => `${language}: "${text}": ${advice}`),
      );
      expect(found).toEqual([]);
    }
  });

  it('keep easy-to-read sentences at 15 words at most', async () => {
    const { sentences, words } = await import('../../../scripts/content-rules');
    const long = strings('fr-x-falc')
      .flatMap(sentences)
      .filter((sentence) => words(sentence).length > 15);
    expect(long).toEqual([]);
  });
});
