import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sentences } from '../../src/domain/sentences';
import { frenchSpacing } from '../../src/domain/text';
import { phoneContext, useChromium } from './browser';
import { grid, SHORT } from './grid';
import { openHome } from './journey';
import { scrollsSideways } from './screens';
import { startServer } from '../../scripts/static-server';
import { recordSpeech, type SpokenUtterance } from './speech';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const firstShort = grid.items.find((i) => i.id === grid.paths.short.items[0]) as unknown as {
  prompt: Record<string, string>;
  options: { label: Record<string, string> }[];
};

describe('keyboard and screen reader', () => {
  it('completes the short path with the keyboard alone, the focus on each new question', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    const tabTo = async (test: () => Promise<boolean>) => {
      for (let i = 0; i < 40; i += 1) {
        if (await test()) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('Tab never reached the expected element');
    };
    const focused = () =>
      page.evaluate(() => ({
        tag: document.activeElement?.tagName ?? '',
        type: (document.activeElement as HTMLInputElement | null)?.type ?? '',
        text: document.activeElement?.textContent?.trim() ?? '',
        outline: getComputedStyle(document.activeElement ?? document.body).outlineStyle,
      }));

    await tabTo(async () => (await focused()).text === 'Commencer le parcours court');
    expect((await focused()).outline).not.toBe('none');
    await page.keyboard.press('Enter');
    for (let n = 1; n <= SHORT; n += 1) {
      await page.getByText(`Question ${n} sur ${SHORT}`).waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      await tabTo(async () => (await focused()).type === 'radio');
      await page.keyboard.press('Space');
      await tabTo(async () => (await focused()).text === 'Valider ma réponse');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Explication' }).waitFor();
      await tabTo(async () =>
        /^(Question suivante|Voir mes résultats)$/.test((await focused()).text),
      );
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Vos repères', level: 1 }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Vos repères');
    await context.close();
  });

  it('announces progress and the explanation politely, and has a skip link to the content', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
    expect(await page.getByText(/^Question 1 sur/).getAttribute('aria-live')).toBe('polite');
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Valider ma réponse' }).click();
    const explanation = page.getByRole('region', { name: 'Explication' });
    expect(
      await explanation.evaluate((el) => el.closest('[aria-live]')?.getAttribute('aria-live')),
    ).toBe('polite');
    await context.close();
  });
});

describe('read-aloud', () => {
  it('reads the question and its answers in French, sentence by sentence, only when asked', async () => {
    const context = await phoneContext(browser());
    await recordSpeech(context, [
      { lang: 'en-GB', name: 'English voice' },
      { lang: 'fr-FR', name: 'Voix française' },
    ]);
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
    await page.getByText(`Question 1 sur ${SHORT}`).waitFor();
    const spoken = () =>
      page.evaluate(() => (window as unknown as { __spoken: SpokenUtterance[] }).__spoken);
    expect(await spoken()).toEqual([]);

    await page.getByRole('button', { name: 'Écouter la question et les réponses' }).click();
    await page.waitForFunction(
      () => (window as unknown as { __spoken: unknown[] }).__spoken.length > 0,
    );
    const said = await spoken();
    const expected = [
      ...sentences(frenchSpacing(firstShort.prompt.fr!)),
      ...firstShort.options.map((o) => frenchSpacing(o.label.fr!)),
      'Je ne sais pas',
    ];
    expect(said.map((u) => u.text)).toEqual(expected);
    expect(new Set(said.map((u) => `${u.lang} ${u.voice} ${u.rate}`))).toEqual(
      new Set(['fr Voix française 1']),
    );
    expect(sentences(frenchSpacing(firstShort.prompt.fr!)).length).toBeGreaterThan(1);

    // The speed chosen in the display settings is used.
    await page.getByRole('button', { name: 'Affichage' }).click();
    await page.getByRole('radio', { name: 'Lente' }).check();
    await page.getByRole('button', { name: 'Fermer' }).click();
    await page.getByRole('button', { name: 'Écouter la question et les réponses' }).click();
    await page.waitForFunction(
      (n) => (window as unknown as { __spoken: unknown[] }).__spoken.length > n,
      said.length,
    );
    expect((await spoken()).at(-1)?.rate).toBe(0.75);
    await context.close();
  });

  it('says plainly when the device has no voice for the language', async () => {
    const context = await phoneContext(browser());
    await recordSpeech(context, [{ lang: 'en-GB', name: 'English voice' }]);
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
    await page.getByRole('button', { name: 'Écouter la question et les réponses' }).click();
    await page
      .getByText('La lecture à voix haute n’est pas possible sur cet appareil', { exact: false })
      .or(
        page.getByText("La lecture à voix haute n'est pas possible sur cet appareil", {
          exact: false,
        }),
      )
      .waitFor();
    await context.close();
  });
});

