/**
 * Run axe-core inside a page and return its violations, one line each.
 *
 * axe runs in the page and only its violations cross back to the test: asking for every result, as the Playwright
 * wrapper does, serialises a node list for each passing rule too, and on the full text that cost seven times the
 * scan itself. The source is evaluated through the debugging protocol, which the page's Content-Security-Policy
 * does not govern, so the page is checked with its policy in force.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeScan {
  /** Only these rules (axe rule IDs); every rule axe enables by default when absent. */
  readonly rules?: readonly string[];
}

declare global {
  interface Window {
    axe?: { run: (context: unknown, options: RunOptions) => Promise<AxeResults> };
  }
}

export async function axeViolations(page: Page, { rules }: AxeScan = {}): Promise<string[]> {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const options: RunOptions = { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: [...rules] } } : {}) };
  const results = await page.evaluate((options) => {
    if (!window.axe) throw new Error('axe-core did not load into the page');
    return window.axe.run(document, options);
  }, options);
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('; ')}`,
  );
}
