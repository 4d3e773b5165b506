import i18next, { type i18n } from 'i18next';
import type fr from '../../locales/fr/common.json';
import type frPages from '../../locales/fr/pages.json';
import { DEFAULT_LANGUAGE, htmlLang, PSEUDO_RTL, type Language } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof fr; pages: typeof frPages };
  }
}

// Each language is its own chunk, fetched when chosen and precached for offline use.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

/** The namespaces of interface strings: `common` for every screen, `pages` for long pages. */
export type Namespace = 'common' | 'pages';

async function loadBundle(instance: i18n, language: Language, ns: Namespace = 'common') {
  if (instance.hasResourceBundle(language, ns)) return;
  const source = language === PSEUDO_RTL ? 'en' : language;
  const load = loaders[`../../locales/${source}/${ns}.json`];
  if (!load) throw new Error(`No interface strings "${ns}" for language "${language}"`);
  instance.addResourceBundle(language, ns, (await load()).default);
}

/** Loads a namespace of long texts for a language, and French as its fallback. */
export async function loadNamespace(instance: i18n, language: Language, ns: Namespace) {
  await Promise.all([
    loadBundle(instance, DEFAULT_LANGUAGE, ns),
    loadBundle(instance, language, ns),
  ]);
}

/** A missing key is a bug: it fails loudly in development and tests, never silently. */
const failOnMissingKey = import.meta.env.DEV || import.meta.env.MODE === 'test';

/** Creates the interface translator, with French loaded as the fallback. */
export async function createTranslator(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: ['common', 'pages'],
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
