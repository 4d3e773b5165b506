import { describe, expect, inject, it } from 'vitest';
import { firstPaintJs, precacheSize } from '../../scripts/bench/sizes';
import { launchChromium } from './browser';

const baseUrl = inject('baseUrl');
const KB = 1024;

// Budgets of product.md that built files decide alone; timings stay in `npm run bench`.
describe('size budgets of the production build', () => {
  it('the first screen paints with at most 50 KB of JavaScript (gzip)', async () => {
    const needed = firstPaintJs('dist');
    expect(needed.files.some((file) => /common-.*\.js$/.test(file))).toBe(true);
    expect(needed.bytes).toBeGreaterThan(10 * KB);
    expect(needed.bytes).toBeLessThanOrEqual(50 * KB);
    // And it really is enough: with the database chunk held back, the home screen paints.
    const context = await (await launchChromium()).newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.route(/storageBoot-.*\.js$/, () => undefined);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Commencer le parcours court' }).waitFor();
    const requested = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1)),
    );
    expect(
      requested.filter((file) => file.endsWith('.js') && !file.includes('storageBoot')),
    ).toEqual(expect.arrayContaining(needed.files));
    await context.browser()?.close();
  });

  it('everything precached for offline use weighs at most 300 KB (gzip)', () => {
    const size = precacheSize('dist');
    expect(size).toBeGreaterThan(100 * KB);
    expect(size).toBeLessThanOrEqual(300 * KB);
  });
});
