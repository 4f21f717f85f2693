/**
 * Offline reading is the reader's choice: after "save for offline reading",
 * with the network switched off, a search and a click on its first result
 * still work, and so does any other page of the document, in both languages;
 * the reader can remove the copy again.
 */
import { expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();
/** Saving downloads about 540 files; on a busy two-core machine that can take most of a minute. */
const SAVE_TIMEOUT_MS = 180_000;

it(
  'saves the document with its stated size, searches and opens the first result with the network off, then removes it',
  async () => {
    await withPage(browser(), {}, async (page, context) => {
      await page.goto(urlOf('/en/trade-2019/'));
      const control = page.locator('main .offline');
      const save = control.locator('.offline-save');
      // The size is stated before anything is downloaded.
      expect(await save.innerText()).toMatch(/^Save for offline reading \(\d+(\.\d)? (MB|KB)\)$/);
      await save.click();
      await expect.poll(() => control.getAttribute('data-state'), { timeout: 150_000 }).toBe('saved');
      expect(await control.locator('.offline-status').innerText()).toContain('Available offline');
      await expect.poll(() => control.locator('.offline-remove').isVisible(), { timeout: 10_000 }).toBe(true);

      await context.setOffline(true);
      await page.goto(urlOf('/en/search/?q=single%20window'));
      await page.waitForSelector('#results a.result-title', { timeout: 15_000 });
      await page.click('#results a.result-title');
      await page.waitForURL(/measure-22\/\?q=/);
      expect(new URL(page.url()).hash).toBe('#s5');
      await expect.poll(() => page.locator('#s5 mark.hit').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await page.locator('h1').first().innerText()).toContain('(22)');

      // Reading other pages offline too, in both languages, and a Chinese search.
      await page.goto(urlOf('/zh/trade-2019/part-3/'));
      expect(await page.locator('h1').first().innerText()).toContain('优化贸易结构');
      await page.goto(urlOf('/zh/search/?q=%E8%B7%A8%E5%A2%83%E7%94%B5%E5%95%86'));
      await page.waitForSelector('#results a.result-title', { timeout: 15_000 });

      // Back online, the reader can remove it again: its caches go.
      await context.setOffline(false);
      await page.goto(urlOf('/en/trade-2019/data/'));
      const onData = page.locator('main .offline');
      await expect.poll(() => onData.getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
      const cached = (): Promise<string[]> => page.evaluate(async () => caches.keys());
      expect(await cached()).toContain('offline-trade-2019');
      await onData.locator('.offline-remove').click();
      await expect.poll(() => onData.getAttribute('data-state'), { timeout: 10_000 }).toBe('unsaved');
      // The worker records the removal, then deletes the caches one by one: a status reply can show "unsaved" a
      // moment before the last of them is gone.
      await expect.poll(cached, { timeout: 10_000 }).not.toContain('offline-trade-2019');
      await expect.poll(cached, { timeout: 10_000 }).not.toContain('offline-shared');
    });
  },
  SAVE_TIMEOUT_MS,
);
