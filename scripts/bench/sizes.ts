// Sizes of what a first visit downloads: deterministic, so they are also checked by the tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

/** Gzip size of a built file, as a CDN would send it. */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Everything the service worker precaches, gzip. */
export function precacheSize(dist: string): number {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  return urls.reduce((sum, url) => sum + gzipSize(join(dist, url)), gzipSize(join(dist, 'sw.js')));
}

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

/**
 * The JavaScript the first screen needs before it can paint, from the build
 * manifest: the entry chunk, its static imports, and the French interface
 * strings it loads first. The database chunk is loaded right after the first
 * paint and is counted apart, in `firstScreen`.
 */
export function firstPaintJs(dist: string): { files: string[]; bytes: number } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .forEach(([key]) => visit(key));
  visit('locales/fr/common.json');
  const list = [...files];
  return { files: list, bytes: list.reduce((sum, file) => sum + gzipSize(join(dist, file)), 0) };
}

export interface FirstScreen {
  /** JS and CSS requested before the first contentful paint. */
  jsBeforePaint: number;
  cssBeforePaint: number;
  /** All JS requested until the first screen is complete and the network is idle. */
  jsScreenComplete: number;
}

/** What a first visit downloads for the first screen, from the page's own resource timings. */
export async function firstScreen(url: string, dist: string, ready: (page: Page) => Promise<void>) {
  const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  const entries = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .map((e) => ({ url: e.name, start: e.startTime, beforePaint: e.startTime < fcp }));
  });
  await browser.close();
  const size = (entry: { url: string }) => gzipSize(join(dist, new URL(entry.url).pathname));
  const js = entries.filter((e) => /\.js$/.test(e.url));
  const css = entries.filter((e) => /\.css$/.test(e.url));
  const sum = (list: typeof entries) => list.reduce((total, e) => total + size(e), 0);
  return {
    jsBeforePaint: sum(js.filter((e) => e.beforePaint)),
    cssBeforePaint: sum(css.filter((e) => e.beforePaint)),
    jsScreenComplete: sum(js),
  } satisfies FirstScreen;
}
