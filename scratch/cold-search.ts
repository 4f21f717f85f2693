import { gzipSync } from 'node:zlib';
import { launchChromium } from '../src/lib/browser/launch.ts';
import { serveStatic } from '../src/lib/server/static-server.ts';
const server = await serveStatic('dist');
const browser = await launchChromium();
for (const [ui, q] of [['en', 'single window'], ['zh', '跨境电商'], ['en', '进博会'], ['zh', 'WTO']]) {
  const times: number[] = []; let bytes = 0; let files: string[] = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(`${ui}/search/`, server.url).href);
    await page.waitForLoadState('networkidle');
    const before = new Set<string>(); let total = 0; const got: string[] = [];
    page.on('response', async (r) => { try { const b = await r.body(); const compressible = !/\.(pagefind|pf_\w+)$/.test(new URL(r.url()).pathname); total += compressible ? gzipSync(b).length : b.length; got.push(new URL(r.url()).pathname + ' ' + (compressible ? gzipSync(b).length : b.length)); } catch {} });
    const t0 = Date.now();
    await page.fill('#q', q); await page.press('#q', 'Enter');
    await page.waitForSelector('#results a.result-title');
    times.push(Date.now() - t0);
    await page.waitForTimeout(300);
    bytes = total; files = got;
    await context.close();
  }
  times.sort((a, b) => a - b);
  console.log(ui, q, 'median ms', times[2], 'bytes', bytes); if (process.env.V) console.log(files.join('\n'));
}
await browser.close(); await server.close();
