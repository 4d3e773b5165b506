import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, inject, it } from 'vitest';
import { phoneContext, recordRequests, storedCounts, useChromium } from './browser';
import { bestValue, grid, lowestValue } from './grid';
import { answerAll, openHome, resultRows, type Chooser } from './journey';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const jsQrSource = readFileSync(
  createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'),
  'utf8',
);

async function shortPath(page: Page, choose: Chooser) {
  await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
  await answerAll(page, choose);
}

async function addPerson(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Prénom ou pseudonyme' }).fill(name);
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await page.getByRole('heading', { name: new RegExp(`Personne suivie\\s?: ${name}`) }).waitFor();
}

async function pdfText(page: Page): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  // PDF text comes in pieces; compare without spaces.
  return { pages: doc.numPages, text: texts.join('').replace(/\s+/g, '') };
}

describe('guided sessions on a shared device', () => {
  it('keeps two people’s answers and results apart; deleting one leaves the other whole', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: 'Passer en mode accompagnement' }).click();
    await page.getByRole('heading', { name: 'Personnes suivies' }).waitFor();
    await addPerson(page, 'Sam');
    await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
    await page.getByText(/^Question 1 sur/).waitFor();
    const hint = page.locator('details', { hasText: 'Aide pour la personne qui accompagne' });
    expect(await hint.count()).toBe(1);
    expect(await hint.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await answerAll(page, bestValue);
    const samRows = await resultRows(page);

    await page.getByRole('button', { name: "Retour à l'accueil" }).click();
    await page.getByRole('button', { name: 'Choisir ou ajouter une personne' }).click();
    await addPerson(page, 'Alex');
    await shortPath(page, lowestValue);
    const alexRows = await resultRows(page);
    expect(alexRows).not.toEqual(samRows);

    await page.getByRole('button', { name: "Retour à l'accueil" }).click();
    await page.getByRole('button', { name: 'Choisir ou ajouter une personne' }).click();
    await page.getByRole('button', { name: 'Supprimer le profil de Alex' }).click();
    await page.getByRole('button', { name: 'Oui, supprimer' }).click();
    await page.getByText('Le profil a été supprimé.').waitFor();
    await page.getByRole('button', { name: 'Ouvrir le profil de Sam' }).click();
    await page.getByRole('button', { name: 'Voir mes derniers résultats' }).click();
    expect(await resultRows(page)).toEqual(samRows);
    await context.close();
  });

  it('prints one A4 page for a short path, with every area and its level in the text', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await shortPath(page, bestValue);
    const rows = await resultRows(page);
    const { pages, text } = await pdfText(page);
    expect(pages).toBe(1);
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    for (const [area, level] of rows) {
      expect(text).toContain(squeeze(`${area} ${level}`));
    }
    expect(text).toContain(squeeze('Résultats enregistrés uniquement sur cet appareil'));
    expect(text).toContain(squeeze(`version ${grid.version}`));
    expect(text).toContain(squeeze('Ce que vous pouvez apprendre ensuite'));
    await context.close();
  }, 90_000);
});

describe('the printed summary of a complete path', () => {
  it('takes two A4 pages at most', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: 'Commencer le parcours complet' }).click();
    await answerAll(page, (id) => (id.length % 2 === 0 ? bestValue(id) : lowestValue(id)));
    expect((await pdfText(page)).pages).toBeLessThanOrEqual(2);
    await context.close();
  }, 120_000);
});

