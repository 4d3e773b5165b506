import { describe, expect, it } from 'vitest';
import { scoreProfile } from '../../../src/domain/scoring';
import { isBestOption } from '../../../src/domain/situations';
import { parseQuestionnaire } from '../../../src/domain/validate';
import { QuestionScreen } from '../../../src/ui/screens/QuestionScreen';
import { ResultsScreen } from '../../../src/ui/screens/ResultsScreen';
import { rawExample } from '../helpers/questionnaire';
import { renderTranslated } from '../helpers/render';

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** The example questionnaire with a script and HTML payload in every text a person reads. */
function hostileQuestionnaire() {
  const poison = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(poison);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value);
    const isText = entries.every(
      ([key, v]) => /^[a-z]{2}(-x-falc)?$/.test(key) && typeof v === 'string',
    );
    return Object.fromEntries(
      entries.map(([key, v]) => [key, isText ? `${PAYLOAD} ${key}` : poison(v)]),
    );
  };
  const result = parseQuestionnaire(poison(rawExample()));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.questionnaire;
}

describe('text from a questionnaire file', () => {
  const q = hostileQuestionnaire();

  it('is shown as text on every question and on the results, and never runs', async () => {
    for (const item of q.items) {
      const answer =
        item.kind === 'situation' ? item.options.find((o) => isBestOption(item, o))?.id : undefined;
      const { container, unmount } = await renderTranslated(
        <QuestionScreen
          questionnaire={q}
          item={item}
          number={1}
          total={q.items.length}
          areaTitle={q.areas[0]!.title.fr!}
          answer={answer}
          revealed={item.kind === 'situation'}
          hint={item.hint?.fr}
          onChoose={() => undefined}
          onReveal={() => undefined}
          onBack={() => undefined}
          onNext={() => undefined}
          onPause={() => undefined}
        />,
      );
      expect(container.querySelectorAll('img, script').length).toBe(0);
      expect(container.textContent).toContain('<img src=x onerror=');
      unmount();
    }
    const answers = new Map(
      q.items.map((item) => [item.id, item.kind === 'self' ? 'can-explain' : 'program']),
    );
    const { container } = await renderTranslated(
      <ResultsScreen
        questionnaire={q}
        profile={scoreProfile(q, answers)}
        answeredAt={new Date()}
        shortPath={false}
      />,
    );
    expect(container.querySelectorAll('img[src="x"], script').length).toBe(0);
    expect(container.textContent).toContain('<script>window.__pwned=2</script>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
