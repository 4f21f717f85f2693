/**
 * A saved document leaves the pages of single words (and its citation files) online. Offline, such a page
 * and an address with no page get the saved "not saved" page, with the contents and search, instead of the
 * browser's error; the word popover says so at its link to the word's page.
 */
import { expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { saveForOffline } from '../support/offline.ts';
import { recordingProxy } from '../tooling/recording-proxy.ts';

const browser = useBrowser();
const SAVE_TIMEOUT_MS = 180_000;

it(
  'answers a word page and an unknown address offline with the not-saved page, and marks the popover’s link',
  async () => {
    // The site on an origin of its own, which the test can cut off as a lost network does.
    const origin = await recordingProxy(inject('siteUrl'));
    const at = (path: string): string => new URL(path.replace(/^\//, ''), origin.url).href;
    try {
      await withPage(browser(), { viewport: { width: 375, height: 812 } }, async (page) => {
        await page.goto(at('/en/trade-2019/'));
        await saveForOffline(page);
        origin.cut();

        await page.goto(at('/en/trade-2019/measure-14/'));
        await page.locator('#s2 .t[data-w] a:not(.a)').first().click();
        const pop = page.locator('.word-pop:popover-open');
        await pop.waitFor();
        await expect.poll(() => pop.locator('.gloss-foot').innerText()).toContain('(not saved for offline reading)');
        const wordPage = new URL((await pop.locator('.gloss-foot a').first().getAttribute('href')) ?? '', origin.url).pathname;

        for (const path of [wordPage, '/en/trade-2019/measure-99/']) {
          await page.goto(at(path));
          const h1 = await page.locator('h1').innerText();
          expect(h1, path).toContain('Not saved for offline reading');
          expect(h1, path).toContain('此页未保存');
          // The way on: the contents, which are saved.
          await Promise.all([
            page.waitForURL(/\/en\/trade-2019\/measure-14\/$/),
            page.locator('main a[href$="/en/trade-2019/measure-14/"]').first().click(),
          ]);
          expect(await page.locator('h1').first().innerText()).toContain('(14)');
        }
      });
    } finally {
      await origin.close();
    }
  },
  SAVE_TIMEOUT_MS,
);
