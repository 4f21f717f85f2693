/**
 * Search facets: their state is in the URL (a reload or a shared link keeps
 * it), ticking a part keeps the other parts that have results listed with
 * their counts (no list of parts with 0), and on a phone the facets are
 * folded below the first results.
 */
import { expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

const shown = (page: import('playwright-core').Page, q: string) =>
  page.waitForFunction((query) => document.getElementById('results')?.dataset.query === query, q, { timeout: 15_000 });

it('keeps ticked facets in the URL and lists only parts that have results', async () => {
  await withPage(browser(), { viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' }, async (page) => {
    await page.goto(urlOf('/en/search/?q=trade%20cooperation'));
    await shown(page, 'trade cooperation');
    const partBoxes = page.locator('#facets input[id^="f-part-"]');
    await partBoxes.first().waitFor({ timeout: 15_000 });
    const before = await page.locator('#facets label:has(input[id^="f-part-"]) .count').allInnerTexts();
    expect(before.length).toBeGreaterThan(1);
    expect(before).not.toContain('0');

    const id = (await partBoxes.nth(1).getAttribute('id')) ?? '';
    const part = id.slice('f-part-'.length);
    await page.check(`#${id}`);
    await page.waitForURL((url) => url.searchParams.get('part') === part);
    await page.locator(`#${id}:checked`).waitFor();
    // The other parts stay listed with their own counts, none of them 0.
    await expect.poll(() => page.locator('#facets label:has(input[id^="f-part-"]) .count').allInnerTexts()).toEqual(before);
    const results = await page.locator('#results li').count();

    await page.reload();
    await shown(page, 'trade cooperation');
    expect(new URL(page.url()).searchParams.get('part')).toBe(part);
    await page.locator(`#${id}:checked`).waitFor({ timeout: 15_000 });
    expect(await page.locator('#results li').count()).toBe(results);
  });
});

it('folds the facets below the first results on a phone', async () => {
  await withPage(browser(), { viewport: { width: 375, height: 812 }, serviceWorkers: 'block' }, async (page) => {
    await page.goto(urlOf('/zh/search/?q=贸易'));
    await shown(page, '贸易');
    expect(await page.locator('#facet-box').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const firstResult = await page.locator('#results li').first().boundingBox();
    const facets = await page.locator('#facet-box').boundingBox();
    expect(firstResult && facets && facets.y > firstResult.y).toBe(true);
    expect(firstResult && firstResult.y < 812).toBe(true);
    // The filter index is fetched only once the reader opens the facets.
    const filterRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/filter/')) filterRequests.push(r.url());
    });
    await page.click('#facet-box > summary');
    await page.locator('#facets input[id^="f-part-"]').first().waitFor({ timeout: 15_000 });
    expect(filterRequests.length).toBeGreaterThan(0);
  });
});
