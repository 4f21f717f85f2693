/**
 * One visit per page type, with its policy in force, watching two things: every violation of the
 * Content-Security-Policy, and every request the page makes. A request to another origin fails whichever way the
 * policy treats it: blocked, it is a violation; let through, it is in the request log.
 */
import { expect, it } from 'vitest';
import { openCitations, siteOrigin, urlOf, useBrowser, withPage } from '../support/browser.ts';
import { pageCases } from '../support/page-types.ts';

const browser = useBrowser();

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

for (const [name, { path, prepare }] of pageCases()) {
  it(`${name} loads, runs its script and opens its citations without a violation or a request to another origin`, async () => {
    await withPage(browser(), {}, async (page) => {
      // Registered before any page script runs, so even a violation during parsing is seen.
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      const console: string[] = [];
      page.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) console.push(message.text());
      });
      page.on('pageerror', (error) => console.push(`page error: ${error.message}`));
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(urlOf(path), { waitUntil: 'networkidle' });
      await prepare?.(page);
      await openCitations(page);
      if (await page.locator('#view-en').count()) await page.check('#view-en');
      // Lazy content loads as the reader scrolls; the whole page is asked for before the requests are read.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy, 'the page has no Content-Security-Policy').toMatch(/default-src 'none'/);
      const violations = await page.evaluate(() => window.__cspViolations ?? []);
      expect.soft([...violations, ...console], 'policy violations').toEqual([]);
      expect(requested.length, 'the page itself was requested').toBeGreaterThan(0);
      expect.soft(requested.filter((url) => new URL(url).origin !== siteOrigin()), 'requests to another origin').toEqual([]);
    });
  });
}
