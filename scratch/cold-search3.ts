import { launchChromium } from '../src/lib/browser/launch.ts';
import { serveStatic } from '../src/lib/server/static-server.ts';
const server = await serveStatic('dist');
const browser = await launchChromium();
for (const [ui, q] of [['en', 'single window'], ['zh', '跨境电商'], ['en', '进博会']]) {
  for (const mode of ['cold', 'focus']) {
    const t: number[] = [];
    for (let run = 0; run < 7; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(new URL(`${ui}/search/`, server.url).href);
      await page.waitForLoadState('networkidle');
      if (mode === 'focus') { await page.focus('#q'); await page.waitForTimeout(400); }
      await page.evaluate((q) => { const i = document.getElementById('q') as HTMLInputElement; i.value = q; (document.getElementById('search-form') as HTMLFormElement).requestSubmit(); }, q);
      await page.waitForFunction((q) => document.getElementById('results')?.dataset.query === q, q);
      t.push(await page.evaluate(() => performance.getEntriesByName('search').at(-1)?.duration ?? -1));
      await context.close();
    }
    t.sort((a, b) => a - b); console.log(ui, q, mode, 'median', Math.round(t[3]!), t.map(Math.round));
  }
}
await browser.close(); await server.close();
