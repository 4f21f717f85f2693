import { AxeBuilder } from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { openCitations, urlOf, useBrowser, withPage } from '../support/browser.ts';
import { pageCases } from '../support/page-types.ts';

const browser = useBrowser();

for (const [name, { path, prepare, repeats = [] }] of pageCases()) {
  it(`${name} has no axe violations with its citations open`, async () => {
    await withPage(browser(), { colorScheme: 'light' }, async (page) => {
      await page.goto(urlOf(path));
      await prepare?.(page);
      // Open disclosures show the citation text and the copy buttons, so their contrast and names are checked too.
      await openCitations(page);
      const { violations } = await repeats.reduce((axe, region) => axe.exclude(region), new AxeBuilder({ page })).analyze();
      const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
      expect(found).toEqual([]);
    });
  }, 180_000);
}
