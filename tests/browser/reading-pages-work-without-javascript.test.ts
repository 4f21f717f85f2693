import { expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();
const noScript = { javaScriptEnabled: false };

it('shows every sentence in both languages', async () => {
  await withPage(browser(), noScript, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/'));
    const rows = page.locator('.text .s');
    expect(await rows.count()).toBeGreaterThan(1);
    for (const row of await rows.all()) {
      expect(await row.locator('[data-l="zh"]').isVisible()).toBe(true);
      expect(await row.locator('[data-l="en"]').isVisible()).toBe(true);
    }
  });
});

it('hides a language with the view control, by CSS alone', async () => {
  await withPage(browser(), noScript, async (page) => {
    await page.goto(urlOf('/zh/trade-2019/part-5/'));
    await page.check('#view-en');
    expect(await page.locator('[data-l="zh"]:visible').count()).toBe(0);
    expect(await page.locator('[data-l="en"]:visible').count()).toBeGreaterThan(0);
  });
});

it('opens a citation and shows its text, with no copy button to depend on', async () => {
  await withPage(browser(), noScript, async (page) => {
    await page.goto(urlOf('/zh/trade-2019/measure-14/'));
    const citation = page.locator('#s2 [data-citation]');
    expect(await citation.isVisible()).toBe(false);
    await page.click('#s2 summary');
    expect(await citation.isVisible()).toBe(true);
    expect(await citation.textContent()).toContain('/zh/trade-2019/measure-14/#s2');
    expect(await page.locator('button.copy').count()).toBe(0);
  });
});

it('follows permalinks, the language switch and the pager', async () => {
  await withPage(browser(), noScript, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/'));
    await page.click('#s3 > a.n');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('s3');
    await Promise.all([page.waitForURL(/\/zh\/trade-2019\/measure-14\/$/), page.click('a.lang-switch')]);
    await Promise.all([page.waitForURL(/\/zh\/trade-2019\/measure-15\/$/), page.click('a[rel="next"]')]);
    expect(await page.locator('h1').textContent()).toContain('十五');
  });
});
