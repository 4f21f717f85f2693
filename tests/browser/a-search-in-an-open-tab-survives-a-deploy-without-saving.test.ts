/**
 * Most readers never save the document, so no service worker keeps their version: a deploy renames the index
 * files under an open search tab, and the engine it loaded asks for fragments that are gone. The tab must load the
 * new build's index and find the result, not report a connection failure whose retry asks for the same files.
 */
import { expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { AFTER, useDeploy } from '../support/site-after-one-change.ts';
import { runQuery } from '../tooling/search-drive.ts';

const browser = useBrowser();
const deploy = useDeploy();

it('a tab that searched before a deploy finds the changed sentence after it, with no failure', async () => {
  deploy().proxy.switchTo(inject('siteUrl'));
  await withPage(browser(), { serviceWorkers: 'block' }, async (page) => {
    await page.goto(new URL('en/search/', deploy().proxy.url).href);
    // The engine and its index are loaded under the first build.
    expect((await runQuery(page, 'single window'))[0]).toContain('measure-22');

    deploy().proxy.switchTo(deploy().changed.url);
    const since = deploy().proxy.requests.length;
    // The changed sentence's fragment has a new name in the new build: the old one is gone.
    const links = await runQuery(page, 'comprehensive pilot zones');
    expect(await page.locator('#search-note button.search-retry').count()).toBe(0);
    expect(links[0]).toContain('measure-14');
    // The deploy did pull the old files from under the tab (a 404 in the index), and the new entry was read.
    const after = deploy().proxy.requests.slice(since);
    expect(after.filter((r) => r.status === 404 && r.url.includes('/pagefind/')).length).toBeGreaterThan(0);
    expect(after.some((r) => r.url.includes('pagefind-entry.json'))).toBe(true);
    expect(await page.locator('#results').innerText()).toContain(AFTER.split(' ').slice(0, 3).join(' '));
    expect(await page.inputValue('#q')).toBe('comprehensive pilot zones');
  });
});

it('a word only the new build has is found, though the old index would answer "no results" without an error', async () => {
  deploy().proxy.switchTo(inject('siteUrl'));
  await withPage(browser(), { serviceWorkers: 'block' }, async (page) => {
    await page.goto(new URL('en/search/', deploy().proxy.url).href);
    expect((await runQuery(page, 'single window'))[0]).toContain('measure-22');
    expect(await runQuery(page, 'construction')).toEqual([]);

    deploy().proxy.switchTo(deploy().changed.url);
    // Pagefind drops an index chunk it cannot fetch without a word: only a fresh entry shows the new build, and the
    // list it showed from the old index is replaced.
    await page.fill('#q', 'construction');
    await page.press('#q', 'Enter');
    await page.locator('#results a.result-title[href*="/measure-14/"]').first().waitFor({ timeout: 30_000 });
  });
});
