import { expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

it('opens a word’s popover with its reading in context, senses, traditional form and a link to all its occurrences', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/en/trade-2019/measure-14/'));
    // 发展 in the heading sentence: a link to its word page, opened as a popover instead.
    const word = page.locator('#s1 .t[data-w] a:not(.a)', { hasText: '发展' }).first();
    expect(decodeURIComponent(new URL((await word.getAttribute('href')) ?? '', urlOf('/')).pathname)).toBe('/en/trade-2019/words/发展/');
    await word.click();
    const pop = page.locator('.word-pop:popover-open');
    await pop.waitFor();
    expect(page.url()).toBe(urlOf('/en/trade-2019/measure-14/'));
    const text = await pop.innerText();
    for (const part of ['发展', 'fāzhǎn', '發展', 'development']) expect(text).toContain(part);
    const all = pop.locator('a', { hasText: /all \d+ occurrences/ });
    expect(decodeURIComponent((await all.getAttribute('href')) ?? '')).toMatch(/\/en\/trade-2019\/words\/发展\/$/);
  });
});

it('opens on hover too, inside a gloss mark, with the termbase entry first', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/zh/trade-2019/measure-14/'));
    // 外贸 in sentence 5 is inside a gloss mark (a termbase term): a span, not a link; a mouse hover opens it.
    await page
      .locator('#s5 .t[data-w] a.a span', { hasText: /^外贸$/ })
      .first()
      .hover();
    const pop = page.locator('.word-pop:popover-open');
    await pop.waitFor();
    expect(await pop.locator('p').nth(1).innerText()).toBe('术语库');
    expect(await pop.innerText()).toContain('wàimào');
  });
});

it('shows pinyin as ruby and traditional characters, and remembers both on the next page', async () => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf('/zh/trade-2019/measure-14/'));
    await page.check('#show-pinyin');
    await page.locator('#s2 .t[data-w] ruby rt').first().waitFor();
    expect(await page.locator('#s2 .t[data-w] rt').first().innerText()).toBe('tuījìn');
    await page.check('#show-trad');
    await expect.poll(() => page.locator('#s1 .t[data-w]').innerText()).toContain('發');
    await Promise.all([page.waitForURL(/\/en\/trade-2019\/measure-14\/$/), page.click('a.lang-switch')]);
    expect(await page.isChecked('#show-pinyin')).toBe(true);
    expect(await page.isChecked('#show-trad')).toBe(true);
    await page.locator('#s2 .t[data-w] ruby rt').first().waitFor();
    await expect.poll(() => page.locator('#s1 .t[data-w]').innerText()).toContain('發展');
    await page.uncheck('#show-pinyin');
    await page.uncheck('#show-trad');
    await expect.poll(() => page.locator('#s1 .t[data-w] rt').count()).toBe(0);
    expect(await page.locator('#s1 .t[data-w]').innerText()).toContain('发展');
  });
});
