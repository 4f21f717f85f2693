/**
 * node scripts/screenshots.ts [OUT] — screenshots of the built site in dist/:
 * by default a measure page at 360 px and 1280 px in both languages.
 *
 *   SHOT_PAGES=zh/trade-2019/measure-22/,…   other pages
 *   SHOT_GLOSS=1                             open the first annotated term's gloss first
 *   SHOT_DARK=1                              the dark colour scheme
 *   SHOT_FULL=1                              the whole page, not the first screen
 *   SHOT_WIDTHS=375,1280                     other widths (a phone is 812 px tall, wider screens 900)
 *   SHOT_WORD=1                              open the popover of the first word of the text
 *   SHOT_WORD_TEXT=包                          … or of the first token that reads exactly so
 *   SHOT_PINYIN=1, SHOT_TRAD=1               turn on the pinyin (ruby) or traditional view
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/tooling/launch-chromium.ts';
import { servePagesHost } from './lib/pages-host.ts';

const out = process.argv[2] ?? 'screenshots';
const pages = (process.env.SHOT_PAGES ?? 'zh/trade-2019/measure-14/,en/trade-2019/measure-14/').split(',');
const widths = (process.env.SHOT_WIDTHS ?? '360,1280').split(',').map(Number);
const dark = process.env.SHOT_DARK === '1';
const gloss = process.env.SHOT_GLOSS === '1';
const wordText = process.env.SHOT_WORD_TEXT;
const word = process.env.SHOT_WORD === '1' || wordText !== undefined;
const aids = (['pinyin', 'trad'] as const).filter((aid) => process.env[`SHOT_${aid.toUpperCase()}`] === '1');
mkdirSync(out, { recursive: true });
// Served as the documented hosts serve it: with dist/_headers (its Content-Security-Policy), 404.html and redirects.
const server = await servePagesHost('dist', { quiet: true });
const browser = await launchChromium();
try {
  for (const path of pages) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 }, colorScheme: dark ? 'dark' : 'light' });
      await page.goto(new URL(path, server.url).href);
      // A search address runs its query on load: wait for the results it shows.
      if (path.includes('search/?q=')) await page.locator('#results[data-query]').waitFor({ state: 'attached' });
      if (gloss) {
        await page.locator('main .t a.a').first().click();
        await page.locator('#gloss-pop:popover-open').waitFor();
      }
      for (const aid of aids) {
        await page.locator(`#show-${aid}`).check();
        await page.locator(`html.show-${aid}`).waitFor({ state: 'attached' });
        await page.waitForTimeout(300);
      }
      if (word) {
        const tokens = page.locator('main .t[data-w] :is(a:not(.a), span:not([class]))');
        const target = wordText
          ? tokens.filter({ hasText: new RegExp(`^${wordText}$`) }).first()
          : page.locator('main .t[data-w] a:not(.a)').nth(1);
        // A word inside an annotated term opens its popover on hover (a click opens the term's gloss).
        if (await target.evaluate((el) => el.closest('a.a') !== null)) await target.hover();
        else await target.click();
        await page.locator('.word-pop:popover-open').waitFor();
      }
      const suffix = `${width}${dark ? '-dark' : ''}${gloss ? '-gloss' : ''}${word ? `-word${wordText ? `-${wordText}` : ''}` : ''}${aids.map((a) => `-${a}`).join('')}`;
      const name = `${path.replace(/\/$/, '').replaceAll('/', '_') || 'home'}-${suffix}.png`;
      await page.screenshot({ path: join(out, name), fullPage: process.env.SHOT_FULL === '1' });
      console.log(join(out, name));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
