import { launchChromium } from '../src/lib/browser/launch.ts';
import { serveStatic } from '../src/lib/server/static-server.ts';
const server = await serveStatic('dist');
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(server.url + 'en/search/');
console.log(await page.evaluate(async () => {
  const pf: any = await import('/pagefind/en/pagefind.js');
  await pf.options({ basePath: '/pagefind/en/' }); await pf.init();
  const r = await pf.search('trade');
  const f = await pf.filters();
  const d = await r.results[0].data();
  return JSON.stringify({ keys: Object.keys(r), filters: r.filters, total: r.totalFilters, all: f, dfilters: d.filters, meta: Object.keys(d.meta) }).slice(0, 1500);
}));
await browser.close(); await server.close();
