import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

/** Where focus is: its index among the words of sentence 2's Chinese, or -1 outside them. */
const focusedWord = (page: Page): Promise<number> =>
  page.evaluate(() => Array.from(document.querySelectorAll('#s2 .t[data-w] a[href]')).indexOf(document.activeElement as Element));

/** Wait until the keyboard code has made the words beyond each sentence's first leave the Tab order. */
const keysReady = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => document.querySelector('.t[data-w] a[href][tabindex="-1"]') !== null);

it('reaches a sentence’s Chinese words with one Tab and moves between them with the arrow keys', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/zh/trade-2019/measure-14/'));
    const count = await page.locator('#s2 .t[data-w] a[href]').count();
    expect(count).toBeGreaterThan(5);
    await page.focus('#s2 > a.n');
    await page.keyboard.press('Tab');
    expect(await focusedWord(page)).toBe(0);
    // The keyboard code loads with the first key pressed.
    await keysReady(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedWord(page)).toBe(2);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedWord(page)).toBe(1);
    await page.keyboard.press('End');
    expect(await focusedWord(page)).toBe(count - 1);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    // One more Tab leaves the words; coming back lands on the word the reader left.
    await page.keyboard.press('Tab');
    expect(await focusedWord(page)).toBe(-1);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedWord(page)).toBe(1);
    // Enter opens the word (or the term's note), as a click does, on this page.
    await page.keyboard.press('Enter');
    await page.locator('.word-pop:popover-open, #gloss-pop:popover-open').waitFor();
    expect(page.url()).toBe(urlOf('/zh/trade-2019/measure-14/'));
  });
});

it('gives the full text one Tab stop per sentence’s Chinese, not one per word', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/en/trade-2019/'));
    await page.keyboard.press('Shift');
    await keysReady(page);
    const { stops, texts, words } = await page.evaluate(() => {
      const all = Array.from(document.querySelectorAll<HTMLElement>('.t[data-w]')).filter((t) => t.querySelector('a[href]'));
      const links = all.flatMap((t) => Array.from(t.querySelectorAll<HTMLElement>('a[href]')));
      return { stops: links.filter((a) => a.tabIndex >= 0).length, texts: all.length, words: links.length };
    });
    expect(words).toBeGreaterThan(1000);
    expect(stops).toBe(texts);
  });
});
