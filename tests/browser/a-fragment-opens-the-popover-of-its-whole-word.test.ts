import { expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

it.each([
  // [page, sentence, token, whole word, its reading]
  ['/en/trade-2019/measure-16/', 's1', '包', '外包', 'wàibāo'],
  ['/zh/trade-2019/measure-22/', 's5', '营', '营商', 'yíngshāng'],
  ['/zh/trade-2019/measure-5/', 's3', '一路', '一带一路', 'yīdàiyīlù'],
])('opens %s %s %s as the whole word %s, saying what it is part of', async (path, sentence, token, whole, reading) => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf(path));
    const target = page.locator(`#${sentence} .t[data-w] :is(a:not(.a), span:not([class]))`, { hasText: new RegExp(`^${token}$`) }).first();
    // Inside a term's gloss mark a word opens on hover; elsewhere it is a link that opens on click.
    if (await target.evaluate((el) => el.closest('a.a') !== null)) await target.hover();
    else await target.click();
    const pop = page.locator('.word-pop:popover-open');
    await pop.waitFor();
    expect(await pop.locator('.gloss-term span').first().innerText()).toBe(whole);
    expect(await pop.innerText()).toContain(reading);
    const part = pop.locator('.word-part a');
    expect(await part.innerText()).toBe(whole);
    expect(decodeURIComponent((await part.getAttribute('href')) ?? '')).toMatch(new RegExp(`/trade-2019/words/${whole}/$`));
  });
});
