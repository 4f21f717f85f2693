/**
 * When the search engine or its index cannot be fetched, the search page
 * says so instead of staying on "Searching…", and its retry button fetches
 * afresh: once the network is back, the same query finds its results.
 */
import { expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

it.each(['en', 'zh'] as const)('shows a failure with a retry that works once the index loads (%s)', async (lang) => {
  await withPage(browser(), { serviceWorkers: 'block' }, async (page) => {
    let blocked = true;
    await page.route('**/pagefind/**', (route) => (blocked ? route.abort('internetdisconnected') : route.fallback()));
    await page.goto(urlOf(`/${lang}/search/?q=single%20window`));
    const retry = page.locator('#search-note button.search-retry');
    await retry.waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-status').innerText()).toBe(
      lang === 'en' ? 'The search could not load. Check the connection, then try again.' : '检索未能加载。请检查网络连接后重试。',
    );
    expect(await page.locator('#results li').count()).toBe(0);

    blocked = false;
    await retry.click();
    await page.locator('#results a.result-title').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#results a.result-title').first().getAttribute('href')).toContain('/measure-22/');
    expect(await retry.count()).toBe(0);
  });
});
