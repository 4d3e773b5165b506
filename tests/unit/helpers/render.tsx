import { render } from '@testing-library/preact';
import axe from 'axe-core';
import type { ComponentChildren } from 'preact';
import { TranslationProvider } from '../../../src/i18n/context';
import { createTranslator } from '../../../src/i18n/i18n';
import type { Language } from '../../../src/i18n/languages';

/** Renders a component with the real translator of a language. */
export async function renderTranslated(ui: ComponentChildren, language: Language = 'fr') {
  const instance = await createTranslator(language);
  return render(
    <TranslationProvider instance={instance} language={language}>
      {ui}
    </TranslationProvider>,
  );
}

/** The axe-core violations of what is rendered (rules that need layout are left to the browser tests). */
export async function axeViolations(container: Element) {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}
