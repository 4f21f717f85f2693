import { launchChromium } from '../src/lib/browser/launch.ts';
import { serveStatic } from '../src/lib/server/static-server.ts';
const server = await serveStatic('dist');
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(server.url + 'en/trade-2019/measure-14/');
await page.pdf({ path: '/tmp/shots/m14.pdf', format: 'A4' });
await browser.close(); await server.close();
