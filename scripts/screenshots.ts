/**
 * node scripts/screenshots.ts [OUT] — screenshots of a measure page at 360 px
 * and 1280 px in both languages, from the built site in dist/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../src/lib/browser/launch.ts';
import { serveStatic } from '../src/lib/server/static-server.ts';

const out = process.argv[2] ?? 'screenshots';
const pages = (process.env.SHOT_PAGES ?? 'zh/trade-2019/measure-14/,en/trade-2019/measure-14/').split(',');
const widths = [360, 1280];
mkdirSync(out, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  for (const path of pages) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: process.env.SHOT_DARK ? 'dark' : 'light' });
      await page.goto(new URL(path, server.url).href);
      const name = `${path.replace(/\/$/, '').replaceAll('/', '_')}-${width}${process.env.SHOT_DARK ? '-dark' : ''}.png`;
      await page.screenshot({ path: join(out, name), fullPage: process.env.SHOT_FULL === '1' });
      console.log(join(out, name));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
