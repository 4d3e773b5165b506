import type { Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, phoneContext, useChromium } from './browser';
import { bestValue, grid, lowestValue, SHORT } from './grid';
import { answerAll, openHome, resultRows } from './journey';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/** Runs the short path in a fresh browser profile, answering with `choose`, and returns the page. */
async function shortPathWith(choose: (itemId: string) => string, requests: Request[] = []) {
  const context = await phoneContext(browser());
  context.on('request', (request) => requests.push(request));
  const page = await context.newPage();
  await openHome(page, baseUrl);
  await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
  await answerAll(page, choose);
  return { page, close: () => context.close() };
}

async function chartLabel(page: Page) {
  return (
    (await page
      .getByRole('img', { name: /Graphique du niveau par domaine/ })
      .getAttribute('aria-label')) ?? ''
  );
}

describe('results', () => {
  it('differ for two people who answer differently, and the chart says what the table says', async () => {
    const strong = await shortPathWith(bestValue);
    const modest = await shortPathWith(lowestValue);
    const strongRows = await resultRows(strong.page);
    const modestRows = await resultRows(modest.page);
    // The short path asks one situation at level 3 per competency: a first idea, up to "Sans aide".
    expect(strongRows.map((r) => r[1])).toEqual(grid.areas.map(() => 'Sans aide'));
    expect(modestRows.map((r) => r[1])).toEqual(grid.areas.map(() => 'Je découvre'));

    for (const { page, rows } of [
      { page: strong.page, rows: strongRows },
      { page: modest.page, rows: modestRows },
    ]) {
      const label = await chartLabel(page);
      for (const [area, level, outOf4] of rows) {
        expect(label).toContain(`${area}\u00a0: ${level} (${outOf4})`);
      }
      expect(await axeViolations(page)).toEqual([]);
    }
    await strong.close();
    await modest.close();
  });

  it('says in words what to learn next, with free resources', async () => {
    const { page, close } = await shortPathWith(lowestValue);
    const next = page.getByRole('region', { name: 'Ce que vous pouvez apprendre ensuite' });
    expect(await next.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(2);
    const links = await next
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('https://'))).toBe(true);
    await close();
  });

  it('loads Chart.js only when results are shown, never on the first screen', async () => {
    const requests: Request[] = [];
    const context = await phoneContext(browser());
    context.on('request', (request) => requests.push(request));
    const page = await context.newPage();
    await openHome(page, baseUrl);
    // The service worker precaches every file in the background; what counts is what the page asks for.
    const chartChunk = (r: Request) =>
      r.serviceWorker() === null && /areaChart-[\w-]+\.js$/.test(r.url());
    expect(requests.filter(chartChunk)).toEqual([]);
    await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
    await answerAll(page, 0);
    await page
      .getByRole('img', { name: /Graphique du niveau par domaine/ })
      .scrollIntoViewIfNeeded();
    // Once drawn, the chart also exists as an image for the printed summary.
    await page.waitForFunction(() => document.querySelector('canvas + img') !== null);
    expect(requests.filter(chartChunk)).toHaveLength(1);
    await context.close();
  });

  it('lets a short path go on with the complete path without asking anything twice', async () => {
    const { page, close } = await shortPathWith(bestValue);
    await page
      .getByRole('button', { name: /^Répondre aux \d+ autres questions du parcours complet$/ })
      .click();
    await page.getByText(`Question ${SHORT + 1} sur ${grid.paths.complete.items.length}`).waitFor();
    await close();
  });
});
