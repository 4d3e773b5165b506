import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { HomeScreen, type HomeScreenProps } from '../../../src/ui/screens/HomeScreen';
import { axeViolations, renderTranslated } from '../helpers/render';

function props(overrides: Partial<HomeScreenProps> = {}): HomeScreenProps {
  return {
    paths: { short: { items: 4, minutes: 3 }, complete: { items: 8, minutes: 6 } },
    hasResults: false,
    easyRead: false,
    onEasyReadChange: vi.fn(),
    professional: { on: false },
    onProfessionalChange: vi.fn(),
    onChoosePerson: vi.fn(),
    onImport: vi.fn(),
    onStart: vi.fn(),
    onResume: vi.fn(),
    onShowResults: vi.fn(),
    ...overrides,
  };
}

describe('HomeScreen', () => {
  it('says what it is, how long it takes and that answers stay on the device', async () => {
    await renderTranslated(<HomeScreen {...props()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(
      /intelligence artificielle/,
    );
    expect(screen.getByText(/8 questions, environ 6 minutes/)).toBeTruthy();
    expect(screen.getByText(/Vos réponses restent sur cet appareil/)).toBeTruthy();
  });

  it('starts the path the person chooses', async () => {
    const p = props();
    await renderTranslated(<HomeScreen {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Commencer le parcours complet' }));
    expect(p.onStart).toHaveBeenCalledWith('complete');
  });

  it('offers to resume an unfinished path at the right question', async () => {
    const p = props({ unfinished: { current: 4, total: 8 } });
    await renderTranslated(<HomeScreen {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre à la question 4 sur 8' }));
    expect(p.onResume).toHaveBeenCalled();
  });

  it('offers earlier results only when there are some', async () => {
    await renderTranslated(<HomeScreen {...props()} />);
    expect(screen.queryByRole('button', { name: 'Voir mes derniers résultats' })).toBeNull();
  });

  it('speaks English when asked', async () => {
    await renderTranslated(<HomeScreen {...props()} />, 'en');
    expect(screen.getByRole('button', { name: 'Start the short path' })).toBeTruthy();
  });

  it('offers the easy-to-read switch in French, and not in English', async () => {
    const p = props();
    const { unmount } = await renderTranslated(<HomeScreen {...p} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Lecture facile' }));
    expect(p.onEasyReadChange).toHaveBeenCalledWith(true);
    unmount();
    await renderTranslated(<HomeScreen {...props({ easyRead: null })} />, 'en');
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('explains guided-session mode and shows the person followed when it is on', async () => {
    const p = props();
    const { unmount } = await renderTranslated(<HomeScreen {...p} />);
    expect(screen.getByText(/Vous créez un profil par personne/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Passer en mode accompagnement' }));
    expect(p.onProfessionalChange).toHaveBeenCalledWith(true);
    unmount();
    await renderTranslated(
      <HomeScreen {...props({ professional: { on: true, personName: 'Sam' } })} />,
    );
    expect(screen.getByRole('heading', { name: /Personne suivie\s?: Sam/ })).toBeTruthy();
  });

  it('has no accessibility violation', async () => {
    const { container } = await renderTranslated(
      <HomeScreen {...props({ unfinished: { current: 2, total: 4 }, hasResults: true })} />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
