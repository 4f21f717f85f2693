/**
 * The dark colour scheme changes colours and nothing else, so the dark pass checks what colours decide:
 * contrast (axe's color-contrast rule). Every other rule runs in the light scheme
 * (every-page-type-passes-axe-in-the-light-scheme). Colours do not depend on the language, so each page type
 * is checked in one language here (the other is checked in the light pass). Two files, so the two passes run
 * side by side.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { openCitations, urlOf, useBrowser, withPage } from '../support/browser.ts';
import { pageCases } from '../support/page-types.ts';

const browser = useBrowser();

for (const [name, { path, prepare, repeats = [] }] of pageCases().filter(([, page]) => !page.path.startsWith('/zh/'))) {
  it(`${name} has enough contrast in the dark scheme with its citations open`, async () => {
    await withPage(browser(), { colorScheme: 'dark' }, async (page) => {
      await page.goto(urlOf(path));
      await prepare?.(page);
      await openCitations(page);
      const axe = repeats.reduce((builder, region) => builder.exclude(region), new AxeBuilder({ page }).withRules(['color-contrast']));
      const { violations } = await axe.analyze();
      const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
      expect(found).toEqual([]);
    });
  }, 180_000);
}
