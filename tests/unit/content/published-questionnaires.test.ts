// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_LANGUAGES } from '../../../src/domain/languages';
import { isBestOption } from '../../../src/domain/situations';
import {
  kandelMoles,
  localizedTexts,
  sentences,
  textProblems,
} from '../../../scripts/content-rules';
import { expectedGridDoc, GRID_DOC } from '../../../scripts/grid';
import { validateQuestionnaires } from '../../../scripts/questionnaire-files';
import { ROOT } from '../helpers/questionnaire';

const published = validateQuestionnaires(ROOT).flatMap((r) =>
  r.questionnaire?.status === 'published' ? [{ file: r.file, q: r.questionnaire }] : [],
);

describe('published questionnaires', () => {
  it('include the Repères IA grid', () => {
    expect(published.map((p) => p.q.id)).toContain('reperes-ia');
  });

  describe.each(published)('$file', ({ q }) => {
    const entries = localizedTexts({ ...q, $schema: undefined });

    it('has every text in French, easy-to-read French and English, gender-neutral, with short easy sentences', () => {
      const problems = entries.flatMap((entry) => textProblems(entry, PUBLISHED_LANGUAGES));
      expect(problems).toEqual([]);
    });

    it('is easier to read in fr-x-falc than in fr, on average (Kandel & Moles)', () => {
      const score = (language: string) => kandelMoles(entries.map((e) => e.texts[language] ?? ''));
      expect(score('fr-x-falc')).toBeGreaterThan(score('fr'));
    });

    it('explains each situation in two sentences after the answer', () => {
      for (const item of q.items) {
        if (item.kind === 'situation')
          expect(sentences(item.explanation.fr ?? ''), item.id).toHaveLength(2);
      }
    });

    it('does not give the answer away by its length or its place', () => {
      const situations = q.items.filter((item) => item.kind === 'situation');
      const best = (item: (typeof situations)[number]) =>
        item.kind === 'situation' ? item.options.findIndex((o) => isBestOption(item, o)) : -1;
      const longestAlone = situations.filter((item) => {
        if (item.kind !== 'situation') return false;
        const lengths = item.options.map((o) => (o.label.fr ?? '').length);
        const bestLength = lengths[best(item)]!;
        return lengths.filter((l) => l >= bestLength).length === 1;
      });
      expect(longestAlone.length, longestAlone.map((i) => i.id).join(' ')).toBeLessThanOrEqual(
        Math.floor(situations.length / 3),
      );
      for (const place of [0, 1, 2]) {
        const here = situations.filter((item) => best(item) === place).length;
        expect(here, `best answer in place ${place + 1}`).toBeGreaterThanOrEqual(
          Math.floor(situations.length / 5),
        );
      }
    });

    it('gives a hint for the accompanying professional on every item', () => {
      expect(q.items.filter((item) => !item.hint).map((item) => item.id)).toEqual([]);
    });
  });
});

describe('what the documents say', () => {
  const grid = published.find((p) => p.q.id === 'reperes-ia')?.q;

  it('docs/grid.md is generated from the current file (run "npm run grid")', () => {
    expect(readFileSync(join(ROOT, GRID_DOC), 'utf8')).toBe(expectedGridDoc(ROOT));
  });

  it('the README gives the real number of questions and minutes of each path', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(grid).toBeDefined();
    for (const path of [grid!.paths.short, grid!.paths.complete]) {
      expect(readme).toContain(`${path.items.length} questions, about ${path.minutes} minutes`);
    }
    expect(readme).toContain(`${grid!.areas.length} areas`);
    expect(readme).toContain(`${grid!.areas.flatMap((a) => a.competencies).length} competencies`);
  });
});
