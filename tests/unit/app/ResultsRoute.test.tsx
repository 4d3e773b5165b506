import { render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResultsRoute } from '../../../src/app/ResultsRoute';
import { ServicesProvider } from '../../../src/app/services';
import { TranslationProvider } from '../../../src/i18n/context';
import { createTranslator } from '../../../src/i18n/i18n';
import { saveAnswer } from '../../../src/storage/answers';
import { createAttempt, finishAttempt } from '../../../src/storage/attempts';
import { ReperesDb } from '../../../src/storage/db';
import { EXAMPLE_FILE, ROOT } from '../helpers/questionnaire';

const dbs: ReperesDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('ResultsRoute', () => {
  it('reopens results with the texts and rules of the version they were answered on', async () => {
    const source = readFileSync(join(ROOT, EXAMPLE_FILE), 'utf8');
    const fetchMock = vi.fn(async (url: string) =>
      url === '/questionnaires/exemple/1.0.0.json'
        ? new Response(source, { headers: { 'Content-Type': 'application/json' } })
        : new Response('not found', { status: 404 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const db = new ReperesDb(`results-${crypto.randomUUID()}`);
    dbs.push(db);
    const attempt = await createAttempt(
      db,
      { id: 'exemple', version: '1.0.0' },
      'complete',
      'device',
    );
    await saveAnswer(db, attempt.id, 'chat-self', 'on-my-own');
    await saveAnswer(db, attempt.id, 'chat-voice', 'ask');
    await finishAttempt(db, attempt.id);

    const translator = await createTranslator('fr');
    render(
      <ServicesProvider
        services={{
          db,
          profileId: 'device',
          professionalMode: false,
          setProfessionalMode: () => undefined,
          setActiveProfile: () => undefined,
        }}
      >
        <TranslationProvider instance={translator} language="fr">
          <ResultsRoute onErased={() => undefined} />
        </TranslationProvider>
      </ServicesProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Tableau des niveaux par domaine' });
    expect(table.textContent).toContain("Repérer l'IA");
    expect(table.textContent).toContain('Sans aide');
    expect(screen.getAllByText(/version 1\.0\.0 \(exemple\)/).length).toBeGreaterThan(0);
    expect(fetchMock).toHaveBeenCalledWith('/questionnaires/exemple/1.0.0.json');
    vi.unstubAllGlobals();
  });
});
