import { expect, it } from 'vitest';
import { judgeBudgets } from '../../bench/lib/budgets.ts';
import { corpusPlan } from '../../bench/lib/corpus.ts';
import { median, medianSteps } from '../../bench/lib/stats.ts';
import { markdownTable } from '../../bench/lib/table.ts';
import { gzipSize, pageWeight, resourceKind } from '../../bench/lib/weight.ts';

it('takes the median, so one slow run does not move it', () => {
  expect(median([3, 1, 100])).toBe(3);
  expect(median([4, 1, 2, 3])).toBe(2.5);
  expect(() => median([])).toThrow();
  expect(
    medianSteps([
      { a: 1, b: 9 },
      { a: 2, b: 1 },
      { a: 30, b: 2 },
    ]),
  ).toEqual({ a: 2, b: 2 });
});

it('plans a corpus of full-size copies under other slugs', () => {
  expect(corpusPlan(1).seeds).toEqual([{ from: 'trade-2019.zh.txt', to: 'trade-2019.zh.txt' }]);
  const ten = corpusPlan(10);
  expect(ten.seeds.map((f) => f.to).slice(0, 3)).toEqual(['trade-2019.zh.txt', 'copy-01.zh.txt', 'copy-02.zh.txt']);
  expect(ten.translations.at(-1)).toEqual({ from: 'trade-2019.en.yaml', to: 'copy-09.en.yaml' });
  expect(() => corpusPlan(0)).toThrow();
});

it('weighs what was loaded by kind and counts fonts and render-blocking scripts', () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  const weight = pageWeight(
    [
      { url: '/', kind: 'document', bytes: bytes('<p>hello</p>'), renderBlocking: false },
      { url: '/a.js', kind: 'script', bytes: bytes('let a = 1;'), renderBlocking: true },
      { url: '/f.woff2', kind: 'font', bytes: bytes('font'), renderBlocking: false },
    ],
    ['p{}'],
  );
  expect(weight.html).toBe(gzipSize('<p>hello</p>'));
  expect(weight.js).toBe(gzipSize('let a = 1;'));
  expect(weight.total).toBe(weight.html + weight.js + gzipSize('font'));
  expect(weight).toMatchObject({ requests: 3, fontFiles: 1, renderBlockingScripts: 1, css: 0, inlineCss: gzipSize('p{}') });
  expect(resourceKind('other', 'https://x/f.woff2?v=1')).toBe('font');
  expect(resourceKind('xhr', '/data.json')).toBe('fetch');
});

it('marks each budget PASS, FAIL or n/a without throwing', () => {
  const rows = judgeBudgets({
    cleanBuildS: 16,
    fiftyDocsS: 100,
    perPageAt1Ms: 10,
    perPageAt50Ms: 12,
    measurePage: { totalGzip: 6000, renderBlockingScripts: 0, fontFiles: 0 },
    fontFilesAnywhere: 0,
  });
  expect(rows.map((r) => r.verdict)).toEqual(['FAIL', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'n/a', 'n/a', 'n/a']);
});

it('judges every first search and the query suite', () => {
  const rows = judgeBudgets({
    cleanBuildS: 5,
    measurePage: { totalGzip: 6000, renderBlockingScripts: 0, fontFiles: 0 },
    fontFilesAnywhere: 0,
    firstSearches: [
      { label: 'zh, cold', gzipBytes: 119 * 1024, ms: 151 },
      { label: 'zh, after focus', gzipBytes: 121 * 1024, ms: 80 },
    ],
    suite: { queries: 100, first: 95, top3: 99 },
  });
  expect(rows.slice(-6).map((r) => `${r.budget}: ${r.verdict}`)).toEqual([
    'first search, gzip bytes (zh, cold): PASS',
    'first search, time (zh, cold): FAIL',
    'first search, gzip bytes (zh, after focus): FAIL',
    'first search, time (zh, after focus): PASS',
    'query suite, expected unit first: PASS',
    'query suite, expected unit in top 3: FAIL',
  ]);
});

it("judges a measure page's own size and its first visit in each mode", () => {
  const rows = judgeBudgets({
    cleanBuildS: 5,
    measurePage: { totalGzip: 12000, renderBlockingScripts: 0, fontFiles: 0, htmlGzip: 10 * 1024 + 1 },
    fontFilesAnywhere: 0,
    firstVisits: [
      { label: 'service workers allowed', requests: 9, gzipBytes: 15 * 1024 },
      { label: 'service workers blocked', requests: 5, gzipBytes: 15 * 1024 + 1 },
    ],
  });
  expect(rows.filter((r) => r.budget.startsWith('measure page')).map((r) => `${r.budget}: ${r.verdict}`)).toEqual([
    'measure page, gzip total before search: PASS',
    'measure page, its own gzip size: FAIL',
    'measure page first visit incl. 20 s idle, requests (service workers allowed): FAIL',
    'measure page first visit incl. 20 s idle, gzip bytes (service workers allowed): PASS',
    'measure page first visit incl. 20 s idle, requests (service workers blocked): PASS',
    'measure page first visit incl. 20 s idle, gzip bytes (service workers blocked): FAIL',
    'measure page, render-blocking scripts: PASS',
  ]);
});

it('prints a Markdown table', () => {
  expect(markdownTable(['a', 'b'], [[1, 'x']])).toBe('| a | b |\n| --- | --- |\n| 1 | x |');
});
