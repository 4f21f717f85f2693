import { launchChromium } from '../src/lib/browser/launch.ts';
import { serveStatic } from '../src/lib/server/static-server.ts';
const server = await serveStatic('dist');
const browser = await launchChromium();
for (const [ui, q] of [['en', 'single window'], ['zh', '跨境电商']]) {
  const rows: number[][] = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(new URL(`${ui}/search/`, server.url).href);
    await page.waitForLoadState('networkidle');
    const r = await page.evaluate(async ([ui, q]) => {
      const t0 = performance.now();
      const pf: any = await import(`/pagefind/${/[A-Za-z]/.test(q) ? 'en' : 'zh'}/pagefind.js`);
      await pf.options({ basePath: `/pagefind/${/[A-Za-z]/.test(q) ? 'en' : 'zh'}/` }); await pf.init();
      const t1 = performance.now();
      await pf.filters();
      const t2 = performance.now();
      const res = await pf.search(q);
      const t3 = performance.now();
      await Promise.all(res.results.slice(0, 10).map((x: any) => x.data()));
      const t4 = performance.now();
      return [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0];
    }, [ui, q]);
    rows.push(r.map(Math.round));
    await context.close();
  }
  rows.sort((a, b) => a[4]! - b[4]!);
  console.log(ui, q, 'init,filters,search,data,total (median run):', rows[2]);
  // end-to-end through the UI
  const t: number[] = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(new URL(`${ui}/search/`, server.url).href);
    await page.waitForLoadState('networkidle');
    const t0 = Date.now();
    await page.fill('#q', q); await page.press('#q', 'Enter');
    await page.waitForSelector('#results a.result-title');
    t.push(Date.now() - t0);
    await context.close();
  }
  t.sort((a, b) => a - b); console.log('  UI end to end median', t[2], t);
}
await browser.close(); await server.close();
