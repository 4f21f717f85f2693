/**
 * node scripts/screenshots.ts [OUT] — screenshots of the built site in dist/:
 * by default a measure page at 360 px and 1280 px in both languages.
 *
 *   SHOT_PAGES=zh/trade-2019/measure-22/,…   other pages
 *   SHOT_GLOSS=1                             open the first annotated term's gloss first
 *   SHOT_DARK=1                              the dark colour scheme
 *   SHOT_FULL=1                              the whole page, not the first screen
 *   SHOT_WIDTHS=375,1280                     other widths (a phone is 812 px tall, wider screens 900)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/tooling/launch-chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const out = process.argv[2] ?? 'screenshots';
const pages = (process.env.SHOT_PAGES ?? 'zh/trade-2019/measure-14/,en/trade-2019/measure-14/').split(',');
const widths = (process.env.SHOT_WIDTHS ?? '360,1280').split(',').map(Number);
const dark = process.env.SHOT_DARK === '1';
const gloss = process.env.SHOT_GLOSS === '1';
mkdirSync(out, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  for (const path of pages) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 }, colorScheme: dark ? 'dark' : 'light' });
      await page.goto(new URL(path, server.url).href);
      if (gloss) {
        await page.locator('main .t a.a').first().click();
        await page.locator('#gloss-pop:popover-open').waitFor();
      }
      const suffix = `${width}${dark ? '-dark' : ''}${gloss ? '-gloss' : ''}`;
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
