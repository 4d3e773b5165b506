import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { persistentPhoneContext, phoneContext, useChromium, waitForServiceWorker } from './browser';
import { COMPLETE, SHORT } from './grid';
import { answerAll, answerAndContinue, openHome, progressText } from './journey';
import { startServer } from '../../scripts/static-server';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('installable offline app', () => {
  it('reports no installability error in Chromium', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'reperes-profile-'));
    const context = await persistentPhoneContext(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await openHome(page, baseUrl);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get(`${baseUrl}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ lang: 'fr', display: 'standalone', start_url: '/' });
    expect(manifest.icons.map((icon: { purpose: string }) => icon.purpose)).toContain('maskable');
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('after one online visit, reloads and completes a path with the network off, in both languages', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await waitForServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Start the short path' }).waitFor();
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
    expect(await progressText(page)).toBe(`Question 1 sur ${SHORT}`);
    await answerAll(page, 0);
    await page.getByRole('table', { name: 'Tableau des niveaux par domaine' }).waitFor();
    await context.close();
  });
});

describe('updates', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('offers a new version between questionnaires only, and keeps every answer', async () => {
    // Two deployments at the same address: the second one has a different service worker.
    const first = mkdtempSync(join(tmpdir(), 'reperes-build-'));
    const second = mkdtempSync(join(tmpdir(), 'reperes-build-'));
    dirs.push(first, second);
    cpSync('dist', first, { recursive: true });
    cpSync('dist', second, { recursive: true });
    appendFileSync(join(second, 'sw.js'), '\n// next deployment\n');
    const server = await startServer(first);

    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, server.url);
    await waitForServiceWorker(page);
    await page.getByRole('button', { name: 'Commencer le parcours complet' }).click();
    await answerAndContinue(page, 0);
    await answerAndContinue(page, 1);

    server.setRoot(second);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting?.state === 'installed';
    });
    // In the middle of a questionnaire: no offer, no reload.
    await page.waitForTimeout(300);
    expect(await page.getByText('Une nouvelle version de Repères IA est disponible.').count()).toBe(
      0,
    );
    expect(await progressText(page)).toBe(`Question 3 sur ${COMPLETE}`);

    await page.getByRole('button', { name: 'Faire une pause' }).click();
    await page.getByText('Une nouvelle version de Repères IA est disponible.').waitFor();
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Mettre à jour maintenant' }).click(),
    ]);
    await page.getByRole('button', { name: `Reprendre à la question 3 sur ${COMPLETE}` }).click();
    expect(await progressText(page)).toBe(`Question 3 sur ${COMPLETE}`);
    await context.close();
    await server.close();
  });
});
