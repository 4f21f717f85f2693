import { expect, it } from 'vitest';
import { openCitations, siteOrigin, urlOf, useBrowser, withPage } from '../support/browser.ts';
import { pageCases } from '../support/page-types.ts';

const browser = useBrowser();

for (const [name, { path, prepare }] of pageCases()) {
  it(`${name} requests nothing from any origin but its own`, async () => {
    // The policy is bypassed here on purpose: this test sees what a page asks
    // for, not what the Content-Security-Policy lets through (its own test).
    await withPage(browser(), { bypassCSP: true }, async (page) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(urlOf(path), { waitUntil: 'networkidle' });
      await prepare?.(page);
      await openCitations(page);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(requested.length, 'the page itself was requested').toBeGreaterThan(0);
      expect(requested.filter((url) => new URL(url).origin !== siteOrigin())).toEqual([]);
    });
  });
}
