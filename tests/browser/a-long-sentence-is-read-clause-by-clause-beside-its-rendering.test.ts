import { expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';
import { realEdition } from '../support/content.ts';
import { allSentences } from '../../src/lib/records/walk.ts';

const browser = useBrowser();
const sentence = allSentences(realEdition()).find((s) => s.id === 'p1.para1.s1');

// p1.para1.s1 is 337 characters of Chinese and about 1,700 of English: set whole, one after the other, its second
// language started more than a screen below its first on a phone.
it.each([
  ['/en/trade-2019/part-1/', { width: 375, height: 812 }],
  ['/zh/trade-2019/part-1/', { width: 375, height: 812 }],
  ['/en/trade-2019/', { width: 375, height: 812 }],
  ['/zh/trade-2019/', { width: 1280, height: 900 }],
])('%s at %o sets each clause of p1.para1.s1 next to its rendering, and each language stays one text', async (path, viewport) => {
  await withPage(browser(), { viewport }, async (page) => {
    await page.goto(urlOf(path));
    const row = page.locator('[id="p1.para1.s1"], .s:has(> [id="p1.para1.s1"])').first();
    // The page's language comes first in each row; its clause k is followed by, or set beside, the other's.
    const [first = [], second = []] = await row.evaluate((el) =>
      Array.from(el.querySelectorAll('.pair > .t'), (t) =>
        Array.from(t.querySelectorAll('.c'), (c) => {
          const r = c.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        }),
      ),
    );
    expect(first.length).toBeGreaterThan(10);
    expect(second).toHaveLength(first.length);
    for (const [k, a] of first.entries()) {
      const b = second[k] ?? { top: Number.NaN, bottom: Number.NaN };
      if (viewport.width < 600) expect(b.top - a.bottom, `clause ${k + 1} follows its rendering`).toBeLessThan(8);
      else expect(Math.abs(b.top - a.top), `clause ${k + 1} is beside its rendering`).toBeLessThan(12);
      expect(b.top).toBeGreaterThanOrEqual(a.top);
      expect(Math.max(a.bottom, b.bottom), `clause ${k + 1} ends before clause ${k + 2}`).toBeLessThanOrEqual(
        first[k + 1]?.top ?? Infinity,
      );
    }
    // Copied or read aloud, each language is still the whole sentence.
    const texts = await row.evaluate((el) => ['zh', 'en'].map((l) => el.querySelector(`.t[data-l="${l}"]`)?.textContent));
    expect(texts).toEqual([sentence?.text, sentence?.en]);
  });
});

it('sets the sentence whole, as one paragraph per language, when one language is shown', async () => {
  await withPage(browser(), { viewport: { width: 375, height: 812 } }, async (page) => {
    await page.goto(urlOf('/en/trade-2019/part-1/'));
    await page.locator('label:has(#view-en)').click();
    const display = await page
      .locator('[id="p1.para1.s1"] .t[data-l="en"] .c')
      .first()
      .evaluate((c) => getComputedStyle(c).display);
    expect(display).toBe('inline');
  });
});
