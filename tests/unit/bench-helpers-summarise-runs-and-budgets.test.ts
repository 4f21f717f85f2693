import { expect, it } from 'vitest';
import { judgeBudgets } from '../../bench/lib/budgets.ts';
import { corpusPlan } from '../../bench/lib/corpus.ts';
import { searchFileKind, spansOf } from '../../bench/lib/first-search.ts';
import { peerPages } from '../../bench/lib/peer-pages.ts';
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

it('judges every first search, against the peer too, and the query suite', () => {
  const rows = judgeBudgets({
    cleanBuildS: 5,
    measurePage: { totalGzip: 6000, renderBlockingScripts: 0, fontFiles: 0 },
    fontFilesAnywhere: 0,
    firstSearches: [
      { label: 'zh', gzipBytes: 119 * 1024, ms: 151, peerMs: 450, peerAfterDelayMs: 150 },
      { label: 'en', gzipBytes: 121 * 1024, ms: 80, peerMs: 380, peerAfterDelayMs: 80 },
    ],
    suite: { queries: 100, first: 95, top3: 99 },
  });
  expect(rows.slice(-10).map((r) => `${r.budget}: ${r.verdict}`)).toEqual([
    'first search, gzip bytes (zh): PASS',
    'first search, time (zh): FAIL',
    'first search, no slower than the peer (zh): PASS',
    'first search, no slower than the peer less its input delay (zh): FAIL',
    'first search, gzip bytes (en): FAIL',
    'first search, time (en): PASS',
    'first search, no slower than the peer (en): PASS',
    'first search, no slower than the peer less its input delay (en): PASS',
    'query suite, expected unit first: PASS',
    'query suite, expected unit in top 3: FAIL',
  ]);
});

it("judges every page type against 15 KB, and the README's offline size against the button's", () => {
  const rows = judgeBudgets({
    cleanBuildS: 5,
    measurePage: { totalGzip: 6000, renderBlockingScripts: 0, fontFiles: 0 },
    pageTypes: [
      { label: 'measure, zh', totalGzip: 15 * 1024 },
      { label: 'document, zh', totalGzip: 15 * 1024 + 1 },
    ],
    fontFilesAnywhere: 0,
    offlineSize: { button: '3.8 MB', readme: ['3.8 MB', '1.9 MB'] },
  });
  const verdicts = rows.filter((r) => r.budget.startsWith('page type') || r.budget.startsWith('README')).map((r) => r.verdict);
  expect(verdicts).toEqual(['PASS', 'FAIL', 'FAIL']);
  const same = judgeBudgets({
    cleanBuildS: 5,
    measurePage: { totalGzip: 6000, renderBlockingScripts: 0, fontFiles: 0 },
    fontFilesAnywhere: 0,
    offlineSize: { button: '3.8 MB', readme: ['3.8 MB', '3.8 MB'] },
  });
  expect(same.find((r) => r.budget.startsWith('README'))?.verdict).toBe('PASS');
});

it('sorts the files a first search fetches by what they are for, and spans each kind', () => {
  const at = (path: string): string => `http://localhost:4321${path}`;
  expect(
    [
      '/pagefind/zh/pagefind.js',
      '/pagefind/zh/pagefind-worker.js',
      '/pagefind/zh/pagefind-entry.json',
      '/pagefind/zh/wasm.unknown.pagefind',
      '/pagefind/zh/pagefind.und_33b0688f11a.pf_meta',
      '/pagefind/vocabulary-han.json',
      '/pagefind/zh/index/und_1.pf_index',
      '/pagefind/zh/fragment/und_2.pf_fragment',
      '/pagefind/zh/filter/und_3.pf_filter',
      '/pagefind/pagefind-ui.js',
      '/favicon.svg',
    ].map((p) => searchFileKind(at(p))),
  ).toEqual(['engine', 'engine', 'engine', 'engine', 'engine', 'vocabulary', 'index', 'fragments', 'filters', 'interface', 'other']);
  expect(
    spansOf([
      { url: at('/pagefind/zh/index/a.pf_index'), start: 50, end: 60 },
      { url: at('/pagefind/zh/pagefind.js'), start: -100, end: -20 },
      { url: at('/pagefind/zh/wasm.unknown.pagefind'), start: -20, end: 40 },
    ]),
  ).toEqual([
    { kind: 'engine', files: 2, start: -100, end: 40 },
    { kind: 'index', files: 1, start: 50, end: 60 },
  ]);
});

it('writes one peer page per measure and language, with a home page in each', () => {
  const pages = peerPages({
    document: { title: { text: '关于推进贸易高质量发展的指导意见', en: 'Guiding Opinions' } },
    measures: [
      {
        n: 14,
        label: ['（', '十四', '）'],
        heading: '促进贸易新业态发展',
        sentences: [
          { text: '促进贸易新业态发展。', en: 'Promoting new forms of trade.' },
          { text: '推进跨境电子商务*综合*试验区建设。', en: 'Build [pilot] zones.' },
        ],
      },
    ],
  });
  expect(pages.map((p) => p.path)).toEqual(['index.md', 'en/index.md', 'measure-14.md', 'en/measure-14.md']);
  expect(pages[2]?.markdown).toBe(
    '---\ntitle: "（十四）促进贸易新业态发展"\n---\n\n促进贸易新业态发展。推进跨境电子商务\\*综合\\*试验区建设。\n',
  );
  expect(pages[3]?.markdown).toContain('title: "Measure 14: Promoting new forms of trade"');
  expect(pages[3]?.markdown).toContain('Build \\[pilot\\] zones.');
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
    'measure page, gzip in all before interaction (HTML, CSS, JS): FAIL',
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
