import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

const visible = (page: Page, lang: 'zh' | 'en'): Promise<boolean> => page.locator(`#s2 [data-l="${lang}"]`).isVisible();

describe.each([
  ['中文 only', 'zh', 'en'],
  ['English only', 'en', 'zh'],
] as const)('choosing %s', (_label, keep, hide) => {
  it(`hides the ${hide} text and keeps the ${keep}`, async () => {
    await withPage(browser(), {}, async (page) => {
      await page.goto(urlOf('/zh/trade-2019/measure-14/'));
      expect([await visible(page, 'zh'), await visible(page, 'en')]).toEqual([true, true]);
      await page.check(`#view-${keep}`);
      expect(await visible(page, keep)).toBe(true);
      expect(await visible(page, hide)).toBe(false);
    });
  });

  it('is remembered on the next page, in the other language and after a reload', async () => {
    await withPage(browser(), {}, async (page) => {
      await page.goto(urlOf('/zh/trade-2019/measure-14/'));
      await page.check(`#view-${keep}`);
      await Promise.all([page.waitForURL(/measure-15\/$/), page.click('a[rel="next"]')]);
      expect(await page.isChecked(`#view-${keep}`)).toBe(true);
      expect(await visible(page, hide)).toBe(false);
      await Promise.all([page.waitForURL(/\/en\/trade-2019\/measure-15\/$/), page.click('a.lang-switch')]);
      expect(await page.isChecked(`#view-${keep}`)).toBe(true);
      expect(await visible(page, hide)).toBe(false);
      await page.reload();
      expect(await visible(page, hide)).toBe(false);
    });
  });
});

it('shows both languages again once "both" is chosen', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/en/trade-2019/part-5/'));
    await page.check('#view-en');
    await page.check('#view-both');
    await page.goto(urlOf('/en/trade-2019/measure-14/'));
    expect([await visible(page, 'zh'), await visible(page, 'en')]).toEqual([true, true]);
  });
});
