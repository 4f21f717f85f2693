/**
 * After one English sentence changes and the site is rebuilt, a reader who
 * saved the document downloads only the files whose content changed (by
 * Workbox's per-file revisions), not the whole document again.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { offlineRevisions, saveForOffline, waitForNewVersion } from '../support/offline.ts';
import { siteAfterOneChange } from '../support/site-after-one-change.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { recordingProxy, type RecordingProxy } from '../tooling/recording-proxy.ts';

const browser = useBrowser();
/** Saving downloads about 540 files; on a busy two-core machine that can take most of a minute. */
const SAVE_TIMEOUT_MS = 180_000;
let changedDir: string;
let changed: StaticServer;
let proxy: RecordingProxy;
beforeAll(async () => {
  changedDir = siteAfterOneChange(inject('distDir'));
  changed = await serveStatic(changedDir);
  proxy = await recordingProxy(inject('siteUrl'));
}, 600_000);
afterAll(async () => {
  await proxy?.close();
  await changed?.close();
});

it(
  'downloads exactly the changed files of a saved document',
  async () => {
    await withPage(browser(), {}, async (page) => {
      await page.goto(new URL('en/trade-2019/data/', proxy.url).href);
      await saveForOffline(page);

      const before = offlineRevisions(inject('distDir'));
      const after = offlineRevisions(changedDir);
      const expected = [...after]
        .filter(([url, revision]) => !before.has(url) || before.get(url) !== revision)
        .map(([url]) => url)
        .sort();

      const mark = proxy.requests.length;
      proxy.switchTo(changed.url);
      await waitForNewVersion(page);
      const fetched = [...new Set(proxy.requests.slice(mark).map((r) => new URL(r.url, proxy.url).pathname))]
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
