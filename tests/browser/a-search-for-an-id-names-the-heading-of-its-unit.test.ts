import { expect, it } from 'vitest';
import { urlOf, useBrowser, withPage } from '../support/browser.ts';

const browser = useBrowser();

it.each([
  ['/en/search/?q=m14.s2', 'Promoting the development of new forms of trade'],
  ['/en/search/?q=measure+14', 'Promoting the development of new forms of trade'],
  ['/zh/search/?q=m14.s2', '促进贸易新业态发展'],
])('answers %s with the unit and its heading', async (path, heading) => {
  await withPage(browser(), {}, async (page) => {
    await page.goto(urlOf(path));
    const hit = page.locator('#results li').first();
    await hit.waitFor();
    expect(await hit.locator('.result-meta').innerText()).toContain(heading);
  });
});
