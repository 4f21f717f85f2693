import { describe, expect, it } from 'vitest';
import { isBuilt } from '../support/page-types.ts';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

describe.each(['/en/trade-2019/no-such-page/', '/zh/trade-2019/measure-99/', '/nothing-here'])('an address with no page, %s', (path) => {
  it('answers 404 with search in both languages and the contents, whose links work', async () => {
    await withPage(browser(), {}, async (page) => {
      const response = await page.goto(urlOf(path));
      expect(response?.status()).toBe(404);
      const forms = await page
        .locator('form[role="search"]')
        .evaluateAll((els) => els.map((f) => new URL((f as HTMLFormElement).action).pathname));
      expect(forms).toEqual(['/zh/search/', '/en/search/']);
      expect(await page.locator('main a[href$="/measure-14/"]').count()).toBe(2);
      await Promise.all([
        page.waitForURL(/\/en\/trade-2019\/measure-14\/$/),
        page.locator('main a[href="/en/trade-2019/measure-14/"]').click(),
      ]);
      expect(await page.locator('h1').first().textContent()).toContain('(14)');
    });
  });
});

it('finds from the not-found page what the reader typed', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-99/'));
    await page.fill('#nf-q-en', 'single window');
    await Promise.all([page.waitForURL(/\/en\/search\/\?q=single\+window/), page.press('#nf-q-en', 'Enter')]);
  });
});

/** Every prefix of some deep URLs, down to the root: each must be a page. */
const deep = [
  '/en/trade-2019/measure-14/s2/cite.bib',
  '/zh/trade-2019/terms/single-window/',
  '/en/trade-2019/themes/digital-trade-and-e-commerce/',
];
const prefixes = [
  ...new Set(
    deep.flatMap((url) =>
      url
        .split('/')
        .slice(0, -1)
        .map((_, i, all) => `${all.slice(0, i + 1).join('/')}/`),
    ),
  ),
];

describe.each(prefixes)('the URL prefix %s', (prefix) => {
  // The sentence pages (…/measure-14/s2/) are built separately; until they are, say so rather than pass.
  it.skipIf(!isBuilt(prefix) && /\/s\d+\/$/.test(prefix))('is a page of its own, not the not-found page', async () => {
    await withPage(browser(), { javaScriptEnabled: false }, async (page) => {
      const response = await page.goto(urlOf(prefix));
      expect(response?.status(), prefix).toBe(200);
      expect(await page.locator('main h1, main .doc-title').count(), prefix).toBeGreaterThan(0);
      expect(await page.locator('main.not-found').count(), prefix).toBe(0);
    });
  });
});
