import type { Page } from 'playwright-core';

/**
 * Every stylesheet the page links and whether the browser applied it. One the policy blocked is an empty sheet
 * whose rules cannot be read.
 */
export async function stylesheets(page: Page): Promise<{ href: string; applied: boolean }[]> {
  return page.locator('link[rel="stylesheet"]').evaluateAll((links) =>
    links.map((link) => {
      const sheet = (link as HTMLLinkElement).sheet;
      let rules = 0;
      try {
        rules = sheet?.cssRules.length ?? 0;
      } catch {
        rules = 0;
      }
      return { href: (link as HTMLLinkElement).href, applied: rules > 0 };
    }),
  );
}
