import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  persistentPhoneContext,
  phoneContext,
  recordPageErrors,
  storedCounts,
  useChromium,
} from './browser';
import { COMPLETE, SHORT } from './grid';
import { answerAll, answerAndContinue, openHome, progressText } from './journey';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/** How many answers are stored in IndexedDB. */
async function storedAnswers(page: Page): Promise<number> {
  return (await storedCounts(page)).answers ?? 0;
}

describe('answers survive', () => {
  it('a closed tab resumes at the same question with every answer', async () => {
    const context = await phoneContext(browser());
    let page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: 'Commencer le parcours complet' }).click();
    for (const index of [0, 1, 2]) await answerAndContinue(page, index);
    await page.close();
    page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: `Reprendre à la question 4 sur ${COMPLETE}` }).click();
    expect(await progressText(page)).toBe(`Question 4 sur ${COMPLETE}`);
    expect(await storedAnswers(page)).toBe(3);
    await context.close();
  });

  it('a restarted browser resumes at the same question', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'reperes-restart-'));
    let context = await persistentPhoneContext(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
    await answerAndContinue(page, 0);
    await answerAndContinue(page, 1);
    await context.close();
    context = await persistentPhoneContext(profile);
    page = context.pages()[0] ?? (await context.newPage());
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: `Reprendre à la question 3 sur ${SHORT}` }).click();
    expect(await progressText(page)).toBe(`Question 3 sur ${SHORT}`);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('two tabs on the same data never corrupt it', async () => {
    const context = await phoneContext(browser());
    const first = await context.newPage();
    await openHome(first, baseUrl);
    await first.getByRole('button', { name: 'Commencer le parcours complet' }).click();
    await answerAndContinue(first, 0);
    const second = await context.newPage();
    await openHome(second, baseUrl);
    await second.getByRole('button', { name: `Reprendre à la question 2 sur ${COMPLETE}` }).click();
    await answerAndContinue(second, 1);
    await answerAndContinue(second, 2);
    await answerAndContinue(first, 1);
    await first.reload();
    await first.getByText(/^Question \d+ sur/).waitFor();
    expect(await storedAnswers(first)).toBe(3);
    await openHome(first, baseUrl);
    await first
      .getByRole('button', { name: `Reprendre à la question 4 sur ${COMPLETE}` })
      .waitFor();
    await context.close();
  });
});

describe('when storage fails', () => {
  it('without IndexedDB, says so and still reaches results, which can be saved to a file', async () => {
    const context = await phoneContext(browser());
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    await openHome(page, baseUrl);
    await page
      .getByRole('alert')
      .filter({ hasText: 'ne permet pas d’enregistrer' })
      .or(page.getByRole('alert').filter({ hasText: "ne permet pas d'enregistrer" }))
      .waitFor();
    await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
    await answerAll(page, 0);
    await page.getByRole('heading', { name: 'Vos repères' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Enregistrer les résultats dans un fichier' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('when the disk is full, says so, keeps what was stored, and the answer can be chosen again', async () => {
    const context = await phoneContext(browser());
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
        if ((window as unknown as { __diskFull?: boolean }).__diskFull) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.apply(this, args);
      };
    });
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
    await answerAndContinue(page, 0);
    await answerAndContinue(page, 1);
    await page.evaluate(() => Object.assign(window, { __diskFull: true }));
    // click, not check: the app unticks the answer again at once, since it was not stored.
    await page.getByRole('radio').first().click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'La mémoire de cet appareil est pleine' })
      .waitFor();
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    expect(await storedAnswers(page)).toBe(2);
    expect(await progressText(page)).toBe(`Question 3 sur ${SHORT}`);
    await page.evaluate(() => Object.assign(window, { __diskFull: false }));
    await answerAndContinue(page, 0);
    expect(await storedAnswers(page)).toBe(3);
    await context.close();
  });
});

describe('content security', () => {
  it('the whole journey raises no Content-Security-Policy violation', async () => {
    const context = await phoneContext(browser());
    await context.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { __csp: violations });
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    await openHome(page, baseUrl);
    expect(
      await page.evaluate(() =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content'),
      ),
    ).toMatch(/default-src 'self'.*script-src 'self'.*object-src 'none'.*base-uri 'self'/);
    await page.getByRole('button', { name: 'Affichage' }).click();
    await page.getByRole('radio', { name: 'Sombre' }).check();
    await page.getByRole('button', { name: 'Fermer' }).click();
    await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
    await answerAll(page, 0);
    await page.getByRole('button', { name: 'Partager par un lien ou un QR code' }).click();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}/#/accessibilite`);
    await page.getByRole('heading', { name: 'Accessibilité', level: 1 }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await context.close();
  });

  it('shows HTML and scripts from an imported file, a note or a link as text, and runs none of them', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    await openHome(page, baseUrl);
    await page
      .locator('input[type=file]')
      .setInputFiles('tests/fixtures/imports/html-in-text.json');
    await page.getByText('1 personne ajoutée.').waitFor();
    await page.getByRole('heading', { name: '<img src=x onerror="document.title=1">' }).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const notes = page.getByRole('textbox', { name: /^Notes pour/ });
    expect(await notes.inputValue()).toBe('<script>document.title="pwned"</script>');
    await notes.fill('<img src=y onerror="document.title=2"><b>gras</b>');
    await page.getByRole('button', { name: 'Enregistrer les notes' }).click();
    await page.reload();
    expect(await page.getByRole('textbox', { name: /^Notes pour/ }).inputValue()).toContain(
      '<b>gras</b>',
    );
    expect(await page.locator('img[src="y"], b').count()).toBe(0);

    await page.goto(`${baseUrl}/#/partage/%3Cscript%3Edocument.title%3D3%3C%2Fscript%3E`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.title()).toBe('Repères IA');
    expect(errors).toEqual([]);
    await context.close();
  });
});
