import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { FocusHeading } from '../../../src/ui/components/FocusHeading';

describe('FocusHeading', () => {
  it('leaves the focus alone on the first page load, then takes it on each new screen', () => {
    const { rerender } = render(<FocusHeading focusKey="home">Accueil</FocusHeading>);
    expect(document.activeElement).toBe(document.body);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    rerender(<FocusHeading focusKey="question-1">Question</FocusHeading>);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Question' }));
  });
});
