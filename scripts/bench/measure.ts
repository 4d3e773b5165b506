// Measurements of the benchmark: sizes, Lighthouse, and the time from a tapped answer to IndexedDB.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Page } from 'playwright-core';

export { firstScreen, gzipSize, precacheSize } from './sizes';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/**
 * Lighthouse 12 with its mobile defaults (simulated slow 4G, 4× CPU slowdown) on
 * each page; `prepare` may put the browser in the state a page needs first.
 */
export async function lighthousePages(
  pages: Record<string, string>,
  prepare?: (page: Page) => Promise<void>,
): Promise<Record<string, LighthouseFigures>> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium()!,
    chromeFlags: ['--headless=new', '--lang=fr-FR', ...CHROMIUM_ARGS],
  });
  try {
    if (prepare) {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
      const page = await browser.contexts()[0]!.newPage();
      await prepare(page);
      await page.close();
      await browser.close();
    }
    const figures: Record<string, LighthouseFigures> = {};
    for (const [name, url] of Object.entries(pages)) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        disableStorageReset: true,
      });
      const lhr = result!.lhr;
      figures[name] = {
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        bestPractices: Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
        cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
      };
    }
    return figures;
  } finally {
    await chrome.kill();
  }
}

/**
 * The time from a tapped answer to its write committed in IndexedDB, over `count`
 * taps, with the CPU slowed down 4×: median and 95th percentile, in milliseconds.
 */
export async function answerToStored(
  url: string,
  openQuestion: (page: Page) => Promise<void>,
  store: string,
  count = 200,
): Promise<{ medianMs: number; p95Ms: number }> {
  const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  await page.addInitScript((storeName) => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      const request = put.apply(this, args);
      if (this.name === storeName) {
        this.transaction.addEventListener('complete', () => {
          const w = window as unknown as { __stored?: (t: number) => void };
          w.__stored?.(performance.now());
        });
      }
      return request;
    };
  }, store);
  await page.goto(url);
  await openQuestion(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = await page.evaluate(async (n) => {
    const radios = [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')].slice(
      0,
      2,
    );
    const w = window as unknown as { __stored?: (t: number) => void };
    const result: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const stored = new Promise<number>((resolve) => (w.__stored = resolve));
      const start = performance.now();
      radios[i % 2]!.click();
      result.push((await stored) - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return result;
  }, count);
  await browser.close();
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { medianMs: Number(at(0.5).toFixed(2)), p95Ms: Number(at(0.95).toFixed(2)) };
}
