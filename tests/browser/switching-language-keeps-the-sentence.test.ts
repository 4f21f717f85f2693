import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

async function switchLanguage(page: Page): Promise<{ path: string; hash: string; target: string | undefined }> {
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.pathname !== new URL(before).pathname), page.click('a.lang-switch')]);
  const url = new URL(page.url());
  const target = await page.evaluate(() => document.querySelector(':target')?.id);
  return { path: url.pathname, hash: decodeURIComponent(url.hash), target };
}

it('carries the sentence the reader arrived at to the other language', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/#s3'));
    expect(await switchLanguage(page)).toEqual({ path: '/zh/trade-2019/measure-14/', hash: '#s3', target: 's3' });
  });
});

it('carries a sentence chosen by its permalink after the page loaded', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/zh/trade-2019/measure-14/'));
    await page.click('#s4 > a.n');
    expect(await switchLanguage(page)).toEqual({ path: '/en/trade-2019/measure-14/', hash: '#s4', target: 's4' });
  });
});

it('carries a full sentence ID on the document page', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/zh/trade-2019/#m14.s2'));
    expect(await switchLanguage(page)).toEqual({ path: '/en/trade-2019/', hash: '#m14.s2', target: 'm14.s2' });
  });
});
