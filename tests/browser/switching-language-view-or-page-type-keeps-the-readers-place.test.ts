import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

/** Scroll as a reader does, until the row holding this ID is the first one under the header. */
async function scrollToRow(page: Page, id: string): Promise<void> {
  await page.evaluate((unit) => {
    const row = document.getElementById(unit)?.closest('.s');
    if (!row) throw new Error(`no row ${unit}`);
    // On a wide screen the header and view control stay on top of the text; on a phone they scroll away.
    const stuck = Array.from(document.querySelectorAll('header.bar, main > .view'), (el) => el.getBoundingClientRect().height);
    const cover = innerWidth > 640 ? stuck.reduce((a, b) => a + b, 0) : 0;
    scrollTo(0, row.getBoundingClientRect().top + scrollY - cover + 4);
  }, id);
  // The reader's first scroll brings the code that follows them (on-use.ts); by the time a reader reaches for a
  // control it has arrived. Then let the page see the scroll (it remembers the row at the top on the next frame).
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Where the row holding this ID is now, relative to the viewport. */
const rowTop = (page: Page, id: string): Promise<number> =>
  page.evaluate((unit) => document.getElementById(unit)?.closest('.s')?.getBoundingClientRect().top ?? Number.NaN, id);

/** The row the page marks as its target, if any. */
const targetRow = (page: Page): Promise<string | undefined> => page.evaluate(() => document.querySelector(':target')?.closest('.s')?.id);

async function follow(page: Page, selector: string): Promise<URL> {
  const before = page.url();
  // A reader reaches the header by scrolling up a little, which keeps their place on screen.
  await Promise.all([page.waitForURL((url) => url.href !== before), page.locator(selector).first().dispatchEvent('click')]);
  await page.waitForLoadState('load');
  return new URL(page.url());
}

describe.each([
  {
    name: 'the full document, English to Chinese',
    from: '/en/trade-2019/',
    id: 'm14.s3',
    to: '/zh/trade-2019/',
    viewport: { width: 1280, height: 900 },
  },
  {
    name: 'the full document on a phone, Chinese to English',
    from: '/zh/trade-2019/',
    id: 'm22.s2',
    to: '/en/trade-2019/',
    viewport: { width: 375, height: 812 },
  },
  {
    name: 'a measure page on a phone',
    from: '/zh/trade-2019/measure-14/',
    id: 's4',
    to: '/en/trade-2019/measure-14/',
    viewport: { width: 375, height: 812 },
  },
])('switching language on $name', ({ from, id, to, viewport }) => {
  it(`lands at the sentence that was at the top (${id})`, async () => {
    await withPage(browser(), { viewport }, async (page) => {
      await page.goto(urlOf(from));
      await scrollToRow(page, id);
      const url = await follow(page, 'a.lang-switch');
      // The place is kept, but no sentence is marked as a permalink's target: the reader only scrolled to it.
      expect([url.pathname, decodeURIComponent(url.hash)]).toEqual([to, '']);
      expect(await targetRow(page)).toBeUndefined();
      const top = await rowTop(page, id);
      // Within a pixel: layout rounds to device pixels.
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(top).toBeLessThan(viewport.height / 2);
    });
  });
});

it('keeps the sentence at the top in place when the view changes to one language', async () => {
  await withPage(browser(), { viewport: { width: 1280, height: 900 } }, async (page) => {
    await page.goto(urlOf('/en/trade-2019/'));
    await scrollToRow(page, 'm14.s3');
    const before = await rowTop(page, 'm14.s3');
    // As a tap on the control does (a driver's click would first scroll the sticky control "into view").
    await page.locator('#view-en').dispatchEvent('click');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(Math.abs((await rowTop(page, 'm14.s3')) - before)).toBeLessThan(4);
  });
});

it('takes the chosen sentence of a measure to its place in the full text', async () => {
  await withPage(browser(), { viewport: { width: 1280, height: 900 } }, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/#s3'));
    const url = await follow(page, 'a[data-keep-place="m14"]');
    expect([url.pathname, decodeURIComponent(url.hash)]).toEqual(['/en/trade-2019/', '#m14.s3']);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('m14.s3');
  });
});

it('takes the sentence at the top of the full text to its measure page', async () => {
  await withPage(browser(), { viewport: { width: 1280, height: 900 } }, async (page) => {
    await page.goto(urlOf('/zh/trade-2019/'));
    await scrollToRow(page, 'm14.s4');
    const url = await follow(page, 'a[data-keep-place="m14"]');
    expect([url.pathname, decodeURIComponent(url.hash)]).toEqual(['/zh/trade-2019/measure-14/', '']);
    expect(await targetRow(page)).toBeUndefined();
    const top = await rowTop(page, 's4');
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(450);
  });
});

it('on a phone, takes the sentence being read, not the one whose last line peeks out above it', async () => {
  await withPage(browser(), { viewport: { width: 375, height: 812 } }, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/'));
    // The reader scrolls up a little to bring back the header: sentence 5 then starts 30 px below it, and all
    // that shows of sentence 4 between them is the end of its last line.
    const frames = (): Promise<unknown> =>
      page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const at = await page.evaluate(() => {
      const row = document.getElementById('s5');
      const header = document.querySelector('header.bar');
      if (!row || !header) throw new Error('no row s5 or no header');
      return row.getBoundingClientRect().top + scrollY - 30 - header.getBoundingClientRect().height;
    });
    await page.evaluate((y) => scrollTo(0, y + 300), at);
    await page.waitForLoadState('networkidle');
    await frames();
    await page.evaluate((y) => scrollTo(0, y), at);
    await frames();
    expect(await page.locator('header.bar').evaluate((h) => h.getBoundingClientRect().bottom), 'the header is back').toBeGreaterThan(20);
    const url = await follow(page, 'a.lang-switch');
    expect(url.pathname).toBe('/zh/trade-2019/measure-14/');
    expect(await targetRow(page)).toBeUndefined();
    const [s4, s5] = [await rowTop(page, 's4'), await rowTop(page, 's5')];
    expect(s5, 'sentence 5 is on screen').toBeGreaterThanOrEqual(0);
    expect(s5).toBeLessThan(406);
    expect(s4, 'sentence 4 is above the screen').toBeLessThan(0);
  });
});

it('carries the query and filters of a search to the other language', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/en/search/?q=single+window&part=5'));
    const url = await follow(page, 'a.lang-switch');
    expect([url.pathname, url.searchParams.get('q'), url.searchParams.get('part')]).toEqual(['/zh/search/', 'single window', '5']);
  });
});
