/**
 * Every axe rule in the light scheme, then, on the same page, the rule the dark scheme can break: contrast (the
 * scheme changes colours and nothing else). One visit serves both passes, so each page type is checked in both
 * languages and both schemes; the same visit keeps the page's policy and origin (support/page-visit.ts).
 *
 * Regions that only repeat what the page shows before them (`repeats`) are taken out of the page before the scan:
 * axe walks the whole tree even for regions it is told to exclude.
 */
import { expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowser, withPage } from '../support/browser.ts';
import { pageCases } from '../support/page-types.ts';
import { visitPageType } from '../support/page-visit.ts';

const browser = useBrowser();

for (const [name, type] of pageCases()) {
  it(`${name} has no axe violations with its citations open, light or dark, and keeps its policy and origin`, async () => {
    await withPage(browser(), { colorScheme: 'light' }, async (page) => {
      const visit = await visitPageType(page, type);
      await page.evaluate((regions) => {
        for (const region of regions) for (const el of document.querySelectorAll(region)) el.remove();
      }, type.repeats ?? []);
      expect.soft(await axeViolations(page), 'light scheme').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect.soft(await axeViolations(page, { rules: ['color-contrast'] }), 'dark scheme').toEqual([]);
      // Last, as it switches the view; the repeated regions are gone by now, but the phone gate keeps them.
      await visit.expectPolicyKept();
    });
  }, 120_000);
}
