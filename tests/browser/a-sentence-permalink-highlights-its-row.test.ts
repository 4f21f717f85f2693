import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

/** The ids of the sentence rows that have a background (the highlight). */
const highlighted = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.s')]
      .filter((row) => getComputedStyle(row).backgroundColor !== 'rgba(0, 0, 0, 0)')
      .map((row) => row.id),
  );

it.each(['light', 'dark'] as const)('highlights only the linked row when the page opens at it (%s scheme)', async (colorScheme) => {
  await withPage(browser(), { colorScheme }, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/#s2'));
    expect(await highlighted(page)).toEqual(['s2']);
  });
});

it('moves the highlight to a row whose permalink is followed, and puts it in the address', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/zh/trade-2019/measure-14/#s2'));
    await page.click('#s3 > a.n');
    expect(new URL(page.url()).hash).toBe('#s3');
    expect(await highlighted(page)).toEqual(['s3']);
  });
});

it('highlights a full sentence ID on the document page', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/en/trade-2019/#m14.s2'));
    expect(await highlighted(page)).toEqual(['m14.s2']);
  });
});
