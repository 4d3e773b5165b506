import { describe, expect, inject, it } from 'vitest';
import { axeViolations, phoneContext, useChromium } from './browser';
import { prepareScreens, scrollsSideways, show, smallTargets } from './screens';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('every screen, every width, light and dark, text at 200 %', () => {
  it('has no axe-core violation, no sideways scrolling and touch targets of 44×44 px', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    const screens = await prepareScreens(page, baseUrl);
    const problems: string[] = [];
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const theme of ['light', 'dark'] as const) {
        for (const textSize of ['100%', '200%']) {
          for (const [name, hash] of Object.entries(screens)) {
            await show(page, baseUrl, hash);
            await page.evaluate(
              ([t, size]) => {
                document.documentElement.dataset.theme = t;
                document.documentElement.style.fontSize = size;
              },
              [theme, textSize] as const,
            );
            const where = `${name} at ${width}px, ${theme}, text ${textSize}`;
            for (const v of await axeViolations(page)) problems.push(`${where}: ${v}`);
            if (await scrollsSideways(page)) problems.push(`${where}: scrolls sideways`);
            if (textSize === '100%') {
              for (const small of await smallTargets(page)) problems.push(`${where}: ${small}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
});
