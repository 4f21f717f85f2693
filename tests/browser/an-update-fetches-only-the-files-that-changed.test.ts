/**
 * After one English sentence changes and the site is rebuilt, a reader who
 * saved the document downloads only the files whose content changed (by
 * Workbox's per-file revisions), not the whole document again.
 */
import { expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { offlineRevisions, saveForOffline, waitForNewVersion } from '../support/offline.ts';
import { useDeploy } from '../support/site-after-one-change.ts';

const browser = useBrowser();
/** Saving downloads about 540 files; on a busy two-core machine that can take most of a minute. */
const SAVE_TIMEOUT_MS = 180_000;
const deploy = useDeploy();

it(
  'downloads exactly the changed files of a saved document',
  async () => {
    await withPage(browser(), {}, async (page) => {
      await page.goto(new URL('en/trade-2019/data/', deploy().proxy.url).href);
      await saveForOffline(page);

      const before = offlineRevisions(inject('distDir'));
      const after = offlineRevisions(deploy().changedDir);
      const expected = [...after]
        .filter(([url, revision]) => !before.has(url) || before.get(url) !== revision)
        .map(([url]) => url)
        .sort();

      const mark = deploy().proxy.requests.length;
      deploy().proxy.switchTo(deploy().changed.url);
      await waitForNewVersion(page);
      const fetched = [
        ...new Set(
          deploy()
            .proxy.requests.slice(mark)
            .map((r) => new URL(r.url, deploy().proxy.url).pathname),
        ),
      ]
        // The worker itself and the group manifests are how it learns what changed.
        .filter((path) => path !== '/sw.js' && !path.startsWith('/offline/'))
        .sort();
      console.info(`one changed sentence: the update fetched ${fetched.length} of ${after.size} saved files`);
      expect(fetched).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(after.size / 10);
    });
  },
  SAVE_TIMEOUT_MS,
);
