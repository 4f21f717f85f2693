import { expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();
const desk = { viewport: { width: 1280, height: 800 } };

it('keeps a term’s note open after a click, however long the mouse rests on the term', async () => {
  await withPage(browser(), desk, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/'));
    // 跨境电子商务综合试验区 in sentence 2: an annotated term in the Chinese, over words a hover would look up.
    await page.locator('#s2 .t[data-w] a.a').first().click();
    await page.locator('#gloss-pop:popover-open').waitFor();
    // Well past the hover delay (450 ms), with the mouse still on the term.
    await page.waitForTimeout(1200);
    expect(await page.locator('#gloss-pop:popover-open').count(), 'the note the reader opened').toBe(1);
    expect(await page.locator('.word-pop:popover-open').count(), 'a word popover over it').toBe(0);
  });
});

it('never replaces a word opened by a click with the word under the resting mouse', async () => {
  await withPage(browser(), desk, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/'));
    const words = page.locator('#s3 .t[data-w] a:not(.a)');
    await words.nth(0).click();
    const pop = page.locator('.word-pop:popover-open');
    await pop.waitFor();
    const chosen = await pop.getAttribute('aria-label');
    await words.nth(2).hover();
    await page.waitForTimeout(1000);
    expect(await pop.getAttribute('aria-label')).toBe(chosen);
  });
});

it('turns hover lookup off, and remembers it on the next page', async () => {
  await withPage(browser(), desk, async (page) => {
    await page.goto(urlOf('/zh/trade-2019/measure-14/'));
    const box = page.locator('#hover-lookup');
    expect(await box.isVisible()).toBe(true);
    expect(await box.isChecked(), 'on by default').toBe(true);
    await box.uncheck();
    await page.goto(urlOf('/zh/trade-2019/measure-15/'));
    expect(await page.isChecked('#hover-lookup')).toBe(false);
    await page.locator('#s2 .t[data-w] a:not(.a)').first().hover();
    await page.waitForTimeout(1000);
    expect(await page.locator('.word-pop:popover-open').count()).toBe(0);
    // A click still opens the word.
    await page.locator('#s2 .t[data-w] a:not(.a)').first().click();
    await page.locator('.word-pop:popover-open').waitFor();
  });
});

it('offers no hover switch to a touch screen, which cannot hover', async () => {
  await withPage(browser(), { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true }, async (page) => {
    await page.goto(urlOf('/zh/trade-2019/measure-14/'));
    await page.locator('.aids-toggle').tap();
    expect(await page.locator('#show-pinyin').isVisible()).toBe(true);
    expect(await page.locator('#hover-lookup').isVisible()).toBe(false);
  });
});
