import type { Page } from 'playwright-core';

/** Opens the app's home screen and waits until it is ready. */
export async function openHome(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Commencer le parcours court' }).waitFor();
}

/** The text of "Question N sur M" on the screen. */
export async function progressText(page: Page): Promise<string> {
  return (await page.getByText(/^Question \d+ sur \d+$/).textContent()) ?? '';
}

/**
 * Answers the question on screen with the answer at `index` (0 = first row),
 * checks a situation when asked, and goes on.
 */
export async function answerAndContinue(page: Page, index: number): Promise<void> {
  const before = await progressText(page);
  await page.getByRole('radio').nth(index).check();
  const check = page.getByRole('button', { name: 'Valider ma réponse' });
  if (await check.isVisible()) {
    await check.click();
    await page.getByRole('heading', { name: 'Explication' }).waitFor();
  }
  await page.getByRole('button', { name: /^(Question suivante|Voir mes résultats)$/ }).click();
  await page.waitForFunction((previous) => !document.body.innerText.includes(previous), before);
  await page
    .getByText(/^Question \d+ sur \d+$/)
    .or(page.getByRole('heading', { name: 'Vos repères' }))
    .waitFor();
}

/** Answers every question of the path with the same answer row and reaches the results. */
export async function answerAll(page: Page, index: number | ((n: number) => number)) {
  for (let n = 0; ; n += 1) {
    if (await page.getByRole('heading', { name: 'Vos repères' }).isVisible()) return;
    await answerAndContinue(page, typeof index === 'number' ? index : index(n));
  }
}

/** The rows of the results table, as [area, level, answers] cells. */
export async function resultRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: 'Votre niveau par domaine' });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())),
    );
}
