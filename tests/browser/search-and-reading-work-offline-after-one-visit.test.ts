/**
 * After one visit the service worker has cached the edition: with the
 * network switched off, a search and a click on its first result still work.
 */
import { expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const browser = useBrowser();


it('searches and opens the first result with the network off', async () => {
  const context = await browser().newContext();
  try {
    const page = await context.newPage();
    const site = inject('siteUrl');
    await page.goto(new URL('en/trade-2019/measure-1/', site).href);
    // Wait until the worker controls the page and has finished precaching the whole edition.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
      return registration.active?.state;
    });
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.startsWith('edition-')) ?? '');
      return (await cache.keys()).length;
    });
    expect(cached).toBeGreaterThan(400);

    await context.setOffline(true);
    await page.goto(new URL('en/search/?q=single%20window', site).href);
    await page.waitForSelector('#results a.result-title', { timeout: 15_000 });
    await page.click('#results a.result-title');
    await page.waitForURL(/measure-22\/\?q=/);
    expect(new URL(page.url()).hash).toBe('#s5');
    await expect.poll(() => page.locator('#s5 mark.hit').count()).toBeGreaterThan(0);
    expect(await page.locator('h1').first().innerText()).toContain('(22)');

    // Reading other pages offline too, in both languages.
    await page.goto(new URL('zh/trade-2019/part-3/', site).href);
    expect(await page.locator('h1').first().innerText()).toContain('优化贸易结构');
  } finally {
    await context.close();
  }
});
