import type { Page } from 'playwright-core';

/**
 * Type a query into the search page (`/{lang}/search/`) as a reader does and
 * wait until the results for it are shown. Returns the result links in order.
 * Shared by the query-suite test and the benchmark.
 */
export async function runQuery(page: Page, query: string, limit = 3): Promise<string[]> {
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  await page.waitForFunction((q) => document.getElementById('results')?.dataset.query === q, query, { timeout: 30_000 });
  return page.$$eval('#results a.result-title', (links, n) => links.slice(0, n).map((a) => a.getAttribute('href') ?? ''), limit);
}

/** How long the last search took, from submit to rendered results, as the page measured it. */
export function lastSearchMs(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('search').at(-1)?.duration ?? Number.NaN);
}
