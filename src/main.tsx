import { render } from 'preact';
import { App } from './app/App';
import { createTranslator } from './i18n/i18n';
import { preferredLanguage, toLanguage } from './i18n/languages';
import { registerServiceWorker } from './pwa/register';
import { ReperesDb } from './storage/db';
import { getSetting } from './storage/settings';
import './ui/tokens.css';
import './ui/global.css';

async function boot(): Promise<void> {
  const db = new ReperesDb();
  const stored = await getSetting(db, 'language').catch(() => null);
  const language = toLanguage(stored) ?? preferredLanguage(navigator.languages);
  const translator = await createTranslator(language);
  const root = document.getElementById('app');
  if (!root) throw new Error('The page has no #app element');
  render(<App db={db} translator={translator} initialLanguage={language} />, root);
  registerServiceWorker();
}

void boot();
