import { describe, expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();
const phone = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

describe.each([
  { path: '/en/trade-2019/', control: 'details.toc-fold > summary' },
  { path: '/zh/trade-2019/part-5/', control: '.cite-block summary' },
  { path: '/en/trade-2019/measure-14/', control: '.cite-block summary' },
  { path: '/en/trade-2019/measure-14/', control: '.cite-block .copy' },
  { path: '/en/trade-2019/measure-8/', control: '.s > .revised' },
  { path: '/en/search/?q=customs', control: '.facet-box > summary' },
])('on a phone, $path', ({ path, control }) => {
  it(`gives ${control} a target at least 24 px high`, async () => {
    await withPage(browser(), phone, async (page) => {
      await page.goto(urlOf(path));
      const target = page.locator(control).first();
      await target.waitFor();
      expect((await target.boundingBox())?.height).toBeGreaterThanOrEqual(24);
    });
  });
});

it('moves “back to top” out of the way while the reader scrolls down, and clears the last line of the page', async () => {
  await withPage(browser(), phone, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/'));
    const button = page.locator('.to-top');
    await page.mouse.wheel(0, 600);
    await page.evaluate(() => scrollBy(0, 600));
    await page.waitForTimeout(400);
    const away = await button.boundingBox();
    expect(away?.y ?? 0, 'below the screen while scrolling down').toBeGreaterThanOrEqual(812);
    // At the end of the page, scrolled back up a little: the button is there, and the footer's last line is not under it.
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(100);
    await page.evaluate(() => scrollBy(0, -40));
    await page.waitForTimeout(400);
    const shown = await button.boundingBox();
    const last = await page.locator('footer.site > p').last().boundingBox();
    expect(shown && shown.y < 812, 'shown on the way up').toBe(true);
    expect((last?.y ?? 0) + (last?.height ?? 0), 'the last line ends above the button').toBeLessThanOrEqual(shown?.y ?? 0);
  });
});

it('gives a sentence page the sentences before and after it, two crumbs on a phone and no second cite control', async () => {
  await withPage(browser(), phone, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/s2/'));
    expect(await page.locator('.pager a[rel="prev"]').getAttribute('href')).toBe('/en/trade-2019/measure-14/s1/');
    expect(await page.locator('.pager a[rel="next"]').getAttribute('href')).toBe('/en/trade-2019/measure-14/s3/');
    expect(await page.locator('.s > .cite > summary').isVisible()).toBe(false);
    const crumbs = await page
      .locator('.crumbs li')
      .evaluateAll((lis) => lis.filter((li) => li.getClientRects().length > 0).map((li) => li.textContent?.trim()));
    expect(crumbs).toHaveLength(2);
    expect(crumbs[1]).toContain('14');
  });
});

it('without JavaScript, leads from a term’s note back to the sentence that marks it', async () => {
  await withPage(browser(), { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } }, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/'));
    const mark = page.locator('#s2 .t a.a').first();
    const note = decodeURIComponent((await mark.getAttribute('href')) ?? '');
    await mark.click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(note);
    await page.locator(`[id="${note.slice(1)}"] .note-back`).click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#m14.s2');
    const top = await page.locator('#s2').evaluate((row) => row.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(400);
  });
});
