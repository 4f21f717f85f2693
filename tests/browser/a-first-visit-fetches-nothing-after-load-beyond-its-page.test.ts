/**
 * A first visit costs one page: with service workers allowed, opening a
 * measure page fetches the page and what it needs to show, and nothing after
 * it has loaded (no worker, no precache, no search index) while the reader
 * stays on it. Counted by a proxy, which also sees a service worker's requests.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { recordingProxy, type RecordingProxy } from '../tooling/recording-proxy.ts';

const browser = useBrowser();
let proxy: RecordingProxy;
beforeAll(async () => {
  proxy = await recordingProxy(inject('siteUrl'));
});
afterAll(async () => {
  await proxy.close();
});

/** How long the reader stays after load: longer than any idle callback's timeout the site uses. */
const STAY_MS = 8000;

it('fetches nothing after load, and registers no service worker', async () => {
  await withPage(browser(), { serviceWorkers: 'allow' }, async (page) => {
    await page.goto(new URL('en/trade-2019/measure-14/', proxy.url).href, { waitUntil: 'load' });
    const loadedAt = proxy.now();
    const onLoad = proxy.requests.map((r) => new URL(r.url, proxy.url).pathname);
    await page.waitForTimeout(STAY_MS);
    // Chromium asks for the page's icon once it has loaded; that is still the page's own.
    // Read through a locator, which waits for the element, rather than a one-off query of whatever document is there.
    const icon = new URL((await page.locator('link[rel=icon]').getAttribute('href')) ?? '', page.url()).pathname;
    const after = proxy.requests.filter((r) => r.at > loadedAt).map((r) => r.url);
    expect(
      after.filter((url) => url !== icon),
      'requests after load',
    ).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    // What the page itself needed: the page, its scripts and styles, the icon; no search or offline files.
    expect(onLoad.filter((p) => /\/(pagefind|offline)\/|sw\.js$/.test(p))).toEqual([]);
  });
});
