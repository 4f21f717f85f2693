import { launchChromium } from '../src/lib/browser/launch.ts';
import { serveStatic } from '../src/lib/server/static-server.ts';
const queries = ['跨境电商', '跨境电子商务', '电子商务', '单一窗口', '税', '退税', '进博会', '中国国际进口博览会', '一带一路', '专精特新', '知识产权', '品牌', 'e-commerce', 'single window', 'intellectual property', 'Belt and Road', 'imports', '服务外包', '营商环境', '数字贸易'];
for (const mode of (process.env.MODES ?? 'plain,spaced').split(',')) {
  const server = await serveStatic(`/tmp/pf/${mode}`);
  const browser = await launchChromium();
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console', m.text()));
  await page.goto(server.url);
  await page.waitForFunction(() => (window as any).ready === true);
  for (const q of queries) console.log(mode, q, JSON.stringify(await page.evaluate((q) => (window as any).run(q), q)));
  await browser.close(); await server.close();
}
