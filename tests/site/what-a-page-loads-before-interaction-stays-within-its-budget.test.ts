/**
 * What a reader's browser fetches to show a page, before they touch it: the HTML, every stylesheet it links,
 * every script it names and every module those scripts import statically (recursively), each gzip. Code loaded
 * by a dynamic import, on first use, is not counted: that is where everything beyond the first screen belongs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { PAGE_TYPES } from '../support/page-types.ts';
import { startWeight, type StartWeight } from '../support/start-weight.ts';

const KB = 1024;
const MEASURE_BUDGET = 10 * KB;
const PAGE_TYPE_BUDGET = 15 * KB;

/** The page types the browser gates visit, and the pages they leave out: each language's home, the not-found page. */
const PAGES = [...new Set([...PAGE_TYPES.map((p) => p.path), '/zh/', '/en/', '/404.html'])];

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const account = (page: string, w: StartWeight): string =>
  `${page}: ${kb(w.total)} (HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}: ${w.files
    .filter((f) => f.kind !== 'html')
    .map((f) => `${f.path} ${kb(f.gzip)}`)
    .join(', ')})`;

it('keeps everything a measure page loads before interaction within 10 KB gzip', async () => {
  const measures = builtPages().filter((p) => /\/measure-\d+\/$/.test(p));
  expect(measures).toHaveLength(54);
  const over: string[] = [];
  for (const page of measures) {
    const w = await startWeight(inject('distDir'), page);
    if (w.total > MEASURE_BUDGET) over.push(account(page, w));
  }
  expect(over).toEqual([]);
});

describe('every page type loads at most 15 KB gzip before interaction', () => {
  it.each(PAGES)('%s', async (page) => {
    const w = await startWeight(inject('distDir'), page);
    expect(w.total, account(page, w)).toBeLessThanOrEqual(PAGE_TYPE_BUDGET);
  });
});

it('counts every module a script imports statically, and none it imports on use', async () => {
  // Astro names one small entry per <script> and puts the shared code in chunks it imports: a weight that
  // stopped at the entry would miss most of it. Planted: an entry, a chunk it imports, one that chunk imports,
  // and one loaded by import() on use.
  const dist = mkdtempSync(join(tmpdir(), 'start-weight-'));
  try {
    mkdirSync(join(dist, '_astro'));
    const files: Record<string, string> = {
      'index.html': '<!doctype html><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/entry.js"></script>',
      '_astro/a.css': 'body{color:red}',
      '_astro/entry.js': 'import"./shared.js";import{t as e}from"./helper.js";document.onclick=()=>import(`./later.js`);e();',
      '_astro/shared.js': 'export*from"/_astro/deep.js";',
      '_astro/deep.js': 'export const d=1;',
      '_astro/helper.js': 'export const t=()=>0;',
      '_astro/later.js': 'export const l=1;',
    };
    for (const [path, body] of Object.entries(files)) writeFileSync(join(dist, path), body);
    const w = await startWeight(dist, '/');
    expect(w.files.map((f) => f.path).sort()).toEqual([
      '/',
      '/_astro/a.css',
      '/_astro/deep.js',
      '/_astro/entry.js',
      '/_astro/helper.js',
      '/_astro/shared.js',
    ]);
    expect(w.total).toBe(w.files.reduce((n, f) => n + f.gzip, 0));
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
