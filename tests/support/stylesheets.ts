import type { Page } from 'playwright-core';
import { expect } from 'vitest';

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

/** The page links at least one stylesheet, the browser applied every one, and (with `under`) each lies below that path. */
export async function expectStyled(page: Page, under?: string): Promise<void> {
  const sheets = await stylesheets(page);
  expect(sheets.length, 'the page links its stylesheet').toBeGreaterThan(0);
  if (under !== undefined)
    expect(
      sheets.filter((s) => !new URL(s.href).pathname.startsWith(under)).map((s) => s.href),
      `stylesheets outside ${under}`,
    ).toEqual([]);
  expect
    .soft(
      sheets.filter((s) => !s.applied).map((s) => s.href),
      'stylesheets the browser did not apply',
    )
    .toEqual([]);
}
