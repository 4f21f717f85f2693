import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

/** Pages in Chromium's PDF of the page: its page objects (`/Type /Page`, not `/Pages`). */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe.each([
  { path: '/en/trade-2019/measure-14/', most: 2 },
  { path: '/zh/trade-2019/measure-22/', most: 2 },
  { path: '/en/trade-2019/', most: 25 },
])('printing $path', ({ path, most }) => {
  // Laying out the whole document for print takes a while on a busy machine.
  it(`takes at most ${most} A4 pages`, { timeout: 180_000 }, async () => {
    await withPage(browser(), {}, async (page) => {
      await page.goto(urlOf(path));
      const pages = await printedPages(page);
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(most);
    });
  });
});

it('prints a measure’s text, its citation and its URL, and no controls', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/'));
    await page.emulateMedia({ media: 'print' });
    const shown = async (selector: string): Promise<boolean> => page.locator(selector).first().isVisible();
    expect(await shown('#s2 .t[lang="en"]')).toBe(true);
    expect(await shown('.cite-block [data-citation]')).toBe(true);
    expect(await page.locator('.print-url').textContent()).toContain('/en/trade-2019/measure-14/');
    for (const control of ['header.bar', '.view', '#s2 > .cite', '.pager']) expect(await shown(control), control).toBe(false);
  });
});

it('prints only the language the reader chose to show', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/'));
    await page.locator('label:has(#view-zh)').click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#s2 .t[data-l="zh"]').isVisible()).toBe(true);
    expect(await page.locator('#s2 .t[data-l="en"]').isVisible()).toBe(false);
  });
});
