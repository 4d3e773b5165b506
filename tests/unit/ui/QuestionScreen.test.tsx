import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Item } from '../../../src/domain/questionnaire';
import { pickText } from '../../../src/domain/text';
import { QuestionScreen, type QuestionScreenProps } from '../../../src/ui/screens/QuestionScreen';
import { draftQuestionnaire } from '../helpers/questionnaire';
import { axeViolations, renderTranslated } from '../helpers/render';

const q = draftQuestionnaire();
const self = q.items.find((item) => item.kind === 'self')!;
const situation = q.items.find((item) => item.kind === 'situation') as Extract<
  Item,
  { kind: 'situation' }
>;

function props(overrides: Partial<QuestionScreenProps> = {}): QuestionScreenProps {
  return {
    questionnaire: q,
    item: self,
    number: 3,
    total: 8,
    areaTitle: 'Repérer l’IA',
    revealed: false,
    onChoose: vi.fn(),
    onReveal: vi.fn(),
    onBack: vi.fn(),
    onNext: vi.fn(),
    onPause: vi.fn(),
    ...overrides,
  };
}

describe('QuestionScreen', () => {
  it('shows progress and the question as the legend of its answers', async () => {
    await renderTranslated(<QuestionScreen {...props()} />);
    expect(screen.getByText('Question 3 sur 8')).toBeTruthy();
    const group = screen.getByRole('group', {
      name: (name) =>
        flat(name) === flat(`Pouvez-vous faire ceci ? ${pickText(self.prompt, 'fr')}`),
    });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByRole('radio', { name: 'Je ne comprends pas la question' })).toBeTruthy();
  });

  it('moves the focus to the question so it is read first', async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    await renderTranslated(<QuestionScreen {...props()} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('hands over each answer the moment it is chosen', async () => {
    const p = props();
    await renderTranslated(<QuestionScreen {...p} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Sans aide' }));
    expect(p.onChoose).toHaveBeenCalledWith('on-my-own');
  });

  it('asks for an answer before moving on, without moving on', async () => {
    const p = props();
    await renderTranslated(<QuestionScreen {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Question suivante' }));
    expect(p.onNext).not.toHaveBeenCalled();
    expect(screen.getByText('Choisissez une réponse pour continuer.')).toBeTruthy();
  });

  it('offers "Je ne sais pas" on a situation and asks to check the answer first', async () => {
    const wrong = situation.options.find((o) => !o.correct)!;
    const p = props({ item: situation, answer: wrong.id });
    await renderTranslated(<QuestionScreen {...p} />);
    expect(screen.getByRole('radio', { name: 'Je ne sais pas' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Explication' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Valider ma réponse' }));
    expect(p.onReveal).toHaveBeenCalled();
    expect(p.onNext).not.toHaveBeenCalled();
  });

  it('after checking, shows the explanation, which answer to remember, and locks the answer', async () => {
    const wrong = situation.options.find((o) => !o.correct)!;
    const right = situation.options.find((o) => o.correct)!;
    await renderTranslated(
      <QuestionScreen {...props({ item: situation, answer: wrong.id, revealed: true })} />,
    );
    expect(screen.getByRole('region', { name: 'Explication' }).textContent).toContain(
      pickText(situation.explanation, 'fr'),
    );
    const remembered = screen.getByRole('radio', {
      name: new RegExp(`${escape(pickText(right.label, 'fr'))}.*Réponse à retenir`),
    });
    expect(remembered).toBeTruthy();
    expect(screen.getAllByRole('radio').every((r) => (r as HTMLInputElement).disabled)).toBe(true);
  });

  it('has no accessibility violation, before and after a situation is checked', async () => {
    const first = await renderTranslated(<QuestionScreen {...props()} />);
    expect(await axeViolations(first.container)).toEqual([]);
    first.unmount();
    const checked = await renderTranslated(
      <QuestionScreen {...props({ item: situation, answer: '_dont-know', revealed: true })} />,
    );
    expect(await axeViolations(checked.container)).toEqual([]);
  });
});

/** Accessible names collapse every kind of space. */
function flat(text: string) {
  return text.replace(/\s+/g, ' ').trim();
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
