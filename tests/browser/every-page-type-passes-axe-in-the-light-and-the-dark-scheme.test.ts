/**
 * Every axe rule in the light scheme, then, on the same page, the rule the dark scheme can break: contrast (the
 * scheme changes colours and nothing else). One visit serves both passes, so each page type is checked in both
 * languages and both schemes.
 */
import { expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openCitations, urlOf, useBrowser, withPage } from '../support/browser.ts';
import { pageCases } from '../support/page-types.ts';

const browser = useBrowser();

for (const [name, { path, prepare, repeats = [] }] of pageCases()) {
  it(`${name} has no axe violations with its citations open, light or dark`, async () => {
    await withPage(browser(), { colorScheme: 'light' }, async (page) => {
      await page.goto(urlOf(path));
      await prepare?.(page);
      // Open disclosures show the citation text and the copy buttons, so their contrast and names are checked too.
      await openCitations(page);
      expect.soft(await axeViolations(page, { exclude: repeats }), 'light scheme').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect.soft(await axeViolations(page, { rules: ['color-contrast'], exclude: repeats }), 'dark scheme').toEqual([]);
    });
  }, 120_000);
}