describe('languages and easy-to-read mode', () => {
  it('shows the easy-to-read text of the question with one switch on the home screen, remembered', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('switch', { name: 'Lecture facile' }).click();
    await page.getByRole('switch', { name: 'Lecture facile', checked: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.reload();
    await page.getByRole('switch', { name: 'Lecture facile', checked: true }).waitFor();
    await page
      .getByRole('button', { name: /parcours court/ })
      .first()
      .click();
    const legend = (await page.locator('legend').innerText()).replace(/\s+/g, ' ').trim();
    expect(legend).toBe(frenchSpacing(firstShort.prompt['fr-x-falc']!).replace(/\s+/g, ' '));
    expect(legend).not.toBe(frenchSpacing(firstShort.prompt.fr!).replace(/\s+/g, ' '));
    await context.close();
  });

  it('sets lang="en" in English', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Start the short path' }).waitFor();
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['en', 'ltr']);
    await context.close();
  });

  it('applies display settings at once and keeps them after a reload', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await openHome(page, baseUrl);
    await page.getByRole('button', { name: 'Affichage' }).click();
    await page.getByRole('radio', { name: '200 %' }).check();
    await page.getByRole('radio', { name: 'Sombre' }).check();
    await page.getByRole('checkbox', { name: /Plus d'espace/ }).check();
    const state = () =>
      page.evaluate(() => ({
        size: document.documentElement.style.fontSize,
        theme: document.documentElement.dataset.theme,
        spacing: document.documentElement.dataset.spacing,
        background: getComputedStyle(document.body).backgroundColor,
      }));
    const applied = await state();
    expect(applied).toMatchObject({ size: '200%', theme: 'dark', spacing: 'more' });
    expect(applied.background).not.toBe('rgb(255, 255, 255)');
    await page.reload();
    await page.getByRole('button', { name: 'Affichage' }).waitFor();
    expect(await state()).toEqual(applied);
    expect(await scrollsSideways(page)).toBe(false);
    await context.close();
  });
});

describe('right-to-left', () => {
  it('a right-to-left pseudo-locale sets dir="rtl", mirrors the layout and never scrolls sideways', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'reperes-rtl-'));
    const build = spawnSync(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--configLoader',
        'runner',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { env: { ...process.env, VITE_PSEUDO_RTL: '1' }, encoding: 'utf8' },
    );
    expect(build.status, build.stderr).toBe(0);
    const server = await startServer(outDir);
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await openHome(page, server.url);
    await page.getByRole('button', { name: 'Pseudo RTL' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    const brand = await page.locator('header a').first().boundingBox();
    expect(brand!.x + brand!.width).toBeGreaterThan(320 - 40);
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: 'Start the short path' }).click();
    await page.getByText(/^Question 1 of/).waitFor();
    const radio = await page.locator('input[type=radio]').first().boundingBox();
    const row = await page.locator('fieldset label').first().boundingBox();
    expect(radio!.x).toBeGreaterThan(row!.x + row!.width / 2);
    expect(await scrollsSideways(page)).toBe(false);
    await context.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }, 120_000);
});
