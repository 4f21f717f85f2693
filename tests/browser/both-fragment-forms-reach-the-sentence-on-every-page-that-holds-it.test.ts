import { describe, expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

/** Each page that holds measure 14's second sentence, with each fragment form it answers to. */
const cases = [
  { url: '/en/trade-2019/measure-14/#s2', row: 's2' },
  { url: '/en/trade-2019/measure-14/#m14.s2', row: 's2' },
  { url: '/zh/trade-2019/measure-14/#m14.s2', row: 's2' },
  { url: '/zh/trade-2019/part-5/#m14.s2', row: 'm14.s2' },
  { url: '/en/trade-2019/#m14.s2', row: 'm14.s2' },
];

describe.each([true, false])('with JavaScript %s', (javaScriptEnabled) => {
  it.each(cases)('$url scrolls to and marks the sentence', async ({ url, row }) => {
    await withPage(browser(), { javaScriptEnabled, viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(urlOf(url));
      const seen = await page.evaluate(() => {
        const target = document.querySelector(':target')?.closest('.s');
        if (!(target instanceof HTMLElement)) return undefined;
        const { top } = target.getBoundingClientRect();
        const style = getComputedStyle(target);
        return { id: target.id, top, marked: style.backgroundColor !== getComputedStyle(document.body).backgroundColor };
      });
      expect(seen?.id).toBe(row);
      expect(seen?.marked).toBe(true);
      expect(seen?.top).toBeGreaterThanOrEqual(0);
      expect(seen?.top).toBeLessThan(400);
    });
  });
});