describe('files', () => {
  it('exports results and imports them in a fresh browser, once, with the same results', async () => {
    const first = await phoneContext(browser());
    const page = await first.newPage();
    await openHome(page, baseUrl);
    await shortPath(page, bestValue);
    const rows = await resultRows(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Enregistrer les résultats dans un fichier' }).click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'reperes-export-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(file).toMatch(/reperes-ia-resultats-\d{4}-\d{2}-\d{2}\.json$/);
    await first.close();

    const fresh = await phoneContext(browser());
    const other = await fresh.newPage();
    await openHome(other, baseUrl);
    await other.locator('input[type=file]').setInputFiles(file);
    await other.getByText('1 personne ajoutée.').waitFor();
    await other.getByRole('button', { name: /^Ouvrir le profil de / }).click();
    await other.getByRole('button', { name: 'Voir mes derniers résultats' }).click();
    expect(await resultRows(other)).toEqual(rows);

    await other.getByRole('button', { name: "Retour à l'accueil" }).click();
    await other.locator('input[type=file]').setInputFiles(file);
    await other
      .getByText("Ces résultats étaient déjà sur cet appareil. Rien n'a été ajouté.")
      .waitFor();
    expect(await storedCounts(other)).toMatchObject({ profiles: 1, attempts: 1 });
    await fresh.close();
  });

  it('refuses each malformed file with a plain message, and changes nothing', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.locator('input[type=file]').setInputFiles('tests/fixtures/imports/valid.json');
    await page.getByText('1 personne ajoutée.').waitFor();
    const before = await storedCounts(page);
    for (const name of [
      'not-json',
      'other-json',
      'truncated',
      'unknown-version',
      'newer-version',
      'script-payload',
    ]) {
      await page.locator('input[type=file]').setInputFiles(`tests/fixtures/imports/${name}.json`);
      await page
        .getByText("Ce fichier ne peut pas être ouvert. Rien n'a été changé.", { exact: false })
        .waitFor();
      expect(await storedCounts(page), name).toEqual(before);
      expect(await page.title()).toBe('Repères IA');
    }
    await context.close();
  });
});

describe('links and QR codes', () => {
  async function resultsLink(context: BrowserContext) {
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await shortPath(page, (id) => (id.startsWith('spot') ? bestValue(id) : lowestValue(id)));
    const rows = await resultRows(page);
    await page.getByRole('button', { name: 'Partager par un lien ou un QR code' }).click();
    const link = await page.getByRole('textbox', { name: 'Lien vers la synthèse' }).inputValue();
    const qr = page.getByRole('img', { name: 'QR code du lien vers la synthèse des résultats' });
    await qr.waitFor();
    await page.evaluate(jsQrSource);
    const decoded = await qr.evaluate((img: HTMLImageElement) => {
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const jsQR = (
        window as unknown as {
          jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
        }
      ).jsQR;
      return jsQR(data.data, canvas.width, canvas.height)?.data ?? null;
    });
    return { rows, link, decoded };
  }

  it('opens the same summary in another browser, with no request carrying the results', async () => {
    const sender = await phoneContext(browser());
    const { rows, link, decoded } = await resultsLink(sender);
    expect(decoded).toBe(link);
    expect(link).toMatch(/#\/partage\//);
    expect(link.length).toBeLessThan(200);
    await sender.close();

    const receiver = await phoneContext(browser());
    const requests = recordRequests(receiver);
    const page = await receiver.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Résultats reçus', level: 1 }).waitFor();
    expect(await resultRows(page)).toEqual(rows);
    const payload = link.split('#/partage/')[1]!;
    expect(requests.filter((url) => url.includes(payload.slice(0, 20)))).toEqual([]);
    expect(await storedCounts(page)).toMatchObject({ attempts: 0 });
    await page.getByRole('button', { name: 'Garder ces résultats sur cet appareil' }).click();
    await page.getByText(/Résultats gardés/).waitFor();
    expect(await storedCounts(page)).toMatchObject({ profiles: 1, attempts: 1 });
    await receiver.close();
  });

  it('says plainly when a link is damaged or forged', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    const valid = `1~reperes-ia~${grid.version}~s~20261128~${'-'.repeat(grid.paths.complete.items.length)}`;
    for (const payload of [`${valid}~zzzzz`, 'abc', `2~reperes-ia~9.9.9~s~20261128~--~aaaaa`]) {
      await page.goto(`${baseUrl}/#/partage/${payload}`);
      await page.getByText(/Ce lien est abîmé|Ce lien ne correspond/).waitFor();
    }
    await context.close();
  });
});
