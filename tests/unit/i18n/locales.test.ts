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
function read(language: string) {
  return JSON.parse(readFileSync(resolve(localesDir, language, 'common.json'), 'utf8')) as unknown;
}

describe('interface strings', () => {
  it('exist in every language with the same keys as French', () => {
    const french = keys(read('fr')).sort();
    for (const language of readdirSync(localesDir)) {
      expect(keys(read(language)).sort(), language).toEqual(french);
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
