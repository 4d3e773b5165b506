import { render } from 'preact';
import { App } from './app/App';
import { createTranslator } from './i18n/i18n';
import { preferredLanguage, toLanguage } from './i18n/languages';
import { registerServiceWorker } from './pwa/register';
import { openDatabase } from './storage/open';
import { DEVICE_PROFILE } from './storage/records';
import { DEFAULT_DISPLAY } from './domain/display';
import { getSetting } from './storage/settings';
import { applyDisplay } from './ui/display';
import './ui/tokens.css';
import './ui/global.css';
import './ui/themes.css';

async function boot(): Promise<void> {
  const { db, mode } = await openDatabase();
  const stored = await getSetting(db, 'language').catch(() => null);
  const display = await getSetting(db, 'display').catch(() => DEFAULT_DISPLAY);
  const professionalMode = await getSetting(db, 'professionalMode').catch(() => false);
  const profile = professionalMode
    ? await getSetting(db, 'activeProfile').catch(() => DEVICE_PROFILE)
    : DEVICE_PROFILE;
  applyDisplay(display);
  const language = toLanguage(stored) ?? preferredLanguage(navigator.languages);
  const translator = await createTranslator(language);
  const root = document.getElementById('app');
  if (!root) throw new Error('The page has no #app element');
  render(
    <App
      db={db}
      translator={translator}
      initialLanguage={language}
      initialDisplay={display}
      initialProfessionalMode={professionalMode}
      initialProfile={profile}
      storageMode={mode}
    />,
    root,
  );
  registerServiceWorker();
}

void boot();
