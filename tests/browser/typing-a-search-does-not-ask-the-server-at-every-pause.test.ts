/**
 * A deploy under an open tab is noticed by the search index's entry file (see the deploy tests), but a reader
 * typing and pausing must not send a request for it at every pause: only when a search finds nothing, or once a
 * minute.
 */
import { expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';
import { runQuery } from '../tooling/search-drive.ts';

const browser = useBrowser();

it('asks for the index entry only as its engine loads while searches find something, and again when one finds nothing', async () => {
  await withPage(browser(), { serviceWorkers: 'block' }, async (page) => {
    const entries: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('pagefind-entry.json')) entries.push(new URL(request.url()).pathname);
    });
    await page.goto(urlOf('/en/search/'));
    expect((await runQuery(page, 'single window')).length).toBeGreaterThan(0);
    // What loading the English engine asked for (Pagefind's own read, and the copy kept to compare with later).
    const atLoad = entries.length;
    expect(atLoad).toBeGreaterThan(0);
    for (const q of ['cross-border e-commerce', 'services trade', 'green trade']) {
      expect((await runQuery(page, q)).length, q).toBeGreaterThan(0);
    }
    expect(entries, 'nothing more for three pauses that found something').toHaveLength(atLoad);
    expect(await runQuery(page, 'zzyzx')).toEqual([]);
    await expect.poll(() => entries.length, { message: 'one check when a search found nothing' }).toBe(atLoad + 1);
  });
});
