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

/** How to pick an answer: the row at an index (0 = first), or a value chosen from the item id. */
export type Chooser = number | ((itemId: string) => string);

/**
 * Answers the question on screen with the chosen answer, checks a situation
 * when asked, and goes on.
 */
export async function answerAndContinue(page: Page, choose: Chooser): Promise<void> {
  const before = await progressText(page);
  if (typeof choose === 'number') {
    await page.getByRole('radio').nth(choose).check();
  } else {
    const itemId = (await page.getByRole('radio').first().getAttribute('name')) ?? '';
    await page.locator(`input[type=radio][value="${choose(itemId)}"]`).check();
  }
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

/** Answers every question left in the path the same way, and reaches the results. */
export async function answerAll(page: Page, choose: Chooser) {
  while (!(await page.getByRole('heading', { name: 'Vos repères' }).isVisible())) {
    await answerAndContinue(page, choose);
  }
}

/** The rows of the results table, as [area, level, answers] cells. */
export async function resultRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: 'Tableau des niveaux par domaine' });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())),
    );
}
