import { describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  phoneContext,
  recordPageErrors,
  recordRequests,
  storedCounts,
  useChromium,
} from './browser';
import { COMPLETE, grid, SHORT } from './grid';
import { answerAll, answerAndContinue, openHome, progressText, resultRows } from './journey';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('the journey on a phone', () => {
  it('goes from home through every question to results, with nothing leaving the origin', async () => {
    const context = await phoneContext(browser());
    const requests = recordRequests(context);
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    await openHome(page, baseUrl);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expect(
      page.getByText('Vos réponses restent sur cet appareil', { exact: false }).first().isVisible(),
    ).resolves.toBe(true);

    await page.getByRole('button', { name: 'Commencer le parcours complet' }).click();
    expect(await progressText(page)).toBe(`Question 1 sur ${COMPLETE}`);
    await answerAll(page, 0);

    const rows = await resultRows(page);
    expect(rows.map((row) => row[0])).toEqual(grid.areas.map((a) => a.title.fr));
    for (const row of rows)
      expect(row[1]).toMatch(
        /^(Je découvre|Avec de l'aide|Sans aide|Je peux aider d'autres personnes)$/,
      );
    await expect(
      page
        .locator('main p', { hasText: /version 1\.0\.0 \(reperes-ia\)/ })
        .last()
        .isVisible(),
    ).resolves.toBe(true);

    const origin = new URL(baseUrl).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('after a reload following the third answer, resumes at the fourth question with all three answers', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: 'Commencer le parcours complet' }).click();
    const chosen: string[] = [];
    for (const index of [1, 0, 2]) {
      chosen.push((await page.getByRole('radio').nth(index).getAttribute('value')) ?? '');
      await answerAndContinue(page, index);
    }
    expect(await progressText(page)).toBe(`Question 4 sur ${COMPLETE}`);

    await page.reload();
    await page.getByText(`Question 4 sur ${COMPLETE}`).waitFor();
    for (const n of [3, 2, 1]) {
      await page.getByRole('button', { name: 'Question précédente' }).click();
      await page.getByText(`Question ${n} sur ${COMPLETE}`).waitFor();
      const checked = await page.locator('input[type=radio]:checked').getAttribute('value');
      expect(checked).toBe(chosen[n - 1]);
    }

    // A fresh visit offers to resume at the same place.
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: `Reprendre à la question 4 sur ${COMPLETE}` }).click();
    expect(await progressText(page)).toBe(`Question 4 sur ${COMPLETE}`);
    await context.close();
  });

  it('switches to English and sets lang on <html>', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Start the short path' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('button', { name: 'Start the short path' }).waitFor();
    await context.close();
  });

  it('"Supprimer mes données" really empties the database', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
    await answerAll(page, 0);
    await page.getByRole('button', { name: 'Supprimer mes données' }).click();
    await page.getByRole('button', { name: 'Oui, tout supprimer' }).click();
    await page.getByText('Vos données ont été supprimées de cet appareil.').waitFor();
    const counts = Object.values(await storedCounts(page));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((count) => count === 0)).toBe(true);
    expect(await page.getByRole('button', { name: 'Voir mes derniers résultats' }).count()).toBe(0);
    await context.close();
  });

  it('has no axe-core violation on home, a question and results', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
    await page.getByText(`Question 1 sur ${SHORT}`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Up to the first situation, then its explanation.
    while (!(await page.getByText('Situation', { exact: true }).isVisible())) {
      await answerAndContinue(page, 0);
    }
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Valider ma réponse' }).click();
    await page.getByRole('heading', { name: 'Explication' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Question suivante' }).click();
    await answerAll(page, 1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
