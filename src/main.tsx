import { render } from 'preact';
import { App } from './app/App';
import { DEFAULT_DISPLAY } from './domain/display';
import { createTranslator } from './i18n/i18n';
import { preferredLanguage, toLanguage } from './i18n/languages';
import { registerServiceWorker } from './pwa/register';
import { applyDisplay } from './ui/display';
import { readMirror } from './ui/preferenceMirror';
import './ui/tokens.css';
import './ui/global.css';
import './ui/themes.css';

async function boot(): Promise<void> {
  const mirror = readMirror();
  const display = mirror.display ?? DEFAULT_DISPLAY;
  applyDisplay(display);
  const language = toLanguage(mirror.language) ?? preferredLanguage(navigator.languages);
  const translator = await createTranslator(language);
  const root = document.getElementById('app');
  if (!root) throw new Error('The page has no #app element');
  // The database and its library load right after the first paint, not before it.
  const storage = new Promise<void>((painted) =>
    requestAnimationFrame(() => setTimeout(painted)),
  ).then(() => import('./app/storageBoot').then((m) => m.bootStorage()));
  render(
    <App
      translator={translator}
      initialLanguage={language}
      initialDisplay={display}
      storage={storage}
    />,
    root,
  );
  void registerServiceWorker();
}

void boot();
