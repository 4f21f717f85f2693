import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, inject, it } from 'vitest';
import { builtPages } from '../support/dist.ts';

// Reads .htmlvalidate.mjs at the project root (html-validate:recommended, two rules relaxed with reasons).
const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtPages();

it('has pages to check', () => {
  expect(pages.length).toBeGreaterThan(70);
});

it.each(pages)('%s has no html-validate errors', async (path) => {
  const file = join(inject('distDir'), path.endsWith('/') ? `${path}index.html` : path);
  const report = await validator.validateFile(file);
  const errors = report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
  expect(errors).toEqual([]);
});
