import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { attr, elements, parseHtml } from '../support/html.ts';
import { builtPages, readPage } from '../support/dist.ts';

const BUDGET = 15 * 1024;

it('keeps HTML, CSS and JS of every measure page within 15 KB gzip', () => {
  const measures = builtPages().filter((p) => /\/measure-\d+\/$/.test(p));
  expect(measures).toHaveLength(54);
  for (const page of measures) {
    const html = readPage(page);
    // Stylesheets and scripts are inlined today; count any that are not, so the budget cannot be dodged.
    const assets = elements(parseHtml(html))
      .flatMap((el) =>
        el.tagName === 'script' ? [attr(el, 'src')] : el.tagName === 'link' && attr(el, 'rel') === 'stylesheet' ? [attr(el, 'href')] : [],
      )
      .filter((src): src is string => src?.startsWith('/') === true);
    const bytes = [html, ...assets.map((src) => readFileSync(join(inject('distDir'), src), 'utf8'))].reduce(
      (n, body) => n + gzipSync(body, { level: 9 }).length,
      0,
    );
    expect(bytes, page).toBeLessThanOrEqual(BUDGET);
  }
});
