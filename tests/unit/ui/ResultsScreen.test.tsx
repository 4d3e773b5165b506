import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../../src/domain/scoring';
import { pickText } from '../../../src/domain/text';
import { ResultsScreen, type ResultsScreenProps } from '../../../src/ui/screens/ResultsScreen';
import { draftQuestionnaire } from '../helpers/questionnaire';
import { axeViolations, renderTranslated } from '../helpers/render';

const q = draftQuestionnaire();
const [first, second, third] = q.areas;

const profile: Profile = {
  questionnaireId: q.id,
  questionnaireVersion: q.version,
  areas: [
    { areaId: first!.id, level: 3, scoredAnswers: 3 },
    { areaId: second!.id, level: 1, scoredAnswers: 2 },
    { areaId: third!.id, level: null, scoredAnswers: 0 },
  ],
  notUnderstood: ['x'],
};

function props(overrides: Partial<ResultsScreenProps> = {}): ResultsScreenProps {
  return {
    questionnaire: q,
    profile,
    answeredAt: new Date('2026-11-28T10:00:00Z'),
    onRestart: vi.fn(),
    onHome: vi.fn(),
    onErase: vi.fn(),
    ...overrides,
  };
}

describe('ResultsScreen', () => {
  it('gives a level in words for each area, and "Pas encore évalué" without a guess', async () => {
    await renderTranslated(<ResultsScreen {...props()} />);
    const firstCard = screen.getByRole('heading', {
      level: 2,
      name: pickText(first!.title, 'fr'),
    }).parentElement!;
    expect(firstCard.textContent).toContain('Sans aide (niveau 3 sur 4)');
    const thirdCard = screen.getByRole('heading', {
      level: 2,
      name: pickText(third!.title, 'fr'),
    }).parentElement!;
    expect(thirdCard.textContent).toContain('Pas encore évalué');
  });

  it('holds the same figures in a real table', async () => {
    await renderTranslated(<ResultsScreen {...props()} />);
    const table = screen.getByRole('table', { name: 'Votre niveau par domaine' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      `${pickText(first!.title, 'fr')}Sans aide3`,
      `${pickText(second!.title, 'fr')}Je découvre2`,
      `${pickText(third!.title, 'fr')}Pas encore évalué0`,
    ]);
  });

  it('names the questionnaire version and explains how the result is computed', async () => {
    await renderTranslated(<ResultsScreen {...props()} />);
    expect(screen.getByText(/version 0\.1\.0 \(reperes-ia\)/)).toBeTruthy();
    expect(screen.getByText('Comment ce résultat est calculé')).toBeTruthy();
    expect(screen.getByText(/1 question n'a pas été comprise/)).toBeTruthy();
  });

  it('asks before deleting, and keeps the data when the person says no', async () => {
    const p = props();
    await renderTranslated(<ResultsScreen {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer mes données' }));
    fireEvent.click(screen.getByRole('button', { name: 'Non, garder mes données' }));
    expect(p.onErase).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer mes données' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, tout supprimer' }));
    expect(p.onErase).toHaveBeenCalledTimes(1);
  });

  it('has no accessibility violation', async () => {
    const { container } = await renderTranslated(<ResultsScreen {...props()} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
