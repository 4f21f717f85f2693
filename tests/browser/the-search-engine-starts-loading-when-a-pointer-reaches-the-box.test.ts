/**
 * Reaching for the search box starts the search: a pointer over the box (before any click or focus) fetches the
 * engine and the vocabulary of the page's language, so they are on their way while the reader types. Before
 * that, the search page has fetched nothing of the search.
 */
import { expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { watchNetwork } from '../tooling/network-quiet.ts';

const browser = useBrowser();

it.each(['zh', 'en'] as const)('loads the %s engine when a pointer enters the box', async (lang) => {
  await withPage(browser(), {}, async (page) => {
    const network = watchNetwork(page);
    await page.goto(new URL(`${lang}/search/`, inject('siteUrl')).href);
    await network.quiet();
    const search = (): string[] => network.requested.map((url) => new URL(url).pathname).filter((p) => p.includes('/pagefind/'));
    expect(search(), 'before the pointer reaches the box').toEqual([]);
    await page.hover('#q');
    await network.quiet();
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('q');
    expect(search()).toEqual(
      expect.arrayContaining([`/pagefind/${lang}/pagefind.js`, `/pagefind/vocabulary-${lang === 'zh' ? 'han' : 'en'}.json`]),
    );
  });
});
