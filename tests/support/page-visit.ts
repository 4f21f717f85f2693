/**
 * A visit to one page type that also watches the page's policy and its requests, so the page-wide gates
 * (accessibility at desk width, fit at phone width) each check the Content-Security-Policy and the origins asked
 * for on the same visit, at their own width, instead of loading every page again for it.
 *
 * A request to another origin fails whichever way the policy treats it: blocked, it is a violation; let through,
 * it is in the request log.
 */
import { expect, inject } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { watchNetwork } from '../tooling/network-quiet.ts';
import { openCitations, siteOrigin, urlOf } from './browser.ts';
import type { PageType } from './page-types.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface Visit {
  /** The server's answer to the page itself: its status and headers. */
  readonly response: Response | null;
  /**
   * Switch to the English view (where the page has one), scroll to the end so anything lazy loads, then expect
   * no policy violation, no script error and no request to another origin over the whole visit.
   */
  expectPolicyKept(): Promise<void>;
}

/**
 * Load the page type, put it in its state (`prepare`), open its citations, and watch it throughout. `site` is the
 * served build's URL (the tests' own build unless given).
 */
export async function visitPageType(page: Page, { path, prepare }: PageType, site = inject('siteUrl')): Promise<Visit> {
  // Registered before any page script runs, so even a violation during parsing is seen.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const network = watchNetwork(page);

  const response = await page.goto(urlOf(path, site));
  await prepare?.(page);
  // Open disclosures show the citation text and the copy buttons, so every gate sees them too.
  await openCitations(page);

  return {
    response,
    async expectPolicyKept() {
      // A reader dismisses an open popover before reaching for the view control it may cover.
      if (await page.locator(':popover-open').count()) await page.keyboard.press('Escape');
      if (await page.locator('#view-en').count()) await page.check('#view-en');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await network.quiet();
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy, 'the page has no Content-Security-Policy').toMatch(/default-src 'none'/);
      const violations = await page.evaluate(() => window.__cspViolations ?? []);
      expect.soft([...violations, ...problems], 'policy violations and script errors').toEqual([]);
      expect(network.requested.length, 'the page itself was requested').toBeGreaterThan(0);
      expect
        .soft(
          network.requested.filter((url) => new URL(url).origin !== siteOrigin(site)),
          'requests to another origin',
        )
        .toEqual([]);
    },
  };
}
