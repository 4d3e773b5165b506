import i18next, { type i18n } from 'i18next';
import type fr from '../../locales/fr/common.json';
import { DEFAULT_LANGUAGE, htmlLang, type Language } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof fr };
  }
}

// Each language is its own chunk, fetched when chosen and precached for offline use.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

async function loadBundle(instance: i18n, language: Language): Promise<void> {
  if (instance.hasResourceBundle(language, 'common')) return;
  const load = loaders[`../../locales/${language}/common.json`];
  if (!load) throw new Error(`No interface strings for language "${language}"`);
  instance.addResourceBundle(language, 'common', (await load()).default);
}

/** A missing key is a bug: it fails loudly in development and tests, never silently. */
const failOnMissingKey = import.meta.env.DEV || import.meta.env.MODE === 'test';

/** Creates the interface translator, with French loaded as the fallback. */
export async function createTranslator(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: ['common'],
    defaultNS: 'common',
    resources: {},
    interpolation: { escapeValue: false },
    saveMissing: failOnMissingKey,
    missingKeyHandler: (_languages, _namespace, key) => {
      throw new Error(`Missing interface string "${key}"`);
    },
  });
  await loadBundle(instance, DEFAULT_LANGUAGE);
  await setLanguage(instance, language);
  return instance;
}

/** Switches the interface language and tells assistive technologies through `<html lang>`. */
export async function setLanguage(instance: i18n, language: Language): Promise<void> {
  await loadBundle(instance, language);
  await instance.changeLanguage(language);
  document.documentElement.lang = htmlLang(language);
  document.documentElement.dir = instance.dir(language);
}
