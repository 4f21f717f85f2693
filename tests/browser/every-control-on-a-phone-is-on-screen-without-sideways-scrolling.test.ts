import { describe, expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();
const phone = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

describe.each(['en', 'zh'])('the %s measure page on a phone', (lang) => {
  it('shows every switch of the view control inside the screen, with none scrolled out of sight', async () => {
    await withPage(browser(), phone, async (page) => {
      await page.goto(urlOf(`/${lang}/trade-2019/measure-14/`));
      // The reading aids fold behind one switch (so the text starts on the first half-screen); it opens them in place.
      expect(await page.locator('#show-pinyin').isVisible()).toBe(false);
      await page.locator('.aids-toggle').tap();
      const { labels, scrolls } = await page.evaluate(() => {
        const view = document.querySelector<HTMLElement>('main > .view');
        const shown = Array.from(document.querySelectorAll<HTMLElement>('main > .view label')).filter((l) => l.getClientRects().length > 0);
        return {
          labels: shown.map((l) => {
            const r = l.getBoundingClientRect();
            return {
              id: l.querySelector('input')?.id ?? l.getAttribute('for'),
              left: Math.round(r.left),
              right: Math.round(r.right),
              height: r.height,
            };
          }),
          scrolls: view ? view.scrollWidth > view.clientWidth : true,
        };
      });
      expect(labels.map((l) => l.id)).toEqual(
        expect.arrayContaining(['view-both', 'view-zh', 'view-en', 'aids-open', 'show-words', 'hide-notes', 'show-pinyin', 'show-trad']),
      );
      for (const l of labels) {
        expect(l.left, `${l.id} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(l.right, `${l.id} ends on screen`).toBeLessThanOrEqual(375);
        expect(l.height, `${l.id} is a 24 px target`).toBeGreaterThanOrEqual(24);
      }
      expect(scrolls, 'the control scrolls sideways').toBe(false);
    });
  });
});

it('puts both ways in, Chinese and English, on the landing page’s first screen', async () => {
  await withPage(browser(), phone, async (page) => {
    await page.goto(urlOf('/'));
    const bottom = await page.locator('a.card[lang="en"]').evaluate((a) => a.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(812);
  });
});
