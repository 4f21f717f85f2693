/**
 * A deploy never breaks an open tab: the new version installs beside the old
 * one and waits. The tab keeps its own files (a search and its first result
 * still work, the old text still shows), is offered "a new version is
 * available, reload", and gets the new text once the reader reloads.
 */
import { expect, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { saveForOffline, waitForNewVersion } from '../support/offline.ts';
import { AFTER, BEFORE, useDeploy } from '../support/site-after-one-change.ts';
import { runQuery } from '../tooling/search-drive.ts';

const browser = useBrowser();
/** Saving downloads about 540 files; on a busy two-core machine that can take most of a minute. */
const SAVE_TIMEOUT_MS = 180_000;
const deploy = useDeploy();

it(
  'keeps searching and reading the version it opened, then offers the new one',
  async () => {
    await withPage(browser(), {}, async (page) => {
      const at = (path: string): string => new URL(path, deploy().proxy.url).href;
      await page.goto(at('en/trade-2019/data/'));
      await saveForOffline(page);
      await page.goto(at('en/search/'));

      deploy().proxy.switchTo(deploy().changed.url);
      await waitForNewVersion(page);

      // The open tab still searches with the index it started with, and opens the result.
      const links = await runQuery(page, 'single window');
      expect(links[0]).toContain('measure-22');
      await page.click('#results a.result-title');
      await page.waitForURL(/measure-22\//);
      expect(await page.locator('h1').first().innerText()).toContain('(22)');

      // Until the reader reloads, pages are the version the tab opened.
      await page.goto(at('en/trade-2019/measure-14/'));
      expect(await page.locator('#s2').innerText()).toContain(BEFORE);
      const reload = page.locator('.offline-update button').first();
      await reload.waitFor({ state: 'visible', timeout: 15_000 });
      await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), reload.click()]);
      await expect.poll(() => page.locator('#s2').innerText(), { timeout: 15_000 }).toContain(AFTER);
    });
  },
  SAVE_TIMEOUT_MS,
);
