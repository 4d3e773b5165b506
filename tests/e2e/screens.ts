import type { Page } from 'playwright-core';
import { answerAndContinue, openHome } from './journey';

/** The hash of each screen a person can reach, once `prepareScreens` has run. */
export interface ScreenAddresses {
  home: string;
  situation: string;
  self: string;
  results: string;
  accessibility: string;
  privacy: string;
  profiles: string;
}

/**
 * Puts the app in a state where every screen exists: a finished short path
 * (results), then a complete path answered up to its first self-declaration,
 * with the first situation checked (its explanation shown).
 */
export async function prepareScreens(page: Page, baseUrl: string): Promise<ScreenAddresses> {
  await openHome(page, baseUrl);
  await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
  while (!(await page.getByRole('heading', { name: 'Vos repères' }).isVisible())) {
    await answerAndContinue(page, 0);
  }
  await page.getByRole('button', { name: "Retour à l'accueil" }).click();
  await page.getByRole('button', { name: 'Commencer le parcours complet' }).click();
  let self = 0;
  for (let n = 1; self === 0; n += 1) {
    if (await page.getByText('Pouvez-vous faire ceci', { exact: false }).count()) self = n;
    else await answerAndContinue(page, 1);
  }
  return {
    home: '#/',
    situation: '#/question/1',
    self: `#/question/${self}`,
    results: '#/results',
    accessibility: '#/accessibilite',
    privacy: '#/donnees-personnelles',
    profiles: '#/personnes',
  };
}

/** Goes to a screen by its address and waits for its main heading. */
export async function show(page: Page, baseUrl: string, hash: string): Promise<void> {
  await page.goto(`${baseUrl}/${hash}`);
  await page.waitForFunction(
    (expected) =>
      location.hash === expected &&
      document.querySelector('main h1') !== null &&
      !document.body.innerText.includes('Chargement'),
    hash,
  );
}

/** True when the page is wider than the window: the person would have to scroll sideways. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** Interactive things smaller than 44×44 CSS px (inline links inside sentences excepted). */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = [
      ...document.querySelectorAll<HTMLElement>(
        'button, label:has(input), header a, footer a, summary',
      ),
    ];
    return targets
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ el, box }) =>
          `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  });
}
