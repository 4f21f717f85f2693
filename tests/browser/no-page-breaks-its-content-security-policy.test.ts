import { expect, it } from 'vitest';
import { openCitations, urlOf, useBrowser, withPage } from '../support/browser.ts';
import { pageCases } from '../support/page-types.ts';

const browser = useBrowser();

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

for (const [name, { path, prepare }] of pageCases()) {
  it(`${name} loads, runs its script and opens its citations without a violation`, async () => {
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
      await page.goto(urlOf(path), { waitUntil: 'networkidle' });
      await prepare?.(page);
      await openCitations(page);
      if (await page.locator('#view-en').count()) await page.check('#view-en');
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy, 'the page has no Content-Security-Policy').toMatch(/default-src 'none'/);
      const violations = await page.evaluate(() => window.__cspViolations ?? []);
      expect([...violations, ...console]).toEqual([]);
    });
  });
}
