import { expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();
const PHONE = { width: 375, height: 812 };

it.each(['/zh/trade-2019/measure-14/', '/en/trade-2019/measure-14/', '/en/trade-2019/measure-22/'])(
  'on a 375 × 812 screen %s starts its heading and first sentence at y ≤ 406',
  async (path) => {
    await withPage(browser(), { viewport: PHONE, isMobile: true, hasTouch: true }, async (page) => {
      await page.goto(urlOf(path));
      const tops = await page.evaluate(() =>
        ['s1', 's2'].map((id) => document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN),
      );
      for (const top of tops) expect(top).toBeLessThanOrEqual(PHONE.height / 2);
    });
  },
);
