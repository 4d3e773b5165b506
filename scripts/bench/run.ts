// `npm run bench`: builds the app and a SurveyJS rendering of the same questionnaire, measures
// both in the system Chromium, prints a table with the budgets of product.md, and writes
// .bench/results.json. Timings live here, never in the tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { findChromium, MISSING_CHROMIUM_MESSAGE } from '../chromium.mjs';
import { startServer } from '../static-server';
import { answerToStored, firstScreen, lighthousePages, precacheSize } from './measure';
import { firstPaintJs } from './sizes';

if (!findChromium()) {
  console.error(MISSING_CHROMIUM_MESSAGE);
  process.exit(1);
}

function build(args: string[]) {
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--configLoader',
      'runner',
      '--logLevel',
      'error',
      ...args,
    ],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (ours: number, theirs: number) => (ours > 0 ? `${(theirs / ours).toFixed(1)}×` : '—');

async function startShort(page: Page) {
  await page.getByRole('button', { name: 'Commencer le parcours court' }).click();
  await page.getByText(/^Question 1 sur/).waitFor();
}

async function main() {
  console.log('Building the app and the SurveyJS page…');
  build([]);
  build(['--config', 'scripts/bench/surveyjs.vite.config.ts']);
  const app = await startServer('dist');
  const survey = await startServer('.bench/surveyjs');
  try {
    console.log('Measuring sizes…');
    const homeReady = (page: Page) =>
      page.getByRole('button', { name: 'Commencer le parcours court' }).waitFor();
    const ours = {
      firstScreen: {
        ...(await firstScreen(`${app.url}/`, 'dist', homeReady)),
        jsBeforePaint: firstPaintJs('dist').bytes,
      },
      precache: precacheSize('dist'),
    };
    const theirs = {
      firstScreen: await firstScreen(`${survey.url}/`, '.bench/surveyjs', (page) =>
        page.locator('.sd-root-modern, .sv-root-modern, form').first().waitFor(),
      ),
      precache: 0,
    };

    console.log(
      'Measuring the time from a tapped answer to IndexedDB (4× CPU slowdown, 200 taps)…',
    );
    const oursLatency = await answerToStored(`${app.url}/`, startShort, 'answers');
    const theirsLatency = await answerToStored(
      `${survey.url}/?view=question`,
      (page) => page.locator('input[type=radio]').first().waitFor({ state: 'attached' }),
      'answers',
    );

    console.log('Running Lighthouse (mobile, simulated slow 4G, 4× CPU)…');
    const oursLh = await lighthousePages(
      { home: `${app.url}/`, question: `${app.url}/#/question/2`, results: `${app.url}/#/results` },
      async (page) => {
        await page.goto(`${app.url}/`);
        await page.getByRole('button', { name: 'Français', exact: true }).click();
        await startShort(page);
        for (let n = 1; ; n += 1) {
          await page
            .getByText(new RegExp(`^Question ${n} sur`))
            .or(page.getByRole('heading', { name: 'Vos repères' }))
            .waitFor();
          if (await page.getByRole('heading', { name: 'Vos repères' }).isVisible()) break;
          await page.getByRole('radio').first().check();
          const check = page.getByRole('button', { name: 'Valider ma réponse' });
          if (await check.isVisible()) await check.click();
          await page
            .getByRole('button', { name: /^(Question suivante|Voir mes résultats)$/ })
            .click();
        }
        await page.getByRole('button', { name: "Retour à l'accueil" }).click();
        await page.getByRole('button', { name: 'Commencer le parcours complet' }).click();
        await page.getByText(/^Question 1 sur/).waitFor();
        await page.getByRole('radio').first().check();
      },
    );
    const theirsLh = await lighthousePages({
      home: `${survey.url}/`,
      question: `${survey.url}/?view=question`,
      results: `${survey.url}/?view=results`,
    });

    const rows: [string, string, string, string, string][] = [
      [
        'JS needed to paint the first screen (gzip)',
        kb(ours.firstScreen.jsBeforePaint),
        kb(theirs.firstScreen.jsBeforePaint),
        ratio(ours.firstScreen.jsBeforePaint, theirs.firstScreen.jsBeforePaint),
        '≤ 50 KB',
      ],
      [
        'CSS before the first paint (gzip)',
        kb(ours.firstScreen.cssBeforePaint),
        kb(theirs.firstScreen.cssBeforePaint),
        ratio(ours.firstScreen.cssBeforePaint, theirs.firstScreen.cssBeforePaint),
        '',
      ],
      [
        'JS for the complete first screen (gzip)',
        kb(ours.firstScreen.jsScreenComplete),
        kb(theirs.firstScreen.jsScreenComplete),
        ratio(ours.firstScreen.jsScreenComplete, theirs.firstScreen.jsScreenComplete),
        '',
      ],
      ['Precached for offline use (gzip)', kb(ours.precache), 'no offline', '', '≤ 300 KB'],
      [
        'Answer → IndexedDB, median',
        `${oursLatency.medianMs} ms`,
        `${theirsLatency.medianMs} ms`,
        ratio(oursLatency.medianMs, theirsLatency.medianMs),
        '',
      ],
      [
        'Answer → IndexedDB, p95',
        `${oursLatency.p95Ms} ms`,
        `${theirsLatency.p95Ms} ms`,
        ratio(oursLatency.p95Ms, theirsLatency.p95Ms),
        '≤ 16 ms',
      ],
    ];
    for (const page of ['home', 'question', 'results'] as const) {
      const a = oursLh[page]!;
      const b = theirsLh[page]!;
      rows.push(
        [`Lighthouse ${page}: performance`, `${a.performance}`, `${b.performance}`, '', '≥ 98'],
        [
          `Lighthouse ${page}: LCP`,
          `${a.lcpMs} ms`,
          `${b.lcpMs} ms`,
          ratio(a.lcpMs, b.lcpMs),
          '≤ 1500 ms',
        ],
        [`Lighthouse ${page}: TBT`, `${a.tbtMs} ms`, `${b.tbtMs} ms`, '', '≤ 50 ms'],
        [`Lighthouse ${page}: CLS`, `${a.cls}`, `${b.cls}`, '', ''],
        [
          `Lighthouse ${page}: accessibility`,
          `${a.accessibility}`,
          `${b.accessibility}`,
          '',
          '100',
        ],
        [
          `Lighthouse ${page}: best practices`,
          `${a.bestPractices}`,
          `${b.bestPractices}`,
          '',
          '100',
        ],
      );
    }
    const header = ['measure', 'Repères IA', 'SurveyJS', 'SurveyJS ÷ ours', 'budget'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: readonly string[]) =>
      `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log(
      `\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}\n`,
    );

    mkdirSync('.bench', { recursive: true });
    const results = {
      measuredAt: new Date().toISOString(),
      chromium: findChromium(),
      ours: {
        ...ours,
        latency: oursLatency,
        lighthouse: oursLh,
      },
      surveyjs: { ...theirs, latency: theirsLatency, lighthouse: theirsLh },
    };
    writeFileSync('.bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log('Written to .bench/results.json');
  } finally {
    await app.close();
    await survey.close();
  }
}

await main();
