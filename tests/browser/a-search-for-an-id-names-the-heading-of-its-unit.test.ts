import { expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

const M14_HEADING = { en: 'Promoting the development of new forms of trade', zh: '促进贸易新业态发展' };
const M14_S2 = {
  en: 'Advance the building of comprehensive pilot zones for cross-border e-commerce',
  zh: '推进跨境电子商务综合试验区建设，复制推广成熟经验做法。',
};

it.each([
  ['/en/search/?q=m14.s2', M14_HEADING.en, M14_S2.en],
  ['/en/search/?q=measure+14', M14_HEADING.en, M14_S2.en],
  ['/zh/search/?q=m14.s2', M14_HEADING.zh, M14_S2.zh],
  ['/zh/search/?q=14.2', M14_HEADING.zh, M14_S2.zh],
  ['/en/search/?q=p1.para2.s1', '', 'By 2022, the trade structure will be further optimised'],
  ['/zh/search/?q=第八部分', '', '坚持共商共建共享，深化“一带一路”经贸合作'],
])('answers %s with the unit, its heading and its text', async (path, heading, text) => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf(path));
    const hit = page.locator('#results li').first();
    await page.locator(`#results[data-query]`).waitFor({ state: 'attached' });
    expect(await page.locator('#results li').count()).toBe(1);
    expect(await hit.locator('.result-meta').innerText()).toContain(heading);
    // The text the ID names, not only where it is: an ID alone says nothing of what the unit says.
    expect(await hit.locator('.result-excerpt').innerText()).toContain(text);
  });
});
