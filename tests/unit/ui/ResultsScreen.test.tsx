import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { scoreProfile } from '../../../src/domain/scoring';
import { pickText } from '../../../src/domain/text';
import { OwnResultsActions } from '../../../src/ui/components/OwnResultsActions';
import { ResultsScreen, type ResultsScreenProps } from '../../../src/ui/screens/ResultsScreen';
import { answerEvery, bestAnswer, gridQuestionnaire, lowestAnswer } from '../helpers/grid';
import { axeViolations, renderTranslated } from '../helpers/render';

const q = gridQuestionnaire();
const [firstArea, secondArea] = q.areas;
// Best answers in the first area, lowest elsewhere, nothing in the last area.
const lastArea = q.areas.at(-1)!;
const inArea = (areaId: string) =>
  new Set(q.areas.find((a) => a.id === areaId)!.competencies.map((c) => c.id));
const answers = answerEvery(q, (item) =>
  inArea(firstArea!.id).has(item.competency) ? bestAnswer(item) : lowestAnswer(item),
);
for (const item of q.items) if (inArea(lastArea.id).has(item.competency)) answers.delete(item.id);
const profile = scoreProfile(q, answers);

function actionProps(overrides: Partial<Parameters<typeof OwnResultsActions>[0]> = {}) {
  return {
    questionsLeft: 0,
    shareLink: 'http://localhost/#/partage/x',
    onContinue: vi.fn(),
    onExport: vi.fn(),
    onRestart: vi.fn(),
    onHome: vi.fn(),
    onErase: vi.fn(),
    ...overrides,
  };
}

function props(overrides: Partial<ResultsScreenProps> = {}): ResultsScreenProps {
  return {
    questionnaire: q,
    profile,
    answeredAt: new Date('2026-11-28T10:00:00Z'),
    shortPath: false,
    ...overrides,
  };
}

describe('ResultsScreen', () => {
  it('says first, in words, what the person can already do and what to learn next', async () => {
    await renderTranslated(<ResultsScreen {...props()} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 2)).toEqual([
      'Ce que vous savez déjà faire',
      'Ce que vous pouvez apprendre ensuite',
    ]);
    const strengths = screen.getByRole('region', { name: 'Ce que vous savez déjà faire' });
    const firstCompetency = firstArea!.competencies[0]!;
    expect(strengths.textContent).toContain(pickText(firstCompetency.title, 'fr'));
    expect(strengths.textContent).toContain(pickText(firstCompetency.levels![3]!, 'fr'));
    const next = screen.getByRole('region', { name: 'Ce que vous pouvez apprendre ensuite' });
    expect(within(next).getAllByRole('heading', { level: 3 }).length).toBeGreaterThanOrEqual(2);
    expect(within(next).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('holds the levels by area in a real table, with "Pas encore évalué" where nothing was answered', async () => {
    await renderTranslated(<ResultsScreen {...props()} />);
    const table = screen.getByRole('table', { name: 'Tableau des niveaux par domaine' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((c) => c.textContent));
    expect(rows[0]).toEqual([
      pickText(firstArea!.title, 'fr'),
      "Je peux aider d'autres personnes",
      '4/4',
    ]);
    expect(rows[1]).toEqual([pickText(secondArea!.title, 'fr'), 'Je découvre', '1/4']);
    expect(rows.at(-1)).toEqual([pickText(lastArea.title, 'fr'), 'Pas encore évalué', '—']);
  });

  it('gives the chart an accessible name that carries the same figures', async () => {
    await renderTranslated(<ResultsScreen {...props()} />);
    const chart = screen.getByRole('img', { name: /Graphique du niveau par domaine/ });
    expect(chart.getAttribute('aria-label')).toContain(
      `${pickText(firstArea!.title, 'fr')}\u00a0: Je peux aider d'autres personnes (4/4)`,
    );
  });

  it('shows what the person said and what the situations showed, side by side', async () => {
    await renderTranslated(<ResultsScreen {...props()} />);
    const table = screen.getByRole('table', { name: 'Niveau par compétence' });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(header).toEqual([
      'Compétence',
      'Ce que vous avez dit',
      'Ce que les situations montrent',
      'Niveau retenu',
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(
      q.areas.flatMap((a) => a.competencies).length + 1,
    );
  });

  it('points out kindly when the situations show more than the person thinks', async () => {
    const modest = new Map(answers);
    for (const item of q.items) {
      if (inArea(firstArea!.id).has(item.competency) && item.kind === 'self')
        modest.set(item.id, 'cannot');
    }
    await renderTranslated(<ResultsScreen {...props({ profile: scoreProfile(q, modest) })} />);
    expect(
      screen.getAllByText(/vous en savez peut-être plus que vous ne le pensez/).length,
    ).toBeGreaterThan(0);
  });

  it('explains how the result is computed and names the questionnaire version', async () => {
    await renderTranslated(<ResultsScreen {...props()} />);
    expect(screen.getByText('Comment ce résultat est calculé')).toBeTruthy();
    expect(
      screen.getByText(/compte comme «\sà découvrir\s», jamais comme une erreur/),
    ).toBeTruthy();
    expect(screen.getAllByText(/version 1\.0\.0 \(reperes-ia\)/).length).toBeGreaterThan(0);
  });

  it('offers to go on with the complete path after a short one, without asking again', async () => {
    const actions = actionProps({ questionsLeft: 57 });
    await renderTranslated(
      <ResultsScreen {...props({ shortPath: true })}>
        <OwnResultsActions {...actions} />
      </ResultsScreen>,
    );
    expect(screen.getByText(/une première idée/)).toBeTruthy();
    expect(screen.getByText(/on ne vous repose pas les mêmes questions/)).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Répondre aux 57 autres questions du parcours complet' }),
    );
    expect(actions.onContinue).toHaveBeenCalled();
  });

  it('asks before deleting, and keeps the data when the person says no', async () => {
    const actions = actionProps();
    await renderTranslated(
      <ResultsScreen {...props()}>
        <OwnResultsActions {...actions} />
      </ResultsScreen>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer mes données' }));
    fireEvent.click(screen.getByRole('button', { name: 'Non, garder mes données' }));
    expect(actions.onErase).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer mes données' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, tout supprimer' }));
    expect(actions.onErase).toHaveBeenCalledTimes(1);
  });

  it('prints the notes of the person who accompanies only when asked', async () => {
    const without = await renderTranslated(<ResultsScreen {...props({ personName: 'Sam' })} />);
    expect(without.container.textContent).not.toContain('Une note privée');
    expect(without.container.textContent).toContain(
      'Résultats enregistrés uniquement sur cet appareil.',
    );
    expect(without.container.textContent).toMatch(/Synthèse pour\s?: Sam/);
    without.unmount();
    const withNotes = await renderTranslated(
      <ResultsScreen {...props({ personName: 'Sam', printedNotes: 'Une note privée' })} />,
    );
    expect(withNotes.container.textContent).toContain('Une note privée');
  });

  it('reads in English too', async () => {
    await renderTranslated(<ResultsScreen {...props()} />, 'en');
    expect(screen.getByRole('heading', { name: 'What you can already do' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Table of levels by area' }).textContent).toContain(
      pickText(firstArea!.title, 'en'),
    );
  });

  it('has no accessibility violation', async () => {
    const { container } = await renderTranslated(<ResultsScreen {...props()} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
